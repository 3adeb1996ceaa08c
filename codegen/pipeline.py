"""The regeneration pipeline: upstream documents → merged → overlaid → validated spec → generated client."""

from __future__ import annotations

import filecmp
import json
import shutil
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.baseline import Baseline, committed_baseline
from codegen.changes import Change, diff_specs
from codegen.conflicts import Conflict, find_conflicts
from codegen.fetch import record_drift
from codegen.files import dump_json, replace_tree, write_files_atomically
from codegen.generate import generate_into
from codegen.layout import Layout
from codegen.lock import read_lock
from codegen.merge import MergeConflict, Upstream, merge_documents
from codegen.overlay import Broken, OverlayReport, UnmatchedTargets, apply_overlays, overlay_files
from codegen.sources import load_sources
from codegen.validate import validate_spec

__all__ = ["BuildResult", "Layout", "RegenerateResult", "build_spec", "drift", "regenerate", "upstream_names"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class BuildResult:
    spec: dict[str, Any]
    overlays: OverlayReport
    conflicts: list[Conflict]


def upstream_names(layout: Layout, *, fetched: Collection[str] = ()) -> list[str]:
    """The upstream documents to merge, in merge order.

    A page listed with an `upstream` that no `make fetch-docs` has extracted yet (no `spec/upstream/` document, and
    `spec/docs.lock` records it as never retrieved: a page with no local copy, added on a machine without internet
    access) is left out until a networked `make fetch-docs` extracts it, or ``fetched`` (the documents
    `make docs-diff` just fetched) holds it; the overlays describe its operations meanwhile. A page the lock records
    as retrieved must have its document.
    """
    lock = read_lock(layout.lock)
    names = []
    for page in load_sources(layout.sources).upstream_pages:
        entry = lock.get(page.url)
        pending = (
            entry is not None and entry.sha256 is None and not (layout.upstream / f"{page.upstream}.json").exists()
        )
        if page.upstream and (not pending or page.upstream in fetched):
            names.append(page.upstream)
    return names


def _operations(document: dict[str, Any]) -> set[str]:
    return {
        f"{method.upper()} {path}"
        for path, item in (document.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in item
        if method in _METHODS
    }


def _moved_operations(before: dict[str, Any] | None, after: dict[str, Any], broken: list[Broken]) -> list[str]:
    """Which upstream operations disappeared or appeared, so broken targets can be matched to where things went."""
    notes = []
    missing = sorted({p for b in broken for p in b.upstream_paths if p not in (after.get("paths") or {})})
    if missing:
        notes.append("paths these actions name that the upstream does not have: " + ", ".join(missing))
    if before is None:
        notes.append("(no earlier upstream to compare with, so operations that moved cannot be named)")
        return notes
    gone, new = sorted(_operations(before) - _operations(after)), sorted(_operations(after) - _operations(before))
    if gone:
        notes.append("upstream operations that disappeared: " + ", ".join(gone))
    if new:
        notes.append("upstream operations that appeared: " + ", ".join(new))
    return notes


def _merge(layout: Layout, names: list[str], documents: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    info = load_sources(layout.sources).info
    return merge_documents([Upstream(name, documents[name]) for name in names], info=info)


def build_spec(
    layout: Layout, *, upstream: Mapping[str, dict[str, Any]] | None = None, baseline: Baseline | None = None
) -> BuildResult:
    """Merge the upstream documents, apply the overlays and validate the result.

    ``upstream`` replaces documents of `spec/upstream/` by name (`make docs-diff` passes the freshly fetched ones);
    ``baseline`` is the previous contract, against which moved operations and stale descriptions are named.
    """
    names = upstream_names(layout, fetched=tuple(upstream or ()))
    documents = {
        name: (upstream or {}).get(name) or json.loads((layout.upstream / f"{name}.json").read_text(encoding="utf-8"))
        for name in names
    }
    merged = _merge(layout, names, documents)
    try:
        spec, report = apply_overlays(merged, overlay_files(layout.overlays))
    except UnmatchedTargets as exc:
        before = None
        if baseline is not None and all(name in baseline.upstream for name in names):
            try:
                before = _merge(layout, names, baseline.upstream)
            except MergeConflict:
                before = None
        raise UnmatchedTargets(exc.report, _moved_operations(before, merged, exc.report.broken)) from None
    validate_spec(spec)
    return BuildResult(spec, report, find_conflicts(spec, report.effects, baseline.spec if baseline else None))


@dataclass(frozen=True)
class RegenerateResult:
    overlays: OverlayReport
    conflicts: list[Conflict]
    changes: list[Change]
    baseline: Baseline


def regenerate(layout: Layout) -> RegenerateResult:
    """Write `spec/openapi.json` and the client, both or neither; report changes against the committed spec."""
    baseline = committed_baseline(layout, upstream_names(layout))
    built = build_spec(layout, baseline=baseline)
    layout.generated.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".generating-", dir=layout.generated.parent))
    try:
        spec_file = workdir / "openapi.json"
        spec_file.write_text(dump_json(built.spec), encoding="utf-8")
        fresh = generate_into(spec_file, layout.generator_config, layout.templates, workdir)
        # Only now, with spec and client both built, does anything in the repository change.
        replace_tree(fresh, layout.generated)
        write_files_atomically({layout.spec: dump_json(built.spec)})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return RegenerateResult(built.overlays, built.conflicts, diff_specs(baseline.spec, built.spec), baseline)


def _tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two directory trees (ignoring bytecode caches)."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    wanted, present = files(expected), files(actual)
    differing = wanted ^ present
    differing |= {name for name in wanted & present if not filecmp.cmp(expected / name, actual / name, shallow=False)}
    return sorted(differing)


def drift(layout: Layout) -> list[str]:
    """What regenerating from the committed inputs would change; empty when outputs are up to date."""
    built = build_spec(layout)
    problems = record_drift(layout)
    if not layout.spec.exists() or layout.spec.read_text(encoding="utf-8") != dump_json(built.spec):
        problems.append(f"{layout.spec.relative_to(layout.root)} differs from what the inputs produce")
    layout.generated.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".checking-", dir=layout.generated.parent))
    try:
        spec_file = workdir / "openapi.json"
        spec_file.write_text(dump_json(built.spec), encoding="utf-8")
        fresh = generate_into(spec_file, layout.generator_config, layout.templates, workdir)
        rel = layout.generated.relative_to(layout.root)
        problems += [
            f"{rel}/{name} differs from what the spec generates" for name in _tree_differences(fresh, layout.generated)
        ]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return problems
