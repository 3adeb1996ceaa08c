"""The fake's write half: Create Process (checks, stored process), Set Process Document, Get Evidence Set, the
lifecycle a created process goes through, and faults that strike after a write was acted on.

Every response here is also validated against spec/openapi.json (the autouse ``spec_check`` fixture).
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import re
import uuid
from typing import Any

import httpx
import pypdf
import pytest

from tests.spec_file import load_spec
from unico_idcloud.testing import FakeServer, FakeUnico, Fault, ManualClock, Scenario, ServiceAccount
from unico_idcloud.testing import _spec as fake_spec
from unico_idcloud.testing import _writes as writes
from unico_idcloud.testing._evidence import evidence_pdf

from ._spec_check import SpecCheck

CPF = "73689290074"  # the docs' example CPF (valid check digits)
NAME = "Luke Skywalker"
EMAIL = "luke@unico.io"
PHONE = "5511974749090"
CREATE = "/client/v1/process"


def body(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"callbackUri": "/", "flow": "idlive", "purpose": "creditprocess"}
    return {**base, **fields}


def person(**fields: Any) -> dict[str, Any]:
    return {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF, "friendlyName": NAME, **fields}


def create(http_client: httpx.Client, auth: dict[str, str], payload: dict[str, Any]) -> httpx.Response:
    return http_client.post(CREATE, json=payload, headers=auth)


def created_id(http_client: httpx.Client, auth: dict[str, str], payload: dict[str, Any]) -> str:
    response = create(http_client, auth, payload)
    assert response.status_code == 200, response.text
    process_id: str = response.json()["process"]["id"]
    return process_id


def process(http_client: httpx.Client, auth: dict[str, str], process_id: str) -> dict[str, Any]:
    response = http_client.get(f"/client/v1/process/{process_id}", headers=auth)
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()["process"]
    return found


def set_document(http_client: httpx.Client, auth: dict[str, str], process_id: str, **doc: str) -> httpx.Response:
    payload = {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF, **doc}
    return http_client.post(f"/client/v1/process/{process_id}/document", json=payload, headers=auth)


def evidence(http_client: httpx.Client, auth: dict[str, str], process_id: str) -> httpx.Response:
    return http_client.get(f"/client/v1/process/{process_id}/evidenceset", headers=auth)


# --- Create Process -----------------------------------------------------------------------------------------------


def test_creation_stores_a_created_process(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    payload = body(flow="idunicosign", person=person(email=EMAIL), clientReference="order-123", expiresIn="3600s")
    response = create(http_client, auth, payload)
    assert response.status_code == 200
    created = response.json()["process"]
    assert uuid.UUID(created["id"]).version == 4
    assert created["userRedirectUrl"] == f"https://fake-unico.test/journey/{created['id']}"
    assert created["token"].startswith("fake-sdk-token-")
    assert (created["state"], created["createdAt"]) == ("PROCESS_STATE_CREATED", "2023-11-14T22:13:20Z")
    stored = process(http_client, auth, created["id"])
    assert stored["state"] == "PROCESS_STATE_CREATED"
    assert (stored["flow"], stored["purpose"], stored["clientReference"]) == (
        "idunicosign",
        "creditprocess",
        "order-123",
    )
    assert stored["person"] == {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF, "friendlyName": NAME}
    assert (stored["userRedirectUrl"], stored["token"]) == (created["userRedirectUrl"], created["token"])
    assert (stored["createdAt"], stored["expiresAt"]) == ("2023-11-14T22:13:20Z", "2023-11-14T23:13:20Z")
    assert fake.created_processes == [created["id"]]
    assert fake.creations_received == 1


def test_each_creation_is_a_new_process(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    ids = {created_id(http_client, auth, body(clientReference="same")) for _ in range(3)}
    assert len(ids) == 3 and set(fake.created_processes) == ids


def test_the_journey_link_points_at_the_fake_it_was_created_on(fake: FakeUnico, account: ServiceAccount) -> None:
    with FakeServer(fake) as server, httpx.Client(base_url=server.url) as client:
        headers = {"Authorization": f"Bearer {fake.issue_token(account)}"}
        created = client.post(CREATE, json=body(), headers=headers).json()["process"]
    assert created["userRedirectUrl"] == f"{server.url}/journey/{created['id']}"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (body(flow="idnothing"), writes.INVALID_FLOW),
        ({"callbackUri": "/", "purpose": "creditprocess"}, writes.INVALID_FLOW),
        (body(purpose="fun"), writes.INVALID_PURPOSE),
        (body(callbackUri=""), 'invalid callbackUri: unable to parse callbackUri: parse "": empty url'),
        ({"flow": "idlive", "purpose": "creditprocess"}, writes.EMPTY_CALLBACK_URI),
        (body(person=person(friendlyName="x" * 51)), "invalid person: friendly name exceeds 50 characters."),
        (body(flow="idunicosign", person=person()), writes.SIGNATURE_EMAIL_REQUIRED),
        (body(flow="iddocssign"), writes.SIGNATURE_EMAIL_REQUIRED),
        (
            body(person=person(notifications=[{"notificationChannel": "NOTIFICATION_CHANNEL_EMAIL"}])),
            "invalid person: email required for notification channel NOTIFICATION_CHANNEL_EMAIL",
        ),
        (
            body(person=person(notifications=[{"notificationChannel": "NOTIFICATION_CHANNEL_WHATSAPP"}])),
            "invalid person: phone number required for notification channel NOTIFICATION_CHANNEL_WHATSAPP",
        ),
        (
            body(
                person=person(phone="551197474909", notifications=[{"notificationChannel": "NOTIFICATION_CHANNEL_SMS"}])
            ),
            "invalid person: phone number does not contain 13 chars for notification channel NOTIFICATION_CHANNEL_SMS",
        ),
        (
            body(person=person(duiValue="73689290075")),
            "idnsv2/GetPublicID request error: rpc error: code = InvalidArgument desc = invalid dui value",
        ),
        (body(person=person(duiValue="11111111111")), writes.INVALID_DUI_VALUE),
        (body(expiresIn="3600"), "invalid expiresIn: fails pattern ^[0-9]+s$"),
        (body(person=person(phone="+55 11 97474-9090")), "invalid person: phone fails pattern ^[0-9]+$"),
        (body(person={"duiValue": CPF}), "invalid person: duiType is required"),
        (
            body(flow_config={"biometry_capture": {"enabled_back_camera": "yes"}}),
            "invalid flow_config: biometry_capture.enabled_back_camera must be of type boolean",
        ),
        (
            body(payload=[{"envelopePayload": {"documents": [{"documentName": "c.pdf", "fileContents": "%%%"}]}}]),
            "invalid payload: 0.envelopePayload.documents.0.fileContents fails format",
        ),
    ],
)
def test_invalid_creation_is_400_code_3_with_unicos_message(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str], payload: dict[str, Any], message: str
) -> None:
    response = create(http_client, auth, payload)
    assert (response.status_code, response.json()) == (400, {"code": 3, "message": message})
    assert fake.created_processes == [] and fake.creations_received == 1


def test_refusals_never_repeat_personal_values(http_client: httpx.Client, auth: dict[str, str]) -> None:
    secret_phone, secret_name = "+55 11 91234-5678", "Leia Organa " * 5
    for payload in (
        body(person=person(duiValue="98765432100")),
        body(person=person(phone=secret_phone)),
        body(person=person(friendlyName=secret_name)),
        body(person=person(email=12345)),
    ):
        text = create(http_client, auth, payload).text
        assert "98765432100" not in text and "91234" not in text and "Leia" not in text and "12345" not in text


def test_limits_that_are_not_broken_are_accepted(http_client: httpx.Client, auth: dict[str, str]) -> None:
    channels = [{"notificationChannel": c} for c in ("NOTIFICATION_CHANNEL_WHATSAPP", "NOTIFICATION_CHANNEL_EMAIL")]
    payload = body(
        flow="idsign", person=person(friendlyName="x" * 50, phone=PHONE, email=EMAIL, notifications=channels)
    )
    assert create(http_client, auth, payload).status_code == 200
    assert (
        create(http_client, auth, body(callbackUri="br.com.app://callback", purpose="ageverification")).status_code
        == 200
    )


@pytest.mark.parametrize("raw", [b"", b"not json", b"[1, 2]", b'"flow"'])
def test_a_body_that_is_not_a_json_object_is_400(http_client: httpx.Client, auth: dict[str, str], raw: bytes) -> None:
    response = http_client.post(CREATE, content=raw, headers={**auth, "Content-Type": "application/json"})
    assert (response.status_code, response.json()) == (400, {"code": 3, "message": writes.NOT_JSON})


def test_creation_needs_a_token_and_is_still_counted(fake: FakeUnico, http_client: httpx.Client) -> None:
    response = http_client.post(CREATE, json=body())
    assert response.status_code == 401 and fake.created_processes == []
    assert fake.creations_received == 1 and fake.requests_received("getProcess") == 0


def test_creation_is_rate_limited_like_reads(clock: ManualClock, account: ServiceAccount) -> None:
    fake = FakeUnico(clock=clock, rate_limit=2)
    headers = {"Authorization": f"Bearer {fake.issue_token(account)}"}
    with fake.client() as client:
        statuses = [client.post(CREATE, json=body(), headers=headers).status_code for _ in range(3)]
    assert statuses == [200, 200, 429] and len(fake.created_processes) == 2 and fake.creations_received == 3


def test_get_on_the_creation_path_is_405(http_client: httpx.Client, auth: dict[str, str]) -> None:
    response = http_client.get(CREATE, headers=auth)
    assert (response.status_code, response.headers["allow"]) == (405, "POST")


# --- Set Process Document and the lifecycle -------------------------------------------------------------------------


def test_a_process_created_without_a_document_awaits_one_then_finishes(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]
) -> None:
    process_id = created_id(http_client, auth, body(flow="idunicodocs"))
    awaiting = process(http_client, auth, process_id)
    assert awaiting["state"] == "AWAITING_FOR_DOCUMENT" and "person" not in awaiting
    assert awaiting["createdAt"] == "2023-11-14T22:13:20Z"
    response = set_document(http_client, auth, process_id, duiValue="12345678901")
    assert response.status_code == 200
    assert response.json() == {
        "process": {"id": process_id, "person": {"duiType": "DUI_TYPE_BR_CPF", "duiValue": "12345678901"}}
    }
    moved_on = process(http_client, auth, process_id)
    assert moved_on["state"] == "PROCESS_STATE_CREATED" and moved_on["person"]["duiValue"] == "12345678901"
    fake.finish_process(process_id)
    finished = process(http_client, auth, process_id)
    assert (finished["state"], finished["result"]) == ("PROCESS_STATE_FINISHED", "PROCESS_RESULT_OK")
    assert finished["person"]["duiValue"] == "12345678901" and finished["flow"] == "idunicodocs"
    assert finished["authenticationInfo"]["authenticationResult"] == "AUTHENTICATION_RESULT_POSITIVE"


def test_the_document_is_set_once(http_client: httpx.Client, auth: dict[str, str]) -> None:
    process_id = created_id(http_client, auth, body())
    assert set_document(http_client, auth, process_id).status_code == 200
    again = set_document(http_client, auth, process_id, duiType="DUI_TYPE_MX_CURP")
    assert (again.status_code, again.json()) == (400, {"code": 3, "message": writes.NOT_AWAITING_DOCUMENT})
    assert process(http_client, auth, process_id)["person"]["duiType"] == "DUI_TYPE_BR_CPF"


@pytest.mark.parametrize(
    "process_id", [Scenario.CREATED.value, Scenario.FINISHED_OK.value, "00000000-0000-4000-8000-0000000000ff"]
)
def test_set_document_on_a_process_not_awaiting_one_is_400(
    http_client: httpx.Client, auth: dict[str, str], process_id: str
) -> None:
    response = set_document(http_client, auth, process_id)
    assert (response.status_code, response.json()) == (400, {"code": 3, "message": writes.NOT_AWAITING_DOCUMENT})


def test_the_seeded_awaiting_process_takes_its_document(http_client: httpx.Client, auth: dict[str, str]) -> None:
    assert set_document(http_client, auth, Scenario.AWAITING_FOR_DOCUMENT).status_code == 200
    assert process(http_client, auth, Scenario.AWAITING_FOR_DOCUMENT)["state"] == "PROCESS_STATE_CREATED"


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"duiType": "DUI_TYPE_BR_PASSPORT"}, "invalid duiType: is not one of the documented values"),
        ({"duiValue": "1" * 321}, "invalid duiValue: fails maxLength 320"),
        ({"duiValue": ""}, "invalid duiValue: fails minLength 1"),
    ],
)
def test_set_document_checks_its_body(
    http_client: httpx.Client, auth: dict[str, str], doc: dict[str, str], message: str
) -> None:
    process_id = created_id(http_client, auth, body())
    response = set_document(http_client, auth, process_id, **doc)
    assert (response.status_code, response.json()) == (400, {"code": 3, "message": message})
    assert set_document(http_client, auth, process_id).status_code == 200  # a refused body set nothing


def test_set_document_with_a_malformed_id_is_400(http_client: httpx.Client, auth: dict[str, str]) -> None:
    response = set_document(http_client, auth, "not-a-uuid")
    assert (response.status_code, response.json()["message"]) == (400, "process id is invalid")


def test_created_processes_belong_to_their_tenant(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]
) -> None:
    process_id = created_id(http_client, auth, body())
    fake.finish_process(process_id)
    stranger = fake.add_service_account(name="stranger", tenant_id="other-tenant")
    theirs = {"Authorization": f"Bearer {fake.issue_token(stranger)}"}
    assert http_client.get(f"/client/v1/process/{process_id}", headers=theirs).status_code == 404
    assert evidence(http_client, theirs, process_id).status_code == 404
    assert evidence(http_client, auth, process_id).status_code == 200


def test_a_created_process_expires_after_expires_in(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]
) -> None:
    process_id = created_id(http_client, auth, body(expiresIn="600s", person=person()))
    fake.advance_clock(599)
    assert process(http_client, auth, process_id)["state"] == "PROCESS_STATE_CREATED"
    fake.advance_clock(1)
    expired = process(http_client, auth, process_id)
    assert (expired["state"], expired["result"]) == ("PROCESS_STATE_FINISHED", "PROCESS_RESULT_EXPIRED")
    assert evidence(http_client, auth, process_id).status_code == 404  # nothing was captured


def test_finishing_a_created_process_sends_its_webhook(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]
) -> None:
    received: list[dict[str, Any]] = []

    async def hook(scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        received.append(json.loads(message["body"]))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with FakeServer(hook) as receiver:
        fake.register_webhook(f"{receiver.url}/hook", interval=0.01, max_attempts=2)
        process_id = created_id(http_client, auth, body(flow="idunicodocs"))
        fake.finish_process(process_id, result="PROCESS_RESULT_ERROR")
        fake.webhooks.wait_idle(10)
    assert received == [{"processId": process_id, "state": "PROCESS_STATE_FINISHED", "flow": "idunicodocs"}]


# --- Get Evidence Set ------------------------------------------------------------------------------------------------


def test_the_evidence_set_is_a_real_pdf_for_two_hours_after_finishing(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str], account: ServiceAccount
) -> None:
    process_id = created_id(http_client, auth, body(person=person()))
    before = evidence(http_client, auth, process_id)
    assert (before.status_code, before.json()["code"]) == (404, 5)
    fake.advance_clock(1800)  # time before finishing does not count
    fake.finish_process(process_id)
    answer = evidence(http_client, auth, process_id)
    assert answer.status_code == 200 and answer.json()["contentType"] == "application/pdf"
    pdf = base64.b64decode(answer.json()["fileContents"], validate=True)
    assert pdf.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(pdf), strict=True)
    assert len(reader.pages) == 1 and process_id in reader.pages[0].extract_text()
    fake.advance_clock(2 * 3600)
    fresh = {"Authorization": f"Bearer {fake.issue_token(account)}"}  # the first token has expired meanwhile
    assert evidence(http_client, fresh, process_id).status_code == 200  # two hours exactly: still there
    fake.advance_clock(1)
    assert evidence(http_client, fresh, process_id).status_code == 404


def test_seeded_finished_processes_have_an_evidence_set(http_client: httpx.Client, auth: dict[str, str]) -> None:
    assert evidence(http_client, auth, Scenario.FINISHED_OK).status_code == 200
    assert evidence(http_client, auth, Scenario.CREATED).status_code == 404
    assert evidence(http_client, auth, "nope").status_code == 400


def test_the_pdf_cross_reference_table_points_at_its_objects() -> None:
    pdf = evidence_pdf("00000000-0000-4000-8000-000000000003")
    startxref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[startxref:].startswith(b"xref\n") and pdf.endswith(b"%%EOF\n")
    rows = pdf[startxref:].split(b"\n")[3:8]
    for number, row in enumerate(rows, 1):
        offset = int(row.split()[0])
        assert pdf[offset:].startswith(b"%d 0 obj" % number)


# --- faults on writes: acted on, then the answer is lost -------------------------------------------------------------


@pytest.mark.parametrize("fault", [Fault.INTERNAL_ERROR, Fault.SERVICE_UNAVAILABLE, Fault.BAD_GATEWAY])
def test_a_5xx_on_a_creation_comes_after_storing_it(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str], spec_check: SpecCheck, fault: Fault
) -> None:
    fake.inject_fault(fault, operation="createProcess")
    with spec_check.off_spec("injected fault"):
        response = create(http_client, auth, body())
    assert response.status_code >= 500
    (process_id,) = fake.created_processes
    assert process(http_client, auth, process_id)["state"] == "AWAITING_FOR_DOCUMENT"


def test_a_dropped_creation_was_stored(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION, operation="createProcess", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        create(http_client, auth, body())
    assert len(fake.created_processes) == 1 and fake.creations_received == 1
    assert created_id(http_client, auth, body()) == fake.created_processes[1]  # the fault fired once


def test_a_dropped_creation_over_http_was_stored(fake: FakeUnico, account: ServiceAccount) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION, operation="createProcess")
    headers = {"Authorization": f"Bearer {fake.issue_token(account)}"}
    with (
        FakeServer(fake) as server,
        httpx.Client(base_url=server.url) as client,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        client.post(CREATE, json=body(), headers=headers)
    assert len(fake.created_processes) == 1


def test_a_dropped_set_document_was_applied(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    process_id = created_id(http_client, auth, body())
    fake.inject_fault(Fault.DROP_CONNECTION, operation="setProcessDocument")
    with pytest.raises(httpx.RemoteProtocolError):
        set_document(http_client, auth, process_id)
    assert process(http_client, auth, process_id)["state"] == "PROCESS_STATE_CREATED"


def test_a_refused_creation_under_a_fault_stores_nothing(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str], spec_check: SpecCheck
) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="createProcess")
    with spec_check.off_spec("injected fault"):
        assert create(http_client, auth, body(flow="nope")).status_code == 500
    assert fake.created_processes == []


async def test_twenty_concurrent_creations_reach_the_fake_exactly_twenty_times(
    fake: FakeUnico, async_http_client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="createProcess")
    answers = await asyncio.gather(*(async_http_client.post(CREATE, json=body(), headers=auth) for _ in range(20)))
    assert [a.status_code for a in answers] == [500] * 20
    assert fake.creations_received == 20 and len(set(fake.created_processes)) == 20


# --- the spec the fake checks against -------------------------------------------------------------------------------


def test_the_fake_checks_against_the_committed_spec() -> None:
    assert fake_spec.load_spec() == load_spec()


def test_the_request_schemas_need_nothing_draft_4_lacks() -> None:
    """The fake validates request bodies as JSON Schema draft 4 (+ format byte): true while no request schema uses
    OpenAPI 3.0's own keywords."""
    schemas = load_spec()["components"]["schemas"]
    seen: set[str] = set()
    todo = ["CreateProcessRequest", "SetProcessDocumentRequest"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            text = json.dumps(schemas[name])
            todo += re.findall(r'"#/components/schemas/(\w+)"', text)
            assert not {"nullable", "discriminator", "readOnly", "writeOnly"} & set(_keys(schemas[name])), name
    assert len(seen) >= 10


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def test_signature_flows_come_from_the_spec() -> None:
    flows = writes.signature_flows()
    assert {"idsign", "iddocssign", "idunicosign", "idtokensign"} <= flows and "idlive" not in flows


@pytest.mark.parametrize(
    ("cpf", "valid"),
    [(CPF, True), ("12345678909", True), ("73689290075", False), ("00000000000", False), ("7368929007", False)],
)
def test_cpf_check_digits(cpf: str, valid: bool) -> None:
    assert writes.is_valid_cpf(cpf) is valid


def test_an_expiry_past_year_9999_is_created_and_dated_then(http_client: httpx.Client, auth: dict[str, str]) -> None:
    """The spec's pattern allows any number of seconds; schemathesis' stateful phase found a 500 here."""
    process_id = created_id(http_client, auth, body(expiresIn="045525650712216125s", person=person()))
    assert process(http_client, auth, process_id)["expiresAt"] == "9999-12-31T23:59:59Z"


def test_finish_created_after_finishes_created_processes_by_themselves(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]
) -> None:
    fake.finish_created_after = 30
    with_person = created_id(http_client, auth, body(person=person()))
    awaiting = created_id(http_client, auth, body())
    fake.advance_clock(29)
    assert process(http_client, auth, with_person)["state"] == "PROCESS_STATE_CREATED"
    fake.advance_clock(1)
    finished = process(http_client, auth, with_person)
    assert (finished["state"], finished["result"]) == ("PROCESS_STATE_FINISHED", "PROCESS_RESULT_OK")
    assert finished["authenticationInfo"]["livenessResult"] == "LIVENESS_RESULT_LIVE"
    assert http_client.get(f"/client/v1/process/{with_person}/selfie", headers=auth).status_code == 200
    assert process(http_client, auth, awaiting)["state"] == "AWAITING_FOR_DOCUMENT"  # it waits for its document


