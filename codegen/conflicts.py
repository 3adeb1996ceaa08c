"""Overlay actions whose effect no longer fits their target, for a maintainer to review.

An action is written against the upstream as it was. When the upstream changes under it, the action may still
apply cleanly and yet no longer make sense: `minimum` on what is now a string, `format: date-time` on what is now
an integer, a description documenting an enum value the enum no longer lists. Nothing fails, so these are named.
Only what an action itself wrote is checked, and only while the result still holds what it wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from codegen.overlay import ActionRef, Effect

# Keywords that only mean something for one JSON type.
_KEYWORD_TYPES = {
    **dict.fromkeys(
        ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), ("number", "integer")
    ),
    **dict.fromkeys(("minLength", "maxLength", "pattern"), ("string",)),
    **dict.fromkeys(("minItems", "maxItems", "uniqueItems"), ("array",)),
    **dict.fromkeys(("minProperties", "maxProperties"), ("object",)),
}
# Formats OpenAPI 3.0 and JSON Schema define, with the types they apply to; other formats are not checked.
_FORMAT_TYPES = {
    **dict.fromkeys(("int32", "int64"), ("integer",)),
    **dict.fromkeys(("float", "double"), ("number",)),
    **dict.fromkeys(
        ("date", "date-time", "time", "duration", "byte", "binary", "password", "uuid", "email", "uri", "hostname"),
        ("string",),
    ),
}
_WORD = re.compile(r"[A-Za-z0-9_]+")
_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


@dataclass(frozen=True)
class Conflict:
    action: ActionRef
    where: str  # JSON pointer of the node the action wrote to
    problem: str

    def __str__(self) -> str:
        return f"{self.action}: {self.problem} (at {self.where})"


def _pointer(location: tuple[str | int, ...]) -> str:
    return "/" + "/".join(str(step).replace("~", "~0").replace("/", "~1") for step in location)


def _lookup(document: Any, location: tuple[str | int, ...]) -> Any:
    for step in location:
        present = (isinstance(document, dict) and isinstance(step, str) and step in document) or (
            isinstance(document, list) and isinstance(step, int) and 0 <= step < len(document)
        )
        if not present:
            return None
        document = document[step]
    return document


def _resolve(document: dict[str, Any], node: Any) -> Any:
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        if node["$ref"] in seen:
            break
        seen.add(node["$ref"])
        parts = [p.replace("~1", "/").replace("~0", "~") for p in node["$ref"][2:].split("/")]
        node = _lookup(document, tuple(parts))
    return node


def _enum_of(document: dict[str, Any], node: Any) -> list[str] | None:
    node = _resolve(document, node)
    if not isinstance(node, dict):
        return None
    values = node.get("enum")
    if values is None and isinstance(node.get("items"), dict):
        values = _resolve(document, node["items"]).get("enum")
    return values if isinstance(values, list) and all(isinstance(v, str) for v in values) else None


def _common_prefix(values: list[str]) -> str:
    """The `PREFIX_` every value shares (`PROCESS_RESULT_` for `PROCESS_RESULT_OK`, ...), or ''."""
    if len(values) < 2:
        return ""
    first, last = min(values), max(values)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    prefix = first[:size]
    return prefix[: prefix.rfind("_") + 1] if "_" in prefix else ""


def _unlisted_values(description: str, listed: list[str], previously: list[str] | None) -> list[str]:
    """Enum values the description names that the enum does not list (any more)."""
    words = set(_WORD.findall(description))
    named = {value for value in previously or [] if value in words and value not in listed}
    prefix = _common_prefix(listed)
    if len(prefix) >= 3:  # a word shaped like the listed values (same PREFIX_) is one of them
        named |= {w for w in words if _CONSTANT.fullmatch(w) and w.startswith(prefix) and w not in listed}
    return sorted(named)


def _check(effect: Effect, node: Any, spec: dict[str, Any], baseline: dict[str, Any] | None) -> Iterable[str]:
    update = effect.update
    owned = {key for key, value in update.items() if isinstance(node, dict) and node.get(key) == value}
    target = _resolve(spec, node)
    kind = target.get("type") if isinstance(target, dict) else None
    misplaced = [k for k in sorted(owned) if k in _KEYWORD_TYPES and kind not in _KEYWORD_TYPES[k]]
    if misplaced:
        wants = " or ".join(_KEYWORD_TYPES[misplaced[0]])
        yield f"adds {', '.join(misplaced)} (for {wants}) to a schema of type {kind or '(none)'}"
    if "format" in owned and update["format"] in _FORMAT_TYPES and kind not in _FORMAT_TYPES[update["format"]]:
        yield f"sets format {update['format']} on a schema of type {kind or '(none)'}"
    if "description" in owned and isinstance(update["description"], str):
        listed = _enum_of(spec, node)
        if listed is not None:
            before = _enum_of(baseline, _lookup(baseline, effect.location)) if baseline else None
            if unlisted := _unlisted_values(update["description"], listed, before):
                yield f"its description names enum value(s) {', '.join(unlisted)} that the enum no longer lists"


def find_conflicts(
    spec: dict[str, Any], effects: Iterable[Effect], baseline: dict[str, Any] | None = None
) -> list[Conflict]:
    """Each `update` whose keywords no longer fit the node they are on in ``spec``.

    ``baseline`` (the previous contract) tells which enum values a description named that have since gone.
    """
    conflicts = []
    for effect in effects:
        if not isinstance(effect.update, dict):
            continue
        node = _lookup(spec, effect.location)
        if node is None:  # a later action moved or dropped the node: judge it as the action left it
            node = effect.node_after
        for problem in _check(effect, node, spec, baseline):
            conflicts.append(Conflict(effect.action, _pointer(effect.location), problem))
    return conflicts
