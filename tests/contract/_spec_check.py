"""Validate every response the fake sends against spec/openapi.json (the single source of truth).

Schemas come from the spec with ``$ref`` resolved against the whole document and OpenAPI 3.0 ``nullable``
turned into a JSON Schema type union. The token endpoint lives on another host and is not in the spec:
its bodies are checked against the shapes api-notes.md gives, written below.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jsonschema

from tests.spec_file import load_spec

TOKEN_SUCCESS = {
    "type": "object",
    "required": ["access_token", "expires_in", "token_type"],
    "properties": {
        "access_token": {"type": "string", "minLength": 1},
        "expires_in": {"type": "integer", "minimum": 1},
        "token_type": {"enum": ["Bearer"]},
    },
    "additionalProperties": False,
}
TOKEN_ERROR = {
    "type": "object",
    "required": ["error", "error_description"],
    "properties": {
        "error": {"type": "string", "minLength": 1},
        "error_description": {"type": "string", "pattern": r"^Falha na autenticação \d+\.\d+\.\d+$"},
    },
    "additionalProperties": False,
}
TOKEN_RESPONSES = {200: TOKEN_SUCCESS, 400: TOKEN_ERROR, 401: TOKEN_ERROR, 403: TOKEN_ERROR}


def _nullable(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items()}
        if out.pop("nullable", False) is True and "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else [*out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


_FORMATS = jsonschema.FormatChecker()


@_FORMATS.checks("byte", raises=(binascii.Error, ValueError))
def _is_base64(value: object) -> bool:
    if isinstance(value, str):
        base64.b64decode(value, validate=True)
    return True


@dataclass
class Exchange:
    method: str
    path: str
    status: int
    headers: dict[str, str]
    body: bytes
    off_spec: str | None = None


@dataclass
class SpecCheck:
    spec: dict[str, Any]
    seen: list[Exchange] = field(default_factory=list)
    _off_spec: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls) -> SpecCheck:
        return cls(_nullable(load_spec()))

    def record(self, exchange: Exchange) -> None:
        with self._lock:
            exchange.off_spec = self._off_spec
            self.seen.append(exchange)

    @contextlib.contextmanager
    def off_spec(self, why: str) -> Iterator[None]:
        """Responses sent inside are deliberately outside the spec (injected faults): not validated."""
        self._off_spec = why
        try:
            yield
        finally:
            self._off_spec = None

    # --- validation -----------------------------------------------------------------------------------

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
        for template, item in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            if re.match(pattern, path):
                op = item.get(method.lower())
                return (template, op) if op is not None else None
        return None

    def _validate(self, schema: dict[str, Any], instance: Any) -> None:
        root = {**schema, "components": self.spec["components"]}
        jsonschema.Draft4Validator(root, format_checker=_FORMATS).validate(instance)

    def problems(self, exchange: Exchange) -> list[str]:
        """Why ``exchange`` is outside the contract (empty when it is inside)."""
        where = f"{exchange.method} {exchange.path} -> {exchange.status}"
        content_type = exchange.headers.get("content-type", "").split(";")[0].strip()
        if exchange.path == "/oauth2/token":
            schema = TOKEN_RESPONSES.get(exchange.status)
            if schema is None:
                return [f"{where}: status not documented for the token endpoint"]
            return self._json_problems(where, content_type, exchange.body, schema)
        found = self.operation(exchange.method, exchange.path)
        if found is None:
            # The framework's own 404/405: not an operation, but it must speak the API's error shape.
            if exchange.status not in (404, 405):
                return [f"{where}: no operation in the spec and not a routing error"]
            return self._json_problems(
                where, content_type, exchange.body, {"$ref": "#/components/schemas/ErrorResponse"}
            )
        _, op = found
        response = op["responses"].get(str(exchange.status))
        if response is None:
            return [f"{where}: status not in the spec for {op.get('operationId')}"]
        content = response.get("content")
        if not content:
            return (
                []
                if exchange.body == b""
                else [f"{where}: the spec gives no body, the fake sent {len(exchange.body)} bytes"]
            )
        media = content.get(content_type)
        if media is None:
            return [f"{where}: content type {content_type!r} not in the spec ({sorted(content)})"]
        return self._json_problems(where, content_type, exchange.body, media.get("schema", {}))

    def _json_problems(self, where: str, content_type: str, body: bytes, schema: dict[str, Any]) -> list[str]:
        if content_type != "application/json":
            return [f"{where}: content type {content_type!r}, expected application/json"]
        try:
            instance = json.loads(body)
        except ValueError:
            return [f"{where}: body is not JSON"]
        try:
            self._validate(copy.deepcopy(schema), instance)
        except jsonschema.ValidationError as exc:
            return [f"{where}: {exc.message} at {list(exc.absolute_path)}"]
        return []

    def all_problems(self) -> list[str]:
        with self._lock:
            seen = list(self.seen)
        return [p for e in seen if e.off_spec is None for p in self.problems(e)]
