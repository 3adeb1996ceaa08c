"""`make fetch-docs`: pages fetched over HTTP (a docs site on 127.0.0.1) or read from local copies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.fetch import FetchError, fetch_docs
from codegen.sources import Source, load_sources
from tests.codegen.conftest import OPENAPI_ONE_LINE, DocsSite, page_with


def _sources(site: DocsSite, *names: str) -> list[Source]:
    return [Source(name=name, url=site.url(f"/{name}.md"), local=None) for name in names]


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_writes_the_block_verbatim_with_provenance(docs_site: DocsSite, tmp_path: Path) -> None:
    docs_site.pages["/one.md"] = page_with(OPENAPI_ONE_LINE)
    fetch_docs(_sources(docs_site, "one"), tmp_path)

    written = (tmp_path / "one.json").read_text(encoding="utf-8")
    assert json.loads(written) == json.loads(OPENAPI_ONE_LINE)
    assert written.startswith('{\n  "openapi": "3.0.0",')  # pretty-printed, original key order
    provenance = json.loads((tmp_path / "one.provenance.json").read_text(encoding="utf-8"))
    assert provenance["url"] == docs_site.url("/one.md")
    assert len(provenance["sha256"]) == 64
    assert provenance["retrieved_on"]


def test_refetching_an_unchanged_page_changes_no_file(docs_site: DocsSite, tmp_path: Path) -> None:
    docs_site.pages["/one.md"] = page_with(OPENAPI_ONE_LINE)
    fetch_docs(_sources(docs_site, "one"), tmp_path)
    provenance = tmp_path / "one.provenance.json"
    provenance.write_text(provenance.read_text().replace('"retrieved_on": "', '"retrieved_on": "1999-'))
    before = _snapshot(tmp_path)
    fetch_docs(_sources(docs_site, "one"), tmp_path)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("bad_page", "message"),
    [
        (404, r"bad: http://127\.0\.0\.1:\d+/bad\.md answered HTTP 404"),
        (500, "answered HTTP 500"),
        (page_with('{"no": "document"}'), r"bad \(.*/bad\.md\): no embedded OpenAPI JSON block"),
        (page_with(OPENAPI_ONE_LINE, OPENAPI_ONE_LINE), "2 embedded OpenAPI JSON blocks"),
        (page_with(OPENAPI_ONE_LINE.replace('"paths"', "paths")), "not valid JSON"),
    ],
    ids=["404", "500", "no-block", "two-blocks", "invalid-json"],
)
def test_a_bad_page_stops_the_run_and_touches_nothing(
    docs_site: DocsSite, tmp_path: Path, bad_page: str | int, message: str
) -> None:
    docs_site.pages["/good.md"] = page_with(OPENAPI_ONE_LINE)
    fetch_docs(_sources(docs_site, "good"), tmp_path)
    before = _snapshot(tmp_path)

    docs_site.pages["/good.md"] = page_with(OPENAPI_ONE_LINE.replace('"T"', '"changed"'))
    docs_site.pages["/bad.md"] = bad_page
    with pytest.raises(FetchError, match=message):
        fetch_docs(_sources(docs_site, "good", "bad"), tmp_path)
    assert _snapshot(tmp_path) == before


def test_unreachable_host_names_the_page(tmp_path: Path) -> None:
    source = Source(name="down", url="http://127.0.0.1:9/down.md", local=None)
    with pytest.raises(FetchError, match=r"^down: fetching http://127\.0\.0\.1:9/down\.md failed"):
        fetch_docs([source], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_local_copies_go_through_the_same_extraction(tmp_path: Path) -> None:
    page = tmp_path / "copy.md"
    page.write_text(page_with(OPENAPI_ONE_LINE), encoding="utf-8")
    out = tmp_path / "upstream"
    fetch_docs([Source(name="p", url="https://example.invalid/p.md", local=page)], out, local=True)
    assert json.loads((out / "p.json").read_text())["info"]["title"] == "T"
    provenance = json.loads((out / "p.provenance.json").read_text())
    assert provenance["url"] == "https://example.invalid/p.md"
    assert provenance["retrieved_from"] == "local copy copy.md"


def test_the_committed_upstream_matches_the_seed_pages(repo_root: Path, tmp_path: Path) -> None:
    """The committed spec/upstream/ is exactly what extraction makes of the pages it records."""
    sources = load_sources(repo_root / "spec" / "sources.toml")
    if not all(s.local and s.local.exists() for s in sources):
        pytest.skip("../shared/seeds is not beside this checkout")
    fetch_docs(sources, tmp_path, local=True)
    for source in sources:
        committed = repo_root / "spec" / "upstream" / f"{source.name}.json"
        assert (tmp_path / f"{source.name}.json").read_text() == committed.read_text()
        fresh = json.loads((tmp_path / f"{source.name}.provenance.json").read_text())
        recorded = json.loads(committed.with_suffix(".provenance.json").read_text())
        assert fresh["sha256"] == recorded["sha256"]
