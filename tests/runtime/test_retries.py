"""Retries: what is retried, how long the client waits (on a virtual clock: nothing sleeps), when it gives up."""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Iterator

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud, ServiceAccount
from unico_idcloud._retry import UnicoRetry
from unico_idcloud._transport import api_stack
from unico_idcloud.errors import (
    Forbidden,
    Gone,
    InvalidProcessId,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
)
from unico_idcloud.testing import Scenario, VirtualClock, build_process, generate_service_account

from ..fake_clients import TOKEN_OK

PROCESS = {"process": build_process(Scenario.FINISHED_OK, state="PROCESS_STATE_CREATED")}
PATH = f"/client/v1/process/{Scenario.FINISHED_OK}"

Outcome = httpx.Response | Exception


class Script:
    """A MockTransport handler that answers the token endpoint and plays ``outcomes`` to the API, in order."""

    def __init__(self, outcomes: list[Outcome]) -> None:
        self.outcomes: Iterator[Outcome] = iter(outcomes)
        self.api_calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        self.api_calls += 1
        outcome = next(self.outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


@pytest.fixture(scope="module")
def account() -> ServiceAccount:
    return generate_service_account()


def run(
    account: ServiceAccount, outcomes: list[Outcome], clock: VirtualClock, **options: object
) -> tuple[Callable[[], object], Script]:
    script = Script(outcomes)
    client = IDCloud(account, transport=httpx.MockTransport(script), clock=clock, rate_limit=None, **options)  # type: ignore[arg-type]
    return (lambda: client.get_process(Scenario.FINISHED_OK)), script


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_until_success(
    account: ServiceAccount, clock: VirtualClock, status: int
) -> None:
    call, script = run(
        account, [httpx.Response(status), httpx.Response(status), httpx.Response(200, json=PROCESS)], clock
    )
    call()
    assert script.api_calls == 3
    # exponential backoff with full jitter: the n-th wait is within [0, 0.5·2ⁿ⁻¹]
    assert len(clock.sleeps) == 2
    assert 0 <= clock.sleeps[0] <= 0.5 and 0 <= clock.sleeps[1] <= 1.0


def test_retry_after_in_seconds_is_honoured(account: ServiceAccount, clock: VirtualClock) -> None:
    call, _ = run(
        account, [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=PROCESS)], clock
    )
    call()
    assert clock.sleeps == [7.0]


def test_retry_after_as_an_http_date_is_honoured(account: ServiceAccount, clock: VirtualClock) -> None:
    import time

    when = email.utils.formatdate(time.time() + 12, usegmt=True)
    call, _ = run(
        account, [httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=PROCESS)], clock
    )
    call()
    [wait] = clock.sleeps
    assert 10.0 <= wait <= 12.0  # the date has whole seconds


def test_429_after_every_retry_is_rate_limited(account: ServiceAccount, clock: VirtualClock) -> None:
    outcomes: list[Outcome] = [httpx.Response(429, headers={"Retry-After": "2"}) for _ in range(4)]
    call, script = run(account, outcomes, clock, max_retries=3)
    with pytest.raises(RateLimited) as caught:
        call()
    assert script.api_calls == 4 and clock.sleeps == [2.0, 2.0, 2.0]
    assert caught.value.retry_after == 2.0 and caught.value.status_code == 429


def test_max_retries_zero_means_one_attempt(account: ServiceAccount, clock: VirtualClock) -> None:
    call, script = run(account, [httpx.Response(503)], clock, max_retries=0)
    with pytest.raises(ServerError):
        call()
    assert script.api_calls == 1 and clock.sleeps == []


def test_the_deadline_bounds_the_total_wait(account: ServiceAccount, clock: VirtualClock) -> None:
    outcomes: list[Outcome] = [httpx.Response(429, headers={"Retry-After": "4"}) for _ in range(10)]
    call, _ = run(account, outcomes, clock, max_retries=9, retry_deadline=10.0)
    with pytest.raises(RateLimited):
        call()
    assert sum(clock.sleeps) <= 10.0
    assert clock.sleeps[:2] == [4.0, 4.0]


