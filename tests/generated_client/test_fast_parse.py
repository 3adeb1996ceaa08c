"""The generated parse checks primitive types, decodes with orjson without refusing what json.loads accepts, and
builds requests and responses without per-call conversions (issue 21).

The rule for a value of the wrong type (README, "The generated layer"): required or optional, a property that is
present must fit its schema, or the body does not parse (`parsed=None`, raw body kept; the runtime raises
`UnexpectedResponse`). Only an absent optional property is `UNSET`; a JSON `null` is a value, and no property
of this spec is nullable.
"""

from __future__ import annotations

import copy
import json
import math
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import pytest
from unico_idcloud_client.api.idunico_idcheck import get_id_check_process
from unico_idcloud_client.api.process import get_process
from unico_idcloud_client.models import IdCheckProcess, ProcessResponse
from unico_idcloud_client.types import UNSET, decode_json, status_code_of

from .resilience_support import (
    IDCHECK_ID,
    IDCHECK_PROCESS,
    PROCESS_ID,
    PROCESS_RESPONSE,
    Mode,
    call,
    client_for,
    set_path,
)

MODES: list[Mode] = ["sync", "async"]


def _body(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    body: dict[str, Any] = set_path(copy.deepcopy(PROCESS_RESPONSE), path, value)
    return body


def _deleted(path: tuple[Any, ...]) -> dict[str, Any]:
    body = copy.deepcopy(PROCESS_RESPONSE)
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return body


async def _parsed(mode: Mode, content: bytes, status: int = 200) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    response = await call(mode, get_process, client_for(handler), process_id=PROCESS_ID)
    assert response.content == content  # the raw body is kept either way
    return response.parsed


# --- primitive types ------------------------------------------------------------------------------------------------

PROCESS = ("process",)
AUTH = ("process", "authenticationInfo")
WRONG_TYPES = {
    "null-for-required-string": ((*AUTH, "authenticationId"), None),
    "number-for-required-string": ((*AUTH, "authenticationId"), 42),
    "null-for-required-uuid": ((*PROCESS, "id"), None),
    "number-for-required-uuid": ((*PROCESS, "id"), 7),
    "null-for-required-enum": ((*PROCESS, "state"), None),
    "list-for-required-enum": ((*PROCESS, "state"), ["PROCESS_STATE_FINISHED"]),
    "null-for-required-object": ((*AUTH, "scoreEngineResult"), None),
    "null-for-optional-string": ((*PROCESS, "flow"), None),
    "object-for-optional-string": ((*PROCESS, "token"), {"value": "x"}),
    "number-for-optional-date-time": ((*PROCESS, "createdAt"), 1700000000),
    "string-for-optional-number": ((*AUTH, "scoreEngineResult", "score"), "85.5"),
    "bool-for-optional-number": ((*AUTH, "scoreEngineResult", "score"), True),
    "string-for-optional-list-of-strings": ((*PROCESS, "capacities"), "liveness"),
    "number-in-optional-list-of-strings": ((*PROCESS, "capacities"), ["liveness", 3]),
    "null-for-optional-enum": ((*PROCESS, "result"), None),
    "null-for-optional-object": ((*PROCESS, "person"), None),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", WRONG_TYPES)
async def test_a_value_of_the_wrong_type_required_or_optional_gives_parsed_none(mode: Mode, name: str) -> None:
    path, value = WRONG_TYPES[name]
    assert await _parsed(mode, json.dumps(_body(path, value)).encode()) is None


def test_an_absent_optional_property_is_unset_and_a_present_one_is_typed() -> None:
    assert ProcessResponse.from_dict(_deleted((*PROCESS, "flow"))).process.flow is UNSET
    process = ProcessResponse.from_dict(PROCESS_RESPONSE).process
    assert isinstance(process.flow, str) and isinstance(process.id, UUID)


def test_an_integer_is_a_number_and_is_kept_as_sent() -> None:
    parsed = ProcessResponse.from_dict(_body((*AUTH, "scoreEngineResult", "score"), 85))
    score = parsed.process.authentication_info.score_engine_result.score
    assert score == 85 and type(score) is int
    assert parsed.to_dict() == _body((*AUTH, "scoreEngineResult", "score"), 85)


@pytest.mark.parametrize("value", [True, 1.0, "1", None])
def test_an_integer_enum_takes_only_an_integer(value: Any) -> None:
    # True == 1 == 1.0 in Python, so a map lookup alone would hand back IdCheckStatus(1).
    with pytest.raises(TypeError):
        IdCheckProcess.from_dict({**IDCHECK_PROCESS, "status": value})
    assert IdCheckProcess.from_dict({**IDCHECK_PROCESS, "status": 1}).status == 1


def test_a_missing_required_property_still_raises_key_error() -> None:
    with pytest.raises(KeyError):
        ProcessResponse.from_dict(_deleted((*PROCESS, "state")))


def test_an_error_message_names_the_property_not_the_value() -> None:
    with pytest.raises(TypeError) as raised:
        ProcessResponse.from_dict(_body((*AUTH, "authenticationId"), ["12345678909"]))
    assert str(raised.value) == "AuthenticationInfo.authenticationId is not a string"


# --- orjson, with json.loads as the fallback ------------------------------------------------------------------------

SAMPLE = json.dumps(PROCESS_RESPONSE)
DOCUMENT_VERSION = (*PROCESS, "services", 0, "documents", 0, "doc", "version")
# Bodies json.loads accepts and orjson refuses (or reads differently): each must decode and parse as today.
ENCODINGS = {
    "utf-8": SAMPLE.encode(),
    "utf-8-bom": b"\xef\xbb\xbf" + SAMPLE.encode(),
    "utf-16": SAMPLE.encode("utf-16"),
    "utf-16-le": SAMPLE.encode("utf-16-le"),
    "utf-32": SAMPLE.encode("utf-32"),
    "lone-surrogate": json.dumps(_body((*PROCESS, "purpose"), "\ud800")).encode(),
    "nan": json.dumps(_body((*AUTH, "scoreEngineResult", "score"), math.nan)).encode(),
    "infinity": json.dumps(_body((*AUTH, "scoreEngineResult", "score"), math.inf)).encode(),
    "int-beyond-64-bits": json.dumps(_body(DOCUMENT_VERSION, 2**70)).encode(),
    "negative-int-beyond-64-bits": json.dumps(_body((*PROCESS, "extra"), -(2**63) - 1)).encode(),
}  # fmt: skip


def _same(left: Any, right: Any) -> bool:
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)  # NaN == NaN here


@pytest.mark.parametrize("name", ENCODINGS)
def test_decode_json_gives_what_json_loads_gives(name: str) -> None:
    decoded = decode_json(ENCODINGS[name])
    assert _same(decoded, json.loads(ENCODINGS[name]))
    assert [type(value) for value in _leaves(decoded)] == [
        type(value) for value in _leaves(json.loads(ENCODINGS[name]))
    ]


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for child in value.values() for leaf in _leaves(child)]
    if isinstance(value, list):
        return [leaf for child in value for leaf in _leaves(child)]
    return [value]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ENCODINGS)
