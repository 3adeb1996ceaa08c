"""The by Unico writes through the client, against ``httpx.MockTransport``: the exact bodies sent, what is resent
and what is not (ARCHITECTURE.md "Writes"), and that no personal value reaches an error's text or a log record.
Sync and async alike."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from unico_idcloud_client.models import (
    BiometryCaptureConfig,
    CreateProcessPerson,
    DuiType,
    EnvelopePayload,
    FlowConfig,
    Notification,
    NotificationChannel,
    ProcessFlow,
    SignatureDocument,
    SignaturePayload,
)

from unico_idcloud import AsyncIDCloud, IDCloud, ServiceAccount
from unico_idcloud.errors import (
    BadRequest,
    InvalidRequest,
    OutcomeUnknown,
    ServerError,
    TransportError,
    UnexpectedResponse,
    UnicoError,
)
from unico_idcloud.testing import VirtualClock, generate_service_account

from ..fake_clients import TOKEN_OK

PROCESS_ID = "8263a268-5388-492a-bca2-28e1ff4a69f0"
CREATED = {"process": {"id": PROCESS_ID, "userRedirectUrl": "https://aces.so/abc", "token": "sdk-token-value"}}
CPF = "73689290074"
NAME = "Luke Skywalker"
EMAIL = "luke.skywalker@example.com"
PHONE = "5511974749090"
PERSONAL = (CPF, NAME, EMAIL, PHONE)
CREATE_PATH = "/client/v1/process"

Outcome = httpx.Response | Exception


def person() -> CreateProcessPerson:
    return CreateProcessPerson(
        dui_type=DuiType.BR_CPF,
        dui_value=CPF,
        friendly_name=NAME,
        email=EMAIL,
        phone=PHONE,
        notifications=[Notification(notification_channel=NotificationChannel.EMAIL)],
    )


def creation(**overrides: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "flow": "idunicosign",
        "purpose": "creditprocess",
        "callback_uri": "/",
        "person": person(),
        "client_reference": "order-123",
    }
    return {**arguments, **overrides}


class Unico:
    """A MockTransport handler: the token endpoint, then ``outcomes`` in order to the API (the last repeats)."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.api: list[httpx.Request] = []
        self.authorizations: list[str] = []  # as sent: a resent request is the same object, its header replaced
        self.tokens = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            self.tokens += 1
            return httpx.Response(200, json={**TOKEN_OK, "access_token": f"token-{self.tokens}"})
        self.api.append(request)
        self.authorizations.append(request.headers["Authorization"])
        outcome = self.outcomes[min(len(self.api), len(self.outcomes)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.api]


@pytest.fixture(scope="module")
def account() -> ServiceAccount:
    return generate_service_account()


@pytest.fixture
def make(account: ServiceAccount, clock: VirtualClock) -> Callable[[Unico], IDCloud]:
    def build(unico: Unico) -> IDCloud:
        return IDCloud(account, transport=httpx.MockTransport(unico), clock=clock, rate_limit=None)

    return build


@pytest.fixture
def amake(account: ServiceAccount, clock: VirtualClock) -> Callable[[Unico], AsyncIDCloud]:
    def build(unico: Unico) -> AsyncIDCloud:
        return AsyncIDCloud(account, transport=httpx.MockTransport(unico), clock=clock, rate_limit=None)

    return build


# --- the bodies sent -----------------------------------------------------------------------------------------------


def test_the_creation_body_is_exactly_the_arguments(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    pdf = SignatureDocument(document_name="contract.pdf", file_contents="JVBERi0xLjQ=")
    with make(unico) as client:
        created = client.create_process(
            flow=ProcessFlow.IDUNICOSIGN,
            purpose="creditprocess",
            callback_uri="https://example.com/back",
            person=person(),
            client_reference="order-123",
            company_branch_id="branch-9",
            bio_token_id="6e6b3b0e-0000-4000-8000-000000000001",
            use_case="onboarding",
            expires_in=timedelta(hours=1),
            flow_config=FlowConfig(biometry_capture=BiometryCaptureConfig(enabled_back_camera=True)),
            payload=[SignaturePayload(envelope_payload=EnvelopePayload(documents=[pdf]))],
        )
    assert str(created.id) == PROCESS_ID and created.user_redirect_url == "https://aces.so/abc"
    assert created.token == "sdk-token-value"
    (request,) = unico.api
    assert (request.method, request.url.path) == ("POST", CREATE_PATH)
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "flow": "idunicosign",
        "purpose": "creditprocess",
        "callbackUri": "https://example.com/back",
        "person": {
            "duiType": "DUI_TYPE_BR_CPF",
            "duiValue": CPF,
            "friendlyName": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "notifications": [{"notificationChannel": "NOTIFICATION_CHANNEL_EMAIL"}],
        },
        "clientReference": "order-123",
        "companyBranchId": "branch-9",
        "bioTokenId": "6e6b3b0e-0000-4000-8000-000000000001",
        "useCase": "onboarding",
        "expiresIn": "3600s",
        "flow_config": {"biometry_capture": {"enabled_back_camera": True}},
        "payload": [
            {"envelopePayload": {"documents": [{"documentName": "contract.pdf", "fileContents": "JVBERi0xLjQ="}]}}
        ],
    }


def test_only_the_arguments_given_are_sent(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    with make(unico) as client:
        client.create_process(flow="idlive", purpose="creditprocess", callback_uri="/")
    assert unico.bodies() == [{"flow": "idlive", "purpose": "creditprocess", "callbackUri": "/"}]


@pytest.mark.parametrize(("given", "sent"), [(timedelta(days=7), "604800s"), (90, "90s"), (timedelta(seconds=1), "1s")])
def test_expires_in_is_whole_seconds_with_an_s(make: Callable[[Unico], IDCloud], given: Any, sent: str) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    with make(unico) as client:
        client.create_process(flow="idlive", purpose="creditprocess", callback_uri="/", expires_in=given)
    assert unico.bodies()[0]["expiresIn"] == sent


def test_a_flow_unico_added_later_is_sent_as_given(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    with make(unico) as client:
        client.create_process(flow="mytenantflow", purpose="newpurpose", callback_uri="/")
    assert unico.bodies()[0]["flow"] == "mytenantflow" and unico.bodies()[0]["purpose"] == "newpurpose"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"expires_in": timedelta(milliseconds=1500)}, "expires_in"),
        ({"expires_in": 0}, "expires_in"),
        ({"expires_in": True}, "expires_in"),
        ({"expires_in": "3600s"}, "expires_in"),
        ({"callback_uri": ""}, "callback_uri"),
        ({"flow": ""}, "flow"),
        ({"person": {"duiValue": CPF}}, "person"),
        ({"client_reference": 123}, "client_reference"),
        ({"payload": [{"documents": []}]}, "payload"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    make: Callable[[Unico], IDCloud], overrides: dict[str, Any], field: str
) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    with make(unico) as client, pytest.raises(InvalidRequest) as caught:
        client.create_process(**creation(**overrides))
    assert caught.value.field == field and unico.api == []
    assert CPF not in str(caught.value)


def test_an_unknown_or_missing_keyword_is_a_type_error(make: Callable[[Unico], IDCloud]) -> None:
    with make(Unico()) as client:
        with pytest.raises(TypeError, match="clientReference"):
            client.create_process(**creation(clientReference="x"))
        with pytest.raises(TypeError, match="purpose"):
            client.create_process(flow="idlive", callback_uri="/")  # type: ignore[call-arg]


def test_the_document_body_is_exactly_the_arguments(make: Callable[[Unico], IDCloud]) -> None:
    answer = {"process": {"id": PROCESS_ID, "person": {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF}}}
    unico = Unico(httpx.Response(200, json=answer))
    with make(unico) as client:
        result = client.set_process_document(PROCESS_ID, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    assert str(result.id) == PROCESS_ID and result.person.dui_value == CPF
    (request,) = unico.api
    assert (request.method, request.url.path) == ("POST", f"/client/v1/process/{PROCESS_ID}/document")
    assert json.loads(request.content) == {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF}


# --- what is resent, and what is not ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        httpx.ConnectError("[Errno 111] Connection refused"),
        httpx.ConnectTimeout("connect"),
        httpx.Response(429),
        httpx.Response(401, json="token expired"),
    ],
    ids=["refused", "connect-timeout", "429", "401"],
)
def test_a_creation_unico_did_not_act_on_is_resent_and_succeeds(
    make: Callable[[Unico], IDCloud], first: Outcome
) -> None:
    unico = Unico(first, httpx.Response(200, json=CREATED))
    with make(unico) as client:
        assert str(client.create_process(**creation()).id) == PROCESS_ID
    assert len(unico.api) == 2
    assert unico.bodies()[0] == unico.bodies()[1]  # the same body, whole, both times


