"""What the docs promise is always in a body is `required` in the spec (overlays/14-required.overlay.yaml).

The generated models type those fields without `Unset`; a body that breaks the promise (the field missing or null)
is not parsed into a half-empty model: the generated operation gives ``parsed=None`` and keeps the raw body, which
the runtime turns into ``UnexpectedResponse``. Each required path is found by walking the spec, so a new `required`
entry is covered without editing this file.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest
from unico_idcloud_client.api.idunico_idcheck import get_id_check_process
from unico_idcloud_client.api.process import get_process
from unico_idcloud_client.api.selfie import get_selfie
from unico_idcloud_client.models import (
    ErrorResponse,
    IdCheckErrorResponse,
    IdCheckProcess,
    ProcessResponse,
    Selfie,
)

from .resilience_support import IDCHECK_ID, IDCHECK_PROCESS, PROCESS_ID, PROCESS_RESPONSE, SCHEMAS, SELFIE, client_for

ERROR = {"code": 5, "message": "error getting process: rpc error: code = NotFound desc = process not found"}
IDCHECK_ERROR = {"Error": {"code": "40404", "description": "process not found"}}

# (operation, process id, status, a complete documented body, the schema it follows, the model it parses to)
BODIES: list[tuple[ModuleType, Any, int, Any, str, type]] = [
    (get_process, PROCESS_ID, 200, PROCESS_RESPONSE, "ProcessResponse", ProcessResponse),
    (get_process, PROCESS_ID, 404, ERROR, "ErrorResponse", ErrorResponse),
    (get_selfie, PROCESS_ID, 200, SELFIE, "Selfie", Selfie),
    (get_selfie, PROCESS_ID, 403, {"code": 7, "message": "permission denied"}, "ErrorResponse", ErrorResponse),
    (get_id_check_process, UUID(IDCHECK_ID), 200, IDCHECK_PROCESS, "IdCheckProcess", IdCheckProcess),
    (get_id_check_process, UUID(IDCHECK_ID), 410, IDCHECK_ERROR, "IdCheckErrorResponse", IdCheckErrorResponse),
]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return SCHEMAS[ref.rsplit("/", 1)[1]] if ref else schema


def required_paths(schema_name: str) -> Iterator[tuple[str, ...]]:
    """Every required property, as a path through objects from ``schema_name`` (not into arrays)."""

    def walk(schema: dict[str, Any], prefix: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        schema = _resolve(schema)
        for name in schema.get("required", []):
            yield (*prefix, name)
            child = _resolve(schema["properties"][name])
            if child.get("type") == "object":
                yield from walk(child, (*prefix, name))

    yield from walk(SCHEMAS[schema_name], ())


def leaf_schema(schema_name: str, path: tuple[str, ...]) -> dict[str, Any]:
    schema = SCHEMAS[schema_name]
    for name in path:
        schema = _resolve(_resolve(schema)["properties"][name])
    return schema


def _case(operation: ModuleType, pid: Any, status: int, body: Any, schema_name: str, path: tuple[str, ...]) -> Any:
    return pytest.param(operation, pid, status, body, path, id=f"{schema_name}.{'.'.join(path)}")


CASES = [
    _case(operation, pid, status, body, schema_name, path)
    for operation, pid, status, body, schema_name, _ in BODIES
    for path in required_paths(schema_name)
]
# null where an object, an enum, a UUID or a date-time is promised. A null (or any other JSON type) in a plain
# string or number field (`format: byte` included) is not checked by the generated from_dict: the templates leave
# primitives unchecked.
NULL_CASES = [
    _case(operation, pid, status, body, schema_name, path)
    for operation, pid, status, body, schema_name, _ in BODIES
    for path in required_paths(schema_name)
    if (leaf := leaf_schema(schema_name, path)).get("type") == "object"
    or "enum" in leaf
    or leaf.get("format") in ("uuid", "date-time")
]


def _answer(status: int, body: Any) -> Any:
    return client_for(lambda request: httpx.Response(status, json=body))


def _without(body: Any, path: tuple[str, ...], replacement: Any = ...) -> Any:
    changed = copy.deepcopy(body)
    target = changed
    for name in path[:-1]:
        target = target[name]
    if replacement is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = replacement
    return changed


def test_the_documented_guarantees_are_required() -> None:
    required = {name: set(schema.get("required", [])) for name, schema in SCHEMAS.items()}
    assert required["ProcessResponse"] == {"process"}
    assert {"id", "state", "authenticationInfo"} == required["Process"]
    assert {"livenessResult", "authenticationResult", "scoreEngineResult"} <= required["AuthenticationInfo"]
    assert required["ErrorResponse"] == {"code", "message"}
    assert required["IdCheckError"] == {"code", "description"}


@pytest.mark.parametrize(
    ("schema_name", "field"),
    [
        ("Process", "result"),  # present only once finished
        ("Process", "finishedAt"),
        ("Process", "clientReference"),  # "optional"
        ("Process", "bioTokenData"),  # 1:1 validation and Smart Revalidation only
        ("AuthenticationInfo", "serproResult"),  # idSerpro flows only
        ("AuthenticationInfo", "trustResult"),  # deprecated
        ("ScoreEngineResult", "score"),  # inconclusive with Risk Score only
        ("IdCheckProcess", "score"),
        ("IdCheckProcess", "unicoId"),
        ("ErrorResponse", "details"),
    ],
)
def test_what_the_docs_call_optional_or_conditional_stays_optional(schema_name: str, field: str) -> None:
    assert field in SCHEMAS[schema_name]["properties"]
    assert field not in SCHEMAS[schema_name].get("required", [])


def test_every_required_path_is_covered() -> None:
    covered = {case.id for case in CASES}
    assert "ProcessResponse.process.authenticationInfo.scoreEngineResult.scoreEnabled" in covered
    assert "IdCheckErrorResponse.Error.code" in covered and "Selfie.fileContents" in covered
    nulls = {case.id for case in NULL_CASES}
    assert {"ProcessResponse.process", "ProcessResponse.process.id", "ProcessResponse.process.state"} <= nulls


@pytest.mark.parametrize(("operation", "process_id", "status", "body", "model"), [b[:4] + b[5:] for b in BODIES])
def test_the_complete_bodies_parse(operation: ModuleType, process_id: Any, status: int, body: Any, model: type) -> None:
    parsed = operation.sync_detailed(client=_answer(status, body), process_id=process_id).parsed
    assert isinstance(parsed, model) and parsed.to_dict() == body


@pytest.mark.parametrize(("operation", "process_id", "status", "body", "path"), CASES)
def test_a_body_missing_a_guaranteed_field_is_not_parsed_and_is_kept(
    operation: ModuleType, process_id: Any, status: int, body: Any, path: tuple[str, ...]
) -> None:
    broken = _without(body, path)
    response = operation.sync_detailed(client=_answer(status, broken), process_id=process_id)
    assert response.status_code == status
    assert response.parsed is None
    assert json.loads(response.content) == broken


@pytest.mark.parametrize(("operation", "process_id", "status", "body", "path"), NULL_CASES)
def test_a_null_guaranteed_object_enum_or_format_is_not_parsed_and_is_kept(
    operation: ModuleType, process_id: Any, status: int, body: Any, path: tuple[str, ...]
) -> None:
    broken = _without(body, path, None)
    response = operation.sync_detailed(client=_answer(status, broken), process_id=process_id)
    assert response.status_code == status
    assert response.parsed is None
    assert json.loads(response.content) == broken


@pytest.mark.parametrize(("operation", "process_id", "status", "body", "path"), CASES[:3])
async def test_the_async_operation_refuses_the_same_bodies(
    operation: ModuleType, process_id: Any, status: int, body: Any, path: tuple[str, ...]
) -> None:
    broken = _without(body, path)
    response = await operation.asyncio_detailed(client=_answer(status, broken), process_id=process_id)
    assert response.parsed is None and json.loads(response.content) == broken
