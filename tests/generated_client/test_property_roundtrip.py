"""Property tests: bodies generated from every response schema of every operation parse, and come back equal.

The generator is schemathesis' JSON Schema generator (the one its own runs use; schemathesis is pinned exactly in
uv.lock, so this module-level API cannot change under us unnoticed). hypothesis-jsonschema was tried first: it is six
times slower on these schemas and 0.23.1 needs hypothesis < 6.170.10. It is fed spec/openapi.json translated from
OpenAPI 3.0 to JSON Schema here: `$ref`s point into `definitions`, `nullable` becomes a union with null, the
OpenAPI formats get strategies of their own (UUIDs, `date-time` in the form the models write back, base64 for
`byte`), and every enum is opened (a listed value or any other of its type, as Unico may add values). Objects keep
the spec's open `additionalProperties`, so unknown fields are generated at every level. Each body goes through the
generated operation's own response handling, and `to_dict()` must give the body back. Generation is derandomized:
the same examples on every run.
"""

from __future__ import annotations

import base64
import copy
import datetime
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build
from unico_idcloud_client.client import AuthenticatedClient

from .resilience_support import SCHEMAS, SPEC

EXAMPLES = 200
OPERATION_MODULES = {
    "getProcess": "unico_idcloud_client.api.process.get_process",
    "getSelfie": "unico_idcloud_client.api.selfie.get_selfie",
    "getIdCheckProcess": "unico_idcloud_client.api.idunico_idcheck.get_id_check_process",
    "createProcess": "unico_idcloud_client.api.process.create_process",
    "setProcessDocument": "unico_idcloud_client.api.process.set_process_document",
    "getEvidenceSet": "unico_idcloud_client.api.process.get_evidence_set",
    "createIdcheckProcess": "unico_idcloud_client.api.idunico_idcheck.create_idcheck_process",
}
CLIENT = AuthenticatedClient(base_url="https://unico.invalid", token="t")

# --- OpenAPI 3.0 -> JSON Schema ------------------------------------------------------------------------------------

_FORMATS = {"uuid": "openapi-uuid", "date-time": "openapi-date-time", "byte": "openapi-byte"}


def _offsets() -> st.SearchStrategy[datetime.tzinfo]:
    minutes = st.integers(min_value=-14 * 60, max_value=14 * 60)
    return st.just(datetime.UTC) | minutes.map(lambda m: datetime.timezone(datetime.timedelta(minutes=m)))


CUSTOM_FORMATS: dict[str, st.SearchStrategy[str]] = {
    "openapi-uuid": st.uuids().map(str),
    # What the models write back (datetime.isoformat() of an aware datetime): the round trip is exact. Other
    # spellings ("Z", no seconds) parse too and come back normalised (tests/generated_client/test_seed_examples.py).
    "openapi-date-time": st.datetimes(
        min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2100, 1, 1), timezones=_offsets()
    ).map(datetime.datetime.isoformat),
    "openapi-byte": st.binary(max_size=64).map(lambda raw: base64.b64encode(raw).decode("ascii")),
}


def json_schema(node: Any) -> Any:
    """One OpenAPI 3.0 schema node as JSON Schema (draft 4)."""
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in ("example", "examples", "deprecated", "nullable", "description"):
            continue
        if key == "$ref":
            out[key] = value.replace("#/components/schemas/", "#/definitions/")
        elif key == "format":
            out[key] = _FORMATS.get(value, value)
        elif key in ("properties", "definitions"):
            out[key] = {name: json_schema(sub) for name, sub in value.items()}
        else:
            out[key] = json_schema(value)
    if node.get("nullable") is True:
        out = {"anyOf": [out, {"type": "null"}]}
    if "enum" in out:  # open: a listed value, or any other value of the enum's type
        listed = {"enum": out.pop("enum")}
        out = {"anyOf": [listed, {**out}]} if "type" in out else listed
    return out


DEFINITIONS = {name: json_schema(schema) for name, schema in SCHEMAS.items()}


def body_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return {**json_schema(schema), "definitions": DEFINITIONS}


# --- every response schema of every operation ----------------------------------------------------------------------


def responses() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                media = (response.get("content") or {}).get("application/json")
                if media is not None:
                    yield operation["operationId"], status, media["schema"]


def _schema_key(schema: dict[str, Any]) -> str:
    return schema.get("$ref", "").rsplit("/", 1)[-1] or schema.get("type", "?")


# One test per distinct schema, through the first operation and status that documents it.
DISTINCT: dict[str, tuple[str, str, dict[str, Any]]] = {}
for _operation_id, _status, _schema in responses():
    DISTINCT.setdefault(_schema_key(_schema), (_operation_id, _status, _schema))


def test_every_response_schema_is_covered() -> None:
    assert {_schema_key(schema) for _, _, schema in responses()} == set(DISTINCT)
    assert set(DISTINCT) == {
        "ProcessResponse",
        "ErrorResponse",
        "string",
        "Selfie",
        "IdCheckProcess",
        "IdCheckErrorResponse",
        "CreateProcessResponse",
        "SetProcessDocumentResponse",
        "EvidenceSet",
        "CreatedIdCheckProcess",
    }


def _parse(module: ModuleType, status: int, body: Any) -> Any:
    response = httpx.Response(status, json=body)
    return module._build_response(client=CLIENT, response=response).parsed


def _roundtrip(parsed: Any) -> Any:
    return parsed if isinstance(parsed, str) else parsed.to_dict()


PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize("name", sorted(DISTINCT))
def test_generated_bodies_parse_and_round_trip(name: str) -> None:
    operation_id, status, schema = DISTINCT[name]
    module = importlib.import_module(OPERATION_MODULES[operation_id])
    seen: list[Any] = []

    @PROPERTY_SETTINGS
    @given(build(body_schema(schema), draft=4, formats=CUSTOM_FORMATS))
    def check(body: Any) -> None:
        original = copy.deepcopy(body)
        parsed = _parse(module, int(status), body)
        assert parsed is not None, f"{operation_id} {status} did not parse a body its schema allows"
        assert _roundtrip(parsed) == original
        seen.append(body)

    check()
    assert len(seen) >= EXAMPLES
    # The properties are about unknown values and fields too: make sure the generator produced them.
    unlisted, extra = (sum(counts) for counts in zip(*(_novelties(schema, body) for body in seen), strict=True))
    assert unlisted >= (EXAMPLES // 10 if _has(schema, "enum") else 0)
    assert extra >= (EXAMPLES // 10 if _has(schema, "properties") else 0)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return SCHEMAS[ref.rsplit("/", 1)[1]] if ref else schema


def _has(schema: dict[str, Any], keyword: str) -> bool:
    schema = _resolve(schema)
    if keyword in schema:
        return True
    return any(_has(sub, keyword) for sub in (schema.get("properties") or {}).values())


def _novelties(schema: dict[str, Any], body: Any) -> tuple[int, int]:
    """(values outside a listed enum, fields the schema does not name) anywhere in ``body``."""
    schema = _resolve(schema)
    if "enum" in schema:
        return int(body not in schema["enum"]), 0
    if schema.get("type") == "array" and isinstance(body, list):
        found = [_novelties(schema["items"], item) for item in body]
        return sum(f[0] for f in found), sum(f[1] for f in found)
    properties = schema.get("properties")
    if properties is None or not isinstance(body, dict):
        return 0, 0
    unlisted, extra = 0, sum(1 for key in body if key not in properties)
    for key, value in body.items():
        if key in properties:
            inner = _novelties(properties[key], value)
            unlisted, extra = unlisted + inner[0], extra + inner[1]
    return unlisted, extra
