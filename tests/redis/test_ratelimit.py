"""RedisRateLimiter against a real redis-server: one schedule for every worker, a 429 seen by one slows all of them,
shared recovery, the fallback while Redis is away, and both kinds of client.

Workers here are separate limiters (each with its own connections and worker id) on one key; their time is a
VirtualClock the limiters hand to the Lua scripts instead of Redis's ``TIME``, so every wait is exact and instant.
The multi-process runs on real time are in ``test_workers.py``.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import subprocess
import sys
import textwrap

import pytest
import redis
import redis.asyncio

from benchmarks.redis_harness import RedisServer, free_port
from unico_idcloud import IDCloud, RateLimiter, RedisRateLimiter
from unico_idcloud.errors import ConfigurationError
from unico_idcloud.testing import FakeUnico, Scenario, ServiceAccount, VirtualClock

from ..fake_clients import max_in_any_window

SPACING_40 = 1.03 / 40  # the default 3 % headroom at 40/s
# Times are epoch seconds (about 1.8e9) in Redis: a double resolves them to about 0.2 microseconds.


def workers(
    url: str, key: str, clock: VirtualClock, n: int = 2, rate: float = 40, probe_interval: float = 5.0
) -> list[RedisRateLimiter]:
    """``n`` workers on one budget: separate limiters, each with its own connections and worker id."""
    return [RedisRateLimiter(url, rate, key=key, clock=clock, probe_interval=probe_interval) for _ in range(n)]


def test_is_a_rate_limiter(redis_url: str, key: str) -> None:
    assert isinstance(RedisRateLimiter(redis_url, key=key), RateLimiter)


@pytest.mark.parametrize(
    "options",
    [{"rate": 0}, {"rate": float("inf")}, {"fallback_rate": -1}, {"headroom": 1.0}, {"expected_workers": 0}],
)
def test_bad_settings_are_configuration_errors(redis_url: str, options: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        RedisRateLimiter(redis_url, **options)  # type: ignore[arg-type]


def test_a_target_that_is_not_redis_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="redis:// URL"):
        RedisRateLimiter(6379)  # type: ignore[arg-type]


def test_without_the_redis_extra_the_error_says_what_to_install() -> None:
    """Neither ``unico_idcloud`` nor its webhooks import redis; building a Redis-backed object without it names the
    extra."""
    script = textwrap.dedent(
        """
        import sys
        sys.modules["redis"] = None  # as if the extra were not installed
        import unico_idcloud, unico_idcloud.webhooks
        from unico_idcloud.errors import ConfigurationError
        for build in (unico_idcloud.RedisRateLimiter, unico_idcloud.webhooks.RedisDedupeStore):
            try:
                build("redis://127.0.0.1:1")
            except ConfigurationError as exc:
                print(exc)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.count("pip install 'unico-idcloud[redis]'") == 2


def test_workers_draw_evenly_spaced_slots_from_one_schedule(redis_url: str, key: str) -> None:
    clock = VirtualClock()
    a, b, c = workers(redis_url, key, clock, n=3)
    sent = []
    for limiter in itertools.islice(itertools.cycle([a, b, c, c, a]), 100):
        limiter.acquire()
        sent.append(clock.monotonic())
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    assert min(gaps) == pytest.approx(SPACING_40, abs=1e-6) and max(gaps) == pytest.approx(SPACING_40, abs=1e-6)
    assert max_in_any_window(sent) <= 40  # never rate + 1: the headroom keeps the (rate+1)-th past the second


class OversleepingClock(VirtualClock):
    """A process that is not scheduled in time: the next sleep lasts ``late`` seconds longer than asked."""

    late = 0.0

    def sleep(self, seconds: float) -> None:
        extra, self.late = self.late, 0.0
        super().sleep(seconds + extra)


def test_a_request_that_went_out_late_pushes_the_one_a_budget_later(redis_url: str, key: str) -> None:
    """At 10/s the server refuses the 11th request inside one second: when the 2nd request goes out 40 ms late,
    the 12th (drawn by another worker) moves by as much, instead of going out 0.99 s after it."""
    clock = OversleepingClock()
    a, b = workers(redis_url, key, clock, rate=10)
    sent = []
    for index in range(20):
        clock.late = 0.045 if index == 1 else 0.0
        (a if index < 5 else b).acquire()
        sent.append(clock.monotonic())
    assert sent[1] - sent[0] == pytest.approx(0.103 + 0.04, abs=1e-6)  # 45 ms, less the check ahead of the slot
    assert sent[11] - sent[1] == pytest.approx(1.03, abs=1e-6)  # without the report: 1.03 - 0.04
    assert max_in_any_window(sent) <= 10


