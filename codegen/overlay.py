"""Apply OAI Overlay 1.1 documents (https://spec.openapis.org/overlay/v1.1.0.html).

Hand-written on purpose: the one Python overlay tool (oas-patch) deletes targets on `remove: false`, aliases
inserted objects across wildcard matches and is not RFC 9535. JSONPath itself comes from jsonpath-rfc9535.

Semantics, per action, in document order:
- `target` is an RFC 9535 query; matching nothing is an error naming the file and the action. Every such action
  is collected and all of them are reported together once every file has been applied (`UnmatchedTargets`), so a
  path that moved upstream is fixed in one pass. The one exception is a `remove` whose parent still matches: what
  it removes is already gone upstream, so the action is redundant, not broken.
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
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import jsonschema
import yaml
from jsonpath_rfc9535.selectors import NameSelector

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


@dataclass(frozen=True)
class Redundant:
    """An action the upstream has caught up with: retire it."""

    action: ActionRef
    reason: str

    def __str__(self) -> str:
        return f"{self.action}: {self.reason}; retire it"


@dataclass(frozen=True)
class Broken:
    """An action that cannot be applied to the upstream as it now is."""

    action: ActionRef
    problem: str
    upstream_paths: tuple[str, ...]  # the `$.paths['...']` names its queries start with

    def __str__(self) -> str:
        return f"{self.action}: {self.problem}"


@dataclass(frozen=True)
class Effect:
    """What one `update` wrote where, and the node right after it (later actions may move or drop that node)."""

    action: ActionRef
    location: tuple[str | int, ...]
    update: Any
    node_after: Any


@dataclass
class OverlayReport:
    applied: list[ActionRef] = field(default_factory=list)
    redundant: list[Redundant] = field(default_factory=list)
    broken: list[Broken] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)


class UnmatchedTargets(OverlayError):
    """Some actions matched nothing; every one of them is listed, with the report of the whole run."""

    def __init__(self, report: OverlayReport, notes: list[str] | None = None) -> None:
        self.report = report
        self.notes = notes or []
        lines = [f"{len(report.broken)} overlay action(s) match nothing in the upstream as it now is:"]
        lines += [f"  {broken}" for broken in report.broken]
        lines += self.notes
        super().__init__("\n".join(lines))


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(_SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


# libyaml's loader when PyYAML was built with it (the wheels are): the pure-Python one takes most of a docs-diff.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=64)
def _parse(name: str, text: str) -> dict[str, Any]:
    """Parse and validate once per distinct file content (the watch reads each overlay twice: citations, then apply)."""
    try:
        document = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise OverlayError(f"{name}: not valid YAML: {exc}") from exc
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        details = "; ".join(f"at /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5])
        raise OverlayError(f"{name}: not a valid Overlay 1.1 document: {details}")
    if not isinstance(document, dict):  # the schema already guarantees it; this narrows the type
        raise OverlayError(f"{name}: not a mapping")
    return document


def load_overlay(path: Path) -> dict[str, Any]:
    """Read an overlay file and check it against the Overlay JSON Schema (a fresh copy for every caller)."""
    return copy.deepcopy(_parse(path.name, path.read_text(encoding="utf-8")))


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


def _compile(expression: str, ref: ActionRef) -> jsonpath_rfc9535.JSONPathQuery:
    try:
        return jsonpath_rfc9535.compile(expression)
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{ref}: invalid JSONPath {expression!r}: {exc}") from exc


def _query(expression: str, document: Any, ref: ActionRef) -> list[tuple[str | int, ...]]:
    try:
        return [tuple(node.location) for node in _compile(expression, ref).finditer(document)]
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{ref}: invalid JSONPath {expression!r}: {exc}") from exc


def _parent_matches(expression: str, document: Any, ref: ActionRef) -> bool:
    """Whether the query without its last segment matches something (the node that would hold the target)."""
    query = _compile(expression, ref)
    if not query.segments:
        return False
    parent = jsonpath_rfc9535.JSONPathQuery(env=query.env, segments=query.segments[:-1])
    return next(iter(parent.finditer(document)), None) is not None


def upstream_paths(*expressions: str) -> tuple[str, ...]:
    """The API paths named by queries of the form `$.paths['/a', '/b']...`, for messages about moved paths."""
    names: list[str] = []
    for expression in expressions:
        try:
            segments = jsonpath_rfc9535.compile(expression).segments
        except jsonpath_rfc9535.JSONPathError:
            continue
        if len(segments) < 2 or str(segments[0]) != "['paths']":
            continue
        names += [s.name for s in segments[1].selectors if isinstance(s, NameSelector) and s.name not in names]
    return tuple(names)


def _node(document: Any, location: tuple[str | int, ...]) -> Any:
    for step in location:
        document = document[step]
    return document


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


def _apply_action(document: dict[str, Any], action: dict[str, Any], ref: ActionRef, report: OverlayReport) -> None:
    target = action["target"]
    locations = _query(target, document, ref)
    if not locations:
        if action.get("remove") is True and _parent_matches(target, document, ref):
            report.redundant.append(Redundant(ref, "what it removes is already gone upstream"))
        else:
            paths = upstream_paths(target, action.get("copy", "$"))
            report.broken.append(Broken(ref, f"target {target!r} matches nothing", paths))
        return
    if action.get("remove") is True:
        _remove(document, locations, ref)
        report.applied.append(ref)
        return
    if "copy" in action:
        sources = _query(action["copy"], document, ref)
        if len(sources) != 1:
            problem = f"copy source {action['copy']!r} must match exactly one node, matched {len(sources)}"
            report.broken.append(Broken(ref, problem, upstream_paths(action["copy"], target)))
            return
        value = copy.deepcopy(_node(document, sources[0]))
    else:
        value = action["update"]
    if _apply_value(document, locations, value):
        report.applied.append(ref)
        if "update" in action:
            report.effects += [Effect(ref, loc, value, copy.deepcopy(_node(document, loc))) for loc in locations if loc]
    else:
        report.redundant.append(Redundant(ref, "the upstream already says what it adds"))


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
    """Apply one overlay's actions to ``document`` in place; actions that match nothing go to ``report.broken``."""
    for index, action in enumerate(overlay["actions"], start=1):
        _apply_action(document, action, ActionRef(file, index, action.get("description", "")), report)


def apply_overlays(
    document: dict[str, Any], paths: Iterable[Path], *, require_citations: bool = True
) -> tuple[dict[str, Any], OverlayReport]:
    """Apply each overlay file in order to a copy of ``document``; raise `UnmatchedTargets` listing every action
    that matched nothing."""
    result = copy.deepcopy(document)
    report = OverlayReport()
    for path in paths:
        overlay = load_overlay(path)
        if require_citations and (problems := uncited_actions(overlay, file=path.name)):
            raise OverlayError("overlay actions without a citation:\n  " + "\n  ".join(problems))
        apply_overlay(result, overlay, file=path.name, report=report)
    if report.broken:
        raise UnmatchedTargets(report)
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