@pytest.mark.parametrize(
    ("payload", "earned"),
    [
        (body(person=person()), set()),
        (body(flow="idsign", person=person()), {writes.SIGNATURE_EMAIL_REQUIRED}),
        (
            body(person=person(duiValue="1", notifications=[{"notificationChannel": "NOTIFICATION_CHANNEL_SMS"}])),
            {writes.INVALID_DUI_VALUE, writes.phone_required("NOTIFICATION_CHANNEL_SMS")},
        ),
        (
            body(
                person=person(phone="55119", notifications=[{"notificationChannel": "NOTIFICATION_CHANNEL_WHATSAPP"}])
            ),
            {writes.phone_length("NOTIFICATION_CHANNEL_WHATSAPP")},
        ),
        (
            body(person=person(notifications=[{"notificationChannel": "NOTIFICATION_CHANNEL_EMAIL"}])),
            {writes.email_required()},
        ),
    ],
)
def test_the_contract_check_works_out_the_documented_rules_on_its_own(
    payload: dict[str, Any], earned: set[str]
) -> None:
    """schemathesis_checks.documented_refusals is the contract's own reading of the rules; the fake's first message
    for the same body is always one of them."""
    from .schemathesis_checks import documented_refusals

    assert documented_refusals(payload) == earned
    message = writes.creation_message(payload)
    assert message in earned if earned else message is None
