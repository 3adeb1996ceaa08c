"""The contract the fake checks request bodies against: ``spec/openapi.json``, never a copy of a schema.

A wheel ships the spec inside this package (``openapi.json``, put there at build time by pyproject.toml's
``force-include``); a checkout of the repository reads ``spec/openapi.json`` itself. jsonschema is imported on the
first write, not with the pytest plugin (which every test session of a user loads).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

_CHECKOUT_SPEC = Path(__file__).resolve().parents[3] / "spec" / "openapi.json"


@functools.cache
def load_spec() -> dict[str, Any]:
    packaged = resources.files(__package__) / "openapi.json"
    text = packaged.read_text(encoding="utf-8") if packaged.is_file() else _CHECKOUT_SPEC.read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _is_base64(value: object) -> bool:
    if isinstance(value, str):
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return False
    return True


@functools.cache
def request_validator(schema_name: str) -> Validator:
    """A validator for ``components.schemas[schema_name]``, ``$ref`` resolved in the whole spec. OpenAPI 3.0's
    schema object is JSON Schema draft 4 plus ``format: byte`` (base64), checked here; the request schemas use
    none of 3.0's other differences (``nullable``, ``discriminator``: tests/contract/test_fake_writes.py checks)."""
    import jsonschema

    spec = load_spec()
    if schema_name not in spec["components"]["schemas"]:
        raise KeyError(f"spec/openapi.json has no schema {schema_name!r}")
    formats = jsonschema.FormatChecker()
    formats.checks("byte")(_is_base64)
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    validator: Validator = jsonschema.Draft4Validator(root, format_checker=formats)
    return validator


def enum_values(schema_name: str) -> tuple[str, ...]:
    return tuple(load_spec()["components"]["schemas"][schema_name]["enum"])
