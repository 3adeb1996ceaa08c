"""The writes take what every operation takes (issue 20): per-call ``timeout`` / ``extra_headers`` and
``with_raw_response``; a write's raw response still follows the safe-writes rule (a 5xx is OutcomeUnknown)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud.errors import OutcomeUnknown
from unico_idcloud.testing import VirtualClock, generate_service_account, jpeg_image

from .test_safe_writes import CREATED, PROCESS_ID, Unico, creation

ACCOUNT = generate_service_account()


@pytest.fixture
def make() -> Callable[[Unico], IDCloud]:
    return lambda unico: IDCloud(ACCOUNT, transport=httpx.MockTransport(unico), clock=VirtualClock(), rate_limit=None)


@pytest.fixture
def amake() -> Callable[[Unico], AsyncIDCloud]:
    return lambda unico: AsyncIDCloud(
        ACCOUNT, transport=httpx.MockTransport(unico), clock=VirtualClock(), rate_limit=None
    )


IDCHECK_CREATED = {"id": PROCESS_ID, "status": 1}
EVIDENCE = {"fileContents": base64.b64encode(b"%PDF-1.4 tiny").decode(), "contentType": "application/pdf"}


def _timeout_of(request: httpx.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


def test_create_process_takes_the_call_options(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(200, json=CREATED))
    with make(unico) as client:
        created = client.create_process(**creation(), timeout=7.5, extra_headers={"X-Trace": "t-1"})
    assert str(created.id) == PROCESS_ID
    (sent,) = unico.api
    assert sent.headers["X-Trace"] == "t-1" and _timeout_of(sent)["read"] == 7.5
    assert "timeout" not in json.loads(sent.content) and "extraHeaders" not in json.loads(sent.content)


def test_every_write_has_a_raw_response() -> None:
    answers = {
        "/client/v1/process": httpx.Response(200, json=CREATED, headers={"X-Request-Id": "a"}),
        f"/client/v1/process/{PROCESS_ID}/document": httpx.Response(
            200,
            json={"process": {"id": PROCESS_ID, "person": {"duiType": "DUI_TYPE_BR_CPF", "duiValue": "73689290074"}}},
            headers={"X-Request-Id": "b"},
        ),
        f"/client/v1/process/{PROCESS_ID}/evidenceset": httpx.Response(
            200, json=EVIDENCE, headers={"X-Request-Id": "c"}
        ),
        "/processes/v1": httpx.Response(200, json=IDCHECK_CREATED, headers={"X-Request-Id": "d"}),
    }

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "token", "expires_in": 3600, "token_type": "Bearer"})
        return answers[request.url.path]

    with IDCloud(
        token="token", api_key="the-api-key", transport=httpx.MockTransport(answer), rate_limit=None
    ) as client:
        raw = client.with_raw_response
        created = raw.create_process(**creation())
        document = raw.set_process_document(PROCESS_ID, dui_type="DUI_TYPE_BR_CPF", dui_value="73689290074")
        evidence = raw.get_evidence_set(PROCESS_ID, extra_headers={"X-Trace": "t"})
        idcheck = raw.create_idcheck_process(cpf="73689290074", name="Luke Skywalker", image=jpeg_image(640, 480))
    assert [r.headers["X-Request-Id"] for r in (created, document, evidence, idcheck)] == ["a", "b", "c", "d"]
    assert str(created.parse().id) == PROCESS_ID and str(document.parse().id) == PROCESS_ID
    assert evidence.parse().file_contents == EVIDENCE["fileContents"]
    assert str(idcheck.parse().id) == PROCESS_ID and idcheck.status_code == 200


def test_a_raw_write_answered_5xx_is_still_outcome_unknown(make: Callable[[Unico], IDCloud]) -> None:
    unico = Unico(httpx.Response(503))
    with make(unico) as client, pytest.raises(OutcomeUnknown) as caught:
        client.with_raw_response.create_process(**creation())
    assert len(unico.api) == 1 and caught.value.client_reference == "order-123"


async def test_async_writes_take_the_call_options_and_raw_responses(amake: Callable[[Unico], AsyncIDCloud]) -> None:
    unico = Unico(httpx.Response(200, json=CREATED, headers={"X-Request-Id": "z"}))
    async with amake(unico) as client:
        raw = await client.with_raw_response.create_process(**creation(), extra_headers={"X-Trace": "t-2"})
        again = await client.create_process(**creation(), timeout=3.0)
    assert raw.headers["X-Request-Id"] == "z" and str(raw.parse().id) == str(again.id) == PROCESS_ID
    first, second = unico.api
    assert first.headers["X-Trace"] == "t-2" and _timeout_of(second)["read"] == 3.0
