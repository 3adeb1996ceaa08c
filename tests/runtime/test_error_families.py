"""The error hierarchy: the status family decides the class on every operation, status errors always carry their
status and response, and a failure with no response says whether it was a timeout or a failed connection."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from unico_idcloud import Environment, IDCloud
from unico_idcloud import errors as e
from unico_idcloud.testing import Scenario, VirtualClock, generate_service_account

from ..fake_clients import TOKEN_OK

PID = str(Scenario.FINISHED_OK)
OPERATIONS: dict[str, Callable[[IDCloud], Any]] = {
    "get_process": lambda c: c.get_process(PID),
    "get_selfie": lambda c: c.get_selfie(PID),
    "get_idcheck_process": lambda c: c.get_idcheck_process(PID),
}


def _client(status: int, clock: VirtualClock, body: object = None) -> IDCloud:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(status, json=body if body is not None else {"code": 7, "message": "denied"})

    return IDCloud(
        generate_service_account(), api_key="k", transport=httpx.MockTransport(handler), clock=clock, max_retries=0
    )


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, e.BadRequest),
        (401, e.Unauthorized),
        (403, e.Forbidden),
        (404, e.NotFound),
        (429, e.RateLimited),
        (500, e.ServerError),
        (503, e.ServerError),
        (418, e.UnexpectedResponse),
    ],
)
def test_the_status_family_decides_the_class_on_every_operation(
    operation: str, status: int, error_class: type[e.APIStatusError], clock: VirtualClock
) -> None:
    with _client(status, clock) as client, pytest.raises(error_class) as caught:
        OPERATIONS[operation](client)
    error = caught.value
    assert isinstance(error, e.APIStatusError) and isinstance(error, e.UnicoError)
    assert error.status_code == status and error.response.status_code == status


def test_a_403_on_get_process_is_forbidden_not_unexpected(clock: VirtualClock) -> None:
    """A gateway refusing the caller's IP answers 403 on Get Process, which documents no 403."""
    with _client(403, clock) as client, pytest.raises(e.Forbidden) as caught:
        client.get_process(PID)
    assert not isinstance(caught.value, e.UnexpectedResponse)
    assert "undocumented here" in str(caught.value) and caught.value.code == 7


def test_a_400_on_a_process_id_is_still_an_invalid_process_id(clock: VirtualClock) -> None:
    refused = {"code": 3, "message": "process id is invalid"}
    with _client(400, clock, refused) as client, pytest.raises(e.ProcessIdRejected) as caught:
        client.get_process(PID)
    error = caught.value
    assert isinstance(error, e.InvalidProcessId) and isinstance(error, e.InvalidRequest)
    assert isinstance(error, e.BadRequest) and error.response.json()["code"] == 3


def test_an_id_refused_before_sending_is_an_invalid_request_with_no_response(clock: VirtualClock) -> None:
    with _client(200, clock) as client, pytest.raises(e.InvalidProcessId) as caught:
        client.get_process("not-a-uuid")
    assert not isinstance(caught.value, e.APIStatusError)
    assert caught.value.status_code is None and caught.value.response is None


@pytest.mark.parametrize(
    ("failure", "error_class", "reason"),
    [
        (httpx.ConnectTimeout("timed out"), e.TimeoutError, "ConnectTimeout"),
        (httpx.ReadTimeout("timed out"), e.TimeoutError, "ReadTimeout"),
        (httpx.ConnectError("x"), e.ConnectionError, "ConnectError"),
        (httpx.RemoteProtocolError("dropped"), e.ConnectionError, "RemoteProtocolError"),
    ],
)
def test_no_response_says_timeout_or_connection(
    failure: Exception, error_class: type[e.TransportError], reason: str, clock: VirtualClock
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        raise failure

    client = IDCloud(generate_service_account(), transport=httpx.MockTransport(handler), clock=clock, max_retries=0)
    with client, pytest.raises(error_class) as caught:
        client.get_process(PID)
    assert isinstance(caught.value, e.TransportError) and not isinstance(caught.value, e.APIStatusError)
    assert reason in str(caught.value) and caught.value.__cause__ is failure


def test_a_refused_token_endpoint_names_the_cause(clock: VirtualClock) -> None:
    """The token endpoint on a port nobody listens on: the error says the connection was refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    environment = Environment(
        name="closed",
        api_url=f"http://127.0.0.1:{port}",
        idcheck_url=f"http://127.0.0.1:{port}",
        token_url=f"http://127.0.0.1:{port}/oauth2/token",
        audience=f"http://127.0.0.1:{port}",
    )
    client = IDCloud(generate_service_account(), environment=environment, max_retries=0, clock=clock)
    with client, pytest.raises(e.ConnectionError) as caught:
        client.get_process(PID)
    assert "the token endpoint did not answer" in str(caught.value)
    assert "Connection refused" in str(caught.value)


def test_every_public_name_is_still_there_and_catchable_as_before() -> None:
    for name in e.__all__:
        assert isinstance(getattr(e, name), type) or callable(getattr(e, name))
    # Relationships users rely on.
    assert issubclass(e.InvalidProcessId, e.InvalidRequest)
    assert issubclass(e.InvalidSelfie, e.UnexpectedResponse)
    assert issubclass(e.TimeoutError, e.TransportError) and issubclass(e.ConnectionError, e.TransportError)
    for name in ("AuthenticationError", "Unauthorized", "Forbidden", "NotFound", "Gone", "RateLimited"):
        assert issubclass(getattr(e, name), e.APIStatusError)
    assert not issubclass(e.OutcomeUnknown, e.APIStatusError) and issubclass(e.OutcomeUnknown, e.UnicoError)