@pytest.mark.parametrize(
    ("status", "body", "error", "attempts"),
    [
        (400, {"code": 3, "message": "process id is invalid"}, InvalidProcessId, 1),
        (401, "Jwt is expired", Unauthorized, 2),  # the auth's one refresh-and-retry, not a transport retry
        (403, {"code": 7, "message": "permission denied"}, Forbidden, 1),
        (404, {"code": 5, "message": "process not found"}, NotFound, 1),
    ],
)
def test_client_errors_are_not_retried(
    account: ServiceAccount, clock: VirtualClock, status: int, body: object, error: type[Exception], attempts: int
) -> None:
    script = Script([httpx.Response(status, json=body) for _ in range(attempts)])
    with (
        IDCloud(account, transport=httpx.MockTransport(script), clock=clock, rate_limit=None) as client,
        pytest.raises(error),
    ):
        client.get_selfie(Scenario.FINISHED_OK)
    assert script.api_calls == attempts and clock.sleeps == []


def test_410_is_not_retried(account: ServiceAccount, clock: VirtualClock) -> None:
    script = Script([httpx.Response(410, json={"Error": {"code": "41001", "description": "gone"}})])
    transport = httpx.MockTransport(script)
    with (
        IDCloud(account, api_key="k", transport=transport, clock=clock, rate_limit=None) as client,
        pytest.raises(Gone),
    ):
        client.get_idcheck_process(Scenario.FINISHED_OK)
    assert script.api_calls == 1


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")],
    ids=["connect", "timeout", "dropped"],
)
def test_connection_failures_and_timeouts_are_retried(
    account: ServiceAccount, clock: VirtualClock, failure: Exception
) -> None:
    call, script = run(account, [failure, failure, httpx.Response(200, json=PROCESS)], clock)
    call()
    assert script.api_calls == 3 and len(clock.sleeps) == 2


def test_no_response_after_every_retry_is_a_transport_error(account: ServiceAccount, clock: VirtualClock) -> None:
    failure = httpx.ConnectError("refused")
    call, script = run(account, [failure] * 4, clock, max_retries=3)
    with pytest.raises(TransportError) as caught:
        call()
    assert script.api_calls == 4
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.response is None and caught.value.status_code is None


def test_post_is_never_retried(clock: VirtualClock) -> None:
    """The rule for writes: a retried process creation could create a second billable verification."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(503)

    stack = api_stack(httpx.MockTransport(handler), None, UnicoRetry.policy(3, deadline=None, clock=clock), clock)
    with httpx.Client(transport=stack, base_url="https://api.test") as http:
        assert http.post("/client/v1/process", json={}).status_code == 503
        assert calls == 1
        assert http.get("/client/v1/process/x").status_code == 503
        assert calls == 1 + 4


async def test_async_retries_wait_on_the_clock(account: ServiceAccount, clock: VirtualClock) -> None:
    script = Script(
        [
            httpx.Response(502, text="<html>Bad Gateway</html>"),
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(200, json=PROCESS),
        ]
    )
    async with AsyncIDCloud(account, transport=httpx.MockTransport(script), clock=clock, rate_limit=None) as client:
        process = await client.get_process(Scenario.FINISHED_OK)
    assert str(process.id) == Scenario.FINISHED_OK
    assert script.api_calls == 3 and len(clock.sleeps) == 2 and clock.sleeps[1] == 3.0


async def test_async_no_response_is_a_transport_error(account: ServiceAccount, clock: VirtualClock) -> None:
    script = Script([httpx.ConnectTimeout("slow")] * 2)
    async with AsyncIDCloud(
        account, transport=httpx.MockTransport(script), clock=clock, rate_limit=None, max_retries=1
    ) as client:
        with pytest.raises(TransportError) as caught:
            await client.get_process(Scenario.FINISHED_OK)
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)
