"""The docs pages the project tracks.

Every page an overlay action cites (`x-source`, without its `#fragment`) is tracked. `spec/sources.toml` says only
what the overlays cannot: which pages embed an OpenAPI block (`upstream`: the `spec/upstream/<name>.json` it is
extracted to; merged in file order), where a local copy of a page lives (`local`), a page to track that no overlay
cites, and the merged spec's `info`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

from codegen.overlay import ActionRef, load_overlay

_PAGE_KEYS = {"url", "upstream", "local"}


class SourcesError(Exception):
    """`spec/sources.toml` is malformed or repeats what the overlays already say."""


@dataclass(frozen=True)
class Page:
    url: str
    upstream: str | None = None
    local: Path | None = None
    cited_by: tuple[ActionRef, ...] = ()


@dataclass(frozen=True)
class Sources:
    listed: list[Page]  # the pages spec/sources.toml lists, in its order
    info: dict[str, Any]

    @property
    def upstream_pages(self) -> list[Page]:
        return [page for page in self.listed if page.upstream]


def page_url(source: str) -> str:
    """The page an `x-source` cites: its URL without the fragment."""
    return urldefrag(source).url


def load_sources(path: Path) -> Sources:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path.name}: not valid TOML: {exc}") from exc
    pages = []
    for number, entry in enumerate(data.get("page", []), start=1):
        unknown = sorted(set(entry) - _PAGE_KEYS)
        if unknown or not isinstance(entry.get("url"), str):
            raise SourcesError(f"{path.name}: page #{number} needs a url and takes only {sorted(_PAGE_KEYS)}")
        local = entry.get("local")
        # `local` is relative to the repository root, which holds the spec/ directory this file is in.
        pages.append(Page(page_url(entry["url"]), entry.get("upstream"), path.parent.parent / local if local else None))
    for attribute in ("url", "upstream"):
        values = [getattr(p, attribute) for p in pages if getattr(p, attribute)]
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            raise SourcesError(f"{path.name}: each page {attribute} must be unique, repeated: {', '.join(repeated)}")
    return Sources(pages, dict(data.get("spec", {})))


def citations(overlay_paths: Iterable[Path]) -> dict[str, list[ActionRef]]:
    """Every page the overlays cite, with the actions citing it."""
    cited: dict[str, list[ActionRef]] = {}
    for path in overlay_paths:
        for index, action in enumerate(load_overlay(path)["actions"], start=1):
            source = action.get("x-source")
            if isinstance(source, str) and source:
                ref = ActionRef(path.name, index, action.get("description", ""))
                cited.setdefault(page_url(source), []).append(ref)
    return cited


def tracked_pages(sources: Sources, overlay_paths: Iterable[Path]) -> list[Page]:
    """The pages to watch: those sources.toml lists (in its order), then every other cited page by URL."""
    cited = citations(overlay_paths)
    needless = [p.url for p in sources.listed if p.upstream is None and p.local is None and p.url in cited]
    if needless:
        raise SourcesError(f"sources.toml lists pages the overlays already cite, with nothing to add: {needless}")
    listed = {page.url for page in sources.listed}
    pages = [Page(p.url, p.upstream, p.local, tuple(cited.get(p.url, ()))) for p in sources.listed]
    pages += [Page(url, cited_by=tuple(refs)) for url, refs in sorted(cited.items()) if url not in listed]
    return pages
