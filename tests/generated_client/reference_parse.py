"""A slow, plain reference parse: a JSON value into the generated models, read from `spec/openapi.json` alone.

It walks the schema (`$ref`, `type`, `format`, `enum`, `required`, `properties`, `items`) and builds each model
through its attrs `__init__` by keyword, one recursive function per JSON type, with the rule the generated
`from_dict` promises written out once:

- a property that is present must fit its schema, required or optional: the JSON type (`integer` is an int and not
  a bool, `number` an int or a float and not a bool), then the format (`uuid` gives a `UUID`, `date-time` a
  `datetime` by `fromisoformat`; `byte` stays the base64 `str`), then the enum (open: an unlisted value of the
  right type becomes a pseudo-member); a value of the wrong JSON type raises TypeError, a malformed string
  ValueError;
- a required property that is absent raises KeyError; an optional one is `UNSET`;
- keys the schema does not list go, in their order, to `additional_properties`;
- with several faults in one body, the first one found raises: required properties first, then optional ones.

Why a schema-driven parse and not the old generated `from_dict` plus checks: it shares nothing with the templates
(no generated code, no jinja), so a template bug cannot hide in both sides of
tests/generated_client/test_parse_equivalence.py.
Class and attribute names come from the generator's own naming functions (`ClassName`, `PythonIdentifier`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import unico_idcloud_client.models as models
from openapi_python_client.strings import ClassName, PythonIdentifier

from ..spec_file import load_spec

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
# The generator's default `field_prefix`, for a property name that is not a valid identifier once snake_cased.
FIELD_PREFIX = "field_"


def parse(schema_name: str, value: Any) -> Any:
    """``value`` as the model of component ``schema_name``; TypeError / ValueError / KeyError when it does not fit."""
    return _value({"$ref": f"#/components/schemas/{schema_name}"}, value)


def _value(schema: dict[str, Any], value: Any) -> Any:
    ref = schema.get("$ref")
    if ref is not None:
        name = ref.rsplit("/", 1)[1]
        return _component(name, SCHEMAS[name], value)
    kind = schema.get("type")
    if kind is None:
        return value  # no type: any JSON value, as it came
    if "enum" in schema or kind == "object":
        raise NotImplementedError("inline enums and objects: every one in the spec is a titled component")
    _check_json_type(kind, value)
    if kind == "string":
        return _string(schema.get("format"), value)
    if kind == "array":
        return [_value(schema["items"], item) for item in value]
    return value


def _component(name: str, schema: dict[str, Any], value: Any) -> Any:
    cls = getattr(models, ClassName(schema.get("title", name), ""))
    _check_json_type(schema["type"], value)
    if "enum" in schema:
        return cls(value)  # open: an unlisted value becomes a pseudo-member
    if schema["type"] != "object":
        raise NotImplementedError("a component is an object or an enum")
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    arguments: dict[str, Any] = {}
    # Required properties first, then optional ones, each in schema order: with several faults in one body, the
    # one reported is the first in that order (the generated code checks in the same order).
    in_order = [key for key in properties if key in required] + [key for key in properties if key not in required]
    for key in in_order:
        property_schema = properties[key]
        if key in value:
            arguments[PythonIdentifier(key, FIELD_PREFIX)] = _value(property_schema, value[key])
        elif key in required:
            raise KeyError(key)
    model = cls(**arguments)
    model.additional_properties = {key: item for key, item in value.items() if key not in properties}
    return model


def _check_json_type(kind: str, value: Any) -> None:
    fits = {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "array": isinstance(value, list),
        "object": isinstance(value, Mapping),
    }[kind]
    if not fits:
        raise TypeError(f"not a JSON {kind}")


def _string(string_format: str | None, value: str) -> Any:
    if string_format == "uuid":
        return UUID(value)
    if string_format == "date-time":
        return datetime.datetime.fromisoformat(value)
    return value  # `byte` included: the base64 text, not decoded
