"""Finding the embedded OpenAPI block in a docs page."""

from __future__ import annotations

import pytest

from codegen.extract import ExtractionError, extract_openapi
from tests.codegen.conftest import OPENAPI_ONE_LINE, page_with


def test_extracts_the_document_and_keeps_key_order() -> None:
    document = extract_openapi(page_with(OPENAPI_ONE_LINE), page_name="p")
    assert list(document) == ["openapi", "info", "paths"]
    assert list(document["paths"]) == ["/z", "/a"]


def test_ignores_example_fragments_that_are_not_documents() -> None:
    fragment = '"content": {\n  "numero": "1"\n}'
    example = '{"process": {"id": "x"}}'
    document = extract_openapi(page_with(fragment, OPENAPI_ONE_LINE, example), page_name="p")
    assert document["info"]["title"] == "T"


def test_accepts_a_fence_without_language_and_longer_fences() -> None:
    page = f"text\n\n````\n{OPENAPI_ONE_LINE}\n````\n"
    assert extract_openapi(page, page_name="p")["openapi"] == "3.0.0"


def test_finds_a_document_whose_openapi_key_is_not_first() -> None:
    reordered = '{"info":{"title":"Moved","version":"1"},"paths":{},"openapi":"3.0.3"}'
    document = extract_openapi(page_with('{"process": {}}', reordered), page_name="p")
    assert document["info"]["title"] == "Moved"
    assert list(document) == ["info", "paths", "openapi"]


def test_no_block_names_the_page_and_says_what_it_holds() -> None:
    with pytest.raises(
        ExtractionError,
        match=r"^get-thing: no embedded OpenAPI JSON block found; its 2 fenced code block\(s\) hold "
        r"a JSON object with keys not, other; non-JSON text 'curl -X GET x'",
    ):
        extract_openapi(page_with('{"not": "openapi", "other": 1}', "curl -X GET x"), page_name="get-thing")


@pytest.mark.parametrize(
    ("page", "holds"),
    [
        ("", "the page is empty"),
        ("# Title\n\nJust prose, no code.", r"it has no fenced code block; its text starts '# Title Just prose"),
        ("<!DOCTYPE html><html><title>Oops</title>", r"it is an HTML page starting '<!DOCTYPE html>"),
    ],
    ids=["empty", "prose", "html"],
)
def test_no_block_message_describes_pages_without_code(page: str, holds: str) -> None:
    with pytest.raises(ExtractionError, match=f"no embedded OpenAPI JSON block found; {holds}"):
        extract_openapi(page, page_name="p")


def test_two_blocks_are_refused() -> None:
    with pytest.raises(ExtractionError, match="2 embedded OpenAPI JSON blocks"):
        extract_openapi(page_with(OPENAPI_ONE_LINE, OPENAPI_ONE_LINE), page_name="p")


def test_invalid_json_is_refused_with_the_page_name() -> None:
    with pytest.raises(ExtractionError, match=r"^broken: .*not valid JSON"):
        extract_openapi(page_with(OPENAPI_ONE_LINE[:-1]), page_name="broken")


def test_the_real_seed_pages_hold_exactly_one_document(repo_root) -> None:  # type: ignore[no-untyped-def]
    seeds = repo_root.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for name in ("get-process.devcenter.md", "get-selfie.devcenter.md"):
        document = extract_openapi((seeds / name).read_text(encoding="utf-8"), page_name=name)
        assert document["openapi"] == "3.0.0"
