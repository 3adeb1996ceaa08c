"""`make docs-diff` on the project's own overlays and records, over a mirror of the docs on 127.0.0.1.

The mirror serves each tracked page as recorded in spec/pages/; each test edits the pages the way Unico might and
checks what the watch says: which pages changed, which overlay actions cite them, and what a regenerate would
make of the new OpenAPI blocks. The repository is never written to.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from codegen.__main__ import main
from codegen.docswatch import CHANGED, FAILED, UNCHANGED, DocsDiff, docs_diff, format_docs_diff
from codegen.extract import extract_openapi, fenced_blocks
from codegen.fetch import fetch_docs
from codegen.layout import Layout
from codegen.lock import snapshot_path
from codegen.overlay import overlay_files
from codegen.sources import load_sources, tracked_pages
from tests.codegen.conftest import DocsSite

ROOT = Path(__file__).resolve().parents[2]
DEVCENTER_GET_PROCESS = (
    "https://devcenter.unico.io/unico-idcloud/by-unico-integration/by-unico-api/api-reference/get-process.md"
)
PORTAL_GET_PROCESS = "https://developer.unico.io/developers/api-reference/api/get-process"
PROCESS_PATH = "/client/v1/process/{processId}"


def _mirror_path(url: str) -> str:
    return "/" + url.removeprefix("https://")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def http_client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as http:
        yield http


def _stand_in(url: str, upstream: str | None) -> str:
    """A page never retrieved: its heading, and for a page with an OpenAPI block an empty one (no operation; the
    overlays add its operations until the real block is fetched)."""
    text = f"# {url}\n\nNot recorded yet.\n"
    if upstream:
        block = {"openapi": "3.0.0", "info": {"title": upstream, "version": "1.0.0"}, "paths": {}}
        text += f"\n```json\n{json.dumps(block)}\n```\n"
    return text


@pytest.fixture(scope="module")
def recorded(
    module_docs_site: DocsSite, tmp_path_factory: pytest.TempPathFactory, http_client: httpx.Client
) -> tuple[Path, dict[str, Any]]:
    """The project's spec/ and overlays/, every tracked page recorded (those never retrieved get a stand-in)."""
    root = tmp_path_factory.mktemp("watched")
    for part in ("spec", "overlays"):
        shutil.copytree(ROOT / part, root / part)
    layout = Layout(root)
    pages: dict[str, Any] = {}
    for page in tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays)):
        snapshot = snapshot_path(layout.pages, page.url)
        text = snapshot.read_text(encoding="utf-8") if snapshot.exists() else _stand_in(page.url, page.upstream)
        pages[_mirror_path(page.url)] = text
    module_docs_site.pages = dict(pages)
    fetch_docs(layout, base_url=module_docs_site.base_url, client=http_client)
    return root, pages


@pytest.fixture
def watched(recorded: tuple[Path, dict[str, Any]], module_docs_site: DocsSite, tmp_path: Path) -> Layout:
    root, pages = recorded
    shutil.copytree(root, tmp_path / "repo")
    module_docs_site.pages = dict(pages)
    return Layout(tmp_path / "repo")


def _edit_block(site: DocsSite, url: str, mutate: Callable[[dict[str, Any]], object]) -> None:
    """Change the OpenAPI block of a served page, as Unico would by editing its docs."""
    text = str(site.pages[_mirror_path(url)])
    document = extract_openapi(text)
    body = next(b for b in fenced_blocks(text) if b.lstrip().startswith("{") and json.loads(b) == document)
    mutate(document)
    site.pages[_mirror_path(url)] = text.replace(body, json.dumps(document, separators=(",", ":")))


def _process(document: dict[str, Any]) -> dict[str, Any]:
    response = document["paths"][PROCESS_PATH]["get"]["responses"]["200"]["content"]["application/json"]
    properties: dict[str, Any] = response["schema"]["properties"]["process"]["properties"]
    return properties


def _actions() -> list[tuple[str, int, dict[str, Any]]]:
    return [
        (path.name, index, action)
        for path in overlay_files(ROOT / "overlays")
        for index, action in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["actions"], start=1)
    ]


def _action_named(target: str) -> str:
    """`<file> action #<n>` of the one action with this target (so tests follow the overlays as they evolve)."""
    [(file, index)] = [(file, index) for file, index, action in _actions() if action["target"] == target]
    return f"{file} action #{index}"


