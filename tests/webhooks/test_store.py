"""InMemoryDedupeStore: claim / complete / release, leases and forgetting, on a clock the test moves."""

from __future__ import annotations

import asyncio

import pytest

from unico_idcloud.webhooks import ClaimStatus, DedupeStore, InMemoryDedupeStore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> InMemoryDedupeStore:
    return InMemoryDedupeStore(remember=100, max_entries=3, clock=clock)


def test_is_a_dedupe_store(store: InMemoryDedupeStore) -> None:
    assert isinstance(store, DedupeStore)


async def test_first_claim_wins_the_next_is_busy(store: InMemoryDedupeStore) -> None:
    first = await store.claim("a", lease=10)
    assert first.status is ClaimStatus.ACQUIRED and first.token
    assert (await store.claim("a", lease=10)).status is ClaimStatus.BUSY


async def test_completed_is_done(store: InMemoryDedupeStore) -> None:
    claim = await store.claim("a", lease=10)
    await store.complete("a", claim.token or "")
    assert (await store.claim("a", lease=10)).status is ClaimStatus.DONE


async def test_released_can_be_claimed_again(store: InMemoryDedupeStore) -> None:
    claim = await store.claim("a", lease=10)
    await store.release("a", claim.token or "")
    assert (await store.claim("a", lease=10)).status is ClaimStatus.ACQUIRED


async def test_lease_expires(store: InMemoryDedupeStore, clock: Clock) -> None:
    await store.claim("a", lease=10)
    clock.now += 10
    assert (await store.claim("a", lease=10)).status is ClaimStatus.ACQUIRED


async def test_expired_holder_cannot_complete_or_release_the_new_claim(
    store: InMemoryDedupeStore, clock: Clock
) -> None:
    stale = await store.claim("a", lease=10)
    clock.now += 10
    await store.claim("a", lease=10)
    await store.complete("a", stale.token or "")
    await store.release("a", stale.token or "")
    assert (await store.claim("a", lease=10)).status is ClaimStatus.BUSY


async def test_done_is_forgotten_after_remember(store: InMemoryDedupeStore, clock: Clock) -> None:
    claim = await store.claim("a", lease=10)
    await store.complete("a", claim.token or "")
    clock.now += 99
    assert (await store.claim("a", lease=10)).status is ClaimStatus.DONE
    clock.now += 1
    assert (await store.claim("a", lease=10)).status is ClaimStatus.ACQUIRED


async def test_oldest_entries_are_dropped_beyond_max_entries(store: InMemoryDedupeStore) -> None:
    for key in "abcd":
        claim = await store.claim(key, lease=10)
        await store.complete(key, claim.token or "")
    assert len(store) == 3
    assert (await store.claim("a", lease=10)).status is ClaimStatus.ACQUIRED
    assert (await store.claim("d", lease=10)).status is ClaimStatus.DONE


async def test_concurrent_claims_have_one_winner() -> None:
    store = InMemoryDedupeStore()
    claims = await asyncio.gather(*(store.claim("a", lease=10) for _ in range(50)))
    assert [c.status for c in claims].count(ClaimStatus.ACQUIRED) == 1


def test_claims_from_threads_have_one_winner() -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = InMemoryDedupeStore()
    with ThreadPoolExecutor(8) as pool:
        claims = list(pool.map(lambda _: asyncio.run(store.claim("a", lease=10)), range(32)))
    assert [c.status for c in claims].count(ClaimStatus.ACQUIRED) == 1
