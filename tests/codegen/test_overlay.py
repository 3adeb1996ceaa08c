"""OAI Overlay 1.1 semantics, on small synthetic documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.overlay import (
    OverlayError,
    OverlayReport,
    UnmatchedTargets,
    apply_overlay,
    apply_overlays,
    load_overlay,
)

SOURCE = "https://example.invalid/docs"


def _doc() -> dict[str, Any]:
    return {
        "info": {"title": "T", "x-keep": 1},
        "paths": {
            "/a": {"get": {"summary": "a", "tags": ["one"]}},
            "/b": {"get": {"summary": "b"}},
        },
        "enum": ["A", "B"],
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    cited = [{"description": "why", "x-source": SOURCE, **action} for action in actions]
    return {"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": cited}


def _apply(document: dict[str, Any], *actions: dict[str, Any]) -> OverlayReport:
    report = OverlayReport()
    apply_overlay(document, _overlay(*actions), file="test.overlay.yaml", report=report)
    return report


def _write(path: Path, overlay: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    return path


def test_update_deep_merges_objects() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.info", "update": {"title": "New", "contact": {"name": "n"}}})
    assert doc["info"] == {"title": "New", "x-keep": 1, "contact": {"name": "n"}}


def test_update_appends_a_value_to_an_array_target() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.enum", "update": "C"})
    assert doc["enum"] == ["A", "B", "C"]


def test_update_concatenates_arrays_inside_objects() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.paths['/a'].get", "update": {"tags": ["two", "three"]}})
    assert doc["paths"]["/a"]["get"]["tags"] == ["one", "two", "three"]


def test_update_replaces_a_scalar_target() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.info.title", "update": "Renamed"})
    assert doc["info"]["title"] == "Renamed"


def test_update_reaches_every_wildcard_match() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.paths.*.get", "update": {"x-checked": True}})
    assert all(item["get"]["x-checked"] is True for item in doc["paths"].values())


def test_inserted_values_are_not_aliased_between_targets() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.paths.*.get", "update": {"x-meta": {"list": [1]}}})
    doc["paths"]["/a"]["get"]["x-meta"]["list"].append(2)
    assert doc["paths"]["/b"]["get"]["x-meta"] == {"list": [1]}


def test_inserted_values_are_not_aliased_to_the_overlay() -> None:
    doc = _doc()
    overlay = _overlay({"target": "$.info", "update": {"x-obj": {"k": "v"}}})
    apply_overlay(doc, overlay, file="o", report=OverlayReport())
    doc["info"]["x-obj"]["k"] = "changed"
    assert overlay["actions"][0]["update"]["x-obj"] == {"k": "v"}


def test_remove_deletes_every_match() -> None:
    doc = _doc()
    _apply(doc, {"target": "$.paths.*.get.summary", "remove": True})
    assert doc["paths"] == {"/a": {"get": {"tags": ["one"]}}, "/b": {"get": {}}}


def test_remove_array_items_does_not_shift_later_matches() -> None:
    doc = {"list": ["x", "keep", "x", "x", "keep"]}
    _apply(doc, {"target": "$.list[?@ == 'x']", "remove": True})
    assert doc["list"] == ["keep", "keep"]


def test_remove_false_is_refused_rather_than_deleting(tmp_path: Path) -> None:
    # oas-patch deletes the target on `remove: false`; here it is an action with nothing to do: invalid.
    with pytest.raises(OverlayError, match="not a valid Overlay"):
        load_overlay(_write(tmp_path / "x.overlay.yaml", _overlay({"target": "$.info", "remove": False})))


def test_copy_merges_the_source_into_each_target_without_aliasing() -> None:
    doc: dict[str, Any] = {
        "components": {"schemas": {"Foo": {"type": "object", "properties": {"a": {}}}}},
        "x": {},
        "y": {},
    }
    _apply(doc, {"target": "$['x','y']", "copy": "$.components.schemas.Foo"})
    assert doc["x"] == doc["y"] == doc["components"]["schemas"]["Foo"]
    doc["x"]["properties"]["b"] = {}
    assert "b" not in doc["y"]["properties"]
    assert "b" not in doc["components"]["schemas"]["Foo"]["properties"]


def test_copy_source_must_be_a_single_node() -> None:
    report = _apply(_doc(), {"target": "$.info", "copy": "$.paths.*"})
    assert "copy source '$.paths.*' must match exactly one node, matched 2" in str(report.broken[0])


def test_a_target_that_matches_nothing_is_broken_naming_file_and_action() -> None:
    doc = _doc()
    report = _apply(doc, {"target": "$.info", "update": {"x-a": 1}}, {"target": "$.paths['/missing']", "update": {}})
    assert [str(b) for b in report.broken] == [
        "test.overlay.yaml action #2 (why): target \"$.paths['/missing']\" matches nothing"
    ]
    assert report.broken[0].upstream_paths == ("/missing",)
    assert doc["info"]["x-a"] == 1  # the other actions still apply


def test_every_unmatched_target_of_every_file_is_listed_in_one_error(tmp_path: Path) -> None:
    first = _write(
        tmp_path / "01-a.overlay.yaml",
        _overlay(
            {"target": "$.paths['/gone'].get", "update": {"x-a": 1}},
            {"target": "$.info", "update": {"title": "applied"}},
            {"target": "$.paths['/gone'].get.summary", "remove": True},  # its parent is gone too: broken
        ),
    )
    second = _write(tmp_path / "02-b.overlay.yaml", _overlay({"target": "$.info", "copy": "$.paths['/also-gone']"}))
    with pytest.raises(UnmatchedTargets) as caught:
        apply_overlays(_doc(), [first, second])
    message = str(caught.value)
    assert message.startswith("3 overlay action(s) match nothing in the upstream as it now is:")
    assert "01-a.overlay.yaml action #1 (why): target \"$.paths['/gone'].get\" matches nothing" in message
    assert "01-a.overlay.yaml action #3 (why): target \"$.paths['/gone'].get.summary\" matches nothing" in message
    assert (
        "02-b.overlay.yaml action #1 (why): copy source \"$.paths['/also-gone']\" must match exactly one node"
        in message
    )
    assert [a.index for a in caught.value.report.applied] == [2]


def test_a_removal_the_upstream_already_made_is_redundant_not_broken() -> None:
    doc = _doc()
    report = _apply(
        doc,
        {"target": "$.paths['/a'].get.summary", "remove": True},
        {"target": "$.paths['/a'].get.summary", "remove": True},  # the parent still matches: already gone
    )
    assert report.broken == []
    assert [a.index for a in report.applied] == [1]
    assert [str(r) for r in report.redundant] == [
        "test.overlay.yaml action #2 (why): what it removes is already gone upstream; retire it"
    ]


def test_an_action_that_changes_nothing_is_reported_redundant() -> None:
    doc = _doc()
    report = _apply(
        doc,
        {"target": "$.info", "update": {"title": "T"}},  # already so
        {"target": "$.enum", "update": ["B"]},  # already present
        {"target": "$.enum", "update": ["C"]},  # a real change
    )
    assert [r.action.index for r in report.redundant] == [1, 2]
    assert [a.index for a in report.applied] == [3]
    assert doc["enum"] == ["A", "B", "C"]


def test_rfc9535_rejects_dotted_names_with_dashes() -> None:
    with pytest.raises(OverlayError, match="invalid JSONPath"):
        _apply(_doc(), {"target": "$.info.x-keep", "remove": True})
    doc = _doc()
    _apply(doc, {"target": "$.info['x-keep']", "remove": True})
    assert "x-keep" not in doc["info"]


@pytest.mark.parametrize(
    "action",
    [
        {"target": "info", "update": {}},  # target must start with $
        {"target": "$.info"},  # no update, copy or remove
        {"target": "$.info", "update": {}, "remove": True},  # mutually exclusive
        {"target": "$.info", "update": {}, "copy": "$.x"},
        {"target": "$.info", "update": {}, "surprise": 1},  # unknown field
    ],
    ids=["target-pattern", "no-verb", "update+remove", "update+copy", "unknown-field"],
)
def test_overlay_files_are_validated_against_the_schema(tmp_path: Path, action: dict[str, Any]) -> None:
    with pytest.raises(OverlayError, match=r"x\.overlay\.yaml: not a valid Overlay 1\.1 document"):
        load_overlay(_write(tmp_path / "x.overlay.yaml", _overlay(action)))


def test_overlays_apply_in_file_order_and_each_action_must_be_cited(tmp_path: Path) -> None:
    first = _write(tmp_path / "01-a.overlay.yaml", _overlay({"target": "$.info", "update": {"title": "first"}}))
    second = _write(tmp_path / "02-b.overlay.yaml", _overlay({"target": "$.info", "update": {"title": "second"}}))
    result, _ = apply_overlays(_doc(), [first, second])
    assert result["info"]["title"] == "second"

    uncited = _overlay({"target": "$.info", "update": {"title": "x"}})
    del uncited["actions"][0]["x-source"]
    path = _write(tmp_path / "03-c.overlay.yaml", uncited)
    with pytest.raises(OverlayError, match=r"03-c\.overlay\.yaml action #1: no x-source URL"):
        apply_overlays(_doc(), [path])


def test_the_input_document_is_left_untouched(tmp_path: Path) -> None:
    original = _doc()
    path = _write(tmp_path / "01.overlay.yaml", _overlay({"target": "$.info", "update": {"title": "x"}}))
    apply_overlays(original, [path])
    assert original == _doc()
