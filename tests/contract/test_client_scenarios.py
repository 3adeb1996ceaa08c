"""IDCloud and AsyncIDCloud against every scenario and every fault of the fake: the exact model (equal to the one
built from the body the fake served) or the exact typed error (class, status, code, message).

The clients and the fake share a virtual clock, so retry backoff takes no real time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from unico_idcloud_client.models import IdCheckProcess, Process, Selfie

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud.errors import (
    ConnectionError,
    Forbidden,
    Gone,
    NotFound,
    ServerError,
    TransportError,
    UnexpectedResponse,
    UnicoError,
)
from unico_idcloud.testing import (
    FakeUnico,
    Fault,
    IdCheckScenario,
    Scenario,
    SelfieAccess,
    ServiceAccount,
    VirtualClock,
)
from unico_idcloud.testing._faults import TOKEN_OPERATION

from ._spec_check import SpecCheck

Run = Callable[[str, str], Awaitable[Any]]
METHODS = {"getProcess": "get_process", "getSelfie": "get_selfie", "getIdCheckProcess": "get_idcheck_process"}


@pytest.fixture(scope="module")
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture(scope="module")
def shared_fake(clock: VirtualClock) -> FakeUnico:
    """One fake for the scenario tests: each process is read once per client, never enough to move it on."""
    return FakeUnico(clock=clock, rate_limit=None)


@pytest.fixture(scope="module")
def shared_account(shared_fake: FakeUnico, key_material: ServiceAccount) -> ServiceAccount:
    return shared_fake.add_service_account(key_material)


@pytest.fixture(scope="module")
def idcloud(shared_fake: FakeUnico, shared_account: ServiceAccount, clock: VirtualClock) -> Iterator[IDCloud]:
    transport = shared_fake.transport()
    with IDCloud(shared_account, api_key=shared_fake.api_key, transport=transport, clock=clock) as c:
        yield c


@pytest.fixture
async def async_idcloud(
    shared_fake: FakeUnico, shared_account: ServiceAccount, clock: VirtualClock
) -> AsyncIterator[AsyncIDCloud]:
    # Function-scoped: an async client belongs to one event loop, and each test has its own.
    clock.advance(1)  # see fresh_run: each client signs its own assertion, which must differ from the last one
    transport = shared_fake.async_transport()
    async with AsyncIDCloud(shared_account, api_key=shared_fake.api_key, transport=transport, clock=clock) as c:
        yield c


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Run:
    client = request.getfixturevalue({"sync": "idcloud", "async": "async_idcloud"}[request.param])

    async def call(operation: str, process_id: str) -> Any:
        if request.param == "sync":
            return getattr(client, METHODS[operation])(process_id)
        return await getattr(client, METHODS[operation])(process_id)

    return call


async def outcome(run: Run, operation: str, process_id: str) -> Any:
    try:
        return await run(operation, process_id)
    except UnicoError as error:
        return error


def assert_error(found: Any, kind: type[UnicoError], status: int | None, code: Any, message: str | None) -> None:
    assert type(found) is kind, found
    assert (found.status_code, found.code, found.message) == (status, code, message)
    if status is not None:
        assert found.response is not None and found.response.status_code == status


# --- every scenario -------------------------------------------------------------------------------------------------

PROCESS_NOT_FOUND = "error getting selfie: rpc error: code = NotFound desc = selfie not found"
NO_SELFIE_ACCESS = "error getting selfie: rpc error: code = PermissionDenied desc = permission denied"


@pytest.mark.parametrize("scenario", list(Scenario), ids=lambda s: s.name)
async def test_get_process_returns_the_exact_process(run: Run, shared_fake: FakeUnico, scenario: Scenario) -> None:
    found = await run("getProcess", scenario.value)
    assert found == Process.from_dict(shared_fake.store.by_unico[scenario.value].stage.body)  # what it served


@pytest.mark.parametrize("scenario", list(Scenario), ids=lambda s: s.name)
async def test_get_selfie_returns_the_exact_selfie_or_error(
    run: Run, shared_fake: FakeUnico, scenario: Scenario
) -> None:
    found = await outcome(run, "getSelfie", scenario.value)
    selfie = shared_fake.store.by_unico[scenario.value].stage.selfie  # what it served
    if selfie is SelfieAccess.NONE:
        assert_error(found, NotFound, 404, 5, PROCESS_NOT_FOUND)
    elif selfie is SelfieAccess.FORBIDDEN:
        assert_error(found, Forbidden, 403, 7, NO_SELFIE_ACCESS)
    else:
        assert found == Selfie.from_dict(selfie.body())


@pytest.mark.parametrize("scenario", list(IdCheckScenario), ids=lambda s: s.name)
async def test_get_idcheck_process_returns_the_exact_process_or_gone(
    run: Run, shared_fake: FakeUnico, scenario: IdCheckScenario
) -> None:
    found = await outcome(run, "getIdCheckProcess", scenario.value)
    body = shared_fake.store.idcheck[scenario.value].stage.body  # what it served
    if body["status"] == 5:
        assert_error(found, Gone, 410, "41001", "process finished with error (status 5)")
    else:
        assert found == IdCheckProcess.from_dict(body)


def test_every_selfie_answer_and_idcheck_status_is_a_scenario(shared_fake: FakeUnico) -> None:
    selfies = {type(r.stage.selfie) if not isinstance(r.stage.selfie, SelfieAccess) else r.stage.selfie for r in
               shared_fake.store.by_unico.values()}  # fmt: skip
    assert SelfieAccess.NONE in selfies and SelfieAccess.FORBIDDEN in selfies and len(selfies) == 3
    assert {r.stage.body["status"] for r in shared_fake.store.idcheck.values()} == {1, 2, 3, 4, 5}


# --- every fault ----------------------------------------------------------------------------------------------------

PROCESS_OF = {
    "getProcess": Scenario.FINISHED_OK.value,
    "getSelfie": Scenario.FINISHED_OK.value,
    "getIdCheckProcess": IdCheckScenario.SUCCESS.value,
}


@pytest.fixture
def faulty(clock: VirtualClock) -> FakeUnico:
    return FakeUnico(clock=clock, rate_limit=None)


@pytest.fixture(params=["sync", "async"])
def fresh_run(
    request: pytest.FixtureRequest,
    faulty: FakeUnico,
    key_material: ServiceAccount,
    clock: VirtualClock,
) -> Run:
    """A new client per call: a fault on the token endpoint must meet a client that has no token yet."""
    faulty.add_service_account(key_material)

    async def call(operation: str, process_id: str) -> Any:
        # Assertions carry whole seconds and RS256 signatures are deterministic: two clients of one account
        # signing within the same second send the same assertion, which Unico (and the fake) refuse as reused.
        clock.advance(1)
        if request.param == "sync":
            with IDCloud(key_material, api_key=faulty.api_key, transport=faulty.transport(), clock=clock) as client:
                return getattr(client, METHODS[operation])(process_id)
        async with AsyncIDCloud(
            key_material, api_key=faulty.api_key, transport=faulty.async_transport(), clock=clock
        ) as aclient:
            return await getattr(aclient, METHODS[operation])(process_id)

    return call


def _internal_error(faulted: str) -> tuple[Any, str | None]:
    if faulted == TOKEN_OPERATION:  # not the token endpoint's error shape: no code or message is read from it
        return None, None
    return ("99999" if faulted == "getIdCheckProcess" else 99999), "Internal failure! Try again later"


# Each operation with a fault on itself, or on the token endpoint it needs first.
FAULTED = [(operation, faulted) for operation in sorted(METHODS) for faulted in (operation, TOKEN_OPERATION)]


@pytest.mark.parametrize(("operation", "faulted"), FAULTED)
@pytest.mark.parametrize("fault", list(Fault), ids=lambda f: f.value)
async def test_every_fault_gives_the_exact_typed_error(
    fresh_run: Run, faulty: FakeUnico, spec_check: SpecCheck, fault: Fault, operation: str, faulted: str
) -> None:
    faulty.inject_fault(fault, operation=faulted, latency=0.01)
    with spec_check.off_spec(f"injected {fault}"):
        found = await outcome(fresh_run, operation, PROCESS_OF[operation])
    statuses = {
        Fault.INTERNAL_ERROR: 500,
        Fault.BAD_GATEWAY: 502,
        Fault.SERVICE_UNAVAILABLE: 503,
        Fault.STATUS_520: 520,
    }
    if fault in statuses:
        code, message = _internal_error(faulted) if fault is Fault.INTERNAL_ERROR else (None, None)
        assert_error(found, ServerError, statuses[fault], code, message)
    elif fault is Fault.TRUNCATED_JSON:
        assert_error(found, UnexpectedResponse, 200, None, None)
        assert found.response.content and not found.response.content.endswith(b"}")  # the bytes are kept
    elif fault is Fault.DROP_CONNECTION:
        # A dropped connection is a ConnectionError, the TransportError for a failed connection (issue 20).
        assert_error(found, ConnectionError, None, None, None)
        assert isinstance(found, TransportError) and isinstance(found.__cause__, httpx.RemoteProtocolError)
    else:
        assert fault is Fault.LATENCY
        assert isinstance(found, Process | Selfie | IdCheckProcess)


@pytest.mark.parametrize("fault", list(Fault), ids=lambda f: f.value)
async def test_a_fault_on_one_operation_leaves_the_others_alone(
    fresh_run: Run, faulty: FakeUnico, fault: Fault
) -> None:
    faulty.inject_fault(fault, operation="getSelfie")
    assert isinstance(await fresh_run("getProcess", PROCESS_OF["getProcess"]), Process)
    assert isinstance(await fresh_run("getIdCheckProcess", PROCESS_OF["getIdCheckProcess"]), IdCheckProcess)


# --- a body that breaks what the docs guarantee ---------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["state", "authenticationInfo"])
async def test_a_process_missing_a_guaranteed_field_is_an_unexpected_response_with_the_body_kept(
    run: Run, shared_fake: FakeUnico, spec_check: SpecCheck, missing: str
) -> None:
    body = {k: v for k, v in shared_fake.store.by_unico[Scenario.FINISHED_OK.value].stage.body.items() if k != missing}
    process_id = shared_fake.add_process(body=body)
    with spec_check.off_spec(f"process without {missing}"):
        found = await outcome(run, "getProcess", process_id)
    assert_error(found, UnexpectedResponse, 200, None, None)
    assert found.response.json() == {"process": {**body, "id": process_id}}
