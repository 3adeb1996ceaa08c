"""Virtual time for a client under test: waiting takes no real time, and every wait is recorded."""

from __future__ import annotations

import threading
import time

import anyio.lowlevel


class VirtualClock:
    """A :class:`unico_idcloud.Clock` whose ``sleep`` moves time forward at once, and a fake clock too
    (calling it gives POSIX seconds): ``FakeUnico(clock=clock)`` and ``IDCloud(..., clock=clock)`` then share one
    time, so ``clock.advance(3600)`` expires tokens on both sides.

    ``sleeps`` lists every wait the client asked for, in order (retry backoff, ``Retry-After``, rate-limit spacing).
    """

    def __init__(self, start: float | None = None) -> None:
        self._start = time.time() if start is None else float(start)
        self._elapsed = 0.0
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self._elapsed

    def time(self) -> float:
        return self._start + self._elapsed

    def __call__(self) -> float:
        return self.time()

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._elapsed += seconds
        return self.time()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self._elapsed += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await anyio.lowlevel.checkpoint()

    def __repr__(self) -> str:
        return f"VirtualClock(elapsed={self._elapsed!r})"
