"""Time for the fake: any zero-argument callable returning POSIX seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]
"""A clock is any callable returning the current time in POSIX seconds (like :func:`time.time`)."""


class ManualClock:
    """A clock that only moves when told to: expire tokens and rate-limit windows without sleeping."""

    def __init__(self, start: float | None = None) -> None:
        self._now = float(time.time() if start is None else start)

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward by ``seconds`` and return the new time."""
        if seconds < 0:
            raise ValueError("a manual clock only moves forward")
        self._now += seconds
        return self._now

    def set(self, now: float) -> None:
        self._now = float(now)

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now!r})"


class OffsetClock:
    """Real time plus an offset a test can push forward: time flows, and ``advance`` jumps ahead.

    The default clock of :class:`~unico_idcloud.testing.FakeUnico`. Advancing it moves only the fake's
    time: an assertion signed with the real time may then look expired or too old to the fake, so sign
    with ``now=fake.clock()`` after advancing.
    """

    def __init__(self, source: Clock = time.time) -> None:
        self._source = source
        self._offset = 0.0

    def __call__(self) -> float:
        return self._source() + self._offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the fake's clock only moves forward")
        self._offset += seconds
        return self()

    def __repr__(self) -> str:
        return f"OffsetClock(offset={self._offset!r})"
