"""Many processes at once: one outcome per id, in bounded memory, as fast as the rate limit allows.

The ids are read lazily, one at a time, by a fixed number of workers; each worker turns its id into exactly one
:class:`ProcessOutcome` (the process, or the typed error) before it takes the next. So at most ``concurrency``
requests are in flight and at most ``concurrency`` finished outcomes wait for the consumer, whatever the number of
ids: memory does not grow with the input. The client's rate limiter spaces the requests (retries included), so the
workers keep it saturated without ever exceeding it. Outcomes come in the order they finish, not the input order.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Literal, TypeAlias
from uuid import UUID

import anyio
from anyio.abc import ObjectSendStream
from unico_idcloud_client.models import Process

from .errors import ConfigurationError, UnicoError

DEFAULT_CONCURRENCY = 16
"""Requests in flight. At Unico's default 10 requests per second, 16 keep the limit saturated as long as a response
takes less than 1.6 s; raise it for a higher limit or a slower network."""

ProcessId = UUID | str


@dataclass(frozen=True, repr=False)
class ProcessSucceeded:
    """Get Process succeeded for ``process_id`` (the id as it was given; a UUID as its string form)."""

    process_id: str
    process: Process
    error: None = None
    ok: Literal[True] = field(default=True, init=False)

    def __repr__(self) -> str:
        return f"ProcessOutcome(process_id={self.process_id!r}, process)"


@dataclass(frozen=True, repr=False)
class ProcessFailed:
    """Get Process failed for ``process_id``: ``error`` is the typed error (``NotFound``, ``InvalidProcessId``,
    ``RateLimited`` after every retry, ...)."""

    process_id: str
    error: UnicoError
    process: None = None
    ok: Literal[False] = field(default=False, init=False)

    def __repr__(self) -> str:
        return f"ProcessOutcome(process_id={self.process_id!r}, {self.error!r})"


ProcessOutcome: TypeAlias = ProcessSucceeded | ProcessFailed
"""One id's outcome: a :class:`ProcessSucceeded` (``process``) or a :class:`ProcessFailed` (``error``). ``ok`` is
``Literal[True]`` / ``Literal[False]``, so ``if outcome.ok: outcome.process`` is a ``Process`` for mypy (pyright
narrows on ``outcome.ok is True`` or ``isinstance``; it does not narrow a union by a member's truthiness)."""


def check_concurrency(concurrency: int) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError("concurrency must be a positive integer")
    return concurrency


def _key(process_id: ProcessId) -> str:
    return str(process_id)


def _one(fetch: Callable[[ProcessId], Process], process_id: ProcessId) -> ProcessOutcome:
    try:
        return ProcessSucceeded(_key(process_id), fetch(process_id))
    except UnicoError as error:
        return ProcessFailed(_key(process_id), error)


def iterate_sync(
    fetch: Callable[[ProcessId], Process], ids: Iterable[ProcessId], concurrency: int
) -> Iterator[ProcessOutcome]:
    """The synchronous client's bulk fetch, on a pool of ``concurrency`` threads (the client is thread-safe). An id
    is taken from ``ids`` only when a thread is free for it."""
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="unico-idcloud-bulk") as pool:
        in_flight: set[Future[ProcessOutcome]] = set()
        try:
            for process_id in ids:
                in_flight.add(pool.submit(_one, fetch, process_id))
                if len(in_flight) >= concurrency:
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield future.result()
            while in_flight:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        finally:
            # The consumer stopped early: requests not started are dropped, running ones finish (pool exit).
            for future in in_flight:
                future.cancel()


async def iterate_async(
    fetch: Callable[[ProcessId], Awaitable[Process]],
    ids: Iterable[ProcessId] | AsyncIterable[ProcessId],
    concurrency: int,
) -> AsyncIterator[ProcessOutcome]:
    """The async client's bulk fetch: ``concurrency`` worker tasks share one lazy iterator of ids and send each
    outcome into a stream of ``concurrency`` places, which the caller drains."""
    exhausted = False
    if isinstance(ids, AsyncIterable):
        source = aiter(ids)
        take = anyio.Lock()  # an async iterator must not be advanced by two tasks at once

        async def next_id() -> tuple[bool, ProcessId | None]:
            nonlocal exhausted
            async with take:
                if exhausted:
                    return False, None
                try:
                    return True, await anext(source)
                except StopAsyncIteration:
                    exhausted = True
                    return False, None

    else:
        # A plain iterator is advanced without an await in between: no other task can interleave.
        plain = iter(ids)

        async def next_id() -> tuple[bool, ProcessId | None]:
            nonlocal exhausted
            if exhausted:
                return False, None
            for process_id in plain:
                return True, process_id
            exhausted = True
            return False, None

    async def worker(out: ObjectSendStream[ProcessOutcome]) -> None:
        async with out:
            while True:
                more, process_id = await next_id()
                if not more:
                    return
                assert process_id is not None
                outcome: ProcessOutcome
                try:
                    outcome = ProcessSucceeded(_key(process_id), await fetch(process_id))
                except UnicoError as error:
                    outcome = ProcessFailed(_key(process_id), error)
                await out.send(outcome)

    send, receive = anyio.create_memory_object_stream[ProcessOutcome](concurrency)

    async def run() -> None:
        async with anyio.create_task_group() as workers, send:
            for _ in range(concurrency):
                workers.start_soon(worker, send.clone())

    async with anyio.create_task_group() as group, receive:
        group.start_soon(run)
        try:
            async for outcome in receive:
                yield outcome
        except GeneratorExit:
            # The consumer closed the iterator early: stop the workers and end quietly (the task group would
            # otherwise report the GeneratorExit as an error of its own).
            group.cancel_scope.cancel()
            return
