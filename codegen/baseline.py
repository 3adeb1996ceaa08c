"""What a change report compares with: the contract as committed (git `HEAD`), not what the working tree holds.

A failed run, an experiment or a half-finished edit can leave any `spec/openapi.json` in the working tree; the
version users were last given is the committed one. Outside a git checkout (a copied tree, an unpacked archive)
the working-tree copy is the best there is, and the report says so.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.layout import Layout


@dataclass(frozen=True)
class Baseline:
    spec: dict[str, Any]
    upstream: dict[str, dict[str, Any]]  # upstream name -> its committed document (missing ones left out)
    description: str  # what the report is against, in words


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, encoding="utf-8", check=False
        )
    except OSError:  # no git on this machine
        return None
    return result.stdout if result.returncode == 0 else None


def _json(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _working_tree(layout: Layout, upstream_names: list[str], why: str) -> Baseline:
    spec = _json(layout.spec.read_text(encoding="utf-8")) if layout.spec.exists() else None
    upstream = {}
    for name in upstream_names:
        path = layout.upstream / f"{name}.json"
        if (document := _json(path.read_text(encoding="utf-8")) if path.exists() else None) is not None:
            upstream[name] = document
    if spec is None:
        return Baseline({}, upstream, f"nothing ({why}, and there is no spec/openapi.json): everything is new")
    return Baseline(spec, upstream, f"spec/openapi.json in the working tree ({why})")


def committed_baseline(layout: Layout, upstream_names: list[str]) -> Baseline:
    """The spec and upstream documents at `HEAD`, or the working tree's when they are not committed."""
    top = _git(layout.root, "rev-parse", "--show-toplevel")
    if top is None:
        return _working_tree(layout, upstream_names, "not a git checkout")
    top_dir = Path(top.strip()).resolve()

    def committed(path: Path) -> dict[str, Any] | None:
        return _json(_git(layout.root, "show", f"HEAD:{path.resolve().relative_to(top_dir).as_posix()}"))

    spec = committed(layout.spec)
    if spec is None:
        return _working_tree(layout, upstream_names, "spec/openapi.json is not committed at HEAD")
    upstream = {}
    for name in upstream_names:
        if (document := committed(layout.upstream / f"{name}.json")) is not None:
            upstream[name] = document
    head = (_git(layout.root, "rev-parse", "--short", "HEAD") or "").strip()
    return Baseline(spec, upstream, f"the committed spec (git HEAD {head})")