def test_idle_time_earns_no_burst(redis_url: str, key: str) -> None:
    clock = VirtualClock()
    (a,) = workers(redis_url, key, clock, n=1)
    a.acquire()
    clock.advance(30)
    sent = []
    for _ in range(10):
        a.acquire()
        sent.append(clock.monotonic())
    assert sent[-1] - sent[0] == pytest.approx(9 * SPACING_40, abs=1e-6)


def test_a_429_seen_by_one_worker_slows_every_worker(redis_url: str, key: str) -> None:
    clock = VirtualClock()
    a, b = workers(redis_url, key, clock)
    for _ in range(3):
        a.acquire()
        b.acquire()
    a.on_response(throttled=True)
    assert a.pace < 40
    before = clock.monotonic()
    b.acquire()
    assert b.pace == a.pace  # b learns the new pace from Redis
    # and waits until the six requests of the last second have left the server's window
    assert clock.monotonic() - before >= 1 - 5 * SPACING_40


def test_a_retry_after_pauses_every_worker(redis_url: str, key: str) -> None:
    clock = VirtualClock()
    a, b = workers(redis_url, key, clock)
    a.acquire()
    b.on_response(throttled=True, retry_after=3.0)
    before = clock.monotonic()
    a.acquire()
    assert clock.monotonic() - before >= 3.0


class ThrottlingClock(VirtualClock):
    """Another worker reports a 429 while this one sleeps towards its slot."""

    def __init__(self) -> None:
        super().__init__()
        self.other: RedisRateLimiter | None = None

    def sleep(self, seconds: float) -> None:
        if self.other is not None:
            other, self.other = self.other, None
            other.on_response(throttled=True, retry_after=2.0)
        super().sleep(seconds)


def test_a_caller_waiting_for_its_slot_takes_a_new_one_after_another_workers_429(redis_url: str, key: str) -> None:
    clock = ThrottlingClock()
    a, b = workers(redis_url, key, clock)
    a.acquire()  # the next slot is 1/rate away: the next acquire sleeps
    clock.other = b
    before = clock.monotonic()
    a.acquire()
    assert clock.monotonic() - before >= 2.0  # not the slot it had before b's 429


def test_recovery_is_shared(redis_url: str, key: str) -> None:
    clock = VirtualClock()
    a, b = workers(redis_url, key, clock, rate=10)
    for _ in range(12):
        a.acquire()
    a.on_response(throttled=True)
    slowed = a.pace
    paces = []
    for _ in range(300):
        b.acquire()  # only b sends: its traffic is what recovers the shared pace
        paces.append(b.pace)
    assert paces == sorted(paces)  # never down without a 429
    assert paces[0] == slowed < 10
    assert slowed < paces[50] < 10  # recovering, not back at once
    assert paces[-1] == 10
    a.acquire()
    assert a.pace == 10  # a sees the recovery that b's traffic earned


def test_two_clients_above_the_real_limit_converge_together(
    redis_url: str, key: str, _unico_key_material: ServiceAccount
) -> None:
    """Two clients configured at 40/s share a tenant the fake limits to 10/s (one virtual clock for all)."""
    clock = VirtualClock()
    fake = FakeUnico(clock=clock, rate_limit=10)
    account = fake.add_service_account(_unico_key_material)
    statuses: list[int] = []

    def record(response: object) -> None:
        statuses.append(getattr(response, "status_code", 0))

    limiters = workers(redis_url, key, clock, rate=40)
    clients = [IDCloud(account, transport=fake.transport(), rate_limit=limiter, clock=clock) for limiter in limiters]
    seen_429 = 0
    original = fake.limiter.acquire

    def counting(tenant_id: str) -> float | None:
        nonlocal seen_429
        wait = original(tenant_id)
        seen_429 += wait is not None
        return wait

    fake.limiter.acquire = counting  # type: ignore[method-assign]
    for client in clients:
        client.access_token()
    started = clock.monotonic()
    for _ in range(150):
        for client in clients:
            client.get_process(Scenario.FINISHED_OK)
    elapsed = clock.monotonic() - started
    for client in clients:
        client.close()
    assert seen_429 <= 30  # 300 calls; a fixed 40/s pace per client would be refused 7 times in 8
    assert all(limiter.pace <= 11 for limiter in limiters)
    assert 300 / elapsed >= 8  # and together they still use most of the real budget


