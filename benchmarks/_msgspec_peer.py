"""The peer row's decoder: msgspec typed structs for a spec component, built from `spec/openapi.json` itself.

For scale only (msgspec is a dev dependency; the client does not use it). The structs hold what the generated
models hold, typed as strictly: `str` / `int` / `float` / `bool`, `UUID` and `datetime` for the formats, lists,
nested structs, and `str` / `int` for the (open) enums; an optional field defaults to `msgspec.UNSET`. Unlike the
generated models they drop unknown keys instead of keeping them and build no enum members.
"""

from __future__ import annotations

import datetime
import json
from typing import Any
from uuid import UUID

import msgspec

from ._report import ROOT

_STRINGS: dict[str | None, Any] = {"uuid": UUID, "date-time": datetime.datetime}
_PRIMITIVES: dict[str, Any] = {"integer": int, "number": float, "boolean": bool}


def decoder(component: str) -> msgspec.json.Decoder[Any]:
    schemas = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))["components"]["schemas"]
    structs: dict[str, Any] = {}

    def kind(schema: dict[str, Any]) -> Any:
        ref = schema.get("$ref")
        if ref is not None:
            name = ref.rsplit("/", 1)[1]
            target = schemas[name]
            return struct(name) if target.get("type") == "object" else kind(target)
        type_name = schema.get("type")
        if type_name == "string":
            return _STRINGS.get(schema.get("format"), str)
        if type_name == "array":
            return list[kind(schema["items"])]  # type: ignore[misc]
        return _PRIMITIVES.get(type_name, Any) if type_name else Any

    def struct(name: str) -> Any:
        if name not in structs:
            schema = schemas[name]
            required = set(schema.get("required", []))
            fields: list[Any] = []
            for key, value in schema.get("properties", {}).items():
                if key in required:
                    fields.append((key, kind(value)))
                else:
                    fields.append((key, kind(value) | msgspec.UnsetType, msgspec.UNSET))
            structs[name] = msgspec.defstruct(name, fields, kw_only=True)
        return structs[name]

    return msgspec.json.Decoder(struct(component))
