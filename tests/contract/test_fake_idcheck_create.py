"""The fake's IDUnico + IDCheck Create Process: Unico's checks and codes, the credentials as Get refuses them, the
lifecycle of a created process (status 1, then final on the fake's clock, or final at once), SDK tokens, faults
after storing, and no personal value in any answer.

Every response here is also validated against spec/openapi.json (the autouse ``spec_check`` fixture).
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from unico_idcloud.testing import FakeUnico, Fault, IdCheckCreation, ManualClock, jpeg_image, png_image, webp_image

from ._spec_check import SpecCheck

CREATE = "/processes/v1"
CPF = "73689290074"
NAME = "Luke Skywalker"
JPEG = base64.b64encode(jpeg_image(640, 480)).decode()


def body(**fields: Any) -> dict[str, Any]:
    return {"subject": {"code": CPF, "name": NAME}, "imageBase64": JPEG, **fields}


def error_code(response: httpx.Response) -> str:
    code: str = response.json()["Error"]["code"]
    return code


def test_a_valid_creation_answers_status_1_and_finishes_on_the_fakes_clock(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico, clock: ManualClock
) -> None:
    created = http_client.post(CREATE, json=body(), headers=idcheck_auth)
    assert created.status_code == 200
    answer = created.json()
    assert answer["status"] == 1 and set(answer) == {"id", "status"}
    assert fake.created_idcheck_processes == [answer["id"]]
    read = http_client.get(f"{CREATE}/{answer['id']}", headers=idcheck_auth)
    assert read.json() == {"id": answer["id"], "status": 1}
    clock.advance(29)
    assert http_client.get(f"{CREATE}/{answer['id']}", headers=idcheck_auth).json()["status"] == 1
    clock.advance(1)
    final = http_client.get(f"{CREATE}/{answer['id']}", headers=idcheck_auth).json()
    assert final == {"id": answer["id"], "status": 3, "unicoId": {"result": "yes"}, "liveness": 1}


def test_at_once_answers_the_final_process_in_the_creation(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    fake.idcheck_creation = IdCheckCreation(at_once=True, result={"unico_id": "inconclusive", "score": 50})
    answer = http_client.post(CREATE, json=body(), headers=idcheck_auth).json()
    assert answer["status"] == 3 and answer["unicoId"] == {"result": "inconclusive"} and answer["score"] == 50
    assert http_client.get(f"{CREATE}/{answer['id']}", headers=idcheck_auth).json() == answer


def test_a_status_5_creation_is_gone_on_get(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    fake.idcheck_creation = IdCheckCreation(at_once=True, result={"status": 5, "unico_id": None, "liveness": None})
    answer = http_client.post(CREATE, json=body(), headers=idcheck_auth).json()
    assert answer == {"id": answer["id"], "status": 5}
    assert http_client.get(f"{CREATE}/{answer['id']}", headers=idcheck_auth).status_code == 410


def test_after_polls_finishes_by_reads(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    fake.idcheck_creation = IdCheckCreation(after_seconds=None, after_polls=1)
    pid = http_client.post(CREATE, json=body(), headers=idcheck_auth).json()["id"]
    statuses = [http_client.get(f"{CREATE}/{pid}", headers=idcheck_auth).json()["status"] for _ in range(3)]
    assert statuses == [1, 3, 3]


def test_a_created_process_belongs_to_its_tenant(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    pid = http_client.post(CREATE, json=body(), headers=idcheck_auth).json()["id"]
    other = fake.add_service_account(tenant_id="another-tenant")
    token = fake.issue_token(other)
    headers = {"Authorization": f"Bearer {token}", "APIKEY": fake.api_key}
    assert http_client.get(f"{CREATE}/{pid}", headers=headers).status_code == 404


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"subject": None}, "20004"),
        ({"subject": {"name": NAME}}, "20005"),
        ({"subject": {"code": CPF}}, "20006"),
        ({"imageBase64": None}, "20009"),
        ({"subject": {"code": CPF, "name": NAME, "gender": "X"}}, "20508"),
        ({"subject": {"code": CPF, "name": NAME, "birthDate": "20/05/2000"}}, "20019"),
        ({"subject": {"code": "12345678900", "name": NAME}}, "20507"),
        ({"subject": {"code": "11111111111", "name": NAME}}, "20507"),
        ({"imageBase64": "not base64!"}, "20900"),
        ({"imageBase64": base64.b64encode(b"GIF89a" + b"\0" * 64).decode()}, "20505"),
        ({"imageBase64": base64.b64encode(png_image(320, 240)).decode()}, "20807"),
        ({"imageBase64": base64.b64encode(jpeg_image(640, 480, padding=650_000)).decode()}, "20506"),
        ({"imageBase64": "eyJhbGciOiJub25lIn0.e30.c2ln"}, "10506"),
        ({"subject": "a string"}, "20003"),
        ({"useCase": 7}, "20003"),
    ],
)
def test_each_refusal_has_unicos_code(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico, change: dict[str, Any], code: str
) -> None:
    sent = {k: v for k, v in {**body(), **change}.items() if v is not None}
    answer = http_client.post(CREATE, json=sent, headers=idcheck_auth)
    assert (answer.status_code, error_code(answer)) == (400, code)
    assert fake.created_idcheck_processes == []


@pytest.mark.parametrize("raw", [b"", b"not json", b"[1, 2]", b'"text"'])
def test_a_body_that_is_not_an_object_is_20003(
    http_client: httpx.Client, idcheck_auth: dict[str, str], raw: bytes
) -> None:
    answer = http_client.post(CREATE, content=raw, headers={**idcheck_auth, "Content-Type": "application/json"})
    assert (answer.status_code, error_code(answer)) == (400, "20003")


def test_webp_and_transactional_bodies_are_accepted(http_client: httpx.Client, idcheck_auth: dict[str, str]) -> None:
    webp = base64.b64encode(webp_image(1280, 720)).decode()
    assert http_client.post(CREATE, json=body(imageBase64=webp), headers=idcheck_auth).status_code == 200
    references = [{"referenceType": "REFERENCE_TYPE_PROCESS_ID", "referenceContent": "some-process"}]
    transactional = {"imageBase64": JPEG, "references": references}
    assert http_client.post(CREATE, json=transactional, headers=idcheck_auth).status_code == 200


def test_an_sdk_token_is_good_once_and_for_ten_minutes(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico, clock: ManualClock
) -> None:
    token = fake.issue_sdk_token()
    assert http_client.post(CREATE, json=body(imageBase64=token), headers=idcheck_auth).status_code == 200
    again = http_client.post(CREATE, json=body(imageBase64=token), headers=idcheck_auth)
    assert (again.status_code, error_code(again)) == (400, "10508")
    old = fake.issue_sdk_token()
    clock.advance(601)
    late = http_client.post(CREATE, json=body(imageBase64=old), headers=idcheck_auth)
    assert (late.status_code, error_code(late)) == (400, "10507")
    assert (
        http_client.post(CREATE, json=body(imageBase64=fake.issue_sdk_token(age=599)), headers=idcheck_auth).status_code
        == 200
    )


def test_a_refused_body_does_not_spend_the_sdk_token(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    token = fake.issue_sdk_token()
    refused = http_client.post(
        CREATE, json={"imageBase64": token, "subject": {"code": "1", "name": NAME}}, headers=idcheck_auth
    )
    assert error_code(refused) == "20507"
    assert http_client.post(CREATE, json=body(imageBase64=token), headers=idcheck_auth).status_code == 200


def test_credentials_are_refused_as_get_refuses_them(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    def post(headers: dict[str, str]) -> tuple[int, str]:
        answer = http_client.post(CREATE, json=body(), headers=headers)
        return answer.status_code, error_code(answer)

    bearer = {"Authorization": idcheck_auth["Authorization"]}
    assert post({**bearer, "APIKEY": "wrong-key"}) == (403, "10201")
    assert post(bearer) == (401, "20002")
    assert post({"APIKEY": fake.api_key}) == (401, "20001")
    assert post({"Authorization": "Bearer not.a.token", "APIKEY": fake.api_key}) == (403, "10501")
    # The wrong APIKEY answers the same on Get: one rule for both operations.
    wrong = http_client.get(f"{CREATE}/00000000-0000-4000-9000-000000000003", headers={**bearer, "APIKEY": "wrong-key"})
    assert (wrong.status_code, error_code(wrong)) == (403, "10201")
    assert fake.created_idcheck_processes == []


def test_a_wrong_apikey_is_refused_before_the_body_is_read(
    http_client: httpx.Client, idcheck_auth: dict[str, str]
) -> None:
    answer = http_client.post(CREATE, headers={"Authorization": idcheck_auth["Authorization"], "APIKEY": "nope"})
    assert (answer.status_code, error_code(answer)) == (403, "10201")


@pytest.mark.parametrize("fault", [Fault.INTERNAL_ERROR, Fault.SERVICE_UNAVAILABLE, Fault.BAD_GATEWAY])
def test_a_fault_strikes_after_the_process_was_stored(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico, fault: Fault, spec_check: SpecCheck
) -> None:
    fake.inject_fault(fault, operation="createIdcheckProcess")
    with spec_check.off_spec(f"injected {fault}"):
        answer = http_client.post(CREATE, json=body(), headers=idcheck_auth)
    assert answer.status_code >= 500
    if fault is Fault.INTERNAL_ERROR:
        assert error_code(answer) == "99999"  # the IDCheck error body, as Get's 500
    assert len(fake.created_idcheck_processes) == 1
    assert fake.requests_received("createIdcheckProcess") == 1


def test_no_answer_repeats_the_cpf_the_name_or_the_image(
    http_client: httpx.Client, idcheck_auth: dict[str, str], fake: FakeUnico
) -> None:
    answers = [
        http_client.post(CREATE, json=body(subject={"code": "12345678900", "name": NAME}), headers=idcheck_auth),
        http_client.post(CREATE, json=body(imageBase64=JPEG[:-8] + "!!!!!!!!"), headers=idcheck_auth),
        http_client.post(CREATE, json=body(subject={"code": CPF, "name": NAME, "gender": "Z"}), headers=idcheck_auth),
        http_client.post(CREATE, json=body(), headers=idcheck_auth),
    ]
    text = "\n".join(a.text for a in answers)
    for secret in ("12345678900", CPF, NAME, "Skywalker", JPEG[:32], JPEG[-32:]):
        assert secret not in text
    # The stored record keeps the process, not the person.
    record = fake.store.idcheck[answers[-1].json()["id"]]
    assert CPF not in repr(record) and JPEG[:32] not in repr(record)