def _counts(layout: Layout) -> tuple[int, int]:
    """How many pages the project tracks, and how many of them have a local copy."""
    pages = tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))
    return len(pages), sum(page.local is not None for page in pages)


def _run(layout: Layout, site: DocsSite, http_client: httpx.Client) -> DocsDiff:
    before = _tree(layout.root)
    diff = docs_diff(layout, base_url=site.base_url, client=http_client)
    assert _tree(layout.root) == before, "docs-diff must not write to the repository"
    return diff


def test_an_unchanged_run_says_so_and_exits_0(
    watched: Layout, module_docs_site: DocsSite, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(watched.root)
    status = main(["--root", str(watched.root), "docs-diff", "--base-url", module_docs_site.base_url])
    out = capsys.readouterr().out
    assert status == UNCHANGED
    assert _tree(watched.root) == before
    tracked, _ = _counts(watched)
    assert out.count("\nunchanged    https://") == tracked
    assert "CHANGED" not in out and "conflict" not in out and "redundant" not in out
    assert "no change to the generated client's API" in out
    assert out.rstrip().endswith(
        f"0 changed, {tracked} unchanged, 0 not checked, 0 failed: nothing changed (exit status 0)."
    )


def test_a_prose_page_edited_names_every_action_citing_it(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    path = _mirror_path(PORTAL_GET_PROCESS)
    text = str(module_docs_site.pages[path])
    assert "AWAITING_FOR_DOCUMENT" in text
    module_docs_site.pages[path] = text.replace("AWAITING_FOR_DOCUMENT", "WAITING_FOR_DOCUMENT", 1)

    diff = _run(watched, module_docs_site, http_client)
    assert diff.exit_status == CHANGED
    [change] = diff.changed
    assert change.url == PORTAL_GET_PROCESS
    citing = [(file, index) for file, index, action in _actions() if action["x-source"] == PORTAL_GET_PROCESS]
    assert [(a.file, a.index) for a in change.cited_by] == citing
    assert any(line.startswith("-") and "AWAITING_FOR_DOCUMENT" in line for line in change.diff)
    assert any(line.startswith("+") and "WAITING_FOR_DOCUMENT" in line for line in change.diff)
    report = format_docs_diff(diff)
    assert f"CHANGED      {PORTAL_GET_PROCESS} (recorded " in report
    assert f"cited by {len(citing)} overlay action(s):" in report
    assert "    03-process-states.overlay.yaml action #1 (AWAITING_FOR_DOCUMENT is a process state" in report
    assert diff.changes == [] and diff.build_error is None  # prose feeds the overlays, not the spec


def test_a_json_block_edited_gives_the_change_report(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    _edit_block(module_docs_site, DEVCENTER_GET_PROCESS, lambda d: _process(d)["state"]["enum"].append("PAUSED"))
    diff = _run(watched, module_docs_site, http_client)
    assert diff.exit_status == CHANGED
    assert [c.url for c in diff.changed] == [DEVCENTER_GET_PROCESS]
    assert any(line.startswith("+") and '"PAUSED"' in line for line in diff.changed[0].diff)
    assert [(c.location, c.what, c.breaking) for c in diff.changes] == [
        ("ProcessState", "enum value 'PAUSED' added (open enums already accept it)", False)
    ]
    assert "0 breaking for users of this Python client; this calls for a minor version bump" in format_docs_diff(diff)


def test_an_upstream_that_removed_what_an_overlay_removes_makes_it_redundant(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    _edit_block(module_docs_site, DEVCENTER_GET_PROCESS, lambda d: _process(d)["clientReference"].pop("required"))
    diff = _run(watched, module_docs_site, http_client)
    assert diff.build_error is None
    [(file, index, action)] = [a for a in _actions() if a[2]["target"].endswith(".clientReference.required")]
    assert [str(r) for r in diff.redundant] == [
        f"{file} action #{index} ({action['description']}): what it removes is already gone upstream; retire it"
    ]
    assert diff.changes == []  # the contract is what it was: the overlay had already fixed it


def test_a_moved_path_names_every_broken_action_and_the_moved_operation(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    _edit_block(
        module_docs_site,
        DEVCENTER_GET_PROCESS,
        lambda d: d.update(paths={"/client/v2/process/{processId}": d["paths"][PROCESS_PATH]}),
    )
    diff = _run(watched, module_docs_site, http_client)
    assert diff.exit_status == CHANGED
    assert diff.build_error is not None
    assert "upstream operations that disappeared: GET /client/v1/process/{processId}" in diff.build_error
    assert "upstream operations that appeared: GET /client/v2/process/{processId}" in diff.build_error
    assert f"paths these actions name that the upstream does not have: {PROCESS_PATH}" in diff.build_error
    on_the_old_path = [
        f"{file} action #{index} "
        for file, index, action in _actions()
        if f"'{PROCESS_PATH}']" in action["target"] + action.get("copy", "")
    ]
    assert len(on_the_old_path) > 5
    missing = [name for name in on_the_old_path if name not in diff.build_error]
    assert missing == [], "every action on the moved path is named in the same run"
    assert len({n.split(" ")[0] for n in on_the_old_path}) > 1  # across several files


def test_a_type_change_under_an_overlay_constraint_is_a_conflict(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    def score_becomes_a_string(document: dict[str, Any]) -> None:
        score_engine = _process(document)["authenticationInfo"]["properties"]["scoreEngineResult"]
        score_engine["properties"]["score"]["type"] = "string"

    _edit_block(module_docs_site, DEVCENTER_GET_PROCESS, score_becomes_a_string)
    diff = _run(watched, module_docs_site, http_client)
    assert ("ScoreEngineResult.score", "type changed from number to string (float → str)", True) in [
        (c.location, c.what, c.breaking) for c in diff.changes
    ]
    action = _action_named("$.components.schemas.ScoreEngineResult.properties.score")
    assert [str(c) for c in diff.conflicts] == [
        f"{action} (The Risk Score is a number from -100 to +100.): adds maximum, minimum (for number or integer) "
        "to a schema of type string (at /components/schemas/ScoreEngineResult/properties/score)"
    ]


def test_an_enum_value_dropped_upstream_but_still_described_is_a_conflict(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    _edit_block(
        module_docs_site,
        DEVCENTER_GET_PROCESS,
        lambda d: _process(d)["result"]["enum"].remove("PROCESS_RESULT_EXPIRED"),
    )
    diff = _run(watched, module_docs_site, http_client)
    assert ("ProcessResult", "enum value 'PROCESS_RESULT_EXPIRED' removed: its member goes away", True) in [
        (c.location, c.what, c.breaking) for c in diff.changes
    ]
    described = [c for c in diff.conflicts if "PROCESS_RESULT_EXPIRED" in c.problem]
    assert [(c.action.file, c.where) for c in described] == [
        ("03-process-states.overlay.yaml", "/components/schemas/ProcessResult")
    ]
    assert (
        described[0].problem
        == "its description names enum value(s) PROCESS_RESULT_EXPIRED that the enum no longer lists"
    )
    assert "conflict to review: 03-process-states.overlay.yaml action #" in format_docs_diff(diff)


def test_a_page_that_cannot_be_read_is_named_and_the_exit_status_says_so(
    watched: Layout, module_docs_site: DocsSite, http_client: httpx.Client
) -> None:
    module_docs_site.pages[_mirror_path(PORTAL_GET_PROCESS)] = 404
    diff = _run(watched, module_docs_site, http_client)
    assert diff.exit_status == FAILED
    assert [(o.page.url, o.reason.split(" (read from")[0]) for o in diff.failed] == [
        (PORTAL_GET_PROCESS, "answered HTTP 404")
    ]
    assert len(diff.unchanged) == _counts(watched)[0] - 1
    assert f"FAILED       {PORTAL_GET_PROCESS}: answered HTTP 404" in format_docs_diff(diff)


def test_local_copies_check_the_pages_that_have_one_and_say_which_have_none(watched: Layout) -> None:
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    watched.sources.write_text(watched.sources.read_text().replace('"../shared/seeds/', f'"{seeds}/'))
    diff = docs_diff(watched, local=True)
    assert diff.exit_status == UNCHANGED
    tracked, with_a_copy = _counts(watched)
    assert (len(diff.unchanged), len(diff.not_checked)) == (with_a_copy, tracked - with_a_copy)
    assert {o.reason for o in diff.not_checked} == {"no local copy to read (`local` in spec/sources.toml)"}
    assert "NOT CHECKED  https://developer.unico.io/developers/api-reference/authentication" in format_docs_diff(diff)
