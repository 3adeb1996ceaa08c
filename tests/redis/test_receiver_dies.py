"""A receiver process killed mid-handler (SIGKILL: nothing runs, nothing is released) holds its Redis claim only
for the lease: the fake Unico's next retry after that reaches the receiver that replaced it and is handled once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from benchmarks.redis_harness import free_port
from unico_idcloud.testing import FakeServer, FakeUnico, WebhookCredentials
from unico_idcloud.webhooks import ApiKeyAuth, ProcessNotification, RedisDedupeStore, webhook_app

ROOT = Path(__file__).resolve().parents[2]

KEY = "s3cret-dies"

# The doomed receiver: its handler says it started, then hangs until the process is killed.
_DOOMED = textwrap.dedent(
    """
    import sys, time
    from unico_idcloud.testing import FakeServer
    from unico_idcloud.webhooks import ApiKeyAuth, RedisDedupeStore, webhook_app

    redis_url, namespace, port, key = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

    def handler(notification):
        print("entered", flush=True)
        time.sleep(3600)

    store = RedisDedupeStore(redis_url, namespace=namespace)
    with FakeServer(webhook_app(handler, auth=ApiKeyAuth(key), store=store, lease=1.0), port=port):
        print("ready", flush=True)
        time.sleep(3600)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_receivers_claim_expires_and_the_retry_is_handled_once(redis_url: str, key: str) -> None:
    port = free_port()
    doomed = subprocess.Popen(
        [sys.executable, "-c", _DOOMED, redis_url, key, str(port), KEY],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    handled: list[str] = []
    lock = threading.Lock()

    def handler(notification: ProcessNotification) -> None:
        with lock:
            handled.append(str(notification.process_id))

    try:
        assert doomed.stdout is not None
        assert doomed.stdout.readline().strip() == "ready"
        with FakeUnico(rate_limit=None) as fake:
            pid = fake.add_process(state="PROCESS_STATE_CREATED")
            fake.register_webhook(
                f"http://127.0.0.1:{port}/unico", auth=WebhookCredentials.api_key(KEY), interval=0.3, max_attempts=6
            )
            fake.finish_process(pid)
            assert doomed.stdout.readline().strip() == "entered"
            doomed.send_signal(signal.SIGKILL)
            doomed.wait(10)
            app = webhook_app(handler, auth=ApiKeyAuth(KEY), store=RedisDedupeStore(redis_url, namespace=key))
            with FakeServer(app, port=port):
                fake.webhooks.wait_idle(30)
            statuses = [a.status_code for a in fake.webhooks.attempts]
            (delivery,) = fake.webhooks.deliveries
    finally:
        if doomed.poll() is None:
            doomed.kill()
            doomed.wait(10)
    assert delivery.outcome == "acknowledged", statuses
    assert handled == [pid]
    assert statuses[-1] == 200
    assert set(statuses[1:-1]) <= {409, None}  # while the lease held: in progress (or not yet listening)
