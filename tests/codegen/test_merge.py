"""Combining upstream documents."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.merge import MergeConflict, Upstream, merge_documents

BEARER = {"bearerAuth": {"type": "http", "scheme": "bearer"}}


def _doc(path: str, *, server: str = "https://a.example", schemes: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": path, "version": "1"},
        "servers": [{"url": server}],
        "security": [{"bearerAuth": []}],
        "paths": {path: {"get": {"responses": {"200": {"description": "ok"}}}}},
        "components": {"securitySchemes": schemes if schemes is not None else BEARER},
    }


def test_paths_servers_security_and_components_are_combined() -> None:
    merged = merge_documents(
        [Upstream("one", _doc("/one")), Upstream("two", _doc("/two", server="https://b.example"))],
        info={"title": "Merged", "version": "2"},
    )
    assert merged["openapi"] == "3.0.3"
    assert merged["info"] == {"title": "Merged", "version": "2"}
    assert list(merged["paths"]) == ["/one", "/two"]
    assert merged["servers"] == [{"url": "https://a.example"}, {"url": "https://b.example"}]
    assert merged["security"] == [{"bearerAuth": []}]  # identical requirements appear once
    assert merged["components"]["securitySchemes"] == BEARER


def test_the_same_path_defined_differently_names_both_sources() -> None:
    other = _doc("/one")
    other["paths"]["/one"]["get"]["responses"]["404"] = {"description": "missing"}
    with pytest.raises(MergeConflict, match=r"path '/one': 'get' is defined differently in 'first' and 'second'"):
        merge_documents([Upstream("first", _doc("/one")), Upstream("second", other)], info={})


def test_the_same_path_with_other_methods_merges() -> None:
    other = _doc("/one")
    other["paths"]["/one"] = {"post": {"responses": {"201": {"description": "made"}}}}
    merged = merge_documents([Upstream("a", _doc("/one")), Upstream("b", other)], info={})
    assert set(merged["paths"]["/one"]) == {"get", "post"}


def test_a_component_defined_differently_names_both_sources() -> None:
    apikey = {"bearerAuth": {"type": "apiKey", "in": "header", "name": "APIKEY"}}
    with pytest.raises(MergeConflict, match=r"components\.securitySchemes\.'bearerAuth' .* in 'a' and 'b'"):
        merge_documents([Upstream("a", _doc("/one")), Upstream("b", _doc("/two", schemes=apikey))], info={})


def test_only_openapi_3_0_is_accepted() -> None:
    newer = _doc("/one")
    newer["openapi"] = "3.1.0"
    with pytest.raises(MergeConflict, match=r"'new' is OpenAPI 3\.1\.0"):
        merge_documents([Upstream("new", newer)], info={})


def test_merging_copies_rather_than_aliases_the_inputs() -> None:
    source = _doc("/one")
    merged = merge_documents([Upstream("a", source)], info={})
    merged["paths"]["/one"]["get"]["responses"]["200"]["description"] = "changed"
    assert source["paths"]["/one"]["get"]["responses"]["200"]["description"] == "ok"
