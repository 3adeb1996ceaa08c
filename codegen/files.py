"""Writing pipeline outputs: canonical JSON and all-or-nothing file replacement."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def dump_json(document: Any) -> str:
    """The one JSON layout every pipeline output uses: key order kept, 2-space indent, UTF-8, final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_files_atomically(contents: Mapping[Path, str]) -> None:
    """Write every file or none: all are staged beside their targets first, then renamed into place.

    A failure while staging leaves every existing file untouched. Renames are atomic per file on POSIX.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for target, text in contents.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            staged.append((Path(tmp_name), target))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)


def replace_tree(source: Path, target: Path) -> None:
    """Swap directory ``target`` for ``source`` (same filesystem), so readers never see a half-written tree."""
    backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    if target.exists():
        os.replace(target, backup / target.name)
    os.replace(source, target)
    shutil.rmtree(backup)