def test_a_401_is_answered_with_a_new_token(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(401, json="token expired"), httpx.Response(200, json=CREATED))
    with make(unico) as client:
        client.create_process(**creation())
    assert unico.authorizations == ["Bearer token-1", "Bearer token-2"]


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(500, json={"code": 99999, "message": "Internal failure! Try again later"}),
        httpx.Response(502, text="<html>bad gateway</html>"),
        httpx.Response(503),
        httpx.ReadTimeout("sent; no answer"),
        httpx.WriteTimeout("sent in part"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
    ],
    ids=["500", "502", "503", "read-timeout", "write-timeout", "dropped", "reset"],
)
def test_a_creation_with_an_unknown_outcome_is_sent_once(
    make: Callable[[Unico], IDCloud], clock: VirtualClock, failure: Outcome
) -> None:
    unico = Unico(failure, httpx.Response(200, json=CREATED))
    with make(unico) as client, pytest.raises(OutcomeUnknown) as caught:
        client.create_process(**creation())
    assert len(unico.api) == 1 and clock.sleeps == []
    error = caught.value
    assert error.operation == "create_process" and error.client_reference == "order-123"
    assert error.request is unico.api[0] and json.loads(error.request.content)["clientReference"] == "order-123"
    if isinstance(failure, httpx.Response):
        assert isinstance(error.__cause__, ServerError) and error.status_code == failure.status_code
        assert error.response is not None and error.response.status_code == failure.status_code
    else:
        assert isinstance(error.__cause__, TransportError) and error.__cause__.__cause__ is failure
    assert "not resent" in str(error)


