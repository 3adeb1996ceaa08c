"""Reading the tracked docs pages, and `make fetch-docs`: record them and extract their OpenAPI blocks.

Every page is read (and every OpenAPI block extracted) before anything is written, and one page that fails stops
the whole run with a message per failing page, so the lock, the page texts and `spec/upstream/` always describe
one consistent retrieval. Redirects are failures too: a page that moved must be cited under its new URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from codegen.extract import ExtractionError, extract_openapi
from codegen.files import dump_json, write_files_atomically
from codegen.layout import Layout
from codegen.lock import Provenance, read_lock, render_lock, snapshot_path
from codegen.overlay import overlay_files
from codegen.pagetext import digest, html_title, html_to_text, is_error_title, is_html, normalise
from codegen.sources import Page, load_sources, tracked_pages

FETCH_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class FetchError(Exception):
    """One or more pages could not be read; nothing was written."""


class _PageFailed(Exception):
    pass


@dataclass(frozen=True)
class Retrieved:
    page: Page
    text: str  # normalised (codegen.pagetext)
    origin: str  # the URL read, or "local copy <file name>"
    document: dict[str, Any] | None  # the embedded OpenAPI document, for pages with an `upstream`

    @property
    def sha256(self) -> str:
        return digest(self.text)


@dataclass(frozen=True)
class NotRead:
    page: Page
    reason: str
    failed: bool  # False: not checked by choice (a --local run and no local copy)


Outcome = Retrieved | NotRead


def mirror_url(url: str, base_url: str | None) -> str:
    """``url`` as served by a mirror at ``base_url`` (`<base>/<host>/<path>`), or ``url`` itself."""
    if base_url is None:
        return url
    parts = urlsplit(url)
    return f"{base_url.rstrip('/')}/{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def _download(url: str, client: httpx.Client) -> tuple[str, str | None]:
    try:
        response = client.get(url)
    except httpx.TimeoutException as exc:
        raise _PageFailed(f"timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise _PageFailed(f"fetching failed: {type(exc).__name__}: {exc}") from exc
    if response.is_redirect:
        location = response.headers.get("location", "(no Location header)")
        raise _PageFailed(f"redirects (HTTP {response.status_code}) to {location}: the page moved, cite its new URL")
    if response.status_code != 200:
        raise _PageFailed(f"answered HTTP {response.status_code}")
    return response.text, response.headers.get("content-type")


def _interpret(page: Page, raw: str, content_type: str | None, origin: str) -> Retrieved:
    text = raw
    if is_html(raw, content_type):
        title = html_title(raw)
        if page.upstream or page.url.endswith(".md"):
            expected = "a Markdown page" + (" with an OpenAPI block" if page.upstream else "")
            raise _PageFailed(f"an HTML page (title {title!r}) came where {expected} was expected: an error page?")
        if is_error_title(title):
            raise _PageFailed(f"an error page came instead of the docs (title {title!r})")
        text = html_to_text(raw)
    document = None
    if page.upstream:
        try:
            document = extract_openapi(raw)
        except ExtractionError as exc:
            raise _PageFailed(str(exc)) from exc
    return Retrieved(page, normalise(text), origin, document)


def _read(page: Page, client: httpx.Client, *, local: bool, base_url: str | None) -> Outcome:
    try:
        if not local:
            url = mirror_url(page.url, base_url)
            try:
                return _interpret(page, *_download(url, client), origin=url)
            except _PageFailed as exc:
                raise _PageFailed(f"{exc} (read from {url})" if url != page.url else str(exc)) from exc
        if page.local is None:
            return NotRead(page, "no local copy to read (`local` in spec/sources.toml)", failed=False)
        try:
            raw = page.local.read_text(encoding="utf-8")
        except OSError as exc:
            raise _PageFailed(f"cannot read local copy {page.local}: {exc.strerror}") from exc
        try:
            return _interpret(page, raw, None, origin=f"local copy {page.local.name}")
        except _PageFailed as exc:
            raise _PageFailed(f"{exc} (local copy {page.local})") from exc
    except _PageFailed as exc:
        return NotRead(page, str(exc), failed=True)


def read_pages(
    pages: Sequence[Page], *, local: bool = False, base_url: str | None = None, client: httpx.Client | None = None
) -> list[Outcome]:
    """Read every page: from its URL (or a mirror at ``base_url``), or from its local copy when ``local``."""
    http = client or httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=False)
    try:
        return [_read(page, http, local=local, base_url=base_url) for page in pages]
    finally:
        if client is None:
            http.close()


def failures(outcomes: Sequence[Outcome]) -> list[NotRead]:
    return [o for o in outcomes if isinstance(o, NotRead) and o.failed]


@dataclass
class FetchSummary:
    statuses: list[tuple[str, str]] = field(default_factory=list)  # (url, what happened to it)
    written: list[Path] = field(default_factory=list)


def fetch_docs(
    layout: Layout,
    *,
    local: bool = False,
    base_url: str | None = None,
    client: httpx.Client | None = None,
    today: dt.date | None = None,
) -> FetchSummary:
    """Read every tracked page; write `spec/docs.lock`, `spec/pages/` and `spec/upstream/`, or nothing at all."""
    pages = tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))
    outcomes = read_pages(pages, local=local, base_url=base_url, client=client)
    if failed := failures(outcomes):
        lines = [f"  {o.page.url}: {o.reason}" for o in failed]
        raise FetchError(f"{len(failed)} page(s) could not be read; nothing was written:\n" + "\n".join(lines))

    previous = read_lock(layout.lock)
    retrieved_on = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    summary = FetchSummary()
    entries: list[Provenance] = []
    outputs: dict[Path, str] = {}
    for outcome in outcomes:
        url = outcome.page.url
        before = previous.get(url)
        if isinstance(outcome, NotRead):
            entries.append(before or Provenance(url))
            summary.statuses.append((url, f"not checked: {outcome.reason}; its record is kept"))
            continue
        if before is not None and before.sha256 == outcome.sha256:
            entries.append(before)  # unchanged: keep when and where it was first read, so a re-fetch is a no-op
            summary.statuses.append((url, "unchanged"))
        else:
            entries.append(Provenance(url, outcome.sha256, retrieved_on, outcome.origin))
            summary.statuses.append((url, "new" if before is None or before.sha256 is None else "changed"))
        outputs[snapshot_path(layout.pages, url)] = outcome.text
        if outcome.page.upstream and outcome.document is not None:
            outputs[layout.upstream / f"{outcome.page.upstream}.json"] = dump_json(outcome.document)
    outputs[layout.lock] = render_lock(entries)

    kept = {snapshot_path(layout.pages, page.url) for page in pages}
    stale = [p for p in layout.pages.rglob("*.txt") if p not in kept] if layout.pages.exists() else []
    # Only files whose content changes are rewritten, so an unchanged page leaves no trace (not even an mtime).
    changed = {path: text for path, text in outputs.items() if not path.exists() or path.read_text("utf-8") != text}
    write_files_atomically(changed)
    for path in stale:  # the page is no longer tracked
        path.unlink()
    summary.written = sorted(changed) + sorted(stale)
    return summary


def record_drift(layout: Layout) -> list[str]:
    """How `spec/docs.lock`, `spec/pages/` and `spec/upstream/` disagree with each other and with the tracked pages."""
    pages = tracked_pages(load_sources(layout.sources), overlay_files(layout.overlays))
    lock = read_lock(layout.lock)
    lock_name = layout.lock.relative_to(layout.root)
    problems = [f"{lock_name} does not record {p.url}, which is tracked" for p in pages if p.url not in lock]
    tracked = {page.url for page in pages}
    problems += [f"{lock_name} records {url}, which is no longer tracked" for url in lock if url not in tracked]
    for page in pages:
        entry = lock.get(page.url)
        if entry is None or entry.sha256 is None:
            continue
        snapshot = snapshot_path(layout.pages, page.url)
        text = snapshot.read_text(encoding="utf-8") if snapshot.exists() else None
        if text is None or digest(text) != entry.sha256:
            problems.append(f"{snapshot.relative_to(layout.root)} is not the text {lock_name} records for {page.url}")
            continue
        if page.upstream:
            upstream = layout.upstream / f"{page.upstream}.json"
            try:
                extracted = dump_json(extract_openapi(text, page_name=page.url))
            except ExtractionError as exc:
                problems.append(str(exc))
                continue
            if not upstream.exists() or upstream.read_text(encoding="utf-8") != extracted:
                problems.append(f"{upstream.relative_to(layout.root)} is not the block recorded for {page.url}")
    return problems
