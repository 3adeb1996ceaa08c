"""The regeneration pipeline: upstream documents → merged → overlaid → validated spec → generated client."""

from __future__ import annotations

import filecmp
import json
import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.changes import Change, diff_specs
from codegen.files import dump_json, write_files_atomically
from codegen.generate import PACKAGE, generate, generate_into
from codegen.merge import Upstream, merge_documents
from codegen.overlay import OverlayReport, apply_overlays, overlay_files
from codegen.sources import load_sources
from codegen.validate import validate_spec


@dataclass(frozen=True)
class Layout:
    """Where each input and output lives, relative to a repository root (tests point it at a temp tree)."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "spec" / "sources.toml"

    @property
    def upstream(self) -> Path:
        return self.root / "spec" / "upstream"

    @property
    def overlays(self) -> Path:
        return self.root / "overlays"

    @property
    def spec(self) -> Path:
        return self.root / "spec" / "openapi.json"

    @property
    def generator_config(self) -> Path:
        return self.root / "codegen" / "openapi-python-client.yaml"

    @property
    def templates(self) -> Path:
        return self.root / "codegen" / "templates"

    @property
    def generated(self) -> Path:
        return self.root / "generated" / PACKAGE


@dataclass(frozen=True)
class BuildResult:
    spec: dict[str, Any]
    overlays: OverlayReport


def build_spec(layout: Layout) -> BuildResult:
    """Merge the upstream documents named in the sources file, apply the overlays and validate the result."""
    sources = load_sources(layout.sources)
    config = tomllib.loads(layout.sources.read_text(encoding="utf-8")).get("spec", {})
    upstreams = [
        Upstream(s.name, json.loads((layout.upstream / f"{s.name}.json").read_text(encoding="utf-8"))) for s in sources
    ]
    merged = merge_documents(upstreams, info=config)
    spec, report = apply_overlays(merged, overlay_files(layout.overlays))
    validate_spec(spec)
    return BuildResult(spec, report)


@dataclass(frozen=True)
class RegenerateResult:
    overlays: OverlayReport
    changes: list[Change]


def regenerate(layout: Layout) -> RegenerateResult:
    """Write `spec/openapi.json` and regenerate the client; report what changed against the previous spec."""
    built = build_spec(layout)
    previous = json.loads(layout.spec.read_text(encoding="utf-8")) if layout.spec.exists() else {}
    write_files_atomically({layout.spec: dump_json(built.spec)})
    generate(layout.spec, layout.generator_config, layout.templates, layout.generated)
    return RegenerateResult(built.overlays, diff_specs(previous, built.spec))


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
    problems = []
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
