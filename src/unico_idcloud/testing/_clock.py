"""The fake's clocks. Both are a :class:`unico_idcloud.Clock` (the runtime's one clock protocol), so the fake and a
client under test can share one time: ``FakeUnico(clock=c)`` and ``IDCloud(..., clock=c)``."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable

import anyio

from .._clock import SYSTEM_CLOCK, Clock
from ._virtual_clock import VirtualClock

ManualClock = VirtualClock
"""A clock that only moves when told to (or when a client sleeps on it): the name this module used before the fake
took the runtime's :class:`~unico_idcloud.Clock`; the same class as :class:`VirtualClock`."""


class OffsetClock:
    """Real time plus an offset a test can push forward: time flows, and ``advance`` jumps ahead.

    The default clock of :class:`~unico_idcloud.testing.FakeUnico`. Advancing it moves only the fake's
    time: an assertion signed with the real time may then look expired or too old to the fake, so sign
    with ``now=fake.clock.time()`` after advancing.
    """

    def __init__(self, source: Clock = SYSTEM_CLOCK) -> None:
        self._source = source
        self._offset = 0.0

    def monotonic(self) -> float:
        return self._source.monotonic() + self._offset

    def time(self) -> float:
        return self._source.time() + self._offset

    def sleep(self, seconds: float) -> None:
        time.sleep(max(seconds, 0.0))

    async def asleep(self, seconds: float) -> None:
        await anyio.sleep(max(seconds, 0.0))

    def __call__(self) -> float:
        return self.time()

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the fake's clock only moves forward")
        self._offset += seconds
        return self.time()

    def __repr__(self) -> str:
        return f"OffsetClock(offset={self._offset!r})"


class _CallableClock:
    """A bare ``() -> POSIX seconds`` callable, the fake's clock before it took a :class:`Clock` (one release)."""

    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now

    def monotonic(self) -> float:
        return self._now()

    def time(self) -> float:
        return self._now()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(seconds, 0.0))

    async def asleep(self, seconds: float) -> None:
        await anyio.sleep(max(seconds, 0.0))

    def __call__(self) -> float:
        return self._now()

    def advance(self, seconds: float) -> float:
        advance: Callable[[float], float] | None = getattr(self._now, "advance", None)
        if advance is None:
            raise TypeError("this fake's clock cannot be advanced")
        return float(advance(seconds))


def as_clock(clock: Clock | Callable[[], float]) -> Clock:
    """``clock`` as a :class:`Clock`; a bare callable still works for one release, with a DeprecationWarning."""
    if all(callable(getattr(clock, name, None)) for name in ("monotonic", "time", "sleep", "asleep")):
        return clock  # type: ignore[return-value]
    warnings.warn(
        "a bare callable as the fake's clock is deprecated: give a unico_idcloud.Clock "
        "(VirtualClock, OffsetClock or ManualClock)",
        DeprecationWarning,
        stacklevel=3,
    )
    return _CallableClock(clock)  # type: ignore[arg-type]


__all__ = ["Clock", "ManualClock", "OffsetClock", "VirtualClock", "as_clock"]
