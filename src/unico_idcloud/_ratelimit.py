"""The client-side rate limit: a steady, adaptive pace per tenant, shared by every thread and task of a client.

Unico allows 10 requests per second per tenant by default and asks for a steady rate, not bursts. Requests are
spaced evenly, ``1/rate`` apart, with no burst allowance, so that in any sliding second a client sends at most
``rate + 1`` requests. A 429 means the real budget is smaller than configured (another worker shares the tenant, or
Unico set a lower limit): the pace drops to what actually got through in the last second, pauses until that second
has passed, and then climbs back, quickly to just under the level that failed and slowly beyond it.

Hand-written: `limits` and `pyrate-limiter` count requests in windows (which allows bursts at window edges) and
neither adapts to 429s; the spacing itself is a few lines. The interface is :class:`RateLimiter`, so a shared
(Redis) budget can replace this one.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from typing import Protocol, runtime_checkable

from ._clock import SYSTEM_CLOCK, Clock
from .errors import ConfigurationError

DEFAULT_RATE = 10.0
WINDOW = 1.0
_DECREASE = 0.9  # at most this share of the current pace survives a 429 ...
_FLOOR_SHARE = 0.5  # ... and at least this share
_ESTIMATE_MARGIN = 0.95  # pace after a 429: this share of what got through in the last second
_FAST_RECOVERY = 0.5  # per second, while below the level that failed
_SLOW_RECOVERY = 0.01  # per second, probing beyond it


@runtime_checkable
class RateLimiter(Protocol):
    """What the transport asks of a rate limiter: wait for a turn before each attempt, and hear how it went."""

    def acquire(self) -> None:
        """Block until this caller may send one request."""

    async def acquire_async(self) -> None:
        """Wait (without blocking the event loop) until this caller may send one request."""

    def on_response(self, *, throttled: bool, retry_after: float | None = None) -> None:
        """Called after each attempt that got a response; ``throttled`` for a 429."""


class AdaptiveRateLimiter:
    """In-memory :class:`RateLimiter` for one process: even spacing at up to ``rate`` requests per second,
    slowing down on 429 and recovering gradually. Thread-safe and usable from async code at the same time."""

    def __init__(self, rate: float = DEFAULT_RATE, *, min_rate: float | None = None, clock: Clock = SYSTEM_CLOCK):
        if not rate > 0 or math.isinf(rate):
            raise ConfigurationError(f"rate must be a positive number of requests per second, not {rate!r}")
        self.rate = float(rate)
        self.min_rate = float(min_rate) if min_rate is not None else self.rate / 10
        self._clock = clock
        self._lock = threading.Lock()
        self._pace = self.rate
        self._next_slot = -math.inf
        self._last_grant = -math.inf
        self._epoch = 0  # bumped when the schedule is reset: queued callers then take a new slot
        self._passed: deque[float] = deque()  # when responses that were not 429 came back, over the last window
        self._ceiling = math.inf  # what got through when the last 429 came: the real budget, as far as seen
        self._hold_until = -math.inf  # no second decrease within one window of the first (in-flight 429s)
        self._last_update = self._clock.monotonic()

    @property
    def pace(self) -> float:
        """Requests per second this limiter currently allows (``rate`` until a 429 is seen)."""
        return self._pace

    def _reserve(self) -> tuple[float, int]:
        with self._lock:
            now = self._clock.monotonic()
            slot = max(now, self._next_slot)
            self._next_slot = slot + 1.0 / self._pace
            return slot - now, self._epoch

    def _grant(self, epoch: int) -> tuple[float, int] | None:
        """``None``: go now. Else how long to wait before asking again: the schedule was reset by a 429 (a new
        slot is taken), or the previous caller went late (a thread or task that woke late) and the spacing must
        hold between the times requests really leave, not only between the planned slots."""
        with self._lock:
            now = self._clock.monotonic()
            if epoch != self._epoch:
                slot = max(now, self._next_slot)
                self._next_slot = slot + 1.0 / self._pace
                return slot - now, self._epoch
            gap = self._last_grant + 1.0 / self._pace - now
            if gap > 0:
                return gap, epoch
            self._last_grant = now
            return None

    def acquire(self) -> None:
        wait, epoch = self._reserve()
        while True:
            if wait > 0:
                self._clock.sleep(wait)
            step = self._grant(epoch)
            if step is None:
                return
            wait, epoch = step

    async def acquire_async(self) -> None:
        wait, epoch = self._reserve()
        while True:
            if wait > 0:
                await self._clock.asleep(wait)
            step = self._grant(epoch)
            if step is None:
                return
            wait, epoch = step

    def on_response(self, *, throttled: bool, retry_after: float | None = None) -> None:
        with self._lock:
            now = self._clock.monotonic()
            while self._passed and self._passed[0] <= now - WINDOW:
                self._passed.popleft()
            if throttled:
                self._slow_down(now, retry_after)
            else:
                self._passed.append(now)
                self._recover(now)
            self._last_update = now

    def _slow_down(self, now: float, retry_after: float | None) -> None:
        if now >= self._hold_until:
            got_through = len(self._passed) / WINDOW
            target = max(got_through * _ESTIMATE_MARGIN, self._pace * _FLOOR_SHARE)
            self._pace = max(self.min_rate, min(self._pace * _DECREASE, target))
            self._ceiling = max(got_through, self._pace)
            self._hold_until = now + WINDOW
        # Nothing more gets through until the requests of the last second leave the server's window.
        pause = retry_after if retry_after is not None else (self._passed[0] + WINDOW - now if self._passed else 0.0)
        self._next_slot = max(self._next_slot, now + max(pause, 1.0 / self._pace))
        self._epoch += 1

    def _recover(self, now: float) -> None:
        if self._pace >= self.rate or now < self._hold_until:
            return
        # Recovery follows traffic: an idle minute does not count as a minute of successes.
        elapsed = min(WINDOW, now - max(self._last_update, self._hold_until))
        below = self._ceiling * _ESTIMATE_MARGIN
        if self._pace < below:
            pace = min(below, self._pace * (1 + _FAST_RECOVERY * elapsed))
        else:
            pace = self._pace * (1 + _SLOW_RECOVERY * elapsed)
        self._pace = min(self.rate, pace)

    def __repr__(self) -> str:
        return f"AdaptiveRateLimiter(rate={self.rate!r}, pace={self._pace:.3g})"
