"""`make fetch-docs`: every tracked page read over HTTP (a docs mirror on 127.0.0.1) or from local copies, recorded
in spec/docs.lock with its text in spec/pages/, OpenAPI blocks extracted to spec/upstream/; all or nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from codegen.fetch import FetchError, fetch_docs, record_drift
from codegen.layout import Layout
from codegen.lock import read_lock, snapshot_path
from codegen.pagetext import digest
from codegen.sources import load_sources
from tests.codegen.conftest import HANG, OPENAPI_ONE_LINE, DocsSite, Reply, page_with

ONE = "https://docs.example/one.md"  # a page with an OpenAPI block (listed in sources.toml)
PROSE = "https://docs.example/prose"  # a prose page, tracked because an overlay cites it
PROSE_HTML = """<!DOCTYPE html><html><head><title>Rate limits | Docs</title><script>var x = 1;</script></head>
<body><nav>Navigation that changes with every new page</nav>
<article><h1>Rate limits</h1>
<p>The limit is   10 requests per second.</p>
<p>Above it the API answers 429.</p></article><footer>© 2026</footer></body></html>"""
OVERLAY = f"""overlay: 1.1.0
info: {{title: t, version: "1"}}
actions:
  - target: $.info
    description: a fact from the prose page
    update: {{x-limit: 10}}
    x-source: {PROSE}#limits
  - target: $.info
    description: a fact from the page with the block
    update: {{x-other: 1}}
    x-source: {ONE}
