"""`make docs-diff`: what changed in the tracked docs pages since `spec/docs.lock`, and what it means.

Reads every tracked page (from the network, a mirror, or the local copies) and compares the normalised text with
the hash the lock recorded. For a changed page it names the overlay actions that cite it and shows a short diff;
for the pages' OpenAPI blocks it builds the spec a regenerate would build from them and prints its change report,
redundant actions, conflicts, or every target that no longer matches. Nothing in the repository is written.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

import httpx

from codegen.baseline import committed_baseline
from codegen.changes import Change, diff_specs, format_report
from codegen.conflicts import Conflict
from codegen.fetch import NotRead, read_pages
from codegen.layout import Layout
from codegen.lock import read_lock, snapshot_path
from codegen.merge import MergeConflict
from codegen.overlay import ActionRef, OverlayError, Redundant, UnmatchedTargets, overlay_files
from codegen.pipeline import build_spec, upstream_names
from codegen.sources import load_sources, tracked_pages
from codegen.validate import SpecInvalid

DIFF_LINES = 40  # "a short diff": enough to see what moved, the rest is one `make fetch-docs` + `git diff` away
DESCRIPTION_CHARS = 100

# Exit statuses, for a scheduled job: 0 nothing changed, 1 something changed, 2 a page could not be read.
UNCHANGED, CHANGED, FAILED = 0, 1, 2


@dataclass(frozen=True)
class PageChange:
    url: str
    cited_by: tuple[ActionRef, ...]
    diff: list[str]
    recorded: str  # when and where the lock's version came from


@dataclass
class DocsDiff:
    source: str  # where the pages were read from, in words
    unchanged: list[str] = field(default_factory=list)
    changed: list[PageChange] = field(default_factory=list)
    not_checked: list[NotRead] = field(default_factory=list)
    failed: list[NotRead] = field(default_factory=list)
    baseline: str = ""
    changes: list[Change] = field(default_factory=list)
    redundant: list[Redundant] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    build_error: str | None = None

    @property
    def exit_status(self) -> int:
        if self.failed:
            return FAILED
        return CHANGED if self.changed else UNCHANGED


def _short_diff(before: str, after: str) -> list[str]:
    lines = list(difflib.unified_diff(before.splitlines(), after.splitlines(), "recorded", "now", n=2, lineterm=""))
    if len(lines) > DIFF_LINES:
        lines = [*lines[:DIFF_LINES], f"… {len(lines) - DIFF_LINES} more diff line(s)"]
    return lines


def docs_diff(
    layout: Layout, *, local: bool = False, base_url: str | None = None, client: httpx.Client | None = None
) -> DocsDiff:
    pages = tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))
    source = "local copies" if local else (f"the mirror at {base_url}" if base_url else "the network")
    result = DocsDiff(source)
    lock = read_lock(layout.lock)
    fetched: dict[str, dict[str, Any]] = {}
    for outcome in read_pages(pages, local=local, base_url=base_url, client=client):
        url = outcome.page.url
        if isinstance(outcome, NotRead):
            (result.failed if outcome.failed else result.not_checked).append(outcome)
            continue
        if outcome.page.upstream and outcome.document is not None:
            fetched[outcome.page.upstream] = outcome.document
        recorded = lock.get(url)
        if recorded is not None and recorded.sha256 == outcome.sha256:
            result.unchanged.append(url)
            continue
        snapshot = snapshot_path(layout.pages, url)
        before = snapshot.read_text(encoding="utf-8") if snapshot.exists() else ""
        when = (
            f"recorded {recorded.retrieved_on} from {recorded.retrieved_from}"
            if recorded is not None and recorded.sha256
            else "never recorded before"
        )
        result.changed.append(PageChange(url, outcome.page.cited_by, _short_diff(before, outcome.text), when))
    _what_a_regenerate_would_do(layout, fetched, result)
    return result


def _what_a_regenerate_would_do(layout: Layout, fetched: dict[str, dict[str, Any]], result: DocsDiff) -> None:
    baseline = committed_baseline(layout, upstream_names(layout))
    result.baseline = baseline.description
    try:
        built = build_spec(layout, upstream=fetched, baseline=baseline)
    except UnmatchedTargets as exc:
        result.redundant = exc.report.redundant
        result.build_error = str(exc)
        return
    except (MergeConflict, OverlayError, SpecInvalid) as exc:
        result.build_error = str(exc)
        return
    result.changes = diff_specs(baseline.spec, built.spec)
    result.redundant = built.overlays.redundant
    result.conflicts = built.conflicts


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= DESCRIPTION_CHARS else flat[: DESCRIPTION_CHARS - 1] + "…"


def format_docs_diff(diff: DocsDiff) -> str:
    total = len(diff.unchanged) + len(diff.changed) + len(diff.not_checked) + len(diff.failed)
    lines = [f"Docs watch: {total} tracked page(s), read from {diff.source}."]
    lines += [f"unchanged    {url}" for url in diff.unchanged]
    for change in diff.changed:
        lines.append(f"CHANGED      {change.url} ({change.recorded})")
        cited = [f"{a.file} action #{a.index} ({_clip(a.description)})" for a in change.cited_by]
        lines.append(
            f"  cited by {len(cited)} overlay action(s)" + (":" if cited else " (tracked by spec/sources.toml)")
        )
        lines += [f"    {line}" for line in cited]
        lines.append("  diff of the page text:")
        lines += [f"    {line}" for line in change.diff] or ["    (only whitespace or markup changed)"]
    lines += [f"NOT CHECKED  {o.page.url}: {o.reason}" for o in diff.not_checked]
    lines += [f"FAILED       {o.page.url}: {o.reason}" for o in diff.failed]

    lines += ["", "What `make fetch-docs` + `make regenerate` would make of the pages' OpenAPI blocks:"]
    if diff.failed:
        lines.append("  (pages that failed are taken as recorded in spec/upstream/)")
    lines += [f"  redundant overlay action: {r}" for r in diff.redundant]
    lines += [f"  conflict to review: {c}" for c in diff.conflicts]
    if diff.build_error is not None:
        lines += [f"  {line}" for line in f"the build fails: {diff.build_error}".splitlines()]
    else:
        lines += [f"  {line}" for line in format_report(diff.changes, baseline=diff.baseline).splitlines()]

    verdict = {UNCHANGED: "nothing changed", CHANGED: "something changed", FAILED: "some pages could not be read"}
    lines += [
        "",
        f"{len(diff.changed)} changed, {len(diff.unchanged)} unchanged, {len(diff.not_checked)} not checked, "
        f"{len(diff.failed)} failed: {verdict[diff.exit_status]} (exit status {diff.exit_status}).",
    ]
    return "\n".join(lines)
