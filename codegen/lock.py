"""`spec/docs.lock`: the provenance of every tracked docs page, and `spec/pages/`: the text it was taken from.

The lock records, per page URL, the sha256 of the page's normalised text, the date it was retrieved and where
from (the URL, or a local copy). `spec/pages/<host>/<path>.txt` keeps that normalised text, so `make docs-diff`
can show what changed since, not only that something did. Both are written by `make fetch-docs` only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from codegen.files import dump_json

_ABOUT = (
    "Provenance of every docs page the project tracks (spec/sources.toml and the overlays' x-source URLs): sha256 "
    "of the page's normalised text (kept in spec/pages/), retrieval date and origin. Written by `make fetch-docs`; "
    "a page never retrieved has nulls."
)


@dataclass(frozen=True)
class Provenance:
    url: str
    sha256: str | None = None
    retrieved_on: str | None = None
    retrieved_from: str | None = None


class LockError(Exception):
    """`spec/docs.lock` cannot be read."""


def read_lock(path: Path) -> dict[str, Provenance]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {entry["url"]: Provenance(**entry) for entry in data["pages"]}
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise LockError(f"{path.name} is not a docs lock file ({exc}); restore it from git") from exc


def render_lock(entries: Iterable[Provenance]) -> str:
    return dump_json({"about": _ABOUT, "pages": [asdict(e) for e in sorted(entries, key=lambda e: e.url)]})


def snapshot_path(pages_dir: Path, url: str) -> Path:
    """Where a page's normalised text is kept: `<pages_dir>/<host>/<path>.txt`."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s] or ["index"]
    if parts.path.endswith("/") and parts.path != "/":
        segments.append("index")
    if parts.query:
        segments[-1] += "_" + parts.query.replace("/", "_").replace("&", "_")
    if any(s in {".", ".."} for s in segments) or not parts.netloc:
        raise ValueError(f"cannot keep a copy of {url!r}: not an absolute URL with a plain path")
    return pages_dir.joinpath(parts.netloc, *segments[:-1], segments[-1] + ".txt")
