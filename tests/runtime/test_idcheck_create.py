"""client.create_idcheck_process: the exact body sent, the checks before sending, a write never resent, every
documented error code as a typed error, and no CPF, name or image byte in any error, log or repr."""

from __future__ import annotations

import base64
import datetime
import json
import logging
from collections.abc import Callable

import httpx
import pytest

from tests.fake_clients import Recorder
from unico_idcloud import IDCHECK_CREATE_ERRORS, AsyncIDCloud, Decision, IDCloud, decide_idcheck
from unico_idcloud.errors import (
    ConfigurationError,
    Forbidden,
    InvalidImage,
    InvalidProcessId,
    InvalidRequest,
    OutcomeUnknown,
    ServerError,
    TransportError,
    UnicoError,
)
from unico_idcloud.testing import FakeUnico, Fault, IdCheckCreation, jpeg_image, png_image, webp_image

CPF = "52998224725"
NAME = "Maria Aparecida da Silva"
JPEG = jpeg_image(640, 480)
PNG = png_image(800, 600)


def _bodies(recorder: Recorder) -> list[dict[str, object]]:
    return [json.loads(s.body) for s in recorder.sent if s.method == "POST" and s.path == "/processes/v1"]


def test_a_jpeg_is_sent_base64_with_the_subject(idcloud: IDCloud, recorder: Recorder) -> None:
    created = idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert _bodies(recorder) == [
        {"subject": {"code": CPF, "name": NAME}, "imageBase64": base64.b64encode(JPEG).decode()}
    ]
    sent = recorder.paths("/processes/v1")[0]
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["apikey"] and sent.headers["authorization"].startswith("Bearer ")
    assert created.status.value == 1


def test_a_png_with_every_optional_field(idcloud: IDCloud, recorder: Recorder) -> None:
    idcloud.create_idcheck_process(
        cpf=CPF,
        name=NAME,
        image=PNG,
        gender="F",
        birth_date=datetime.date(1990, 5, 20),
        email="maria@example.com",
        phone="5511987654321",
        use_case="Onboarding",
        subsidiary_id="branch-7",
    )
    assert _bodies(recorder) == [
        {
            "subject": {
                "code": CPF,
                "name": NAME,
                "gender": "F",
                "birthDate": "1990-05-20",
                "email": "maria@example.com",
                "phone": "5511987654321",
            },
            "imageBase64": base64.b64encode(PNG).decode(),
            "useCase": "Onboarding",
            "subsidiaryId": "branch-7",
        }
    ]


def test_an_sdk_token_is_sent_as_it_is(idcloud: IDCloud, recorder: Recorder, fake: FakeUnico) -> None:
    token = fake.issue_sdk_token()
    idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=token)
    assert _bodies(recorder) == [{"subject": {"code": CPF, "name": NAME}, "imageBase64": token}]


def test_a_webp_is_accepted_by_the_client_and_the_fake(idcloud: IDCloud, recorder: Recorder) -> None:
    image = webp_image(1024, 768)
    idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=image)
    assert _bodies(recorder)[0]["imageBase64"] == base64.b64encode(image).decode()


