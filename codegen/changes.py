"""What changed between two versions of the contract, and which changes break users of this Python client.

Hand-written: the reference tools (oasdiff, openapi-diff) are Go and Java programs, and the PyPI packages that
diff OpenAPI documents are young single-author projects. More importantly, "breaking" here means breaking for
code written against the *generated Python client*, which is not oasdiff's rule in two ways:
- the generated enums are open (an unlisted value parses), so an enum value added to a response is safe; a value
  removed takes away a member users' code may name, so it breaks (oasdiff rates these the other way round);
- anything that renames a generated name or changes a Python type breaks: `operationId` and the first tag
  (function and module), a `title` (class), a `type` or `format` that maps to another Python type (`str` →
  `datetime`, `datetime` → `Any`), and a field that a reader may now find missing or null (`T` → `T | Unset`,
  `T | None`). Constraints are information for readers (the client does not enforce them) but a tighter one on
  a request can make a call that worked fail.
oasdiff's checks are the list covered: servers, operations, `operationId`, tags, security, parameters, request
bodies, responses, response headers and media types; in every schema: type and format, enum, nullable, required,
properties (one removed and one added of the same shape reads as a rename), items, `additionalProperties`,
`allOf` / `oneOf` / `anyOf` and the numeric, string and array constraints.

Requests are judged as this client's users write them (they construct the request models): a new required
property or `required` entry, a removed enum value, a tighter constraint (a `maxLength` down, a `minimum` up, a
`pattern` added or changed) or a renamed field breaks a call that worked; a new optional property does not.

Component schemas are compared once, under their own name (`Process.score`); where an operation refers to a
component only a change of the referenced name is reported there. A component is read, written or both
depending on whether responses or requests reach it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_REF = "#/components/schemas/"
# (type, format) pairs the generator maps to a Python type other than the bare type's.
_PYTHON_FORMATS: dict[tuple[Any, Any], str] = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "uuid"): "UUID",
    ("string", "binary"): "File",
}
_PYTHON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "array": "list"}
# Constraints whose larger value is the tighter one, and those whose smaller value is.
_LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
_FLAGS = ("exclusiveMinimum", "exclusiveMaximum", "uniqueItems")  # OpenAPI 3.0: booleans, true is tighter
_OTHER_CONSTRAINTS = ("pattern", "multipleOf")  # any new or changed value is tighter


class Direction(Enum):
    READ = "read"  # the client receives it (responses)
    WRITE = "write"  # the client sends it (parameters, request bodies)


@dataclass(frozen=True, order=True)
class Change:
    location: str
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"{'BREAKING ' if self.breaking else '         '} {self.location}: {self.what}"


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(_SCHEMA_REF) :] if isinstance(ref, str) and ref.startswith(_SCHEMA_REF) else None


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (parameters, responses, request bodies) to the object they name."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _type_of(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


def _python_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind is None:
        return "Any"
    return _PYTHON_FORMATS.get((kind, schema.get("format")), _PYTHON_TYPES.get(kind, str(kind)))


def _label(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "nothing"
    return _ref_name(schema) or _type_of(schema) or "untyped (Any)"


def _makes_a_class(schema: dict[str, Any]) -> bool:
    return "enum" in schema or "properties" in schema or schema.get("type") == "object"


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): operation
        for path, item in (document.get("paths") or {}).items()
        if isinstance(item, dict)
        for method, operation in item.items()
        if method in _METHODS and isinstance(operation, dict)
    }


def _tightened(keyword: str, old: Any, new: Any) -> bool:
    if keyword in _LOWER_BOUNDS:
        return new is not None and (old is None or new > old)
    if keyword in _UPPER_BOUNDS:
        return new is not None and (old is None or new < old)
    if keyword in _FLAGS:
        return bool(new) and not bool(old)
    return new is not None


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if (name := _ref_name(node)) is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(document: dict[str, Any], roots: list[Any]) -> set[str]:
    """Names of the component schemas reachable from ``roots`` through `$ref`s."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    found: set[str] = set()
    pending = [name for root in roots for name in _refs(root)]
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending += list(_refs(schemas.get(name)))
    return found


def _server_urls(servers: Any) -> list[str]:
    """The URLs of a `servers` list, in order (a trailing slash does not make another host)."""
    if not isinstance(servers, list):
        return []
    return [s["url"].rstrip("/") for s in servers if isinstance(s, dict) and isinstance(s.get("url"), str)]


