"""The contract, run by schemathesis' pytest integration against the fake: every operation of spec/openapi.json,
positive and negative data (invalid and missing path parameters, missing or wrong credentials), every check of
schemathesis.toml. Once in-process (ASGI, fast) and once over HTTP against the fake served by uvicorn on 127.0.0.1.

The token is a real one: the runtime signs an assertion for a registered service account and the fake's token
endpoint issues it. Each fake here has its own rate budget (no limit): the in-process run sends far more than
10 requests per second, and pacing it would only slow the suite. A run in which an operation answered fewer than
MIN_OK_ANSWERS 200s fails in the `tally` fixture's teardown (see test_schemathesis_guard.py for why).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case

from unico_idcloud.testing import FakeServer, FakeUnico, IdCheckScenario, Scenario, SelfieAccess, ServiceAccount

from .schemathesis_support import OPERATIONS, Tally, access_token, auth_headers, load_schema


@pytest.fixture
def contract_fake() -> FakeUnico:
    return FakeUnico(rate_limit=None)


@pytest.fixture
def contract_account(contract_fake: FakeUnico, key_material: ServiceAccount) -> ServiceAccount:
    return contract_fake.add_service_account(key_material)


@pytest.fixture
def tally() -> Iterator[Tally]:
    """Counts the answers of one operation's run; fails it when too few were 200s."""
    counted = Tally()
    yield counted
    assert counted.counts, "schemathesis sent no request"
    problems = counted.problems(counted.counts)
    assert not problems, "the run tested too little:\n" + "\n".join(problems)


# --- in-process (ASGI) --------------------------------------------------------------------------------------------


class _RunningFake:
    """The ASGI app the in-process schema calls: the fake of the test that is running (the fixture sets it).

    The schemas are module-level because schemathesis.pytest.from_fixture (4.32.5) fails on pytest 9.2, which
    removed the `_nodeid` attribute it writes to."""

    fake: FakeUnico | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        assert self.fake is not None, "no fake is running"
        await self.fake(scope, receive, send)


RUNNING = _RunningFake()
ASGI_SCHEMA = load_schema(app=RUNNING)
HTTP_SCHEMA = load_schema()


@pytest.fixture
def asgi_headers(contract_fake: FakeUnico, contract_account: ServiceAccount) -> Iterator[dict[str, str]]:
    RUNNING.fake = contract_fake
    yield auth_headers(access_token(contract_fake, contract_account), contract_fake.api_key)
    RUNNING.fake = None


# The fixtures are meant to live for one operation's whole run (a fake, its token, the tally), not per example.
ONE_RUN_FIXTURES = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


@ASGI_SCHEMA.parametrize()
@ONE_RUN_FIXTURES
def test_in_process(case: Case, asgi_headers: dict[str, str], tally: Tally) -> None:
    response = case.call_and_validate(headers=asgi_headers)
    tally.record(case.operation.label, response.status_code)


# --- over HTTP (uvicorn on 127.0.0.1) -----------------------------------------------------------------------------


@pytest.fixture
def server(contract_fake: FakeUnico) -> Iterator[FakeServer]:
    with FakeServer(contract_fake) as running:
        yield running


@pytest.fixture
def http_headers(contract_fake: FakeUnico, contract_account: ServiceAccount, server: FakeServer) -> dict[str, str]:
    return auth_headers(access_token(contract_fake, contract_account, server.url), contract_fake.api_key)


@HTTP_SCHEMA.parametrize()
@ONE_RUN_FIXTURES
def test_over_http(case: Case, server: FakeServer, http_headers: dict[str, str], tally: Tally) -> None:
    response = case.call_and_validate(base_url=server.url, headers=http_headers)
    tally.record(case.operation.label, response.status_code)


# --- every seeded process, each checked by schemathesis -------------------------------------------------------------

_SELFIE_ANSWER = {SelfieAccess.NONE: 404, SelfieAccess.FORBIDDEN: 403}


def _expected(fake: FakeUnico, operation: str, process_id: str) -> int:
    if operation == "getIdCheckProcess":
        return 410 if fake.store.idcheck[process_id].stage.body["status"] == 5 else 200
    if operation == "getSelfie":
        selfie = fake.store.by_unico[process_id].stage.selfie
        return _SELFIE_ANSWER.get(selfie, 200) if isinstance(selfie, SelfieAccess) else 200
    return 200


SEEDED = [
    pytest.param(operation, scenario.value, id=f"{operation}-{scenario.name}")
    for operation in ("getProcess", "getSelfie")
    for scenario in Scenario
] + [
    pytest.param("getIdCheckProcess", scenario.value, id=f"getIdCheckProcess-{scenario.name}")
    for scenario in IdCheckScenario
]


@pytest.fixture(scope="module")
def seeded_fake() -> FakeUnico:
    """One fake for every seeded-process test: each process is read once, so none moves on (2 polls are needed)."""
    return FakeUnico(rate_limit=None)


@pytest.fixture(scope="module")
def seeded_token(seeded_fake: FakeUnico, key_material: ServiceAccount) -> str:
    return access_token(seeded_fake, seeded_fake.add_service_account(key_material))


@pytest.mark.parametrize(("operation", "process_id"), SEEDED)
def test_every_seeded_process_passes_every_check(
    seeded_fake: FakeUnico, seeded_token: str, operation: str, process_id: str
) -> None:
    """Generated cases reach seeded processes by chance; here each one (every state and result, IDCheck statuses
    1 to 5) is sent once and its answer goes through every check."""
    expected = _expected(seeded_fake, operation, process_id)
    method, path = OPERATIONS[operation].split(" ")
    case = ASGI_SCHEMA[path][method].Case(path_parameters={"processId": process_id})
    RUNNING.fake = seeded_fake
    try:
        response = case.call_and_validate(headers=auth_headers(seeded_token, seeded_fake.api_key))
    finally:
        RUNNING.fake = None
    assert response.status_code == expected
