"""The writes end to end against the fake Unico, in-process and over HTTP: a process that needs a document goes
CREATED -> AWAITING_FOR_DOCUMENT -> set -> FINISHED and yields its evidence set; a fake that stores a creation and
then answers 500 or drops the connection gets each creation exactly once; its 400s become InvalidRequest."""

from __future__ import annotations

import asyncio
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from unico_idcloud_client.models import CreateProcessPerson, DuiType, ProcessState

from unico_idcloud import AsyncIDCloud, Environment, IDCloud, ServiceAccount
from unico_idcloud.errors import InvalidRequest, NotFound, OutcomeUnknown
from unico_idcloud.testing import FakeServer, FakeUnico, Fault

CPF = "73689290074"  # the docs' example CPF (valid check digits)
NAME = "Luke Skywalker"


def person(**fields: str) -> CreateProcessPerson:
    return CreateProcessPerson(**{"dui_type": DuiType.BR_CPF, "dui_value": CPF, "friendly_name": NAME, **fields})  # type: ignore[arg-type]


def test_a_process_that_needs_a_document_goes_from_creation_to_its_evidence_set(
    fake: FakeUnico, idcloud: IDCloud, tmp_path: Path
) -> None:
    created = idcloud.create_process(flow="idlive", purpose="creditprocess", callback_uri="/", client_reference="o-1")
    assert str(created.id) in fake.created_processes and created.user_redirect_url
    assert idcloud.get_process(created.id).state == ProcessState.AWAITING_FOR_DOCUMENT
    with_document = idcloud.set_process_document(created.id, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    assert with_document.id == created.id and with_document.person.dui_value == CPF
    assert idcloud.get_process(created.id).state == ProcessState.PROCESS_STATE_CREATED
    with pytest.raises(NotFound):
        idcloud.get_evidence_set(created.id)  # not finished yet
    fake.finish_process(str(created.id))
    assert idcloud.get_process(created.id).state == ProcessState.PROCESS_STATE_FINISHED
    evidence = idcloud.get_evidence_set(created.id)
    assert evidence.content.startswith(b"%PDF-") and evidence.content_type == "application/pdf"
    target = tmp_path / "evidence.pdf"
    assert idcloud.save_evidence_set(created.id, target) == evidence
    assert target.read_bytes() == evidence.content
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_document_is_set_once(idcloud: IDCloud) -> None:
    created = idcloud.create_process(flow="idlive", purpose="creditprocess", callback_uri="/")
    idcloud.set_process_document(created.id, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    with pytest.raises(InvalidRequest) as caught:
        idcloud.set_process_document(created.id, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    assert caught.value.status_code == 400 and CPF not in str(caught.value)


def test_a_creation_with_a_person_starts_created(idcloud: IDCloud) -> None:
    created = idcloud.create_process(flow="idlive", purpose="creditprocess", callback_uri="/", person=person())
    assert idcloud.get_process(created.id).state == ProcessState.PROCESS_STATE_CREATED


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"flow": "no-such-flow"}, "flow"),
        ({"purpose": "no-such-purpose"}, "purpose"),
        ({"person": person(friendly_name="x" * 51)}, "person.friendly_name"),
        ({"flow": "idunicosign", "person": person()}, "person.email"),
        ({"person": CreateProcessPerson(dui_type=DuiType.BR_CPF, dui_value="73689290075")}, "person.dui_value"),
    ],
)
def test_the_fakes_refusals_are_invalid_requests_naming_the_field(
    fake: FakeUnico, idcloud: IDCloud, arguments: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        idcloud.create_process(**{"flow": "idlive", "purpose": "creditprocess", "callback_uri": "/", **arguments})  # type: ignore[arg-type]
    assert caught.value.field == field and caught.value.code == 3
    assert not any(value in str(caught.value) for value in (CPF, "73689290075", NAME))
    assert fake.created_processes == []


@pytest.mark.parametrize("fault", [Fault.INTERNAL_ERROR, Fault.SERVICE_UNAVAILABLE, Fault.DROP_CONNECTION])
def test_a_creation_stored_then_lost_is_sent_once(fake: FakeUnico, idcloud: IDCloud, fault: Fault) -> None:
    fake.inject_fault(fault, operation="createProcess")
    with pytest.raises(OutcomeUnknown) as caught:
        idcloud.create_process(flow="idlive", purpose="creditprocess", callback_uri="/", client_reference="o-7")
    assert fake.creations_received == 1 and len(fake.created_processes) == 1
    assert caught.value.client_reference == "o-7" and caught.value.operation == "create_process"


async def test_async_lifecycle(fake: FakeUnico, async_idcloud: AsyncIDCloud, tmp_path: Path) -> None:
    created = await async_idcloud.create_process(flow="idlive", purpose="creditprocess", callback_uri="/")
    assert (await async_idcloud.get_process(created.id)).state == ProcessState.AWAITING_FOR_DOCUMENT
    await async_idcloud.set_process_document(created.id, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    assert (await async_idcloud.get_process(created.id)).state == ProcessState.PROCESS_STATE_CREATED
    fake.finish_process(str(created.id))
    target = tmp_path / "evidence.pdf"
    evidence = await async_idcloud.save_evidence_set(created.id, target)
    assert evidence.content.startswith(b"%PDF-") and target.read_bytes() == evidence.content
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_twenty_concurrent_creations_against_a_500_after_storing_reach_it_twenty_times(
    fake: FakeUnico, async_idcloud: AsyncIDCloud
) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="createProcess")
    outcomes = await asyncio.gather(
        *(
            async_idcloud.create_process(
                flow="idlive", purpose="creditprocess", callback_uri="/", client_reference=f"order-{n}"
            )
            for n in range(20)
        ),
        return_exceptions=True,
    )
    assert all(isinstance(outcome, OutcomeUnknown) for outcome in outcomes)
    assert sorted(str(o.client_reference) for o in outcomes if isinstance(o, OutcomeUnknown)) == sorted(
        f"order-{n}" for n in range(20)
    )
    assert fake.creations_received == 20 and len(set(fake.created_processes)) == 20


# --- over HTTP -------------------------------------------------------------------------------------------------------


def environment(server: FakeServer, fake: FakeUnico) -> Environment:
    return Environment(
        api_url=server.url, idcheck_url=server.url, token_url=f"{server.url}/oauth2/token", audience=fake.token_host
    )


def test_over_http_the_lifecycle_and_the_evidence_set(unico_fake: FakeUnico, unico_account: ServiceAccount) -> None:
    with FakeServer(unico_fake) as server, IDCloud(unico_account, environment=environment(server, unico_fake)) as c:
        created = c.create_process(flow="idlive", purpose="creditprocess", callback_uri="/")
        assert c.get_process(created.id).state == ProcessState.AWAITING_FOR_DOCUMENT
        c.set_process_document(created.id, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
        unico_fake.finish_process(str(created.id))
        assert c.get_process(created.id).state == ProcessState.PROCESS_STATE_FINISHED
        assert c.get_evidence_set(created.id).content.startswith(b"%PDF-")


@pytest.mark.parametrize("fault", [Fault.INTERNAL_ERROR, Fault.DROP_CONNECTION])
def test_over_http_twenty_concurrent_creations_lost_after_storing_reach_it_twenty_times(
    unico_fake: FakeUnico, unico_account: ServiceAccount, fault: Fault
) -> None:
    # The fake's own limit off: under a fault, a creation it refused with 429 (not stored) would be answered 500 too.
    unico_fake.rate_limit = None
    unico_fake.inject_fault(fault, operation="createProcess")
    with FakeServer(unico_fake) as server, IDCloud(unico_account, environment=environment(server, unico_fake)) as c:

        def create(n: int) -> BaseException | None:
            try:
                c.create_process(flow="idlive", purpose="creditprocess", callback_uri="/", client_reference=f"o-{n}")
            except OutcomeUnknown as error:
                return error
            return None

        with ThreadPoolExecutor(8) as pool:
            outcomes = list(pool.map(create, range(20)))
    assert all(isinstance(outcome, OutcomeUnknown) for outcome in outcomes)
    assert unico_fake.creations_received == 20 and len(set(unico_fake.created_processes)) == 20


async def test_async_over_http_a_dropped_creation_is_sent_once(
    unico_fake: FakeUnico, unico_account: ServiceAccount
) -> None:
    unico_fake.inject_fault(Fault.DROP_CONNECTION, operation="createProcess")
    with FakeServer(unico_fake) as server:
        async with AsyncIDCloud(unico_account, environment=environment(server, unico_fake)) as client:
            with pytest.raises(OutcomeUnknown):
                await client.create_process(flow="idlive", purpose="creditprocess", callback_uri="/")
    assert unico_fake.creations_received == 1
