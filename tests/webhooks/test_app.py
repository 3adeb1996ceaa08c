"""The ASGI receiver in-process (httpx.ASGITransport): statuses, one handler call per process id, logs."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

import httpx
import pytest

from unico_idcloud.errors import ConfigurationError
from unico_idcloud.webhooks import (
    ApiKeyAuth,
    BasicAuth,
    ClaimStatus,
    InMemoryDedupeStore,
    ProcessNotification,
    WebhookApp,
    webhook_app,
)

PID = "8263a268-5388-492a-bca2-28e1ff4a69f0"
BODY = json.dumps({"processId": PID, "state": "PROCESS_STATE_FINISHED", "flow": "id"}).encode()
AUTH = {"X-API-Key": "k-123"}


class Recorder:
    """An async handler that records what it got and can be told to fail or to wait."""

    def __init__(self) -> None:
        self.calls: list[ProcessNotification] = []
        self.fail_next = 0
        self.entered = asyncio.Event()
        self.proceed: asyncio.Event | None = None

    async def __call__(self, notification: ProcessNotification) -> None:
        self.calls.append(notification)
        self.entered.set()
        if self.proceed is not None:
            await self.proceed.wait()
        if self.fail_next:
            self.fail_next -= 1
            raise RuntimeError("handler failed")


@pytest.fixture
def handler() -> Recorder:
    return Recorder()


@pytest.fixture
def app(handler: Recorder) -> WebhookApp:
    return webhook_app(handler, auth=ApiKeyAuth("X-API-Key:k-123"))


@pytest.fixture
async def async_http_client(app: WebhookApp) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver") as client:
        yield client


async def test_handled(async_http_client: httpx.AsyncClient, handler: Recorder) -> None:
    response = await async_http_client.post("/unico", content=BODY, headers=AUTH)
    assert (response.status_code, response.json()) == (200, {"status": "handled"})
    assert [n.process_id for n in handler.calls] == [UUID(PID)]


async def test_any_path_is_the_endpoint(async_http_client: httpx.AsyncClient, handler: Recorder) -> None:
    assert (await async_http_client.post("/", content=BODY, headers=AUTH)).status_code == 200


async def test_sequential_duplicate_is_acknowledged_without_calling_the_handler(
    async_http_client: httpx.AsyncClient, handler: Recorder
) -> None:
    await async_http_client.post("/", content=BODY, headers=AUTH)
    upper = json.dumps({"processId": PID.upper()}).encode()
    response = await async_http_client.post("/", content=upper, headers=AUTH)
    assert (response.status_code, response.json()) == (200, {"status": "duplicate"})
    assert len(handler.calls) == 1


async def test_concurrent_duplicate_is_409_until_the_first_is_handled(
    async_http_client: httpx.AsyncClient, handler: Recorder
) -> None:
    handler.proceed = asyncio.Event()
    first = asyncio.create_task(async_http_client.post("/", content=BODY, headers=AUTH))
    await asyncio.wait_for(handler.entered.wait(), 5)
    second = await async_http_client.post("/", content=BODY, headers=AUTH)
    handler.proceed.set()
    assert (second.status_code, (await first).status_code) == (409, 200)
    assert (await async_http_client.post("/", content=BODY, headers=AUTH)).status_code == 200
    assert len(handler.calls) == 1


async def test_many_concurrent_duplicates_call_the_handler_once(
    async_http_client: httpx.AsyncClient, handler: Recorder
) -> None:
    responses = await asyncio.gather(*(async_http_client.post("/", content=BODY, headers=AUTH) for _ in range(20)))
    assert len(handler.calls) == 1
    assert {r.status_code for r in responses} <= {200, 409} and 200 in {r.status_code for r in responses}


async def test_handler_failure_is_500_and_the_retry_calls_it_again(
    async_http_client: httpx.AsyncClient, handler: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    handler.fail_next = 1
    with caplog.at_level(logging.ERROR, logger="unico_idcloud.webhooks"):
        failed = await async_http_client.post("/", content=BODY, headers=AUTH)
    assert (failed.status_code, failed.json()) == (500, {"status": "failed"})
    assert "handler failed" not in failed.text  # the handler's message stays in the logs
    assert any(r.exc_info and PID in r.getMessage() for r in caplog.records)
    retried = await async_http_client.post("/", content=BODY, headers=AUTH)
    assert retried.status_code == 200 and len(handler.calls) == 2


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "k-124"}, {"Authorization": "k-123"}])
async def test_wrong_credentials_are_401_and_the_handler_is_not_called(
    async_http_client: httpx.AsyncClient, handler: Recorder, headers: dict[str, str]
) -> None:
    response = await async_http_client.post("/", content=BODY, headers=headers)
    assert (response.status_code, response.json()) == (401, {"error": "unauthorized"})
    assert handler.calls == []


async def test_basic_401_carries_a_challenge(handler: Recorder) -> None:
    app = webhook_app(handler, auth=BasicAuth("u:p"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as http:
        response = await http.post("/", content=BODY)
    assert response.headers["www-authenticate"] == 'Basic realm="unico-webhook"'


@pytest.mark.parametrize(
    ("body", "detail"), [(b"{", "the body is not JSON"), (b'{"processId": "x"}', "processId is not a UUID")]
)
async def test_malformed_body_is_400_with_the_reason(
    async_http_client: httpx.AsyncClient, handler: Recorder, body: bytes, detail: str
) -> None:
    response = await async_http_client.post("/", content=body, headers=AUTH)
    assert (response.status_code, response.json()) == (400, {"error": "invalid notification", "detail": detail})
    assert handler.calls == []
    assert (await async_http_client.post("/", content=BODY, headers=AUTH)).status_code == 200  # nothing stuck


async def test_credentials_are_checked_before_the_body(async_http_client: httpx.AsyncClient) -> None:
    assert (await async_http_client.post("/", content=b"{", headers={"X-API-Key": "no"})).status_code == 401


async def test_body_over_the_limit_is_413(handler: Recorder) -> None:
    app = webhook_app(handler, auth=ApiKeyAuth("X-API-Key:k-123"), max_body=100)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as http:
        response = await http.post("/", content=b" " * 101, headers=AUTH)
    assert response.status_code == 413 and handler.calls == []


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_only_post(async_http_client: httpx.AsyncClient, method: str) -> None:
    response = await async_http_client.request(method, "/", headers=AUTH)
    assert (response.status_code, response.headers["allow"]) == (405, "POST")


async def test_sync_handler_runs_off_the_event_loop() -> None:
    threads: list[int] = []
    app = webhook_app(lambda n: threads.append(threading.get_ident()), auth=ApiKeyAuth("X-API-Key:k-123"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as http:
        assert (await http.post("/", content=BODY, headers=AUTH)).status_code == 200
    assert threads and threads[0] != threading.get_ident()


async def test_store_failure_is_503_and_nothing_is_handled(handler: Recorder) -> None:
    class Broken(InMemoryDedupeStore):
        async def claim(self, key: str, *, lease: float) -> Any:
            raise ConnectionError("store down")

    app = webhook_app(handler, auth=ApiKeyAuth("X-API-Key:k-123"), store=Broken())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as http:
        assert (await http.post("/", content=BODY, headers=AUTH)).status_code == 503
    assert handler.calls == []


async def test_given_store_is_used(handler: Recorder) -> None:
    store = InMemoryDedupeStore()
    app = webhook_app(handler, auth=ApiKeyAuth("X-API-Key:k-123"), store=store, lease=5)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as http:
        await http.post("/", content=BODY, headers=AUTH)
    assert (await store.claim(PID, lease=1)).status is ClaimStatus.DONE


async def test_lifespan_is_answered(app: WebhookApp) -> None:
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "lifespan"}, receive, send)
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_repr_hides_the_secret(app: WebhookApp) -> None:
    assert "k-123" not in repr(app)


def test_unauthenticated_app_warns_once_at_construction(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="unico_idcloud.webhooks"):
        webhook_app(lambda n: None, auth=None, allow_unauthenticated=True)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    with pytest.raises(ConfigurationError, match="allow_unauthenticated"):
        webhook_app(lambda n: None, auth=None)
