"""The retry policy for writes (ARCHITECTURE.md "Writes"), at the transport stack: a POST is resent only when
nothing reached the server (the connection was never made) or the answer was 429; never after a 5xx or once the
request may have been sent. Reads keep their policy."""

from __future__ import annotations

import contextlib

import httpx
import pytest

from unico_idcloud._retry import UnicoRetry
from unico_idcloud._transport import api_stack
from unico_idcloud.testing import VirtualClock

Outcome = httpx.Response | Exception

NOT_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("no SYN-ACK"), httpx.PoolTimeout("pool full")]
MAYBE_SENT = [
    httpx.ReadTimeout("sent, no answer"),
    httpx.WriteTimeout("sent in part"),
    httpx.RemoteProtocolError("dropped"),
    httpx.ReadError("reset"),
]


class Script:
    """Plays ``first`` to the first attempt, then 200; counts attempts."""

    def __init__(self, first: Outcome) -> None:
        self.first = first
        self.attempts: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts.append(request)
        if len(self.attempts) == 1:
            if isinstance(self.first, Exception):
                raise self.first
            return self.first
        return httpx.Response(200, json={})


def client(script: Script, clock: VirtualClock) -> httpx.Client:
    stack = api_stack(httpx.MockTransport(script), None, UnicoRetry.policy(3, deadline=None, clock=clock), clock)
    return httpx.Client(transport=stack, base_url="https://api.test")


def async_client(script: Script, clock: VirtualClock) -> httpx.AsyncClient:
    stack = api_stack(httpx.MockTransport(script), None, UnicoRetry.policy(3, deadline=None, clock=clock), clock)
    return httpx.AsyncClient(transport=stack, base_url="https://api.test")


@pytest.mark.parametrize("failure", NOT_SENT, ids=lambda e: type(e).__name__)
def test_a_post_is_resent_when_the_connection_was_never_made(clock: VirtualClock, failure: Exception) -> None:
    script = Script(failure)
    with client(script, clock) as http:
        assert http.post("/client/v1/process", json={"flow": "id"}).status_code == 200
    assert len(script.attempts) == 2
    assert script.attempts[1].content == b'{"flow":"id"}'


def test_a_post_answered_429_is_resent_after_retry_after(clock: VirtualClock) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}))
    with client(script, clock) as http:
        assert http.post("/client/v1/process", json={}).status_code == 200
    assert len(script.attempts) == 2 and clock.sleeps == [2.0]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_post_answered_5xx_is_sent_once(clock: VirtualClock, status: int) -> None:
    script = Script(httpx.Response(status))
    with client(script, clock) as http:
        assert http.post("/client/v1/process", json={}).status_code == status
    assert len(script.attempts) == 1 and clock.sleeps == []


@pytest.mark.parametrize("failure", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_a_post_that_may_have_been_sent_is_not_resent(clock: VirtualClock, failure: Exception) -> None:
    script = Script(failure)
    with client(script, clock) as http, pytest.raises(type(failure)):
        http.post("/client/v1/process", json={})
    assert len(script.attempts) == 1


@pytest.mark.parametrize("failure", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_reads_keep_their_policy(clock: VirtualClock, failure: Exception) -> None:
    script = Script(failure)
    with client(script, clock) as http:
        assert http.get("/client/v1/process/x").status_code == 200
    assert len(script.attempts) == 2


@pytest.mark.parametrize("failure", [*NOT_SENT, httpx.Response(429)], ids=lambda e: type(e).__name__)
async def test_async_post_is_resent_when_not_acted_on(clock: VirtualClock, failure: Outcome) -> None:
    script = Script(failure)
    async with async_client(script, clock) as http:
        assert (await http.post("/client/v1/process", json={})).status_code == 200
    assert len(script.attempts) == 2


@pytest.mark.parametrize("failure", [*MAYBE_SENT, httpx.Response(500)], ids=lambda e: type(e).__name__)
async def test_async_post_that_may_have_been_acted_on_is_sent_once(clock: VirtualClock, failure: Outcome) -> None:
    script = Script(failure)
    async with async_client(script, clock) as http:
        with contextlib.suppress(httpx.TransportError):
            await http.post("/client/v1/process", json={})
    assert len(script.attempts) == 1


def test_the_write_policy_keeps_the_clients_budget_and_clock(clock: VirtualClock) -> None:
    policy = UnicoRetry.policy(5, deadline=12.0, clock=clock)
    writes = policy.for_method("post")
    assert writes.total == 5 and writes.total_timeout == 12.0 and writes.clock is clock
    assert policy.for_method("GET") is policy
    assert writes.increment().clock is clock
