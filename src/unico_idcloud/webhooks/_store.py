"""Which notifications were handled: the dedupe store behind the receiver.

Unico delivers at least once, sometimes twice at the same moment. Before calling the handler the receiver
*claims* the process id; exactly one claim wins. The winner then *completes* (handled: duplicates are acknowledged
without calling the handler again) or *releases* (the handler failed: the next delivery may claim again).

A claim is a lease: a worker that dies mid-handler leaves a claim that expires after ``lease`` seconds, so the
retry Unico sends is not refused forever. A claim carries a token so that a worker whose lease expired cannot
complete or release a claim someone else holds now. That is what a shared store (Redis: ``SET key token NX PX``,
compare-and-delete in a script) needs; :class:`InMemoryDedupeStore` serves one process.

The interface is async only: its one caller, the ASGI receiver, runs on an event loop, and a network store must
not block it.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable


class ClaimStatus(Enum):
    ACQUIRED = "acquired"  # the caller handles the notification, then completes or releases
    BUSY = "busy"  # another delivery of the same notification is being handled right now
    DONE = "done"  # handled already: acknowledge without handling again


@dataclass(frozen=True)
class Claim:
    status: ClaimStatus
    token: str | None = None  # set when ACQUIRED: pass it to complete() / release()


@runtime_checkable
class DedupeStore(Protocol):
    async def claim(self, key: str, *, lease: float) -> Claim:
        """Claim ``key`` for ``lease`` seconds unless it is done or validly claimed by someone else."""
        ...

    async def complete(self, key: str, token: str) -> None:
        """Mark ``key`` handled, if ``token`` still holds the claim."""
        ...

    async def release(self, key: str, token: str) -> None:
        """Give the claim up (handling failed), if ``token`` still holds it."""
        ...


@dataclass
class _Entry:
    token: str | None  # None once done
    until: float  # lease end (claimed) or when to forget (done)


class InMemoryDedupeStore:
    """A :class:`DedupeStore` in this process's memory (one worker; use a shared store for several).

    Handled ids are remembered for ``remember`` seconds (24 h by default), at most ``max_entries`` of them (the
    oldest are forgotten first). Thread-safe: the operations are short and never await under the lock.
    """

    def __init__(
        self,
        *,
        remember: float = 24 * 3600,
        max_entries: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.remember = remember
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def _current(self, key: str, now: float) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is not None and entry.until <= now:
            del self._entries[key]
            return None
        return entry

    async def claim(self, key: str, *, lease: float) -> Claim:
        with self._lock:
            now = self._clock()
            entry = self._current(key, now)
            if entry is not None:
                return Claim(ClaimStatus.DONE if entry.token is None else ClaimStatus.BUSY)
            token = secrets.token_hex(8)
            self._entries[key] = _Entry(token, now + lease)
            self._entries.move_to_end(key)
            self._trim()
            return Claim(ClaimStatus.ACQUIRED, token)

    async def complete(self, key: str, token: str) -> None:
        with self._lock:
            entry = self._current(key, self._clock())
            if entry is not None and entry.token == token:
                self._entries[key] = _Entry(None, self._clock() + self.remember)
                self._entries.move_to_end(key)

    async def release(self, key: str, token: str) -> None:
        with self._lock:
            entry = self._current(key, self._clock())
            if entry is not None and entry.token == token:
                del self._entries[key]

    def _trim(self) -> None:
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"InMemoryDedupeStore({len(self._entries)} entries)"
