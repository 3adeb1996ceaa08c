"""Four worker processes (two IDCloud, two AsyncIDCloud) share one RedisRateLimiter budget of R against the fake Unico
on 127.0.0.1 enforcing R per tenant, on real time: what Unico would see, counted by the fake.

R = 40 keeps each run to about 4 s of traffic; ``make bench`` runs the same with more requests and writes the
figures to BENCHMARKS.md.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from benchmarks.redis_harness import Admissions, RedisServer, run_workers
from unico_idcloud.testing import FakeServer, FakeUnico, ServiceAccount

R = 40
WORKERS = 4


@pytest.fixture
def fake() -> FakeUnico:
    return FakeUnico(rate_limit=R)


@pytest.fixture
def server(fake: FakeUnico) -> Iterator[FakeServer]:
    with FakeServer(fake) as server:
        fake.token_host = server.url  # workers sign for the URL they are given (Environment.from_url)
        yield server


@pytest.fixture
def account(fake: FakeUnico, _unico_key_material: ServiceAccount) -> ServiceAccount:
    return fake.add_service_account(_unico_key_material)


def test_four_processes_share_one_budget_without_a_429(
    fake: FakeUnico, server: FakeServer, account: ServiceAccount, redis_server: RedisServer, key: str
) -> None:
    admissions = Admissions.record(fake)
    results = run_workers(server.url, account, redis_server.url, workers=WORKERS, requests=40, rate=R, key=key)
    assert [r.ok for r in results] == [40] * WORKERS
    assert all(not r.errors and r.warnings == 0 for r in results)
    assert admissions.refused == 0  # the fake never had to refuse one
    assert len(admissions.allowed) == WORKERS * 40
    assert admissions.rate() == pytest.approx(R, rel=0.05)  # and the budget was used
    assert admissions.most_in_one_second() <= R


def test_redis_killed_mid_run_and_restarted_every_request_completes(
    fake: FakeUnico, server: FakeServer, account: ServiceAccount, key: str
) -> None:
    with RedisServer() as redis_server:

        def outage() -> None:
            time.sleep(1.0)
            redis_server.kill()
            time.sleep(1.0)
            redis_server.start()

        admissions = Admissions.record(fake)
        results = run_workers(
            server.url, account, redis_server.url, workers=WORKERS, requests=40, rate=R, key=key, during=outage
        )
    assert [r.ok for r in results] == [40] * WORKERS  # nothing lost, nothing raised
    assert all(not r.errors for r in results)
    assert [r.warnings for r in results] == [1] * WORKERS  # one warning per process, not one per request
    assert [r.back for r in results] == [1] * WORKERS
    assert all(r.shared for r in results)  # back on the shared budget at the end
    assert len(admissions.allowed) == WORKERS * 40
