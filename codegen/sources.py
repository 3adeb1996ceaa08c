"""The committed list of docs pages (`spec/sources.toml`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    local: Path | None


def load_sources(path: Path) -> list[Source]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sources = []
    for entry in data.get("source", []):
        local = entry.get("local")
        sources.append(
            Source(name=entry["name"], url=entry["url"], local=(path.parent.parent / local) if local else None)
        )
    names = [s.name for s in sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"{path}: source names must be unique, repeated: {', '.join(duplicates)}")
    return sources
