"""RedisDedupeStore against a real redis-server: claim, complete, release and leases, and concurrent duplicate
webhooks from the fake Unico across two receivers handled once."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter

import pytest
import redis.exceptions

from benchmarks.redis_harness import RedisServer, free_port
from unico_idcloud.testing import FakeServer, FakeUnico, WebhookCredentials
from unico_idcloud.webhooks import (
    ApiKeyAuth,
    ClaimStatus,
    DedupeStore,
    ProcessNotification,
    RedisDedupeStore,
    webhook_app,
)


def store(url: str, namespace: str, **options: float) -> RedisDedupeStore:
    return RedisDedupeStore(url, namespace=namespace, **options)


async def test_is_a_dedupe_store(redis_url: str, key: str) -> None:
    assert isinstance(store(redis_url, key), DedupeStore)


async def test_first_claim_wins_the_next_is_busy(redis_url: str, key: str) -> None:
    a, b = store(redis_url, key), store(redis_url, key)
    first = await a.claim("p", lease=10)
    assert first.status is ClaimStatus.ACQUIRED and first.token
    assert (await b.claim("p", lease=10)).status is ClaimStatus.BUSY


async def test_completed_is_done_for_every_receiver(redis_url: str, key: str) -> None:
    a, b = store(redis_url, key), store(redis_url, key)
    claim = await a.claim("p", lease=10)
    assert claim.token is not None
    await a.complete("p", claim.token)
    assert (await a.claim("p", lease=10)).status is ClaimStatus.DONE
    assert (await b.claim("p", lease=10)).status is ClaimStatus.DONE


async def test_released_can_be_claimed_again(redis_url: str, key: str) -> None:
    a, b = store(redis_url, key), store(redis_url, key)
    claim = await a.claim("p", lease=10)
    assert claim.token is not None
    await a.release("p", claim.token)
    assert (await b.claim("p", lease=10)).status is ClaimStatus.ACQUIRED


async def test_a_crashed_receivers_claim_expires(redis_url: str, key: str) -> None:
    a, b = store(redis_url, key), store(redis_url, key)
    stale = await a.claim("p", lease=0.05)  # a dies without completing or releasing
    assert stale.token is not None
    await asyncio.sleep(0.1)
    fresh = await b.claim("p", lease=10)
    assert fresh.status is ClaimStatus.ACQUIRED
    # a comes back late: it cannot complete or release b's claim
    await a.complete("p", stale.token)
    await a.release("p", stale.token)
    assert (await a.claim("p", lease=10)).status is ClaimStatus.BUSY


async def test_a_handled_id_is_remembered_for_remember_seconds(redis_server: RedisServer, key: str) -> None:
    s = store(redis_server.url, key, remember=3600)
    claim = await s.claim("p", lease=10)
    assert claim.token is not None
    await s.complete("p", claim.token)
    ttl = redis_server.client().pttl(f"unico-idcloud:webhook:{{{key}}}:p")
    assert 3_590_000 < ttl <= 3_600_000


async def test_namespaces_are_separate(redis_url: str, key: str) -> None:
    await store(redis_url, key).claim("p", lease=10)
    assert (await store(redis_url, key + "-other").claim("p", lease=10)).status is ClaimStatus.ACQUIRED


async def test_a_sync_redis_client_is_used_from_a_worker_thread(redis_server: RedisServer, key: str) -> None:
    s = RedisDedupeStore(redis_server.client(), namespace=key)
    claim = await s.claim("p", lease=10)
    assert claim.token is not None
    await s.complete("p", claim.token)
    assert (await s.claim("p", lease=10)).status is ClaimStatus.DONE


async def test_an_unreachable_redis_raises_so_the_receiver_answers_503(key: str) -> None:
    s = store(f"redis://127.0.0.1:{free_port()}/0", key)
    with pytest.raises(redis.exceptions.ConnectionError):
        await s.claim("p", lease=10)


class Handler:
    """Counts calls per process id; fails the first call for the ids in ``failing``; each call lasts long enough
    for the concurrent copies to arrive meanwhile."""

    def __init__(self, failing: set[str]) -> None:
        self.lock = threading.Lock()
        self.calls: Counter[str] = Counter()
        self.handled: Counter[str] = Counter()
        self.failing = failing

    def __call__(self, notification: ProcessNotification) -> None:
        pid = str(notification.process_id)
        with self.lock:
            self.calls[pid] += 1
            fail = pid in self.failing
            self.failing.discard(pid)
        time.sleep(0.02)
        if fail:
            raise RuntimeError("temporary failure")
        with self.lock:
            self.handled[pid] += 1


def test_concurrent_duplicates_across_two_receivers_are_handled_once(redis_url: str, key: str) -> None:
    """The fake Unico sends each of 10 notifications twice at the same moment to each of two receivers (two
    ``webhook_app``s on their own uvicorn servers, each with its own RedisDedupeStore), and retries every answer
    that is not 2xx; the handler fails the first time for two of them."""
    fake = FakeUnico(rate_limit=None)
    ids = [fake.add_process(state="PROCESS_STATE_CREATED") for _ in range(10)]
    handler = Handler(failing=set(ids[:2]))
    stores = [RedisDedupeStore(redis_url, namespace=key) for _ in range(2)]
    apps = [webhook_app(handler, auth=ApiKeyAuth("k"), store=store) for store in stores]
    fake.webhooks.duplicates = 1
    with FakeServer(apps[0]) as first, FakeServer(apps[1]) as second:
        for server in (first, second):
            fake.register_webhook(
                server.url + "/unico", auth=WebhookCredentials.api_key("k"), interval=0.02, max_attempts=10
            )
        for pid in ids:
            fake.finish_process(pid)
        fake.webhooks.wait_idle(30)
    fake.close()
    deliveries = fake.webhooks.deliveries
    assert len(deliveries) == 10 * 2 * 2 and all(d.outcome == "acknowledged" for d in deliveries)
    assert handler.handled == Counter({pid: 1 for pid in ids})  # by one receiver or the other, once
    assert handler.calls == Counter({pid: 2 if pid in ids[:2] else 1 for pid in ids})  # a failed one, once more
    statuses = {a.status_code for a in fake.webhooks.attempts}
    assert 409 in statuses  # the copies did meet a claim held by the other receiver
