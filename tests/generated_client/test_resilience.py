"""The generated client survives whatever the API really sends (issue 4).

Every test drives the GENERATED operation functions (`sync_detailed` and `asyncio_detailed`) through an
`httpx.MockTransport`, so what is checked is the code `make regenerate` writes from codegen/templates.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from enum import Enum
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import pytest
from unico_idcloud_client import errors
from unico_idcloud_client.api.idunico_idcheck import get_id_check_process
from unico_idcloud_client.api.process import get_process
from unico_idcloud_client.api.selfie import get_selfie
from unico_idcloud_client.client import DEFAULT_TIMEOUT, AuthenticatedClient
from unico_idcloud_client.models import (
    AuthenticationInfo,
    ErrorResponse,
    IdCheckErrorResponse,
    IdCheckLiveness,
    IdCheckProcess,
    IdCheckStatus,
    Person,
    Process,
    ProcessResponse,
    ProcessState,
    ScoreEnabled,
    Selfie,
)
from unico_idcloud_client.types import Response

from .resilience_support import (
    BASE_URL,
    CPF,
    IDCHECK_ID,
    IDCHECK_PROCESS,
    PROCESS_ID,
    PROCESS_RESPONSE,
    SELFIE,
    SPEC,
    Mode,
    call,
    client_for,
    enum_paths,
    get_path,
    set_path,
    snake,
)

MODES: list[Mode] = ["sync", "async"]
UNKNOWN = "SOME_VALUE_FROM_THE_FUTURE"


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, json=body, headers=headers)


def _raw(status: int, content: bytes, content_type: str = "text/html") -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})


async def _process(mode: Mode, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Response[Any]:
    return await call(mode, get_process, client_for(handler, **kwargs), process_id=PROCESS_ID)


# --- 1. open enums ---------------------------------------------------------------------------------------------------

PROCESS_ENUM_PATHS = enum_paths("ProcessResponse")


def test_the_spec_driven_enum_walk_finds_every_enum_of_process() -> None:
    found = {".".join(path) for path, _ in PROCESS_ENUM_PATHS}
    expected = {
        "process.state",
        "process.result",
        "process.authenticationInfo.authenticationResult",
        "process.authenticationInfo.livenessResult",
        "process.authenticationInfo.bioTokenEngineResult",
        "process.authenticationInfo.identityFraudstersResult",
        "process.authenticationInfo.smartRevalidationResult",
        "process.authenticationInfo.idAgeResult",
        "process.authenticationInfo.scoreEngineResult.scoreEnabled",
    }
    assert expected <= found


@pytest.mark.parametrize("mode", MODES)
async def test_the_fixture_parses_with_every_enum_known(mode: Mode) -> None:
    response = await _process(mode, _json(200, PROCESS_RESPONSE))
    assert isinstance(response.parsed, ProcessResponse)
    for path, _ in PROCESS_ENUM_PATHS:
        value = get_path(response.parsed, path)
        assert isinstance(value, Enum) and getattr(value, "is_known") is True, path  # noqa: B009
    assert response.parsed.to_dict() == PROCESS_RESPONSE


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("path", "enum_schema"), PROCESS_ENUM_PATHS, ids=lambda p: ".".join(p) if isinstance(p, tuple) else ""
)
async def test_an_unlisted_enum_value_is_kept_not_raised(mode: Mode, path: tuple[str, ...], enum_schema: Any) -> None:
    assert UNKNOWN not in enum_schema["enum"]
    body = set_path(copy.deepcopy(PROCESS_RESPONSE), path, UNKNOWN)
    response = await _process(mode, _json(200, body))

    assert isinstance(response.parsed, ProcessResponse)
    value = get_path(response.parsed, path)
    enum_class = type(get_path(ProcessResponse.from_dict(PROCESS_RESPONSE), path))
    assert isinstance(value, enum_class)  # type checkers and isinstance still see the enum type
    assert value == UNKNOWN and value.value == UNKNOWN and str(value) == UNKNOWN
    assert value.is_known is False
    assert enum_class.is_known_value(UNKNOWN) is False
    assert enum_class.is_known_value(enum_schema["enum"][0]) is True
    assert response.parsed.to_dict() == body  # given back unchanged


@pytest.mark.parametrize("mode", MODES)
async def test_every_enum_unlisted_at_once(mode: Mode) -> None:
    body = copy.deepcopy(PROCESS_RESPONSE)
    for path, _ in PROCESS_ENUM_PATHS:
        set_path(body, path, f"{UNKNOWN}_{path[-1]}")
    response = await _process(mode, _json(200, body))
    assert isinstance(response.parsed, ProcessResponse)
    assert all(not get_path(response.parsed, path).is_known for path, _ in PROCESS_ENUM_PATHS)
    assert response.parsed.to_dict() == body


def test_known_members_are_unchanged() -> None:
    assert ProcessState("PROCESS_STATE_FINISHED") is ProcessState.PROCESS_STATE_FINISHED
    assert ProcessState.PROCESS_STATE_FINISHED.is_known
    assert ScoreEnabled.SCORE_ENABLED_TRUE.is_known
    assert IdCheckStatus(3) is IdCheckStatus.FINISHED and IdCheckStatus.FINISHED.is_known
    assert [m.value for m in IdCheckLiveness] == [1, 2]
    assert UNKNOWN not in [m.value for m in ProcessState]  # pseudo-members never join the listed members


def test_every_generated_enum_is_open() -> None:
    import unico_idcloud_client.models as models

    enums = [v for v in vars(models).values() if isinstance(v, type) and issubclass(v, Enum)]
    assert {ProcessState, ScoreEnabled, IdCheckStatus, IdCheckLiveness} <= set(enums)
    for enum_class in enums:
        unknown: Any = 987654 if issubclass(enum_class, int) else UNKNOWN
        member = enum_class(unknown)
        assert isinstance(member, enum_class) and member.value == unknown, enum_class
        assert member.is_known is False and enum_class.is_known_value(unknown) is False  # type: ignore[attr-defined]
        assert all(m.is_known for m in enum_class)  # type: ignore[attr-defined]
        wrong: Any = "987654" if issubclass(enum_class, int) else 987654
        with pytest.raises(ValueError):
            enum_class(wrong)  # a value of the wrong JSON type is still refused


def _outcome(build: Callable[[Any], Any], value: Any) -> tuple[str, Any, Any]:
    try:
        member = build(value)
    except Exception as exc:  # the comparison is of what each way raises, whatever it is
        return ("raises", type(exc), None)
    return (type(member).__name__, member.value, member.is_known)


def test_from_value_is_the_enum_call_by_a_shorter_path() -> None:
    """The models build enums with `from_value` (issue 11: parse speed); it must agree with `Enum(value)`."""
    import unico_idcloud_client.models as models

    enums = [v for v in vars(models).values() if isinstance(v, type) and issubclass(v, Enum)]
    for enum_class in enums:
        listed = [m.value for m in enum_class]
        others: list[Any] = [987654, 0, -1, True, 1.0, "987654", UNKNOWN, "", None, [1], {"a": 1}]
        for value in [*listed, *list(enum_class), *others]:
            expected = _outcome(enum_class, value)
            assert _outcome(enum_class.from_value, value) == expected, (enum_class, value)  # type: ignore[attr-defined]
        for value in listed:
            assert enum_class.from_value(value) is enum_class(value)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("field", "unknown"), [("status", 6), ("status", 0), ("liveness", 3)])
async def test_an_unlisted_idcheck_integer_is_kept(mode: Mode, field: str, unknown: int) -> None:
    body = {**IDCHECK_PROCESS, field: unknown}
    client = client_for(_json(200, body))
    response = await call(mode, get_id_check_process, client, process_id=UUID(IDCHECK_ID))
    assert isinstance(response.parsed, IdCheckProcess)
    value = getattr(response.parsed, field)
    assert isinstance(value, IdCheckStatus if field == "status" else IdCheckLiveness)
    assert value == unknown and not value.is_known
    assert response.parsed.to_dict() == body
    assert str(unknown) in repr(response.parsed)


# --- unknown extra fields --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_unknown_fields_are_kept_in_additional_properties(mode: Mode) -> None:
    body = copy.deepcopy(PROCESS_RESPONSE)
    body["apiVersion"] = "v9"
    body["process"]["newCapability"] = {"nested": [1, 2]}
    body["process"]["person"]["motherName"] = "Joana da Silva"
    body["process"]["authenticationInfo"]["docLivenessResult"] = "DOC_LIVENESS_RESULT_LIVE"
    response = await _process(mode, _json(200, body))
    parsed = response.parsed
    assert isinstance(parsed, ProcessResponse) and isinstance(parsed.process, Process)
    assert parsed.additional_properties == {"apiVersion": "v9"}
    assert parsed.process.additional_properties == {"newCapability": {"nested": [1, 2]}}
    assert isinstance(parsed.process.person, Person)
    assert parsed.process.person["motherName"] == "Joana da Silva"
    assert isinstance(parsed.process.authentication_info, AuthenticationInfo)
    assert "docLivenessResult" in parsed.process.authentication_info
    assert parsed.to_dict() == body
    # Extra fields may hold personal data: repr shows their keys, never their values.
    assert "motherName" in repr(parsed) and "Joana" not in repr(parsed)


# --- 2. any status code ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [499, 520, 521, 599, 418, 299, 203])
@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b'{"error": "x"}'], ids=["empty", "html", "json"])
async def test_any_status_code_comes_back_as_an_int(mode: Mode, status: int, body: bytes) -> None:
    response = await _process(mode, _raw(status, body))
    assert response.status_code == status
    assert isinstance(response.status_code, int)
    assert response.parsed is None
    assert response.content == body


@pytest.mark.parametrize("mode", MODES)
async def test_known_codes_are_still_http_statuses(mode: Mode) -> None:
    response = await _process(mode, _json(200, PROCESS_RESPONSE))
    assert response.status_code is HTTPStatus.OK
    unknown = await _process(mode, _raw(520, b""))
    assert type(unknown.status_code) is int


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [520, 502, 599])
async def test_raise_on_unexpected_status_still_raises(mode: Mode, status: int) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await _process(mode, _raw(status, b"<html>Bad gateway</html>"), raise_on_unexpected_status=True)
    assert raised.value.status_code == status and raised.value.content == b"<html>Bad gateway</html>"


@pytest.mark.parametrize("mode", MODES)
async def test_unexpected_status_text_keeps_the_body_out(mode: Mode) -> None:
    body = json.dumps({"cpf": "12345678909", "name": "Luke Skywalker"}).encode()
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await _process(mode, _raw(520, body), raise_on_unexpected_status=True)
    assert raised.value.content == body
    assert "12345678909" not in str(raised.value) and "Skywalker" not in repr(raised.value)
    assert str(raised.value) == f"Unexpected status code: 520 ({len(body)} bytes of response content, kept in .content)"


@pytest.mark.parametrize("mode", MODES)
async def test_a_documented_status_never_raises_even_with_raise_on_unexpected_status(mode: Mode) -> None:
    response = await _process(mode, _raw(404, b"<html>not found</html>"), raise_on_unexpected_status=True)
    assert response.status_code == 404 and response.parsed is None


# --- 3. any body -----------------------------------------------------------------------------------------------------

FULL = json.dumps(PROCESS_RESPONSE).encode()
BAD_BODIES = {
    "html": b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>",
    "truncated": FULL[: len(FULL) // 2],
    "truncated-at-one-byte": FULL[:1],
    "empty": b"",
    "whitespace": b"  \n",
    "not-utf8": b'{"process": "\xff\xfe"}',
    "null": b"null",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 400, 401, 404, 500, 502, 503, 520])
@pytest.mark.parametrize("name", BAD_BODIES)
async def test_a_body_that_is_not_the_documented_json_gives_parsed_none(mode: Mode, status: int, name: str) -> None:
    body = BAD_BODIES[name]
    response = await _process(mode, _raw(status, body, "text/html; charset=utf-8"))
    assert response.status_code == status
    assert response.parsed is None
    assert response.content == body  # the raw body is kept
    assert response.headers["content-type"] == "text/html; charset=utf-8"


SCHEMA_VIOLATIONS: dict[str, Any] = {
    "string-for-object": {"process": "not an object"},
    "list-for-object": {"process": []},
    "top-level-list": [PROCESS_RESPONSE],
    "top-level-string": "process",
    "top-level-number": 42,
    "number-for-enum": {"process": {**PROCESS_RESPONSE["process"], "state": 3}},
    "bad-uuid": {"process": {**PROCESS_RESPONSE["process"], "id": "not-a-uuid"}},
    "bad-date": {"process": {**PROCESS_RESPONSE["process"], "createdAt": "yesterday"}},
    "number-for-date": {"process": {**PROCESS_RESPONSE["process"], "createdAt": 1700000000}},
    "string-for-list": {"process": {**PROCESS_RESPONSE["process"], "services": "none"}},
    "list-of-strings-for-list-of-objects": {"process": {**PROCESS_RESPONSE["process"], "services": ["a", "b"]}},
    "deep-string-for-object": set_path(
        copy.deepcopy(PROCESS_RESPONSE), ("process", "authenticationInfo", "scoreEngineResult"), "high"
    ),
    "deep-list-for-object": set_path(copy.deepcopy(PROCESS_RESPONSE), ("process", "person"), [CPF]),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", SCHEMA_VIOLATIONS)
async def test_a_json_body_that_violates_its_schema_gives_parsed_none(mode: Mode, name: str) -> None:
    response = await _process(mode, _json(200, SCHEMA_VIOLATIONS[name], headers={"x-request-id": "abc"}))
    assert response.status_code == HTTPStatus.OK
    assert response.parsed is None
    assert json.loads(response.content) == SCHEMA_VIOLATIONS[name]
    assert response.headers["x-request-id"] == "abc"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", [{"error": "expired"}, ["Jwt is expired"], 401, True], ids=repr)
async def test_a_401_whose_body_is_not_the_documented_string_gives_parsed_none(mode: Mode, body: Any) -> None:
    response = await _process(mode, _json(401, body))
    assert response.parsed is None


@pytest.mark.parametrize("mode", MODES)
async def test_documented_bodies_still_parse(mode: Mode) -> None:
    unauthorized = await _process(mode, _json(401, "Jwt is expired"))
    assert unauthorized.parsed == "Jwt is expired"
    not_found = await _process(mode, _json(404, {"code": 5, "message": "process not found"}))
    assert isinstance(not_found.parsed, ErrorResponse) and not_found.parsed.code == 5


@pytest.mark.parametrize("mode", MODES)
async def test_a_documented_status_without_a_body_gives_parsed_none(mode: Mode) -> None:
    for body in (b"", b"<html>Too many requests</html>", b'{"anything": 1}'):
        response = await _process(mode, _raw(429, body))
        assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS and response.parsed is None
        assert response.content == body


@pytest.mark.parametrize("mode", MODES)
async def test_the_selfie_and_idcheck_operations_survive_bad_bodies_too(mode: Mode) -> None:
    for handler in (_raw(200, b"<html>"), _json(200, [SELFIE]), _raw(520, b"")):
        selfie = await call(mode, get_selfie, client_for(handler), process_id=PROCESS_ID)
        assert selfie.parsed is None
    good = await call(mode, get_selfie, client_for(_json(200, SELFIE)), process_id=PROCESS_ID)
    assert isinstance(good.parsed, Selfie)
    for handler in (_raw(200, b"<html>"), _json(200, {"status": "finished"}), _json(410, "gone"), _raw(599, b"x")):
        idcheck = await call(mode, get_id_check_process, client_for(handler), process_id=UUID(IDCHECK_ID))
        assert idcheck.parsed is None
    gone = await call(
        mode,
        get_id_check_process,
        client_for(_json(410, {"Error": {"code": "41000", "description": "gone"}})),
        process_id=UUID(IDCHECK_ID),
    )
    assert isinstance(gone.parsed, IdCheckErrorResponse)


# --- 4. a timeout by default -----------------------------------------------------------------------------------------


def _seen_timeouts() -> tuple[list[dict[str, float | None]], Callable[[httpx.Request], httpx.Response]]:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=PROCESS_RESPONSE)

    return seen, handler


def test_the_default_timeout() -> None:
    assert httpx.Timeout(30.0, connect=5.0) == DEFAULT_TIMEOUT
    client = AuthenticatedClient(base_url=BASE_URL, token="t")
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)
    assert client.get_async_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)


@pytest.mark.parametrize("mode", MODES)
async def test_requests_carry_the_default_timeout(mode: Mode) -> None:
    seen, handler = _seen_timeouts()
    await _process(mode, handler)
    assert seen == [{"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}]


@pytest.mark.parametrize("mode", MODES)
async def test_the_timeout_can_be_overridden(mode: Mode) -> None:
    seen, handler = _seen_timeouts()
    await _process(mode, handler, timeout=httpx.Timeout(2.5))
    assert seen == [{"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}]
    client = AuthenticatedClient(base_url=BASE_URL, token="t").with_timeout(httpx.Timeout(7.0))
    assert client.get_httpx_client().timeout == httpx.Timeout(7.0)


# --- helpers' own sanity ---------------------------------------------------------------------------------------------


def test_snake_case_matches_the_generator() -> None:
    assert snake("authenticationInfo") == "authentication_info"
    assert snake("faceWithOtherIdResult") == "face_with_other_id_result"
    assert "ProcessResponse" in SPEC["components"]["schemas"]


def _walk(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, str):
        yield value


def test_the_cpf_is_in_the_fixture() -> None:
    assert CPF in list(_walk(PROCESS_RESPONSE)) and re.fullmatch(r"\d{11}", CPF)
