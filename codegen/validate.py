"""Validate the merged contract with openapi-spec-validator; every error names its JSON pointer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator

_TOP_LEVEL = {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"}


class SpecInvalid(Exception):
    """The merged document is not a valid OpenAPI 3.0 description."""


def _pointer(path: Iterable[Any]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _deepest(error: ValidationError) -> ValidationError:
    """A `oneOf` failure reports the whole subtree; its deepest sub-error is the one a maintainer can fix."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error


def _describe(error: ValidationError) -> str:
    leaf = _deepest(error)
    path = list(leaf.absolute_path)
    # The schema checks report paths relative to the schema object they validate.
    where = _pointer(path) if path and path[0] in _TOP_LEVEL else f"{_pointer(path)} (inside a schema)"
    message = leaf.message if len(leaf.message) <= 200 else leaf.message[:200] + "…"
    return f"{where}: {message}"


def validate_spec(document: dict[str, Any]) -> None:
    errors = list(OpenAPIV30SpecValidator(document).iter_errors())
    if errors:
        raise SpecInvalid("the merged spec is invalid:\n  " + "\n  ".join(sorted({_describe(e) for e in errors})))
