"""RedisDedupeStore against a real redis-server: claim, complete, release and leases, and concurrent duplicate
deliveries across two receivers handled once.

The receivers here follow the protocol of issue 9's webhook receiver (claim; DONE -> 200 duplicate; BUSY -> 409,
Unico retries; ACQUIRED -> handler, then complete -> 200 or release -> 500, Unico retries). Once both branches are
merged, ``deliver`` can be replaced by two ``webhook_app(handler, store=RedisDedupeStore(...))`` instances.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter

import pytest
import redis.exceptions

from unico_idcloud import RedisDedupeStore
from unico_idcloud._dedupe import ClaimStatus, DedupeStore

from .harness import RedisServer, free_port


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


class Receiver:
    """One webhook receiver: its own store (own connections), its own event loop in its own thread."""

    def __init__(self, url: str, namespace: str, handled: Counter[str], failing: set[str]) -> None:
        self.url, self.namespace = url, namespace
        self.handled, self.failing = handled, failing
        self.calls: Counter[str] = Counter()
        self.lock = threading.Lock()

    async def handler(self, process_id: str) -> None:
        with self.lock:
            self.calls[process_id] += 1
        await asyncio.sleep(0.005)  # long enough for the duplicate to arrive meanwhile
        with self.lock:
            if process_id in self.failing:
                self.failing.discard(process_id)  # fails once: Unico's retry must be handled
                raise RuntimeError("handler failed")
            self.handled[process_id] += 1

    async def deliver(self, s: RedisDedupeStore, process_id: str) -> int:
        claim = await s.claim(process_id, lease=30)
        if claim.status is ClaimStatus.DONE:
            return 200
        if claim.status is ClaimStatus.BUSY or claim.token is None:
            return 409
        try:
            await self.handler(process_id)
        except RuntimeError:
            await s.release(process_id, claim.token)
            return 500
        await s.complete(process_id, claim.token)
        return 200

    def run(self, deliveries: list[str], start: threading.Barrier, answers: list[tuple[str, int]]) -> None:
        async def main() -> None:
            s = store(self.url, self.namespace)
            start.wait()
            results = await asyncio.gather(*(self.deliver(s, pid) for pid in deliveries))
            answers.extend(zip(deliveries, results, strict=True))
            await s.aclose()

        asyncio.run(main())


def test_concurrent_duplicates_across_two_receivers_are_handled_once(redis_url: str, key: str) -> None:
    """Unico delivers each of 40 notifications three times, to two receivers at once, and redelivers whatever was
    not answered 200; one handler in five fails the first time."""
    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(40)]
    handled: Counter[str] = Counter()
    failing = set(ids[::5])
    failed_once = set(failing)
    receivers = [Receiver(redis_url, key, handled, failing) for _ in range(2)]
    pending = list(ids)
    rounds = 0
    while pending:
        rounds += 1
        assert rounds <= 10, f"not acknowledged: {pending}"
        answers: list[tuple[str, int]] = []
        start = threading.Barrier(2)
        threads = [
            threading.Thread(target=receiver.run, args=(deliveries, start, answers))
            for receiver, deliveries in zip(receivers, (pending * 2, pending), strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        acknowledged = {pid for pid, status in answers if status == 200}
        pending = [pid for pid in pending if pid not in acknowledged]
        time.sleep(0.01)  # Unico's retry delay, shortened
    assert handled == Counter({pid: 1 for pid in ids})  # every id handled exactly once, by one receiver or the other
    calls = receivers[0].calls + receivers[1].calls
    assert {pid for pid in ids if calls[pid] == 2} == failed_once  # a failed one was handled again, once
    assert all(calls[pid] == 1 for pid in ids if pid not in failed_once)
