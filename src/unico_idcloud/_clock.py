"""Where the client reads time and waits: one object, so tests can swap real waiting for virtual time."""

from __future__ import annotations

import time
from typing import Protocol

import anyio


class Clock(Protocol):
    """Time as the client sees it: ``monotonic()`` for intervals, ``time()`` for POSIX timestamps (JWT claims),
    and the two ways of waiting. :class:`unico_idcloud.testing.VirtualClock` implements it without waiting."""

    def monotonic(self) -> float: ...

    def time(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