def test_an_asyncio_client_and_a_thread_share_the_schedule(redis_server: RedisServer, key: str) -> None:
    clock = VirtualClock()
    client = redis.asyncio.Redis(host="127.0.0.1", port=redis_server.port)
    threads = RedisRateLimiter(redis_server.url, 40, key=key, clock=clock)
    tasks = RedisRateLimiter(client, 40, key=key, clock=clock)
    sent = []

    async def run() -> None:
        for _ in range(10):
            threads.acquire()
            sent.append(clock.monotonic())
            await tasks.acquire_async()
            sent.append(clock.monotonic())
        await client.aclose()

    asyncio.run(run())
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    assert min(gaps) == pytest.approx(SPACING_40, abs=1e-6)


def test_a_sync_redis_client_serves_async_callers_from_a_thread(redis_server: RedisServer, key: str) -> None:
    clock = VirtualClock()
    limiter = RedisRateLimiter(redis_server.client(), 40, key=key, clock=clock)
    sent = []

    async def run() -> None:
        for _ in range(5):
            await limiter.acquire_async()
            sent.append(clock.monotonic())
        limiter.on_response(throttled=True, retry_after=1.0)  # sent to Redis from a worker thread
        await asyncio.gather(*limiter._tasks)

    asyncio.run(run())
    assert sent[-1] - sent[0] == pytest.approx(4 * SPACING_40, abs=1e-6)
    assert redis_server.client().hget(f"unico-idcloud:ratelimit:{{{key}}}:state", "epoch") == b"1"


def test_a_429_reported_inside_an_event_loop_reaches_redis_without_blocking_it(redis_url: str, key: str) -> None:
    clock = VirtualClock()
    a, b = workers(redis_url, key, clock)

    async def run() -> float:
        await a.acquire_async()
        a.on_response(throttled=True, retry_after=2.0)  # schedules the report: the loop goes on
        await asyncio.gather(*a._tasks)
        before = clock.monotonic()
        await b.acquire_async()
        await a.aclose()
        await b.aclose()
        return clock.monotonic() - before

    assert asyncio.run(run()) >= 2.0


def test_an_asyncio_client_cannot_serve_threads(redis_server: RedisServer, key: str) -> None:
    limiter = RedisRateLimiter(redis.asyncio.Redis(host="127.0.0.1", port=redis_server.port), key=key)
    with pytest.raises(ConfigurationError, match="synchronous callers"):
        limiter.acquire()


def test_unreachable_redis_falls_back_to_a_local_share_with_one_warning(
    key: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = VirtualClock()
    url = f"redis://:s3cret-password@127.0.0.1:{free_port()}/0"  # nothing listens there
    limiter = RedisRateLimiter(url, 40, key=key, clock=clock, probe_interval=5)
    sent = []
    with caplog.at_level(logging.INFO, logger="unico_idcloud"):
        for _ in range(30):
            limiter.acquire()  # never raises
            limiter.on_response(throttled=False)
            sent.append(clock.monotonic())
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # one per outage, not one per request
    assert not limiter.shared
    # never reached Redis: the budget split between expected_workers (4), less the headroom
    share = 40 / 4 / 1.03
    assert limiter.pace == pytest.approx(share)
    assert sent[-1] - sent[1] == pytest.approx(28 / share, abs=1e-6)
    assert "s3cret" not in caplog.text and "s3cret" not in repr(limiter)


def test_redis_killed_then_back_the_fallback_share_follows_the_workers_seen(
    key: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = VirtualClock()
    with RedisServer() as server:
        a, b = workers(server.url, key, clock, probe_interval=5)
        for _ in range(5):
            a.acquire()
            b.acquire()
        with caplog.at_level(logging.INFO, logger="unico_idcloud"):
            server.kill()
            for _ in range(3):
                a.acquire()
            assert not a.shared
            assert a.pace == pytest.approx(40 / 2 / 1.03)  # two workers used the budget
            server.start()
            a.acquire()
            assert not a.shared  # not asked again before probe_interval
            clock.advance(5)
            a.acquire()
            assert a.shared
            b.acquire()  # b's first call after the restart simply works (its dead connection is retried)
        levels = [r.levelno for r in caplog.records]
        assert levels.count(logging.WARNING) == 1
        assert sum("is back" in r.getMessage() for r in caplog.records) == 1
