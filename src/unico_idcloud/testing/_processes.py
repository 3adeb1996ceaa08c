"""The state a process moves through: what it serves now, what it becomes, and when (polls or time).

A :class:`ProcessRecord` holds one process's stages; :class:`ProcessStore` holds every record of a fake, thread-safe.
The seeded catalogue (:mod:`._catalogue`), :meth:`FakeUnico.add_process` and Create Process (:mod:`._lifecycle`)
fill it (:meth:`ProcessStore.put`).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .._clock import Clock
from ._bodies import SelfieAccess, SelfieSpec

T = TypeVar("T")


@dataclass
class Stage:
    body: dict[str, Any]
    selfie: SelfieSpec = SelfieAccess.NONE
    last_event: str | None = None  # the webhook's lastEvent when the process finishes into this stage


@dataclass
class ProcessRecord:
    """A process and where it is going: it serves ``stage`` until ``after_polls`` polls (reads of the process,
    not of the selfie) or ``after_seconds`` on the fake's clock have passed, then ``then`` for good."""

    process_id: str
    stage: Stage
    tenant_id: str | None = None
    then: Stage | None = None
    after_polls: int | None = None
    after_seconds: float | None = None
    created: float = 0.0
    polls: int = 0
    finished_at: float | None = None  # on the fake's clock: when it reached PROCESS_STATE_FINISHED
    creation: dict[str, Any] | None = None  # what Create Process stored (kept when the process finishes)

    def current(self, now: float, *, poll: bool) -> Stage:
        if poll:
            self.polls += 1
        self.move_on(now)
        return self.stage

    def move_on(self, now: float) -> bool:
        """Become ``then`` if its time has come; whether it did."""
        if self.then is not None:
            by_polls = self.after_polls is not None and self.polls > self.after_polls
            by_time = self.after_seconds is not None and now - self.created >= self.after_seconds
            if by_polls or by_time:
                self.stage, self.then = self.then, None
                self.mark_finished(now)
                return True
        return False

    def mark_finished(self, now: float) -> None:
        if self.finished and self.finished_at is None:
            self.finished_at = now

    @property
    def finished(self) -> bool:
        return self.stage.body.get("state") == "PROCESS_STATE_FINISHED"


@dataclass
class ProcessStore:
    """by Unico processes and IDCheck processes (two id spaces, as they are two APIs). Thread-safe.

    ``on_finished`` is called (outside the lock) with each by Unico process that reaches PROCESS_STATE_FINISHED:
    by polls, by time (:meth:`move_on_due`, which the webhook sender calls without anyone polling) or by
    :meth:`replace`. The fake sends its webhooks from there.
    """

    clock: Clock
    by_unico: dict[str, ProcessRecord] = field(default_factory=dict)
    idcheck: dict[str, ProcessRecord] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    on_finished: Callable[[ProcessRecord], None] | None = None

    def put(self, space: dict[str, ProcessRecord], record: ProcessRecord) -> str:
        record.created = self.clock.time()
        record.mark_finished(record.created)
        with self.lock:
            space[record.process_id] = record
        return record.process_id

    def read(self, space: dict[str, ProcessRecord], process_id: str, tenant_id: str, *, poll: bool) -> Stage | None:
        with self.lock:
            record = space.get(process_id)
            if record is None or (record.tenant_id is not None and record.tenant_id != tenant_id):
                return None
            before = record.stage
            stage = record.current(self.clock.time(), poll=poll)
        if stage is not before and space is self.by_unico:
            self._moved([record])
        return stage

    def update(self, process_id: str, tenant_id: str, change: Callable[[ProcessRecord, float], T]) -> T | None:
        """``change(record, now)`` under the lock, for a by Unico process this tenant may see; None when there is
        none. A process that reaches PROCESS_STATE_FINISHED in ``change`` notifies like any other."""
        with self.lock:
            record = self.by_unico.get(process_id)
            if record is None or (record.tenant_id is not None and record.tenant_id != tenant_id):
                return None
            now = self.clock.time()
            was_finished = record.finished
            record.move_on(now)
            result = change(record, now)
            record.mark_finished(now)
            moved = record.finished and not was_finished
        if moved:
            self._moved([record])
        return result

    def replace(self, process_id: str, stage: Stage) -> ProcessRecord:
        """Put a by Unico process in ``stage`` now, for good (a test finishing it). KeyError when unknown."""
        with self.lock:
            record = self.by_unico[process_id]
            record.stage, record.then = stage, None
            record.finished_at = None
            record.mark_finished(self.clock.time())
        self._moved([record])
        return record

    def move_on_due(self) -> None:
        """Move every by Unico process whose time has come, whether or not anyone reads it."""
        with self.lock:
            now = self.clock.time()
            moved = [record for record in self.by_unico.values() if record.move_on(now)]
        self._moved(moved)

    def next_due(self) -> float | None:
        """When (on the clock) the next by Unico process moves on by time, or None."""
        with self.lock:
            times = [
                r.created + r.after_seconds
                for r in self.by_unico.values()
                if r.then is not None and r.after_seconds is not None
            ]
        return min(times, default=None)

    def _moved(self, records: list[ProcessRecord]) -> None:
        if self.on_finished is not None:
            for record in records:
                if record.finished:
                    self.on_finished(record)


def new_process_id() -> str:
    return str(uuid.uuid4())