def test_without_a_client_reference_the_outcome_says_none(make: Callable[[Unico], IDCloud]) -> None:
    with make(Unico(httpx.Response(500))) as client, pytest.raises(OutcomeUnknown) as caught:
        client.create_process(flow="idlive", purpose="creditprocess", callback_uri="/")
    assert caught.value.client_reference is None


def test_a_refused_connection_after_every_retry_is_not_an_unknown_outcome(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.ConnectError("refused"))
    with make(unico) as client, pytest.raises(TransportError) as caught:
        client.create_process(**creation())
    assert not isinstance(caught.value, OutcomeUnknown) and len(unico.api) == 4


def test_a_set_document_with_an_unknown_outcome_is_sent_once(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.ReadTimeout("slow"))
    with make(unico) as client, pytest.raises(OutcomeUnknown) as caught:
        client.set_process_document(PROCESS_ID, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    assert len(unico.api) == 1 and caught.value.operation == "set_process_document"


def test_reads_still_retry_a_5xx(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(503), httpx.Response(200, json={"fileContents": "JVBERi0=", "contentType": "x-pdf"}))
    with make(unico) as client:
        assert client.get_evidence_set(PROCESS_ID).content == b"%PDF-"
    assert len(unico.api) == 2


# --- 400 and the personal values ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "field"),
    [
        ("invalid flow", "flow"),
        ("invalid purpose", "purpose"),
        ('invalid callbackUri: unable to parse callbackUri: parse "": empty url', "callback_uri"),
        ("invalid person: friendly name exceeds 50 characters.", "person.friendly_name"),
        ("invalid person: email required for notification channel NOTIFICATION_CHANNEL_EMAIL", "person.email"),
        ("invalid person: phone number required for notification channel NOTIFICATION_CHANNEL_SMS", "person.phone"),
        (
            "idnsv2/GetPublicID request error: rpc error: code = InvalidArgument desc = invalid dui value",
            "person.dui_value",
        ),
        ("invalid person: friendlyName fails maxLength 50", "person.friendly_name"),
        ("invalid request body: not a JSON object", None),
        ("something went wrong", None),
    ],
)
def test_a_400_is_invalid_request_naming_the_field(
    make: Callable[[Unico], IDCloud], message: str, field: str | None
) -> None:
    unico = Unico(httpx.Response(400, json={"code": 3, "message": message}))
    with make(unico) as client, pytest.raises(InvalidRequest) as caught:
        client.create_process(**creation())
    # The status family decides the class: a BadRequest (an InvalidRequest), not Get's InvalidProcessId.
    assert type(caught.value) is BadRequest and caught.value.field == field
    assert caught.value.code == 3 and caught.value.status_code == 400 and caught.value.response is not None


ECHOING = f"invalid person: {NAME} <{EMAIL}> phone {PHONE} document {CPF} is not valid"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(400, json={"code": 3, "message": ECHOING}),
        httpx.Response(500, json={"code": 99999, "message": ECHOING}),
        httpx.Response(403, json={"code": 7, "message": ECHOING}),
        httpx.ReadTimeout(ECHOING),
    ],
    ids=["400", "500", "403", "timeout"],
)
def test_no_personal_value_reaches_an_error_text_or_a_log(
    make: Callable[[Unico], IDCloud], caplog: pytest.LogCaptureFixture, answer: Outcome
) -> None:
    caplog.set_level(logging.DEBUG)
    with make(Unico(answer)) as client, pytest.raises(UnicoError) as caught:
        client.create_process(**creation())
    texts = [str(caught.value), repr(caught.value)]
    cause: BaseException | None = caught.value
    while cause is not None:
        texts += [str(cause), repr(cause), *map(str, cause.args)]
        cause = cause.__cause__ or cause.__context__
    texts += [record.getMessage() for record in caplog.records]
    for value in PERSONAL:
        assert not any(value in text for text in texts), value
    assert caught.value.response is None or CPF in caught.value.response.request.content.decode()  # raw kept


