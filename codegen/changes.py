"""What changed between two versions of the contract, and which changes break users.

Hand-written: no maintained Python library diffs OpenAPI documents (oasdiff and openapi-diff are Go and
Java tools). The report covers what decides a version bump for a generated client: operations, responses,
properties, enum values and types. Response schemas are compared after resolving `$ref`s.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, order=True)
class Change:
    location: str
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"{'BREAKING ' if self.breaking else '         '} {self.location}: {self.what}"


def _resolve(document: dict[str, Any], schema: Any) -> Any:
    seen: set[str] = set()
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return schema
        seen.add(ref)
        node: Any = document
        for part in ref[2:].split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
        schema = node
    return schema


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in document.get("paths", {}).items()
        for method, operation in item.items()
        if method in _METHODS and isinstance(operation, dict)
    }


def _type_of(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new

    def schemas(self, where: str, old: Any, new: Any, depth: int = 0) -> Iterator[Change]:
        old, new = _resolve(self.old, old), _resolve(self.new, new)
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > 32:
            return
        old_type, new_type = _type_of(old), _type_of(new)
        if old_type != new_type and old_type is not None and new_type is not None:
            yield Change(where, f"type changed from {old_type} to {new_type}", breaking=True)
        old_enum, new_enum = old.get("enum") or [], new.get("enum") or []
        for value in old_enum:
            if value not in new_enum:
                yield Change(where, f"enum value {value!r} removed", breaking=True)
        for value in new_enum:
            if value not in old_enum:
                yield Change(where, f"enum value {value!r} added", breaking=False)
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        for name in old_props:
            if name not in new_props:
                yield Change(f"{where}.{name}", "property removed", breaking=True)
        for name in new_props:
            if name not in old_props:
                yield Change(f"{where}.{name}", "property added", breaking=False)
            else:
                yield from self.schemas(f"{where}.{name}", old_props[name], new_props[name], depth + 1)
        if "items" in old and "items" in new:
            yield from self.schemas(f"{where}[]", old["items"], new["items"], depth + 1)

    def responses(self, operation: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
        for status in old_responses:
            if status not in new_responses:
                yield Change(f"{operation} {status}", "response removed", breaking=True)
        for status in new_responses:
            if status not in old_responses:
                yield Change(f"{operation} {status}", "response added", breaking=False)
                continue
            old_content = _resolve(self.old, old_responses[status]).get("content", {})
            new_content = _resolve(self.new, new_responses[status]).get("content", {})
            for media in old_content.keys() & new_content.keys():
                yield from self.schemas(
                    f"{operation} {status} body", old_content[media].get("schema"), new_content[media].get("schema")
                )

    def all(self) -> Iterator[Change]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for operation in old_ops:
            if operation not in new_ops:
                yield Change(operation, "operation removed", breaking=True)
        for operation in new_ops:
            if operation not in old_ops:
                yield Change(operation, "operation added", breaking=False)
            else:
                yield from self.responses(operation, old_ops[operation], new_ops[operation])


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, sorted by location."""
    return sorted(set(_Differ(old, new).all()))


def format_report(changes: list[Change]) -> str:
    if not changes:
        return "Change report: no changes to operations, responses, properties, enum values or types."
    breaking = sum(change.breaking for change in changes)
    verdict = "a major version bump" if breaking else "a minor version bump"
    lines = [f"Change report: {len(changes)} change(s), {breaking} breaking; this calls for {verdict}."]
    lines += [str(change) for change in changes]
    return "\n".join(lines)