async def test_every_body_json_loads_accepts_still_parses(mode: Mode, name: str) -> None:
    parsed = await _parsed(mode, ENCODINGS[name])
    assert isinstance(parsed, ProcessResponse)
    assert _same(parsed.to_dict(), ProcessResponse.from_dict(json.loads(ENCODINGS[name])).to_dict())


def test_an_int_beyond_64_bits_stays_an_int() -> None:
    # orjson reads it as a float, which an `integer` property refuses: decode_json must not hand it over.
    body = ENCODINGS["int-beyond-64-bits"]
    document = ProcessResponse.from_dict(decode_json(body)).to_dict()["process"]["services"][0]["documents"][0]["doc"]
    assert document["version"] == 2**70 and type(document["version"]) is int


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("content", [b"", b"{", b"<html>502</html>", b"\xff\xfe\x00", b'{"process": NaN'], ids=repr)
async def test_what_neither_decoder_accepts_gives_parsed_none(mode: Mode, content: bytes) -> None:
    assert await _parsed(mode, content) is None


# --- per-call glue --------------------------------------------------------------------------------------------------


def test_a_uuid_path_parameter_is_formatted_as_is_and_anything_else_is_quoted() -> None:
    assert get_process._get_kwargs(UUID(PROCESS_ID))["url"] == f"/client/v1/process/{PROCESS_ID}"
    assert get_process._get_kwargs("../token?x=1")["url"] == "/client/v1/process/..%2Ftoken%3Fx%3D1"  # type: ignore[arg-type]
    assert get_id_check_process._get_kwargs(UUID(IDCHECK_ID))["url"].endswith(IDCHECK_ID)


@pytest.mark.parametrize("code", [200, 404, 429, 499, 520, 599])
def test_status_code_of_is_the_http_status_member_or_the_plain_int(code: int) -> None:
    status = status_code_of(code)
    known = code in HTTPStatus._value2member_map_
    assert (status is HTTPStatus(code)) if known else (status == code and type(status) is int)