@pytest.mark.parametrize(
    ("image", "limit"),
    [
        (b"GIF89a" + b"\x00" * 100, "format"),
        (jpeg_image(639, 480), "resolution"),
        (png_image(640, 479), "resolution"),
        (jpeg_image(640, 480, padding=700_000), "size"),
        (jpeg_image(640, 480)[:10], "format"),
        ("not-an-sdk-token", "sdk_token"),
        (base64.b64encode(JPEG).decode(), "sdk_token"),
    ],
)
def test_each_image_limit_is_refused_before_any_request(
    idcloud: IDCloud, recorder: Recorder, image: bytes | str, limit: str
) -> None:
    with pytest.raises(InvalidImage) as caught:
        idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=image)
    assert caught.value.limit == limit
    assert caught.value.field == "imageBase64"
    assert caught.value.status_code is None
    assert recorder.sent == []  # not even a token request


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"cpf": "", "name": NAME}, "subject.code"),
        ({"cpf": CPF, "name": "  "}, "subject.name"),
        ({"cpf": CPF, "name": NAME, "gender": "X"}, "subject.gender"),
    ],
)
def test_a_missing_cpf_or_name_is_refused_before_any_request(
    idcloud: IDCloud, recorder: Recorder, arguments: dict[str, str], field: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        idcloud.create_idcheck_process(image=JPEG, **arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert recorder.sent == []


def test_the_creation_needs_the_api_key(fake: FakeUnico) -> None:
    client = IDCloud(fake.add_service_account(), transport=fake.transport())
    with client, pytest.raises(ConfigurationError):
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert fake.requests_received("createIdcheckProcess") == 0


# --- safe writes ---------------------------------------------------------------------------------------------------


def _counting_client(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[IDCloud, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    client = IDCloud(token="t0ken", api_key="k3y", transport=httpx.MockTransport(record), rate_limit=None)
    return client, seen


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520])
def test_one_post_on_a_5xx_then_outcome_unknown(status: int) -> None:
    client, seen = _counting_client(
        lambda request: httpx.Response(status, json={"Error": {"code": "1", "description": "x"}})
    )
    with client, pytest.raises(OutcomeUnknown) as caught:
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert len(seen) == 1
    error = caught.value
    assert (error.operation, error.status_code, error.client_reference) == ("create_idcheck_process", status, None)
    assert error.request is not None and error.request.url.path == "/processes/v1"
    assert error.response is not None and error.response.status_code == status
    assert isinstance(error.__cause__, ServerError)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("read"),
        httpx.WriteTimeout("write"),
        httpx.RemoteProtocolError("gone"),
        httpx.ReadError("reset"),
    ],
)
def test_one_post_when_it_fails_after_sending_then_outcome_unknown(exc: httpx.TransportError) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        exc.request = request
        raise exc

    client, seen = _counting_client(fail)
    with client, pytest.raises(OutcomeUnknown) as caught:
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert len(seen) == 1
    assert caught.value.request is not None and caught.value.request.method == "POST"
    assert isinstance(caught.value.__cause__, TransportError)
    assert caught.value.__cause__.__cause__ is exc


def test_a_connection_never_made_is_not_an_unknown_outcome() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client, _ = _counting_client(refuse)
    with client, pytest.raises(TransportError) as caught:
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert not isinstance(caught.value, OutcomeUnknown)


def test_a_2xx_that_does_not_parse_is_an_unknown_outcome_with_the_raw_body() -> None:
    client, seen = _counting_client(lambda request: httpx.Response(200, content=b'{"id": "8037'))
    with client, pytest.raises(OutcomeUnknown) as caught:
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert len(seen) == 1
    assert caught.value.response is not None and caught.value.response.content == b'{"id": "8037'


def test_the_fake_stored_the_process_whose_answer_was_lost(idcloud: IDCloud, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="createIdcheckProcess")
    with pytest.raises(OutcomeUnknown):
        idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert fake.requests_received("createIdcheckProcess") == 1
    assert len(fake.created_idcheck_processes) == 1  # Unico did the work: a resend would have made two


def test_a_dropped_connection_on_the_fake_is_one_post(idcloud: IDCloud, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION, operation="createIdcheckProcess")
    with pytest.raises(OutcomeUnknown):
        idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert fake.requests_received("createIdcheckProcess") == 1


# --- every documented code ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(IDCHECK_CREATE_ERRORS))
def test_every_documented_code_is_a_typed_error(code: str) -> None:
    entry = IDCHECK_CREATE_ERRORS[code]
    body = {"Error": {"code": code, "description": "descrição de Unico"}}
    client, seen = _counting_client(lambda request: httpx.Response(entry.status, json=body))
    with client, pytest.raises(UnicoError) as caught:
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    error = caught.value
    assert len(seen) == 1
    assert (error.status_code, error.code, error.message) == (entry.status, code, "descrição de Unico")
    assert error.response is not None and error.response.json() == body
    assert entry.meaning in str(error)
    if entry.status == 403:
        assert type(error) is Forbidden
    elif entry.limit is not None:
        assert type(error) is InvalidImage
        assert isinstance(error, InvalidImage) and error.limit == entry.limit
    else:
        assert type(error) is InvalidRequest  # not InvalidProcessId, Get's reading of a 400
        assert isinstance(error, InvalidRequest) and error.field == entry.field


def test_an_undocumented_400_code_is_still_an_invalid_request() -> None:
    client, _ = _counting_client(lambda r: httpx.Response(400, json={"Error": {"code": "29999", "description": "?"}}))
    with client, pytest.raises(InvalidRequest) as caught:
        client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert not isinstance(caught.value, InvalidProcessId)
    assert (caught.value.code, caught.value.field) == ("29999", None)