def _request_parts(document: dict[str, Any]) -> list[Any]:
    parts: list[Any] = []
    for path_item in (document.get("paths") or {}).values():
        if isinstance(path_item, dict):
            parts += path_item.get("parameters") or []
    for operation in _operations(document).values():
        parts += [operation.get("parameters") or [], operation.get("requestBody") or {}]
    return [_resolve(document, part) for part in parts]


def _response_parts(document: dict[str, Any]) -> list[Any]:
    return [
        _resolve(document, response)
        for operation in _operations(document).values()
        for response in (operation.get("responses") or {}).values()
    ]


_NOT_SHAPE = frozenset({"description", "example", "examples", "summary", "externalDocs"})


def _shape(schema: Any) -> Any:
    """A schema without what documents it: two shapes are equal when the generated types are."""
    if isinstance(schema, dict):
        return {key: _shape(value) for key, value in schema.items() if key not in _NOT_SHAPE}
    if isinstance(schema, list):
        return [_shape(value) for value in schema]
    return schema


def _renamed(old_props: dict[str, Any], new_props: dict[str, Any]) -> dict[str, str]:
    """{old name: new name} when exactly one property went and one came, of the same shape: a rename.

    It is still a removal plus an addition on the wire, and reported as one breaking change with both names.
    """
    gone = [name for name in old_props if name not in new_props]
    came = [name for name in new_props if name not in old_props]
    if len(gone) == 1 and len(came) == 1 and _shape(old_props[gone[0]]) == _shape(new_props[came[0]]):
        return {gone[0]: came[0]}
    return {}


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.written = _reachable(old, _request_parts(old)) | _reachable(new, _request_parts(new))
        self.read = _reachable(old, _response_parts(old)) | _reachable(new, _response_parts(new))

    # --- schemas ----------------------------------------------------------------------------------------------

    def schemas(self, where: str, old: Any, new: Any, ways: frozenset[Direction], depth: int = 0) -> Iterator[Change]:
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > 32:
            return
        old_ref, new_ref = _ref_name(old), _ref_name(new)
        if old_ref or new_ref:
            if old_ref != new_ref:
                yield Change(where, f"type changed from {_label(old)} to {_label(new)}", breaking=True)
            return  # the same component on both sides is compared once, under its own name
        reads, writes = Direction.READ in ways, Direction.WRITE in ways
        yield from self._title(where, old, new)
        yield from self._type(where, old, new)
        yield from self._nullable(where, old, new, reads=reads, writes=writes)
        yield from self._enum(where, old, new)
        yield from self._constraints(where, old, new, writes=writes)
        yield from self._composition(where, old, new, ways, depth, reads=reads)
        yield from self._properties(where, old, new, ways, depth, reads=reads, writes=writes)
        yield from self._additional_properties(where, old, new, ways, depth)
        if "items" in old and "items" in new:
            yield from self.schemas(f"{where}[]", old["items"], new["items"], ways, depth + 1)
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            yield Change(where, "deprecated" if new.get("deprecated") else "no longer deprecated", breaking=False)

    def _title(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        if old.get("title") != new.get("title") and (_makes_a_class(old) or _makes_a_class(new)):
            before, after = old.get("title") or "(none)", new.get("title") or "(none)"
            yield Change(where, f"title changed from {before} to {after}: the generated class is renamed", True)

    def _type(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        old_type, new_type = _type_of(old), _type_of(new)
        if old_type == new_type:
            return
        old_py, new_py = _python_type(old), _python_type(new)
        if old.get("type") is not None and new.get("type") is None:
            yield Change(where, f"type {old_type} removed: {old_py} becomes Any", breaking=True)
        elif old.get("type") is None and new.get("type") is not None:
            yield Change(where, f"type {new_type} added: Any becomes {new_py}", breaking=True)
        elif old_py != new_py:
            yield Change(where, f"type changed from {old_type} to {new_type} ({old_py} → {new_py})", breaking=True)
        else:
            yield Change(where, f"type changed from {old_type} to {new_type} (still {new_py})", breaking=False)

    def _nullable(
        self, where: str, old: dict[str, Any], new: dict[str, Any], *, reads: bool, writes: bool
    ) -> Iterator[Change]:
        was, now = bool(old.get("nullable")), bool(new.get("nullable"))
        if now and not was:
            yield Change(where, "becomes nullable (T → T | None)", breaking=reads)
        elif was and not now:
            yield Change(where, "no longer nullable (None is refused)", breaking=writes)

    def _enum(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum is None and new_enum is None:
            return
        if old_enum is None:
            yield Change(where, "becomes an enum: the plain value becomes an enum class", breaking=True)
            return
        if new_enum is None:
            yield Change(where, "is no longer an enum: the enum class goes away", breaking=True)
            return
        for value in old_enum:
            if value not in new_enum:
                yield Change(where, f"enum value {value!r} removed: its member goes away", breaking=True)
        for value in new_enum:
            if value not in old_enum:
                yield Change(where, f"enum value {value!r} added (open enums already accept it)", breaking=False)

    def _constraints(self, where: str, old: dict[str, Any], new: dict[str, Any], *, writes: bool) -> Iterator[Change]:
        for keyword in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, *_FLAGS, *_OTHER_CONSTRAINTS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if before is None:
                what = f"{keyword} {after!r} added"
            elif after is None:
                what = f"{keyword} {before!r} removed"
            else:
                what = f"{keyword} changed from {before!r} to {after!r}"
            yield Change(where, what, breaking=writes and _tightened(keyword, before, after))

    def _composition(
        self,
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        ways: frozenset[Direction],
        depth: int,
        *,
        reads: bool,
    ) -> Iterator[Change]:
        for keyword in ("allOf", "oneOf", "anyOf"):
            before, after = old.get(keyword), new.get(keyword)
            if before is None and after is None:
                continue
            if before is None or after is None:
                yield Change(where, f"{keyword} {'added' if before is None else 'removed'}: the type changes", True)
                continue
            for index in range(min(len(before), len(after))):
                yield from self.schemas(f"{where} {keyword}[{index}]", before[index], after[index], ways, depth + 1)
            if len(after) > len(before):
                # A union that grows hands readers a type their code does not handle; allOf only adds fields.
                grows_union = keyword != "allOf" and reads
                yield Change(where, f"{keyword}: {len(after) - len(before)} member(s) added", breaking=grows_union)
            elif len(after) < len(before):
                yield Change(where, f"{keyword}: {len(before) - len(after)} member(s) removed", breaking=True)

    def _properties(
        self,
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        ways: frozenset[Direction],
        depth: int,
        *,
        reads: bool,
        writes: bool,
    ) -> Iterator[Change]:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        renamed = _renamed(old_props, new_props)
        for name in old_props:
            if name in renamed:
                now = renamed[name]
                what = f"renamed to {now} (removed + added{', required' if now in new_required else ''})"
                yield Change(f"{where}.{name}", f"{what}: code using the old name breaks", breaking=True)
            elif name not in new_props:
                yield Change(f"{where}.{name}", "property removed", breaking=True)
        for name in new_props:
            if name in renamed.values():
                continue
            if name not in old_props:
                required = name in new_required
                what = "property added" + (" (required)" if required else "")
                yield Change(f"{where}.{name}", what, breaking=required and writes)
                continue
            if name in old_required and name not in new_required:
                yield Change(f"{where}.{name}", "no longer required (T → T | Unset)", breaking=reads)
            elif name in new_required and name not in old_required:
                yield Change(f"{where}.{name}", "now required", breaking=writes)
            yield from self.schemas(f"{where}.{name}", old_props[name], new_props[name], ways, depth + 1)

    def _additional_properties(
        self, where: str, old: dict[str, Any], new: dict[str, Any], ways: frozenset[Direction], depth: int
    ) -> Iterator[Change]:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if before == after:
            return
        if isinstance(before, dict) and isinstance(after, dict):
            yield from self.schemas(f"{where}.*", before, after, ways, depth + 1)
        elif after is False:
            yield Change(where, "additionalProperties: false (additional_properties goes away)", breaking=True)
        elif before is False:
            yield Change(where, "additionalProperties allowed (kept in additional_properties)", breaking=False)
        else:
            what = "additionalProperties schema " + ("added" if isinstance(after, dict) else "removed")
            yield Change(where, f"{what}: the type of additional_properties changes", breaking=True)

    # --- components -------------------------------------------------------------------------------------------

    def components(self) -> Iterator[Change]:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for name in old_schemas:
            if name not in new_schemas:
                yield Change(name, "schema removed (its generated class goes away)", breaking=True)
        for name in new_schemas:
            if name not in old_schemas:
                yield Change(name, "schema added", breaking=False)
                continue
            ways = {Direction.WRITE} if name in self.written else set()
            if name in self.read or name not in self.written:
                ways.add(Direction.READ)  # a schema no operation reaches is still a generated model users read
            yield from self.schemas(name, old_schemas[name], new_schemas[name], frozenset(ways))

    # --- operations -------------------------------------------------------------------------------------------

    def _parameters(self, document: dict[str, Any], path: str, operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
        item = (document.get("paths") or {}).get(path) or {}
        merged: dict[str, dict[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = _resolve(document, raw)
            if isinstance(parameter, dict) and "name" in parameter:
                merged[f"{parameter.get('in', '?')} parameter {parameter['name']}"] = parameter
        return merged

    def parameters(
        self, label: str, old: dict[str, Any], new: dict[str, Any], paths: tuple[str, str]
    ) -> Iterator[Change]:
        old_params = self._parameters(self.old, paths[0], old)
        new_params = self._parameters(self.new, paths[1], new)
        for key in old_params:
            if key not in new_params:
                yield Change(f"{label} {key}", "removed (its argument goes away)", breaking=True)
        for key, parameter in new_params.items():
            if key not in old_params:
                required = bool(parameter.get("required"))
                yield Change(f"{label} {key}", "added" + (" (required)" if required else ""), breaking=required)
                continue
            was, now = bool(old_params[key].get("required")), bool(parameter.get("required"))
            if was != now:
                yield Change(f"{label} {key}", "now required" if now else "no longer required", breaking=now)
            yield from self.schemas(
                f"{label} {key}", old_params[key].get("schema"), parameter.get("schema"), frozenset([Direction.WRITE])
            )

    def _content(
        self, where: str, old: dict[str, Any], new: dict[str, Any], ways: frozenset[Direction]
    ) -> Iterator[Change]:
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        for media in old_content:
            if media not in new_content:
                yield Change(where, f"media type {media} removed", breaking=True)
        for media in new_content:
            if media not in old_content:
                yield Change(where, f"media type {media} added", breaking=False)
        for media in old_content.keys() & new_content.keys():
            suffix = "" if len(new_content) == 1 else f" ({media})"
            old_schema, new_schema = old_content[media].get("schema"), new_content[media].get("schema")
            if (old_schema is None) != (new_schema is None):
                yield Change(f"{where}{suffix}", f"schema {'added' if old_schema is None else 'removed'}", True)
            yield from self.schemas(f"{where}{suffix}", old_schema, new_schema, ways)

    def request_body(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        before, after = _resolve(self.old, old.get("requestBody")), _resolve(self.new, new.get("requestBody"))
        where = f"{label} request body"
        if before is None and after is None:
            return
        if before is None or after is None:
            required = bool(after and after.get("required"))
            what = "added" + (" (required)" if required else "") if before is None else "removed"
            yield Change(where, what, breaking=before is not None or required)
            return
        if bool(before.get("required")) != bool(after.get("required")):
            now = bool(after.get("required"))
            yield Change(where, "now required" if now else "no longer required", breaking=now)
        yield from self._content(where, before, after, frozenset([Direction.WRITE]))

    def responses(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        old_responses, new_responses = old.get("responses") or {}, new.get("responses") or {}
        for status in old_responses:
            if status not in new_responses:
                yield Change(f"{label} {status}", "response removed", breaking=True)
        for status in new_responses:
            if status not in old_responses:
                yield Change(f"{label} {status}", "response added", breaking=False)
                continue
            before = _resolve(self.old, old_responses[status])
            after = _resolve(self.new, new_responses[status])
            if isinstance(before, dict) and isinstance(after, dict):
                yield from self._content(f"{label} {status} body", before, after, frozenset([Direction.READ]))
                yield from self._headers(f"{label} {status}", before, after)

    def _headers(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        """Response headers (matched case-insensitively, as HTTP does): readers may depend on a documented one."""

        def by_name(document: dict[str, Any], response: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
            headers = response.get("headers") or {}
            resolved = {name: _resolve(document, header) for name, header in headers.items()}
            return {name.lower(): (name, h) for name, h in resolved.items() if isinstance(h, dict)}

        old_headers, new_headers = by_name(self.old, old), by_name(self.new, new)
        for key, (name, _) in old_headers.items():
            if key not in new_headers:
                yield Change(f"{where} header {name}", "removed (code reading it finds it missing)", breaking=True)
        for key, (name, header) in new_headers.items():
            if key not in old_headers:
                yield Change(f"{where} header {name}", "added", breaking=False)
                continue
            before = old_headers[key][1]
            was, now = bool(before.get("required")), bool(header.get("required"))
            if was and not now:
                yield Change(f"{where} header {name}", "no longer required (may be missing)", breaking=True)
            elif now and not was:
                yield Change(f"{where} header {name}", "now required", breaking=False)
            yield from self.schemas(
                f"{where} header {name}", before.get("schema"), header.get("schema"), frozenset([Direction.READ])
            )

    def operation(
        self, label: str, old: dict[str, Any], new: dict[str, Any], paths: tuple[str, str]
    ) -> Iterator[Change]:
        if paths[0] != paths[1]:
            yield Change(label, f"path changed from {paths[0]} (the function keeps its name)", breaking=False)
        if old.get("operationId") != new.get("operationId"):
            before, after = old.get("operationId") or "(none)", new.get("operationId") or "(none)"
            yield Change(label, f"operationId changed from {before} to {after}: the function is renamed", True)
        old_tags, new_tags = old.get("tags") or ["default"], new.get("tags") or ["default"]
        if old_tags[0] != new_tags[0]:
            yield Change(label, f"first tag changed from {old_tags[0]} to {new_tags[0]}: the module moves", True)
        elif old_tags != new_tags:
            yield Change(label, f"tags changed from {old_tags} to {new_tags}", breaking=False)
        old_security, new_security = old.get("security") or [], new.get("security") or []
        if bool(old_security) != bool(new_security):
            what = "now requires authentication (AuthenticatedClient)" if new_security else "no longer authenticated"
            yield Change(label, what, breaking=bool(new_security))
        elif old_security != new_security:
            yield Change(label, f"security changed from {old_security} to {new_security}", breaking=False)
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            yield Change(label, "deprecated" if new.get("deprecated") else "no longer deprecated", breaking=False)
        yield from self.parameters(label, old, new, paths)
        yield from self.request_body(label, old, new)
        yield from self.responses(label, old, new)

    def operations(self) -> Iterator[Change]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        pairs = {key: key for key in old_ops.keys() & new_ops.keys()}
        # An operation whose path moved keeps its operationId (and so its generated function).
        by_id = {op.get("operationId"): key for key, op in new_ops.items() if key not in old_ops}
        for key, op in old_ops.items():
            moved = by_id.get(op.get("operationId")) if op.get("operationId") else None
            if key not in new_ops and moved is not None and moved[0] == key[0]:
                pairs[key] = moved
        for key in old_ops:
            if key not in pairs:
                yield Change(" ".join(key), "operation removed", breaking=True)
        for key in new_ops:
            if key not in pairs.values():
                yield Change(" ".join(key), "operation added", breaking=False)
        for old_key, new_key in pairs.items():
            label = " ".join(new_key)
            yield from self.operation(label, old_ops[old_key], new_ops[new_key], (old_key[1], new_key[1]))

    # --- servers ----------------------------------------------------------------------------------------------

    def _server_changes(self, where: str, old: list[str], new: list[str]) -> Iterator[Change]:
        for url in old:
            if url not in new:
                yield Change(where, f"server {url} removed (a client configured with it loses its host)", True)
        for url in new:
            if url not in old:
                yield Change(where, f"server {url} added", breaking=False)

    def servers(self) -> Iterator[Change]:
        """The hosts each level documents (document, path, operation), each level's effective list compared where
        either side overrides it, so a removed host is reported where users meet it, once."""
        old_root, new_root = _server_urls(self.old.get("servers")), _server_urls(self.new.get("servers"))
        yield from self._server_changes("servers", old_root, new_root)
        old_paths, new_paths = self.old.get("paths") or {}, self.new.get("paths") or {}
        for path in old_paths.keys() & new_paths.keys():
            old_item, new_item = old_paths[path], new_paths[path]
            if not isinstance(old_item, dict) or not isinstance(new_item, dict):
                continue
            old_here = _server_urls(old_item.get("servers")) or old_root
            new_here = _server_urls(new_item.get("servers")) or new_root
            if "servers" in old_item or "servers" in new_item:
                yield from self._server_changes(f"{path} servers", old_here, new_here)
            for method in _METHODS:
                old_op, new_op = old_item.get(method), new_item.get(method)
                if (
                    isinstance(old_op, dict)
                    and isinstance(new_op, dict)
                    and ("servers" in old_op or "servers" in new_op)
                ):
                    yield from self._server_changes(
                        f"{method.upper()} {path} servers",
                        _server_urls(old_op.get("servers")) or old_here,
                        _server_urls(new_op.get("servers")) or new_here,
                    )

    def all(self) -> Iterator[Change]:
        yield from self.servers()
        yield from self.operations()
        yield from self.components()


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` that users of the generated client can see, sorted by location."""
    return sorted(set(_Differ(old, new).all()))


def format_report(changes: list[Change], *, baseline: str | None = None) -> str:
    against = f" against {baseline}" if baseline else ""
    if not changes:
        return f"Change report{against}: no change to the generated client's API."
    breaking = sum(change.breaking for change in changes)
    verdict = "a major version bump" if breaking else "a minor version bump"
    lines = [
        f"Change report{against}: {len(changes)} change(s), {breaking} breaking for users of this Python client; "
        f"this calls for {verdict}."
    ]
    lines += [str(change) for change in changes]
    return "\n".join(lines)