def test_the_document_number_never_reaches_a_set_document_error(make: Callable[[Unico], IDCloud]) -> None:
    message = f"invalid duiValue {CPF}"
    unico = Unico(httpx.Response(400, json={"code": 3, "message": message}))
    with make(unico) as client, pytest.raises(InvalidRequest) as caught:
        client.set_process_document(PROCESS_ID, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
    assert CPF not in str(caught.value) and CPF not in repr(caught.value) and caught.value.field == "dui_value"


# --- async ---------------------------------------------------------------------------------------------------------


async def test_async_bodies_match_the_sync_ones(amake: Callable[[Unico], AsyncIDCloud]) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    async with amake(unico) as client:
        created = await client.create_process(**creation(expires_in=3600))
    assert str(created.id) == PROCESS_ID
    assert unico.bodies()[0]["expiresIn"] == "3600s" and unico.bodies()[0]["person"]["duiValue"] == CPF


@pytest.mark.parametrize(
    "first",
    [httpx.ConnectError("refused"), httpx.Response(429), httpx.Response(401, json="expired")],
    ids=["refused", "429", "401"],
)
async def test_async_creation_not_acted_on_is_resent(amake: Callable[[Unico], AsyncIDCloud], first: Outcome) -> None:
    unico = Unico(first, httpx.Response(200, json=CREATED))
    async with amake(unico) as client:
        await client.create_process(**creation())
    assert len(unico.api) == 2 and unico.bodies()[0] == unico.bodies()[1]


@pytest.mark.parametrize(
    "failure",
    [httpx.Response(500), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")],
    ids=["500", "read-timeout", "dropped"],
)
async def test_async_unknown_outcome_is_sent_once(amake: Callable[[Unico], AsyncIDCloud], failure: Outcome) -> None:
    unico = Unico(failure, httpx.Response(200, json=CREATED))
    async with amake(unico) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.create_process(**creation())
    assert len(unico.api) == 1 and caught.value.client_reference == "order-123"


async def test_async_400_is_invalid_request_without_personal_values(amake: Callable[[Unico], AsyncIDCloud]) -> None:
    async with amake(Unico(httpx.Response(400, json={"code": 3, "message": ECHOING}))) as client:
        with pytest.raises(InvalidRequest) as caught:
            await client.create_process(**creation())
    assert (caught.value.field or "").startswith("person") and not any(v in str(caught.value) for v in PERSONAL)


# --- writes go through the same limiter, token and logging as reads -------------------------------------------------


def test_writes_share_the_rate_limit_token_and_logging_with_reads(
    account: ServiceAccount, clock: VirtualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="unico_idcloud")
    sent_at: list[float] = []
    document = {"process": {"id": PROCESS_ID, "person": {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF}}}
    evidence = {"fileContents": "JVBERi0=", "contentType": "x-pdf"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        sent_at.append(clock.monotonic())
        if request.url.path.endswith("/document"):
            return httpx.Response(200, json=document)
        if request.url.path.endswith("/evidenceset"):
            return httpx.Response(200, json=evidence)
        return httpx.Response(200, json=CREATED)

    with IDCloud(account, transport=httpx.MockTransport(handler), clock=clock, rate_limit=2.0) as client:
        client.create_process(**creation())
        client.set_process_document(PROCESS_ID, dui_type="DUI_TYPE_BR_CPF", dui_value=CPF)
        client.get_evidence_set(PROCESS_ID)
        client.create_process(**creation())
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent_at)]
    assert len(sent_at) == 4 and all(gap >= 0.5 - 1e-9 for gap in gaps), gaps  # one pace for reads and writes
    attempts = [r.getMessage() for r in caplog.records if "->" in r.getMessage()]
    assert [a.split(" (")[0] for a in attempts] == [  # each attempt logged at DEBUG, writes as reads
        "POST /client/v1/process -> 200",
        f"POST /client/v1/process/{PROCESS_ID}/document -> 200",
        f"GET /client/v1/process/{PROCESS_ID}/evidenceset -> 200",
        "POST /client/v1/process -> 200",
    ]
    assert not any(value in r.getMessage() for r in caplog.records for value in PERSONAL)


def test_a_200_whose_body_cannot_be_read_is_an_unknown_outcome_with_the_raw_body(
    make: Callable[[Unico], IDCloud],
) -> None:
    # The process was created (200) but its id cannot be read: not resent, and said so as for a lost answer.
    unico = Unico(httpx.Response(200, content=b'{"process": {"id": "8263a268-5388'))
    with make(unico) as client, pytest.raises(OutcomeUnknown) as caught:
        client.create_process(**creation())
    assert isinstance(caught.value.__cause__, UnexpectedResponse) and len(unico.api) == 1
    assert caught.value.client_reference == "order-123"
    assert caught.value.response is not None and caught.value.response.content.startswith(b'{"process"')