def test_the_documented_codes_cover_the_spec() -> None:
    from tests.spec_file import load_spec

    operation = load_spec()["paths"]["/processes/v1"]["post"]
    for status in ("400", "403"):
        described = operation["responses"][status]["description"]
        listed = {code for code, entry in IDCHECK_CREATE_ERRORS.items() if entry.status == int(status)}
        in_spec = {word for word in described.replace(",", " ").split() if word.isdigit() and len(word) == 5}
        assert in_spec <= listed, f"{status}: {sorted(in_spec - listed)} documented but not mapped"


# --- the answer and decide_idcheck ---------------------------------------------------------------------------------


def test_a_final_answer_is_decided_without_get(idcloud: IDCloud, fake: FakeUnico, recorder: Recorder) -> None:
    fake.idcheck_creation = IdCheckCreation(at_once=True)
    created = idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert created.status.value == 3
    assert decide_idcheck(created).decision is Decision.APPROVED
    assert recorder.paths("/processes/v1/") == []


def test_a_status_5_answer_is_an_error_decision(idcloud: IDCloud, fake: FakeUnico) -> None:
    fake.idcheck_creation = IdCheckCreation(at_once=True, result={"status": 5, "unico_id": None, "liveness": None})
    created = idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert decide_idcheck(created).decision is Decision.ERROR


def test_a_processing_answer_is_pending_then_get_finishes_on_the_fakes_clock(idcloud: IDCloud, fake: FakeUnico) -> None:
    created = idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    assert decide_idcheck(created).decision is Decision.PENDING
    assert idcloud.get_idcheck_process(created.id).status.value == 1
    fake.advance_clock(30)
    assert decide_idcheck(idcloud.get_idcheck_process(created.id)).decision is Decision.APPROVED


async def test_the_async_twin_sends_the_same_body(async_idcloud: AsyncIDCloud, async_recorder: Recorder) -> None:
    created = await async_idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=PNG)
    assert _bodies(async_recorder) == [
        {"subject": {"code": CPF, "name": NAME}, "imageBase64": base64.b64encode(PNG).decode()}
    ]
    assert (await async_idcloud.get_idcheck_process(created.id)).id == created.id


async def test_the_async_twin_never_resends() -> None:
    seen: list[httpx.Request] = []

    def fail(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadTimeout("read", request=request)

    async with AsyncIDCloud(token="t", api_key="k", transport=httpx.MockTransport(fail), rate_limit=None) as client:
        with pytest.raises(OutcomeUnknown):
            await client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
        with pytest.raises(InvalidImage):
            await client.create_idcheck_process(cpf=CPF, name=NAME, image=jpeg_image(10, 10))
    assert len(seen) == 1


# --- no personal data anywhere -------------------------------------------------------------------------------------


def _personal(image: bytes) -> list[str]:
    encoded = base64.b64encode(image).decode()
    return [CPF, "529.982.247-25", NAME, "Maria", encoded[:32], encoded[-32:]]


def test_no_cpf_name_or_image_in_errors_logs_or_reprs(
    idcloud: IDCloud, fake: FakeUnico, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    for code in ("20507", "10201"):
        status = IDCHECK_CREATE_ERRORS[code].status
        client, _ = _counting_client(
            lambda r, c=code, s=status: httpx.Response(s, json={"Error": {"code": c, "description": "d"}})
        )
        with client, pytest.raises(UnicoError) as caught:
            client.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
        texts += [str(caught.value), repr(caught.value)]
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="createIdcheckProcess")
    with pytest.raises(OutcomeUnknown) as unknown:
        idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=JPEG)
    texts += [str(unknown.value), repr(unknown.value), repr(unknown.value.request), str(unknown.value.__cause__)]
    with pytest.raises(InvalidImage) as refused:
        idcloud.create_idcheck_process(cpf=CPF, name=NAME, image=jpeg_image(10, 10))
    texts += [str(refused.value), repr(refused.value)]
    from unico_idcloud._idcheck_create import creation_request

    texts.append(repr(creation_request(cpf=CPF, name=NAME, image=JPEG)))
    texts.append(repr(idcloud))
    texts.append(caplog.text)
    everything = "\n".join(texts)
    for secret in _personal(JPEG):
        assert secret not in everything
