"""The client-side rate limit: a steady, adaptive pace per tenant, shared by every thread and task of a client.

Unico allows 10 requests per second per tenant by default and asks for a steady rate, not bursts. Requests are
spaced evenly, ``1/rate`` apart, with no burst allowance, so that in any sliding second a client sends at most
``rate + 1`` requests.

Real callers wake late (a busy event loop; timers rounded up to the millisecond). A caller that goes late moves
the later slots back by as much, which keeps the spacing between the times requests really leave and gives the
server's sliding window slack for network jitter; but only up to a margin, ``_LATE_SHARE`` (3 %) of the time, and
beyond half a slot. Pushing every late wake-up back without that bound lost 10-20 % of a 100/s budget on a
loaded 2-core machine; with it the pace stays within 3 % of the rate, and those 3 % are the slack (30 ms a second).
On a virtual clock nobody is late and the spacing is exactly ``1/rate``.

A 429 means the real budget is smaller than configured (another worker shares the tenant, or
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
from typing import NamedTuple, Protocol, runtime_checkable

from ._clock import SYSTEM_CLOCK, Clock
from .errors import ConfigurationError

DEFAULT_RATE = 10.0
WINDOW = 1.0
_DECREASE = 0.9  # at most this share of the current pace survives a 429 ...
_FLOOR_SHARE = 0.5  # ... and at least this share
_ESTIMATE_MARGIN = 0.95  # pace after a 429: this share of what got through in the last second
_FAST_RECOVERY = 0.5  # per second, while below the level that failed
_SLOW_RECOVERY = 0.01  # per second, probing beyond it
_LATE_SHARE = 0.03  # callers going late move the schedule back by at most this share of the time ...
_LATE_SAVED = _LATE_SHARE * WINDOW  # ... saved up over at most one window


class _Turn(NamedTuple):
    wait: float  # seconds to wait before asking again
    slot: float  # the caller's planned slot
    epoch: int  # the schedule it was planned in


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
        self._next_slot = -math.inf  # the next free slot, in planned time
        self._delay = 0.0  # how far real time runs behind the plan (callers that went late), within an epoch
        self._late_allowance = _LATE_SAVED  # how much more lateness may still move the schedule back
        self._late_allowance_at = -math.inf
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

    def _take_slot(self, now: float) -> float:
        # Slots are planned times; a caller's turn is its slot plus the schedule's delay (see _grant).
        slot = max(now - self._delay, self._next_slot)
        self._next_slot = slot + 1.0 / self._pace
        return slot

    def _reserve(self) -> _Turn:
        with self._lock:
            now = self._clock.monotonic()
            slot = self._take_slot(now)
            return _Turn(slot + self._delay - now, slot, self._epoch)

    def _grant(self, turn: _Turn) -> _Turn | None:
        """``None``: go now. Else how long to wait before asking again: the schedule was reset by a 429 (a new
        slot is taken), or a caller before this one went late and the schedule moved back."""
        with self._lock:
            now = self._clock.monotonic()
            if turn.epoch != self._epoch:
                slot = self._take_slot(now)
                return _Turn(slot + self._delay - now, slot, self._epoch)
            due = max(turn.slot + self._delay, self._last_grant + 0.5 / self._pace)
            if due > now:
                return _Turn(due - now, turn.slot, turn.epoch)
            self._went_late(now, now - (turn.slot + self._delay))
            self._last_grant = now
            return None

    def _went_late(self, now: float, late: float) -> None:
        """A caller left ``late`` seconds after its turn: move every later slot back, so the callers queued behind
        it keep one distinct turn each. (Waiting for "the last request plus 1/pace" instead woke every overdue
        caller at once to let one through: at 100/s with 16 tasks, 14 wake-ups per request, and the load made the
        next wake-up later still.) By as much as the allowance for lateness permits (``_LATE_SHARE``); past that,
        only by what would leave the next caller less than half a slot after this one."""
        if late <= 0:
            return
        saved = min(_LATE_SAVED, self._late_allowance + _LATE_SHARE * (now - self._late_allowance_at))
        absorbed = min(late, saved)
        self._late_allowance, self._late_allowance_at = saved - absorbed, now
        self._delay += max(absorbed, late - 0.5 / self._pace)

    def acquire(self) -> None:
        turn: _Turn | None = self._reserve()
        while turn is not None:
            if turn.wait > 0:
                self._clock.sleep(turn.wait)
            turn = self._grant(turn)

    async def acquire_async(self) -> None:
        turn: _Turn | None = self._reserve()
        while turn is not None:
            if turn.wait > 0:
                await self._clock.asleep(turn.wait)
            turn = self._grant(turn)

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
        self._next_slot = max(self._next_slot + self._delay, now + max(pause, 1.0 / self._pace))
        self._delay = 0.0  # a new epoch plans in real time again
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
