"""The client-side rate limit: even spacing across threads and tasks, slowing down on 429 and recovering."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time

import pytest

from unico_idcloud import AdaptiveRateLimiter, AsyncIDCloud, IDCloud, RateLimiter
from unico_idcloud.errors import ConfigurationError
from unico_idcloud.testing import FakeUnico, Scenario, ServiceAccount, VirtualClock

from ..fake_clients import Recorder, max_in_any_window


def test_the_in_memory_limiter_is_a_rate_limiter() -> None:
    assert isinstance(AdaptiveRateLimiter(10), RateLimiter)


@pytest.mark.parametrize("rate", [0, -1, float("inf"), float("nan")])
def test_a_rate_must_be_positive(rate: float) -> None:
    with pytest.raises(ConfigurationError):
        AdaptiveRateLimiter(rate)


def test_requests_are_spaced_evenly_without_bursts() -> None:
    clock = VirtualClock()
    limiter = AdaptiveRateLimiter(10, clock=clock)
    clock.advance(5)  # idle time earns no burst
    sent = []
    for _ in range(50):
        limiter.acquire()
        sent.append(clock.monotonic())
    gaps = [b - a for a, b in itertools.pairwise(sent)]
    assert min(gaps) == pytest.approx(0.1)
    assert max_in_any_window(sent) == 11  # rate + 1 (both ends of a closed one-second window)


def test_threads_share_the_limit(fake: FakeUnico, account: ServiceAccount) -> None:
    fake.rate_limit = None
    recorder = Recorder(fake.transport(), time.monotonic)
    with IDCloud(account, transport=recorder, rate_limit=25) as client:
        client.access_token()

        def work() -> None:
            for _ in range(4):
                client.get_process(Scenario.FINISHED_OK)

        threads = [threading.Thread(target=work) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    sent = [s.at for s in recorder.api_requests]
    assert len(sent) == 40
    assert max_in_any_window(sent) <= 26


async def test_tasks_share_the_limit(fake: FakeUnico, account: ServiceAccount) -> None:
    fake.rate_limit = None
    recorder = Recorder(fake.async_transport(), time.monotonic)
    async with AsyncIDCloud(account, transport=recorder, rate_limit=25) as client:
        await client.access_token()
        await asyncio.gather(*(client.get_process(Scenario.FINISHED_OK) for _ in range(40)))
    sent = [s.at for s in recorder.api_requests]
    assert len(sent) == 40
    assert max_in_any_window(sent) <= 26


def test_a_sync_and_an_async_client_can_share_one_limiter(fake: FakeUnico, account: ServiceAccount) -> None:
    fake.rate_limit = None
    limiter = AdaptiveRateLimiter(20)
    sync_recorder = Recorder(fake.transport(), time.monotonic)
    async_recorder = Recorder(fake.async_transport(), time.monotonic)

    async def tasks() -> None:
        async with AsyncIDCloud(account, transport=async_recorder, rate_limit=limiter) as client:
            await asyncio.gather(*(client.get_process(Scenario.FINISHED_OK) for _ in range(15)))

    with IDCloud(account, transport=sync_recorder, rate_limit=limiter) as client:
        thread = threading.Thread(target=lambda: [client.get_process(Scenario.FINISHED_OK) for _ in range(15)])
        thread.start()
        asyncio.run(tasks())
        thread.join()
    sent = [s.at for s in sync_recorder.api_requests + async_recorder.api_requests]
    assert len(sent) == 30
    assert max_in_any_window(sent) <= 21


def test_a_client_above_the_real_limit_converges_instead_of_hammering(fake: FakeUnico, account: ServiceAccount) -> None:
    """Configured at 40/s against a tenant limited to 10/s (on one virtual clock: deterministic, nothing sleeps)."""
    clock = fake.clock
    assert isinstance(clock, VirtualClock)
    fake.rate_limit = 10
    recorder = Recorder(fake.transport(), clock.monotonic)
    limiter = AdaptiveRateLimiter(40, clock=clock)
    with IDCloud(account, transport=recorder, rate_limit=limiter, clock=clock) as client:
        for _ in range(300):
            client.get_process(Scenario.FINISHED_OK)
    statuses = [s.status for s in recorder.api_requests]
    throttled_late = statuses[len(statuses) // 2 :].count(429)
    assert statuses.count(200) == 300  # every call succeeded (429s were retried)
    assert statuses.count(429) <= 0.1 * len(statuses)  # a fixed 40/s pace would have 3 of 4 refused
    assert throttled_late <= statuses[: len(statuses) // 2].count(429)
    assert limiter.pace <= 11
    elapsed = recorder.api_requests[-1].at - recorder.api_requests[0].at
    assert 300 / elapsed >= 8  # and it still uses most of the real budget


def test_after_a_429_the_pace_recovers_gradually() -> None:
    clock = VirtualClock()
    limiter = AdaptiveRateLimiter(10, clock=clock)
    for _ in range(10):
        limiter.acquire()
        limiter.on_response(throttled=False)
    limiter.on_response(throttled=True)
    slowed = limiter.pace
    assert slowed < 10
    paces = []
    for _ in range(200):
        limiter.acquire()
        limiter.on_response(throttled=False)
        paces.append(limiter.pace)
    assert paces == sorted(paces)  # never jumps down without a 429
    assert paces[5] < 10  # not back at once
    assert paces[-1] == 10  # but back in the end


def test_a_429_pauses_callers_already_waiting() -> None:
    clock = VirtualClock()
    limiter = AdaptiveRateLimiter(10, clock=clock)
    limiter.acquire()
    limiter.on_response(throttled=True, retry_after=3.0)
    before = clock.monotonic()
    limiter.acquire()
    assert clock.monotonic() - before >= 3.0


class LateClock(VirtualClock):
    """Virtual time in which every sleep ends ``late`` seconds after it should (a busy event loop, a timer
    rounded up to the millisecond)."""

    def __init__(self, late: float) -> None:
        super().__init__()
        self.late = late

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds + self.late)


def test_late_wake_ups_cost_at_most_the_margin_and_leave_the_server_slack() -> None:
    """Every wake-up 2 ms late at 100/s: pushing each one back in full would pace at 1/12 ms (83/s). The schedule
    moves back by at most 3 % of the time, so the pace stays near 97/s, and that 3 % is slack for the server's
    sliding second: any 100 consecutive requests span more than one second."""
    clock = LateClock(0.002)
    limiter = AdaptiveRateLimiter(100, clock=clock)
    sent = []
    for _ in range(400):
        limiter.acquire()
        sent.append(clock.monotonic())
    steady = sent[100:]
    achieved = (len(steady) - 1) / (steady[-1] - steady[0])
    assert 100 / 1.035 <= achieved < 100
    assert min(b - a for a, b in itertools.pairwise(sent)) >= 0.01 - 1e-9  # never closer than 1/rate
    assert all(sent[i + 100] - sent[i] > 1.0 for i in range(len(sent) - 100))


def test_a_caller_far_behind_its_turn_moves_the_queue_back_one_turn_each() -> None:
    """Three callers queued 10 ms apart; the first wakes 50 ms late. The next still leaves half a slot after it,
    and the two behind keep distinct turns (not one shared "last request + 1/rate" that wakes them together)."""
    clock = VirtualClock()
    limiter = AdaptiveRateLimiter(100, clock=clock)
    first, second, third = limiter._reserve(), limiter._reserve(), limiter._reserve()
    clock.advance(0.05)
    assert limiter._grant(first) is None
    after_second, after_third = limiter._grant(second), limiter._grant(third)
    assert after_second is not None and after_third is not None
    assert after_second.wait == pytest.approx(0.005)  # half a slot after the late one
    assert after_third.wait == pytest.approx(0.015)  # and the next a whole slot later