"""


def make_repo(root: Path, *, local: Path | None = None) -> Layout:
    layout = Layout(root)
    layout.upstream.mkdir(parents=True)
    layout.overlays.mkdir()
    local_line = f'local = "{local}"\n' if local else ""
    layout.sources.write_text(f'[[page]]\nurl = "{ONE}"\nupstream = "one"\n{local_line}\n[spec]\ntitle = "T"\n')
    (layout.overlays / "01-facts.overlay.yaml").write_text(OVERLAY)
    return layout


def serve_good_pages(site: DocsSite) -> None:
    site.pages["/docs.example/one.md"] = page_with(OPENAPI_ONE_LINE)
    site.pages["/docs.example/prose"] = Reply(200, PROSE_HTML, {"Content-Type": "text/html; charset=utf-8"})


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def http_client() -> Iterator[httpx.Client]:
    """A short timeout keeps the hanging-page case quick; the pages themselves answer in milliseconds."""
    with httpx.Client(timeout=1.0) as http:
        yield http


def test_every_tracked_page_is_recorded_and_blocks_extracted(
    docs_site: DocsSite, tmp_path: Path, http_client: httpx.Client
) -> None:
    layout = make_repo(tmp_path)
    serve_good_pages(docs_site)
    summary = fetch_docs(layout, base_url=docs_site.base_url, client=http_client, today=dt.date(2026, 1, 2))

    assert summary.statuses == [(ONE, "new"), (PROSE, "new")]
    written = (layout.upstream / "one.json").read_text(encoding="utf-8")
    assert json.loads(written) == json.loads(OPENAPI_ONE_LINE)
    assert written.startswith('{\n  "openapi": "3.0.0",')  # pretty-printed, original key order
    prose = snapshot_path(layout.pages, PROSE).read_text(encoding="utf-8")
    assert prose == "Rate limits\n\nThe limit is   10 requests per second.\n\nAbove it the API answers 429.\n"
    lock = read_lock(layout.lock)
    assert list(lock) == [ONE, PROSE]
    for url in (ONE, PROSE):
        assert lock[url].sha256 == digest(snapshot_path(layout.pages, url).read_text(encoding="utf-8"))
        assert lock[url].retrieved_on == "2026-01-02"
        assert lock[url].retrieved_from == f"{docs_site.base_url}/{url.removeprefix('https://')}"
    assert record_drift(layout) == []


def test_refetching_unchanged_pages_changes_no_file_and_a_changed_page_is_re_recorded(
    docs_site: DocsSite, tmp_path: Path, http_client: httpx.Client
) -> None:
    layout = make_repo(tmp_path)
    serve_good_pages(docs_site)
    fetch_docs(layout, base_url=docs_site.base_url, client=http_client, today=dt.date(2026, 1, 2))
    before = tree(tmp_path)
    # Markup, navigation and whitespace are not the page's text.
    docs_site.pages["/docs.example/prose"] = Reply(
        200,
        PROSE_HTML.replace("Navigation", "New navigation").replace("</p>", "</p>\r\n\r\n"),
        {"Content-Type": "text/html"},
    )
    summary = fetch_docs(layout, base_url=docs_site.base_url, client=http_client, today=dt.date(2026, 2, 3))
    assert summary.statuses == [(ONE, "unchanged"), (PROSE, "unchanged")]
    assert tree(tmp_path) == before

    docs_site.pages["/docs.example/prose"] = Reply(200, PROSE_HTML.replace("10 requests", "20 requests"))
    summary = fetch_docs(layout, base_url=docs_site.base_url, client=http_client, today=dt.date(2026, 2, 3))
    assert summary.statuses == [(ONE, "unchanged"), (PROSE, "changed")]
    assert read_lock(layout.lock)[PROSE].retrieved_on == "2026-02-03"
    assert read_lock(layout.lock)[ONE].retrieved_on == "2026-01-02"


HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.mark.parametrize(
    ("url", "bad", "message"),
    [
        (ONE, 404, "answered HTTP 404"),
        (PROSE, 500, "answered HTTP 500"),
        (ONE, HANG, r"timed out \(ReadTimeout\)"),
        (
            ONE,
            Reply(
                200, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", HTML
            ),
            "an HTML page \\(title '502 Bad Gateway'\\) came where a Markdown page with an OpenAPI block was expected",
        ),
        (
            PROSE,
            Reply(
                200, "<html><head><title>Page Not Found | Docs</title></head><body><h1>Oops</h1></body></html>", HTML
            ),
            r"an error page came instead of the docs \(title 'Page Not Found \| Docs'\)",
        ),
        (
            PROSE,
            Reply(301, "", {"Location": "https://docs.example/prose-v2"}),
            r"redirects \(HTTP 301\) to https://docs.example/prose-v2: the page moved, cite its new URL",
        ),
        (
            ONE,
            page_with('{"process": {"id": "x"}}'),
            r"no embedded OpenAPI JSON block found; its 1 fenced code block\(s\) hold a JSON object with keys "
            "process",
        ),
        (ONE, page_with(OPENAPI_ONE_LINE, OPENAPI_ONE_LINE), "2 embedded OpenAPI JSON blocks found"),
        (ONE, page_with(OPENAPI_ONE_LINE.replace('"paths"', "paths")), "the embedded OpenAPI block is not valid JSON"),
    ],
    ids=[
        "404",
        "500",
        "timeout",
        "html-error-page",
        "soft-404",
        "redirect",
        "lost-its-block",
        "two-blocks",
        "bad-json",
    ],
)
def test_a_bad_page_is_named_and_nothing_is_written(
    docs_site: DocsSite, tmp_path: Path, http_client: httpx.Client, url: str, bad: str | int | Reply, message: str
) -> None:
    layout = make_repo(tmp_path)
    serve_good_pages(docs_site)
    fetch_docs(layout, base_url=docs_site.base_url, client=http_client)
    before = tree(tmp_path)

    serve_good_pages(docs_site)
    other = PROSE if url == ONE else ONE
    docs_site.pages["/docs.example/" + other.rsplit("/", 1)[1]] = page_with(OPENAPI_ONE_LINE.replace('"T"', '"New"'))
    docs_site.pages["/docs.example/" + url.rsplit("/", 1)[1]] = bad
    with pytest.raises(FetchError, match=f"1 page\\(s\\) could not be read; nothing was written:\n  {url}: {message}"):
        fetch_docs(layout, base_url=docs_site.base_url, client=http_client)
    assert tree(tmp_path) == before  # not even the page that changed and read fine


def test_an_unreachable_site_names_every_page(tmp_path: Path, http_client: httpx.Client) -> None:
    layout = make_repo(tmp_path)
    with pytest.raises(FetchError) as caught:
        fetch_docs(layout, base_url="http://127.0.0.1:9", client=http_client)
    lines = str(caught.value).splitlines()
    assert lines[0] == "2 page(s) could not be read; nothing was written:"
    assert lines[1].startswith(f"  {ONE}: fetching failed: ConnectError")
    assert lines[1].endswith("(read from http://127.0.0.1:9/docs.example/one.md)")
    assert lines[2].startswith(f"  {PROSE}: fetching failed: ConnectError")
    assert not layout.lock.exists() and list(layout.upstream.iterdir()) == []


def test_local_copies_go_through_the_same_extraction_and_pages_without_one_are_said_so(tmp_path: Path) -> None:
    copy = tmp_path / "one-copy.md"
    copy.write_text(page_with(OPENAPI_ONE_LINE), encoding="utf-8")
    layout = make_repo(tmp_path / "repo", local=copy)
    summary = fetch_docs(layout, local=True)
    assert summary.statuses == [
        (ONE, "new"),
        (PROSE, "not checked: no local copy to read (`local` in spec/sources.toml); its record is kept"),
    ]
    assert json.loads((layout.upstream / "one.json").read_text())["info"]["title"] == "T"
    lock = read_lock(layout.lock)
    assert lock[ONE].retrieved_from == "local copy one-copy.md"
    assert (lock[PROSE].sha256, lock[PROSE].retrieved_on) == (None, None)


def test_the_committed_records_are_what_the_seed_pages_give(repo_root: Path, tmp_path: Path) -> None:
    """spec/docs.lock, spec/pages/ and spec/upstream/ are exactly what `make fetch-docs-local` makes of the seeds."""
    seeds = repo_root.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for part in ("spec", "overlays"):
        shutil.copytree(repo_root / part, tmp_path / part)
    layout = Layout(tmp_path)
    layout.sources.write_text(layout.sources.read_text().replace('"../shared/seeds/', f'"{seeds}/'))
    (layout.root / "spec" / "openapi.json").unlink()
    before = tree(tmp_path / "spec")
    summary = fetch_docs(layout, local=True)
    statuses = [status for _, status in summary.statuses]
    assert statuses.count("unchanged") == sum(page.local is not None for page in load_sources(layout.sources).listed)
    assert all(status == "unchanged" or status.startswith("not checked: no local copy") for status in statuses)
    assert tree(tmp_path / "spec") == before
    assert summary.written == []


def test_check_names_each_record_that_disagrees(docs_site: DocsSite, tmp_path: Path, http_client: httpx.Client) -> None:
    layout = make_repo(tmp_path)
    serve_good_pages(docs_site)
    fetch_docs(layout, base_url=docs_site.base_url, client=http_client)
    snapshot_path(layout.pages, PROSE).write_text("edited by hand\n")
    (layout.upstream / "one.json").write_text("{}\n")
    (layout.overlays / "02-new.overlay.yaml").write_text(OVERLAY.replace(f"{PROSE}#limits", "https://docs.example/new"))
    assert record_drift(layout) == [
        "spec/docs.lock does not record https://docs.example/new, which is tracked",
        f"spec/upstream/one.json is not the block recorded for {ONE}",
        f"spec/pages/docs.example/prose.txt is not the text spec/docs.lock records for {PROSE}",
    ]
