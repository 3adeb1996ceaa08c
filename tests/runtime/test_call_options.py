"""Per-call ``timeout=`` / ``extra_headers=``, ``with_options`` (sharing the pool, token and rate limit),
``with_raw_response``, and the ``User-Agent`` every request carries."""

from __future__ import annotations

import sys

import httpx
import pytest

import unico_idcloud
from unico_idcloud import AsyncIDCloud, IDCloud, RawResponse
from unico_idcloud.errors import ConfigurationError, NotFound, ServerError, UnexpectedResponse
from unico_idcloud.testing import (
    FakeUnico,
    Fault,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    VirtualClock,
    generate_service_account,
)

from ..fake_clients import Recorder

PID = str(Scenario.FINISHED_OK)
MISSING = "6b1c1b9e-0000-4000-8000-000000000000"


class Timeouts(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records the timeout each request was sent with, then passes it on."""

    def __init__(self, inner: Recorder) -> None:
        self.inner = inner
        self.seen: list[dict[str, float | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.extensions["timeout"])
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.extensions["timeout"])
        return await self.inner.handle_async_request(request)


def test_a_call_takes_its_own_timeout_and_headers(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    timeouts = Timeouts(recorder)
    with IDCloud(account, transport=timeouts, clock=clock, default_headers={"X-Team": "kyc"}) as client:
        client.get_process(PID, timeout=2.5, extra_headers={"X-Request-Id": "r-1", "Authorization": "Bearer mine"})
        client.get_process(PID)
    first, second = recorder.api_requests
    assert first.headers["x-request-id"] == "r-1" and first.headers["x-team"] == "kyc"
    assert first.headers["authorization"] != "Bearer mine"  # the client's token wins
    assert "x-request-id" not in second.headers
    api_timeouts = timeouts.seen[1:]  # the first request is the token's
    assert api_timeouts[0]["read"] == 2.5 and api_timeouts[1]["read"] == 30.0


async def test_async_calls_take_them_too(async_idcloud: AsyncIDCloud, async_recorder: Recorder) -> None:
    await async_idcloud.get_idcheck_process(IdCheckScenario.SUCCESS, extra_headers={"X-Trace": "t"})
    await async_idcloud.get_selfie(PID, extra_headers={"APIKEY": "not-mine"}, timeout=httpx.Timeout(3.0))
    idcheck, selfie = async_recorder.api_requests
    assert idcheck.headers["x-trace"] == "t"
    assert "apikey" not in selfie.headers  # a per-call APIKEY is dropped: the client's stays the only one


def test_a_bad_call_option_is_refused_before_sending(idcloud: IDCloud, recorder: Recorder) -> None:
    with pytest.raises(ConfigurationError, match="extra_headers"):
        idcloud.get_process(PID, extra_headers={"X": 1})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="retries"):
        idcloud.get_process(PID, retries=2)  # type: ignore[call-arg]
    assert recorder.api_requests == []


def test_with_options_shares_the_pool_token_and_limiter(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    with IDCloud(account, transport=recorder, clock=clock) as client:
        copy = client.with_options(max_retries=0, timeout=4.0, default_headers={"X-Copy": "1"})
        assert type(copy) is IDCloud and copy is not client
        client.get_process(PID)
        copy.get_process(PID)
        assert len(recorder.token_requests) == 1  # one token for both
        assert copy._shared is client._shared and copy._config.limiter is client._config.limiter
        assert recorder.api_requests[1].headers["x-copy"] == "1" and "x-copy" not in recorder.api_requests[0].headers
        copy.close()  # closes nothing shared
        client.get_process(PID)


def test_with_options_changes_the_retries(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    with IDCloud(account, transport=recorder, clock=clock) as client:
        fake.inject_fault(Fault.INTERNAL_ERROR, times=1)
        client.get_process(PID)  # retried away
        fake.inject_fault(Fault.INTERNAL_ERROR, times=1)
        with pytest.raises(ServerError):
            client.with_options(max_retries=0).get_process(PID)
    with pytest.raises(TypeError, match="rate_limit"):
        client.with_options(rate_limit=3)  # type: ignore[call-arg]


def test_raw_response_of_a_successful_call(idcloud: IDCloud) -> None:
    raw = idcloud.with_raw_response.get_process(PID, extra_headers={"X-A": "b"})
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert raw.http_response.json()["process"]["id"] == PID
    process = raw.parse()
    assert str(process.id) == PID and raw.parse() is process
    assert repr(raw) == "<RawResponse [200]>"


def test_raw_response_of_an_error_raises_as_the_plain_call(idcloud: IDCloud) -> None:
    with pytest.raises(NotFound) as caught:
        idcloud.with_raw_response.get_process(MISSING)
    assert caught.value.response.status_code == 404


def test_raw_response_parse_raises_on_a_body_that_does_not_parse(clock: VirtualClock) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"unexpected": True}))
    with IDCloud(token="t", transport=transport, rate_limit=None, clock=clock) as client:
        raw = client.with_raw_response.get_selfie(PID)
        assert raw.status_code == 200
        with pytest.raises(UnexpectedResponse):
            raw.parse()


async def test_async_raw_response(async_idcloud: AsyncIDCloud) -> None:
    raw = await async_idcloud.with_raw_response.get_idcheck_process(IdCheckScenario.SUCCESS)
    assert raw.status_code == 200 and raw.parse().id is not None
    selfie = await async_idcloud.with_raw_response.get_selfie(PID)
    assert selfie.parse().file_contents


def test_one_version_everywhere() -> None:
    from importlib.metadata import version

    assert unico_idcloud.__version__ == version("unico-idcloud")


def test_every_request_carries_the_user_agent(idcloud: IDCloud, recorder: Recorder) -> None:
    idcloud.get_process(PID)
    idcloud.get_idcheck_process(IdCheckScenario.SUCCESS)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    expected = f"unico-idcloud/{unico_idcloud.__version__} python/{python} httpx/{httpx_version}"
    assert len(recorder.sent) == 3 and recorder.token_requests
    assert {sent.headers["user-agent"] for sent in recorder.sent} == {expected}


def test_default_headers_reach_the_token_endpoint_without_credentials(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    headers = {"User-Agent": "my-app/2", "X-Team": "kyc", "APIKEY": "secret"}
    with IDCloud(account, transport=recorder, clock=clock, default_headers=headers) as client:
        client.get_process(PID)
    token, api = recorder.sent
    assert token.headers["user-agent"] == api.headers["user-agent"] == "my-app/2"
    assert token.headers["x-team"] == "kyc" and "apikey" not in token.headers


def test_http_client_sends_every_attempt_under_the_retries(clock: VirtualClock) -> None:
    answers = iter([httpx.Response(503), httpx.Response(404, json={"code": 5, "message": "not found"})])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return next(answers)

    seen: list[str] = []
    mine = httpx.Client(
        transport=httpx.MockTransport(handler), event_hooks={"request": [lambda r: seen.append(r.url.path)]}
    )
    with IDCloud(generate_service_account(), http_client=mine, clock=clock) as client, pytest.raises(NotFound):
        client.get_process(MISSING)
    assert seen == ["/oauth2/token", f"/client/v1/process/{MISSING}", f"/client/v1/process/{MISSING}"]
    assert not mine.is_closed  # the caller's to close
    mine.close()


async def test_http_client_is_checked(clock: VirtualClock) -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        AsyncIDCloud(token="t", http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not both"):
        IDCloud(token="t", http_client=httpx.Client(), transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    mine = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(418, json={})))
    async with mine, AsyncIDCloud(token="t", http_client=mine, clock=clock) as client:
        with pytest.raises(UnexpectedResponse):
            await client.get_process(MISSING)
