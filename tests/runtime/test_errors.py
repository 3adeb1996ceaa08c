"""Typed errors: each from its documented response, and from each fault the fake injects (sync and async)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud.errors import (
    Forbidden,
    Gone,
    InvalidProcessId,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
    UnicoError,
)
from unico_idcloud.testing import (
    FakeUnico,
    Fault,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    VirtualClock,
    build_process,
    generate_service_account,
)

from ..fake_clients import TOKEN_OK, Recorder

MISSING = "6b1c1b9e-0000-4000-8000-000000000000"

Call = Callable[[Any], Any]


def process(idcloud: Any) -> Any:
    return idcloud.get_process(Scenario.FINISHED_OK)


Runner = Callable[[Call], Awaitable[Any]]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, idcloud: IDCloud, async_idcloud: AsyncIDCloud) -> Runner:
    """Run one operation through the sync or the async client; both must behave the same."""

    async def run(operation: Call) -> Any:
        if request.param == "sync":
            return operation(idcloud)
        return await operation(async_idcloud)

    return run


async def raises(call: Runner, operation: Call, error: type[UnicoError]) -> UnicoError:
    with pytest.raises(error) as caught:
        await call(operation)
    return caught.value


# --- documented responses -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["not-a-uuid", "123.456.789-09", "", "00000000-0000-4000-8000"])
def test_a_process_id_that_is_not_a_uuid_fails_before_any_request(
    idcloud: IDCloud, recorder: Recorder, bad: str
) -> None:
    with pytest.raises(InvalidProcessId) as caught:
        idcloud.get_process(bad)
    assert recorder.sent == []
    assert bad not in str(caught.value) or bad == ""


def test_a_uuid_string_in_any_case_is_accepted(idcloud: IDCloud) -> None:
    assert str(idcloud.get_process(Scenario.FINISHED_OK.upper()).id) == Scenario.FINISHED_OK


def test_400_code_3_is_invalid_process_id(clock: VirtualClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(400, json={"code": 3, "message": "process id is invalid"})

    with (
        IDCloud(generate_service_account(), transport=httpx.MockTransport(handler), clock=clock) as client,
        pytest.raises(InvalidProcessId) as caught,
    ):
        client.get_process(Scenario.FINISHED_OK)
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (400, 3, "process id is invalid")


async def test_404_is_not_found(call: Runner) -> None:
    error = await raises(call, lambda c: c.get_process(MISSING), NotFound)
    assert (error.status_code, error.code) == (404, 5)
    assert error.response is not None and error.response.json()["code"] == 5


async def test_no_selfie_is_not_found(call: Runner) -> None:
    error = await raises(call, lambda c: c.get_selfie(Scenario.CREATED), NotFound)
    assert error.code == 5 and error.message is not None and "selfie not found" in error.message


async def test_a_selfie_without_access_is_forbidden(call: Runner) -> None:
    error = await raises(call, lambda c: c.get_selfie(Scenario.SELFIE_FORBIDDEN), Forbidden)
    assert (error.status_code, error.code) == (403, 7)


async def test_idcheck_status_5_is_gone(call: Runner) -> None:
    error = await raises(call, lambda c: c.get_idcheck_process(IdCheckScenario.ERROR), Gone)
    assert error.status_code == 410 and error.code == "41001"


async def test_an_idcheck_process_that_does_not_exist_is_not_found(call: Runner) -> None:
    error = await raises(call, lambda c: c.get_idcheck_process(MISSING), NotFound)
    assert error.code == "40404"


def test_401_after_the_refresh_is_unauthorized_with_the_documented_message(
    fake: FakeUnico, clock: VirtualClock
) -> None:
    with (
        IDCloud(token="not-a-jwt", transport=fake.transport(), clock=clock) as client,
        pytest.raises(Unauthorized) as caught,
    ):
        client.get_selfie(Scenario.FINISHED_OK)
    assert caught.value.message == "Jwt header is an invalid JSON"


def test_429_after_the_retries_is_rate_limited(fake: FakeUnico, account: ServiceAccount, clock: VirtualClock) -> None:
    fake.rate_limit = 1
    fake.retry_after = True
    with IDCloud(account, transport=fake.transport(), clock=clock, rate_limit=None, max_retries=0) as c:
        c.get_process(Scenario.FINISHED_OK)
        with pytest.raises(RateLimited) as caught:
            c.get_process(Scenario.FINISHED_OK)
    assert caught.value.status_code == 429 and caught.value.retry_after == 1.0


def test_success_bodies_become_the_documented_models(idcloud: IDCloud) -> None:
    from unico_idcloud_client.models import IdCheckProcess, Process, Selfie, SelfieContentType

    assert isinstance(idcloud.get_process(Scenario.DOCUMENT_CNH), Process)
    selfie = idcloud.get_selfie(Scenario.SELFIE_PNG)
    assert isinstance(selfie, Selfie) and selfie.content_type == SelfieContentType.IMAGE_PNG
    assert isinstance(idcloud.get_idcheck_process(IdCheckScenario.SUCCESS), IdCheckProcess)


# --- faults ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "status"),
    [
        (Fault.INTERNAL_ERROR, 500),
        (Fault.BAD_GATEWAY, 502),
        (Fault.SERVICE_UNAVAILABLE, 503),
        (Fault.STATUS_520, 520),
    ],
)
async def test_server_faults_that_persist_are_server_errors(
    call: Runner, fake: FakeUnico, clock: VirtualClock, fault: Fault, status: int
) -> None:
    rule = fake.inject_fault(fault)
    error = await raises(call, process, ServerError)
    assert error.status_code == status and error.response is not None
    if fault is Fault.INTERNAL_ERROR:
        assert (error.code, error.message) == (99999, "Internal failure! Try again later")
    if fault is Fault.BAD_GATEWAY:
        assert "502 Bad Gateway" in error.response.text  # the raw HTML page is kept
    assert rule.fired == (1 if status == 520 else 1 + 3)  # 3 retries; 520 is not a status worth retrying


@pytest.mark.parametrize("fault", [Fault.INTERNAL_ERROR, Fault.BAD_GATEWAY, Fault.SERVICE_UNAVAILABLE])
async def test_a_passing_server_fault_is_retried_away(call: Runner, fake: FakeUnico, fault: Fault) -> None:
    fake.inject_fault(fault, times=2)
    assert str((await call(process)).id) == Scenario.FINISHED_OK


async def test_idcheck_500_is_a_server_error_with_its_code(call: Runner, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR)
    error = await raises(call, lambda c: c.get_idcheck_process(IdCheckScenario.SUCCESS), ServerError)
    assert error.code == "99999"


async def test_a_truncated_body_is_an_unexpected_response_that_keeps_the_bytes(call: Runner, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.TRUNCATED_JSON)
    error = await raises(call, process, UnexpectedResponse)
    assert error.status_code == 200 and error.response is not None
    assert error.response.content.startswith(b'{"process"')


async def test_a_dropped_connection_that_persists_is_a_transport_error(call: Runner, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION)
    error = await raises(call, process, TransportError)
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)


async def test_a_dropped_connection_once_is_retried_away(call: Runner, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION, times=1)
    assert str((await call(process)).id) == Scenario.FINISHED_OK


# --- what the operation does not document ---------------------------------------------------------------------------


def _answering(status: int, body: object, clock: VirtualClock) -> IDCloud:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(status, json=body)

    transport = httpx.MockTransport(handler)
    return IDCloud(generate_service_account(), api_key="k", transport=transport, clock=clock)


@pytest.mark.parametrize(
    ("status", "body"),
    [(418, {"code": 1, "message": "teapot"}), (410, {"code": 5, "message": "gone"}), (200, {}), (200, [])],
)
def test_undocumented_answers_are_unexpected_responses(status: int, body: object, clock: VirtualClock) -> None:
    with _answering(status, body, clock) as client, pytest.raises(UnexpectedResponse) as caught:
        client.get_process(Scenario.FINISHED_OK)
    assert caught.value.status_code == status and caught.value.response is not None


def test_an_unknown_enum_value_is_kept_not_refused(clock: VirtualClock) -> None:
    body = {
        "process": {
            **build_process(Scenario.FINISHED_OK),
            "state": "PROCESS_STATE_BRAND_NEW",
            "result": "PROCESS_RESULT_X",
        }
    }
    with _answering(200, body, clock) as client:
        process = client.get_process(Scenario.FINISHED_OK)
    assert process.state == "PROCESS_STATE_BRAND_NEW" and not process.state.is_known
