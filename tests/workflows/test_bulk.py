"""get_processes: exactly one outcome per id through 429s, 500s and dropped connections; lazy input and bounded
memory; the rate limit kept; early stops."""

from __future__ import annotations

import collections
import contextlib
import uuid
import weakref
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import anyio
import httpx
import pytest
from unico_idcloud_client.models import Process, ProcessState

from unico_idcloud import AsyncIDCloud, IDCloud, ProcessOutcome, ServiceAccount
from unico_idcloud.errors import ConfigurationError, InvalidProcessId, NotFound
from unico_idcloud.testing import FakeUnico, Fault, Scenario, VirtualClock, build_process

from ..fake_clients import Recorder
from ..runtime.test_ratelimit import max_in_any_window

# What the spec requires of a process (id, state, authenticationInfo); one AuthenticationInfo shared by all.
_AUTH = Process.from_dict(build_process(Scenario.CREATED, state="PROCESS_STATE_CREATED")).authentication_info


class Throttle(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers 429 (no body, as Unico does) to the first request for each of ``ids``, then lets them through."""

    def __init__(self, inner: Any, ids: set[str]) -> None:
        self.inner = inner
        self.pending = set(ids)

    def _throttled(self, request: httpx.Request) -> bool:
        process_id = request.url.path.rsplit("/", 1)[-1]
        if process_id in self.pending:
            self.pending.discard(process_id)
            return True
        return False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._throttled(request):
            return httpx.Response(429)
        response: httpx.Response = self.inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._throttled(request):
            return httpx.Response(429)
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response


def faulty_run(fake: FakeUnico, processes: int, per_fault: int, bad: int) -> tuple[list[str], list[str], set[str]]:
    """``processes`` real ids (the first ``3 * per_fault`` each hit once by a 429, a 500 or a dropped connection),
    plus ``bad`` unknown and ``bad`` malformed ids. Returns (all ids, real ids, throttled ids)."""
    real = [fake.add_process() for _ in range(processes)]
    for pid in real[:per_fault]:
        fake.inject_fault(Fault.INTERNAL_ERROR, process_id=pid, times=1)
    for pid in real[per_fault : 2 * per_fault]:
        fake.inject_fault(Fault.DROP_CONNECTION, process_id=pid, times=1)
    unknown = [str(uuid.uuid4()) for _ in range(bad)]
    malformed = [f"not-a-uuid-{i}" for i in range(bad)]
    return [*real, *unknown, *malformed], real, set(real[2 * per_fault : 3 * per_fault])


def check_outcomes(outcomes: list[ProcessOutcome], ids: list[str], real: list[str], bad: int) -> None:
    counts = collections.Counter(outcome.process_id for outcome in outcomes)
    assert len(outcomes) == len(ids) and set(counts) == set(ids) and max(counts.values()) == 1
    by_id = {outcome.process_id: outcome for outcome in outcomes}
    for pid in real:
        process = by_id[pid].process
        assert process is not None and str(process.id) == pid, by_id[pid]
    errors = collections.Counter(type(o.error).__name__ for o in outcomes if not o.ok)
    assert errors == {"NotFound": bad, "InvalidProcessId": bad}


def statuses(recorder: Recorder) -> collections.Counter[int | None]:
    return collections.Counter(sent.status for sent in recorder.api_requests)


async def test_2000_ids_through_429s_500s_and_dropped_connections_get_one_outcome_each(
    fake: FakeUnico, session_account: ServiceAccount, clock: VirtualClock
) -> None:
    fake.rate_limit = None
    ids, real, throttled = faulty_run(fake, 1900, 60, bad=50)
    assert len(ids) == 2000
    recorder = Recorder(Throttle(fake.async_transport(), throttled), clock.monotonic)
    async with AsyncIDCloud(session_account, transport=recorder, clock=clock, rate_limit=None) as client:
        outcomes = [outcome async for outcome in client.get_processes(iter(ids), concurrency=16)]
    check_outcomes(outcomes, ids, real, bad=50)
    seen = statuses(recorder)
    assert (seen[429], seen[500], seen[None]) == (60, 60, 60)  # None: no response (connection dropped)
    assert seen[200] == 1900 and seen[404] == 50


def test_the_sync_client_gets_one_outcome_per_id_too(
    fake: FakeUnico, session_account: ServiceAccount, clock: VirtualClock
) -> None:
    fake.rate_limit = None
    ids, real, throttled = faulty_run(fake, 200, 10, bad=5)
    recorder = Recorder(Throttle(fake.transport(), throttled), clock.monotonic)
    with IDCloud(session_account, transport=recorder, clock=clock, rate_limit=None) as client:
        outcomes = list(client.get_processes(ids, concurrency=8))
    check_outcomes(outcomes, ids, real, bad=5)
    seen = statuses(recorder)
    assert (seen[429], seen[500], seen[None], seen[200]) == (10, 10, 10, 200)


def counting(ids: Iterable[str], pulled: list[int]) -> Iterator[str]:
    for pid in ids:
        pulled[0] += 1
        yield pid


async def test_ids_are_read_only_as_workers_free_up(
    fake: FakeUnico, session_account: ServiceAccount, clock: VirtualClock
) -> None:
    ids = [fake.add_process() for _ in range(120)]
    pulled = [0]
    ahead = []
    async with AsyncIDCloud(session_account, transport=fake.async_transport(), clock=clock, rate_limit=None) as client:
        consumed = 0
        async for _ in client.get_processes(counting(ids, pulled), concurrency=4):
            consumed += 1
            ahead.append(pulled[0] - consumed)
    assert consumed == 120
    # At most 4 in flight, 4 waiting in the stream and one held by a worker: never the whole input.
    assert max(ahead) <= 2 * 4 + 1


def test_ids_are_read_only_as_threads_free_up(
    fake: FakeUnico, session_account: ServiceAccount, clock: VirtualClock
) -> None:
    ids = [fake.add_process() for _ in range(60)]
    pulled = [0]
    ahead = []
    with IDCloud(session_account, transport=fake.transport(), clock=clock, rate_limit=None) as client:
        for consumed, _ in enumerate(client.get_processes(counting(ids, pulled), concurrency=4), start=1):
            ahead.append(pulled[0] - consumed)
    assert len(ahead) == 60 and max(ahead) <= 4


async def test_memory_does_not_grow_with_the_number_of_ids(session_account: ServiceAccount) -> None:
    # The bulk machinery alone, Get Process answered in memory: at every step only a constant number of ids has
    # been read ahead and of outcomes is alive, so 100,000 ids take what 10 do (a list of them would be ~10 MB).
    n, concurrency = 20_000, 32
    created = finished = 0

    def gone() -> None:
        nonlocal finished
        finished += 1

    async def answer(process_id: Any) -> Process:
        nonlocal created
        await anyio.lowlevel.checkpoint()
        process = Process(
            id=uuid.UUID(int=created), state=ProcessState.PROCESS_STATE_CREATED, authentication_info=_AUTH
        )
        weakref.finalize(process, gone)
        created += 1
        return process

    pulled = [0]
    ids = counting((f"00000000-0000-4000-8000-{i:012x}" for i in range(n)), pulled)
    most_ahead = most_alive = consumed = 0
    async with AsyncIDCloud(session_account, transport=httpx.MockTransport(lambda r: httpx.Response(500))) as client:
        client.get_process = answer  # type: ignore[method-assign]
        async for outcome in client.get_processes(ids, concurrency=concurrency):
            assert outcome.ok
            consumed += 1
            del outcome
            most_ahead = max(most_ahead, pulled[0] - consumed)
            most_alive = max(most_alive, created - finished)
    assert consumed == n
    assert most_ahead <= 2 * concurrency + 1 and most_alive <= 2 * concurrency + 2


async def test_bulk_requests_keep_to_the_rate_limit(
    fake: FakeUnico, session_account: ServiceAccount, clock: VirtualClock
) -> None:
    fake.rate_limit = 20  # the fake refuses anything above 20 in any second, on the same virtual clock
    ids = [fake.add_process() for _ in range(100)]
    recorder = Recorder(fake.async_transport(), clock.monotonic)
    async with AsyncIDCloud(session_account, transport=recorder, clock=clock, rate_limit=20) as client:
        outcomes = [o async for o in client.get_processes(ids, concurrency=16)]
    assert all(o.ok for o in outcomes) and len(outcomes) == 100
    assert statuses(recorder) == {200: 100}
    assert max_in_any_window([s.at for s in recorder.api_requests]) <= 21


class Gate(httpx.AsyncBaseTransport):
    """Holds each request for a few scheduler turns and records how many were in flight at once."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.in_flight = 0
        self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            for _ in range(5):
                await anyio.lowlevel.checkpoint()
            return await self.inner.handle_async_request(request)
        finally:
            self.in_flight -= 1


async def test_concurrency_requests_are_in_flight_never_more(
    fake: FakeUnico, session_account: ServiceAccount, clock: VirtualClock
) -> None:
    fake.rate_limit = None
    gate = Gate(fake.async_transport())
    async with AsyncIDCloud(session_account, transport=gate, clock=clock, rate_limit=None) as client:
        await client.access_token()
        outcomes = [o async for o in client.get_processes([Scenario.FINISHED_OK] * 50, concurrency=6)]
    assert len(outcomes) == 50 and gate.most == 6


async def test_an_async_iterable_of_ids(async_idcloud: AsyncIDCloud) -> None:
    async def ids() -> AsyncIterator[str]:
        for scenario in (Scenario.FINISHED_OK, Scenario.CREATED, "nope"):
            yield scenario

    outcomes = {o.process_id: o async for o in async_idcloud.get_processes(ids(), concurrency=2)}
    assert outcomes[Scenario.FINISHED_OK].ok and outcomes[Scenario.CREATED].ok
    assert isinstance(outcomes["nope"].error, InvalidProcessId)
    assert repr(outcomes["nope"]).startswith("ProcessOutcome(process_id='nope', InvalidProcessId(")


async def test_stopping_early_stops_the_workers(
    async_idcloud: AsyncIDCloud, fake: FakeUnico, async_recorder: Recorder
) -> None:
    ids = [fake.add_process() for _ in range(100)]
    async with contextlib.aclosing(async_idcloud.get_processes(ids, concurrency=4)) as outcomes:
        async for n, _ in anyio_enumerate(outcomes):
            if n == 10:
                break
    assert len(async_recorder.paths("/client/v1/process/")) < 30


def test_stopping_early_with_the_sync_client(idcloud: IDCloud, fake: FakeUnico, recorder: Recorder) -> None:
    ids = [fake.add_process() for _ in range(100)]
    for n, outcome in enumerate(idcloud.get_processes(ids, concurrency=4)):
        assert outcome.ok or isinstance(outcome.error, NotFound)
        if n == 10:
            break
    assert len(recorder.paths("/client/v1/process/")) < 30


async def anyio_enumerate(items: AsyncIterator[ProcessOutcome]) -> AsyncIterator[tuple[int, ProcessOutcome]]:
    n = 0
    async for item in items:
        yield n, item
        n += 1


@pytest.mark.parametrize("concurrency", [0, -1, 1.5, True])
def test_concurrency_must_be_a_positive_integer(idcloud: IDCloud, concurrency: Any) -> None:
    with pytest.raises(ConfigurationError):
        idcloud.get_processes([], concurrency=concurrency)


async def test_concurrency_is_checked_before_anything_runs(async_idcloud: AsyncIDCloud) -> None:
    with pytest.raises(ConfigurationError):
        async_idcloud.get_processes([], concurrency=0)
