"""The receiver under a bad day: a handler cancelled by a server shutting down, a body that never ends, ambiguous
JSON. Each over a real uvicorn on 127.0.0.1 (a free port)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from unico_idcloud.errors import ConfigurationError
from unico_idcloud.testing import FakeServer, FakeUnico, WebhookCredentials
from unico_idcloud.webhooks import ApiKeyAuth, InMemoryDedupeStore, ProcessNotification, WebhookApp, webhook_app

KEY = "s3cret-hostile"
AUTH = {"Authorization": KEY}
PID = "6f1d8b8c-7c2e-4c7e-9e7a-0a1b2c3d4e5f"


class Hanging:
    """An async handler: the first ``hang`` calls wait until cancelled; the others complete. Records both."""

    def __init__(self, hang: int = 1) -> None:
        self.hang = hang
        self.entered = threading.Event()
        self.cancelled: list[str] = []
        self.completed: list[str] = []

    async def __call__(self, notification: ProcessNotification) -> None:
        pid = str(notification.process_id)
        if self.hang > 0:
            self.hang -= 1
            self.entered.set()
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled.append(pid)
                raise
        self.completed.append(pid)


def receiver(handler: Hanging, store: InMemoryDedupeStore, **options: float) -> WebhookApp:
    return webhook_app(handler, auth=ApiKeyAuth(KEY), store=store, **options)


def stop_in_background(server: FakeServer) -> threading.Thread:
    """Stop ``server`` as a deploy does: uvicorn waits ``timeout_graceful_shutdown`` (1 s), then cancels."""
    stopping = threading.Thread(target=server.stop)
    stopping.start()
    return stopping


def test_a_cancelled_handler_releases_its_claim_for_the_next_receiver() -> None:
    """Two receivers share one store; the first is shut down mid-handler (its task cancelled): the same
    notification at the second one is handled, not refused 409 until the lease ends."""
    store = InMemoryDedupeStore()
    first_handler, second_handler = Hanging(hang=1), Hanging(hang=0)
    body = json.dumps({"processId": PID}).encode()
    with FakeServer(receiver(second_handler, store)) as second:
        first = FakeServer(receiver(first_handler, store)).start()
        outcome: dict[str, object] = {}

        def deliver() -> None:
            try:
                outcome["status"] = httpx.post(first.url + "/", content=body, headers=AUTH, timeout=10).status_code
            except httpx.HTTPError as exc:
                outcome["status"] = type(exc).__name__

        delivery = threading.Thread(target=deliver)
        delivery.start()
        assert first_handler.entered.wait(5)
        stop_in_background(first).join(10)
        delivery.join(10)
        assert outcome["status"] != 200  # no acknowledgement: Unico retries
        assert first_handler.cancelled == [PID]
        retry = httpx.post(second.url + "/", content=body, headers=AUTH, timeout=10)
    assert (retry.status_code, retry.json()) == (200, {"status": "handled"})
    assert second_handler.completed == [PID]
    assert first_handler.completed == []


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_the_fakes_retry_after_a_cancelled_handler_is_handled_once() -> None:
    """The fake Unico delivers (five attempts); the receiver is redeployed while the handler runs: the retry that
    reaches the new receiver (same store, same port) is handled, and the notification is handled exactly once."""
    store = InMemoryDedupeStore()
    handler = Hanging(hang=1)
    port = _free_port()
    with FakeUnico(rate_limit=None) as fake:
        pid = fake.add_process(state="PROCESS_STATE_CREATED")
        old = FakeServer(receiver(handler, store), port=port).start()
        fake.register_webhook(
            f"http://127.0.0.1:{port}/unico", auth=WebhookCredentials.api_key(KEY), interval=0.5, max_attempts=5
        )
        fake.finish_process(pid)
        assert handler.entered.wait(5)
        stop_in_background(old).join(10)
        with FakeServer(receiver(handler, store), port=port):
            fake.webhooks.wait_idle(20)
        statuses = [a.status_code for a in fake.webhooks.attempts]
        (delivery,) = fake.webhooks.deliveries
    assert delivery.outcome == "acknowledged", statuses
    assert statuses[-1] == 200 and 409 not in statuses
    assert handler.cancelled == [pid] and handler.completed == [pid]


@contextmanager
def raw_connection(server: FakeServer) -> Iterator[socket.socket]:
    with socket.create_connection((server.host, server.port), timeout=10) as connection:
        yield connection


def test_a_body_that_never_ends_is_408_after_the_deadline() -> None:
    """Valid credentials, a chunked body whose last chunk never comes: answered 408 after ``body_timeout``, the
    connection closed, and the handler never called."""
    handler = Hanging(hang=0)
    app = receiver(handler, InMemoryDedupeStore(), body_timeout=0.5)
    with FakeServer(app) as server, raw_connection(server) as sock:
        started = time.monotonic()
        sock.sendall(
            b"POST /unico HTTP/1.1\r\nHost: receiver\r\nAuthorization: " + KEY.encode() + b"\r\n"
            b'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"pro\r\n'
        )
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
        waited = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
    assert waited > 0.4  # the deadline, not an immediate refusal (and the answer came: the read did not hang)
    assert handler.completed == []


def test_a_body_within_the_deadline_is_handled() -> None:
    handler = Hanging(hang=0)
    body = json.dumps({"processId": PID}).encode()
    with FakeServer(receiver(handler, InMemoryDedupeStore(), body_timeout=5)) as server:
        response = httpx.post(server.url + "/", content=body, headers=AUTH, timeout=10)
    assert response.status_code == 200 and handler.completed == [PID]


def test_a_non_positive_body_timeout_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        receiver(Hanging(), InMemoryDedupeStore(), body_timeout=0)


@pytest.mark.parametrize(
    "body",
    [
        b'{"processId": "%s", "processId": "00000000-0000-4000-8000-000000000001"}' % PID.encode(),
        b'{"processId": "%s", "state": "PROCESS_STATE_FINISHED", "state": "X"}' % PID.encode(),
    ],
    ids=["processId twice", "state twice"],
)
def test_a_key_given_twice_is_refused_400(body: bytes) -> None:
    handler = Hanging(hang=0)
    with FakeServer(receiver(handler, InMemoryDedupeStore())) as server:
        response = httpx.post(server.url + "/", content=body, headers=AUTH, timeout=10)
    assert response.status_code == 400
    assert "twice" in response.json()["detail"]
    assert handler.completed == []
