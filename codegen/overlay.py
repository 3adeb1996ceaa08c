"""Apply OAI Overlay 1.1 documents (https://spec.openapis.org/overlay/v1.1.0.html).

Hand-written on purpose: the one Python overlay tool (oas-patch) deletes targets on `remove: false`, aliases
inserted objects across wildcard matches and is not RFC 9535. JSONPath itself comes from jsonpath-rfc9535.

Semantics, per action, in document order:
- `target` is an RFC 9535 query; matching nothing is an error naming the file and the action.
- `update` is merged into every matched node: objects deep-merge, arrays are extended, a scalar replaces a
  scalar. Arrays in an OpenAPI description (`enum`, `required`, `servers`, `tags`) are sets, so a value the
  array already holds is not appended twice; that is what lets an action the upstream caught up with be
  reported as redundant instead of corrupting the spec.
- `copy` is a query selecting exactly one node whose value is merged into every target like `update`.
- `remove: true` deletes every matched node from its parent.
Every inserted value is a fresh deep copy, so two targets never share an object.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import jsonschema
import yaml

_SCHEMA_PATH = Path(__file__).with_name("overlay.schema.json")


class OverlayError(Exception):
    """An overlay file is invalid or one of its actions cannot be applied."""


@dataclass(frozen=True)
class ActionRef:
    """Which action of which file, for messages a maintainer can act on."""

    file: str
    index: int
    description: str

    def __str__(self) -> str:
        return f"{self.file} action #{self.index} ({self.description or 'no description'})"


@dataclass
class OverlayReport:
    applied: list[ActionRef] = field(default_factory=list)
    redundant: list[ActionRef] = field(default_factory=list)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(_SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def load_overlay(path: Path) -> dict[str, Any]:
    """Read an overlay file and check it against the Overlay JSON Schema."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise OverlayError(f"{path.name}: not valid YAML: {exc}") from exc
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        details = "; ".join(f"at /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5])
        raise OverlayError(f"{path.name}: not a valid Overlay 1.1 document: {details}")
    if not isinstance(document, dict):  # the schema already guarantees it; this narrows the type
        raise OverlayError(f"{path.name}: not a mapping")
    return document


def overlay_files(directory: Path) -> list[Path]:
    """The overlays to apply, in name order (`NN-concern.overlay.yaml`)."""
    return sorted(directory.glob("*.overlay.yaml"))


def _merge(target: Any, update: Any) -> Any:
    """Return ``target`` with ``update`` merged in (mutating containers in place)."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        for item in update if isinstance(update, list) else [update]:
            if item not in target:
                target.append(copy.deepcopy(item))
        return target
    return copy.deepcopy(update)


def _container_and_key(root: Any, location: tuple[str | int, ...]) -> tuple[Any, str | int]:
    parent = root
    for step in location[:-1]:
        parent = parent[step]
    return parent, location[-1]


def _query(expression: str, document: Any, ref: ActionRef) -> list[tuple[str | int, ...]]:
    try:
        return [tuple(node.location) for node in jsonpath_rfc9535.finditer(expression, document)]
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{ref}: invalid JSONPath {expression!r}: {exc}") from exc


def _apply_value(document: dict[str, Any], locations: Iterable[tuple[str | int, ...]], value: Any) -> bool:
    changed = False
    for location in locations:
        if not location:
            before = copy.deepcopy(document)
            _merge(document, value)
            changed |= before != document
            continue
        parent, key = _container_and_key(document, location)
        before = copy.deepcopy(parent[key])
        parent[key] = _merge(parent[key], value)
        changed |= before != parent[key]
    return changed


def _remove(document: dict[str, Any], locations: list[tuple[str | int, ...]], ref: ActionRef) -> None:
    # Deepest and highest array index first, so earlier removals never shift later locations.
    for location in sorted(
        locations, key=lambda loc: (len(loc), loc[-1] if loc and isinstance(loc[-1], int) else -1), reverse=True
    ):
        if not location:
            raise OverlayError(f"{ref}: cannot remove the document root")
        parent, key = _container_and_key(document, location)
        del parent[key]


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], *, file: str, report: OverlayReport) -> None:
    """Apply one overlay's actions to ``document`` in place."""
    for index, action in enumerate(overlay["actions"], start=1):
        ref = ActionRef(file, index, action.get("description", ""))
        locations = _query(action["target"], document, ref)
        if not locations:
            raise OverlayError(f"{ref}: target {action['target']!r} matches nothing")
        if action.get("remove") is True:
            _remove(document, locations, ref)
            changed = True
        elif "copy" in action:
            sources = _query(action["copy"], document, ref)
            if len(sources) != 1:
                raise OverlayError(
                    f"{ref}: copy source {action['copy']!r} must match exactly one node, matched {len(sources)}"
                )
            parent_value: Any = document
            for step in sources[0]:
                parent_value = parent_value[step]
            changed = _apply_value(document, locations, copy.deepcopy(parent_value))
        else:
            changed = _apply_value(document, locations, action["update"])
        (report.applied if changed else report.redundant).append(ref)


def apply_overlays(
    document: dict[str, Any], paths: Iterable[Path], *, require_citations: bool = True
) -> tuple[dict[str, Any], OverlayReport]:
    """Apply each overlay file in order to a copy of ``document``."""
    result = copy.deepcopy(document)
    report = OverlayReport()
    for path in paths:
        overlay = load_overlay(path)
        if require_citations and (problems := uncited_actions(overlay, file=path.name)):
            raise OverlayError("overlay actions without a citation:\n  " + "\n  ".join(problems))
        apply_overlay(result, overlay, file=path.name, report=report)
    return result, report


def uncited_actions(overlay: dict[str, Any], *, file: str) -> list[str]:
    """The project's rule on top of the Overlay schema: every action says what it fixes and where the docs say so."""
    problems = []
    for index, action in enumerate(overlay["actions"], start=1):
        if not str(action.get("description", "")).strip():
            problems.append(f"{file} action #{index}: no description")
        if not str(action.get("x-source", "")).startswith("https://"):
            problems.append(f"{file} action #{index}: no x-source URL")
    return problems
