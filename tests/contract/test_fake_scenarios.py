"""The seeded catalogue and processes added by tests: states, results, capability values, documents, selfies."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.spec_file import load_spec
from unico_idcloud.testing import (
    OCR_EXAMPLES,
    FakeUnico,
    IdCheckScenario,
    ManualClock,
    Scenario,
    SelfieAccess,
    document_service,
)
from unico_idcloud.testing._images import TINY_JPEG, TINY_PNG

SPEC = load_spec()
SCHEMAS = SPEC["components"]["schemas"]


def get_process(http_client: httpx.Client, auth: dict[str, str], process_id: str) -> dict[str, Any]:
    response = http_client.get(f"/client/v1/process/{process_id}", headers=auth)
    assert response.status_code == 200, response.text
    process: dict[str, Any] = response.json()["process"]
    return process


def walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def test_every_seeded_process_is_served(http_client: httpx.Client, auth: dict[str, str]) -> None:
    for scenario in Scenario:
        assert get_process(http_client, auth, scenario)["id"] == scenario


@pytest.mark.parametrize(
    ("field", "schema"),
    [
        ("state", "ProcessState"),
        ("result", "ProcessResult"),
        ("authenticationResult", "AuthenticationResult"),
        ("livenessResult", "LivenessResult"),
        ("bioTokenEngineResult", "BioTokenEngineResult"),
        ("identityFraudstersResult", "IdentityFraudstersResult"),
        ("smartRevalidationResult", "SmartRevalidationResult"),
        ("idAgeResult", "IdAgeResult"),
        ("scoreEnabled", "ScoreEnabled"),
    ],
)
def test_catalogue_covers_every_enum_value_of_the_spec(
    http_client: httpx.Client, auth: dict[str, str], field: str, schema: str
) -> None:
    seen = {
        value for scenario in Scenario for key, value in walk(get_process(http_client, auth, scenario)) if key == field
    }
    assert set(SCHEMAS[schema]["enum"]) <= seen


def test_risk_score_inconclusive_has_a_score(http_client: httpx.Client, auth: dict[str, str]) -> None:
    info = get_process(http_client, auth, Scenario.RISK_SCORE_INCONCLUSIVE)["authenticationInfo"]
    assert info["authenticationResult"] == "AUTHENTICATION_RESULT_INCONCLUSIVE"
    assert info["scoreEngineResult"] == {"scoreEnabled": "SCORE_ENABLED_TRUE", "score": 85.5}


@pytest.mark.parametrize(
    ("scenario", "score"),
    [(Scenario.SERPRO_SIMILAR, 92), (Scenario.SERPRO_NO_FACE, -1), (Scenario.SERPRO_INTEGRATION_ERROR, -2)],
)
def test_serpro_values(http_client: httpx.Client, auth: dict[str, str], scenario: Scenario, score: int) -> None:
    assert get_process(http_client, auth, scenario)["authenticationInfo"]["serproResult"] == {"score": score}


@pytest.mark.parametrize(
    ("scenario", "code"),
    [
        (Scenario.DOCUMENT_CNH, "CNH"),
        (Scenario.DOCUMENT_RG, "RG"),
        (Scenario.DOCUMENT_CIN, "CIN"),
        (Scenario.DOCUMENT_PASSPORT, "Passport"),
        (Scenario.DOCUMENT_UNKNOWN, "UNKNOWN"),
    ],
)
def test_documents_carry_the_docs_ocr_examples(
    http_client: httpx.Client, auth: dict[str, str], scenario: Scenario, code: str
) -> None:
    doc = get_process(http_client, auth, scenario)["services"][0]["documents"][0]["doc"]
    assert doc["code"] == code and doc["data"] == OCR_EXAMPLES[code]


@pytest.mark.parametrize(
    ("scenario", "image", "content_type"),
    [(Scenario.FINISHED_OK, TINY_JPEG, "image/jpeg"), (Scenario.SELFIE_PNG, TINY_PNG, "image/png")],
)
def test_selfie_is_a_real_image(
    http_client: httpx.Client, auth: dict[str, str], scenario: Scenario, image: bytes, content_type: str
) -> None:
    body = http_client.get(f"/client/v1/process/{scenario}/selfie", headers=auth).json()
    assert body["contentType"] == content_type
    decoded = base64.b64decode(body["fileContents"])
    assert decoded == image
    assert decoded[:3] == b"\xff\xd8\xff" or decoded[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("scenario", "status", "code"),
    [
        (Scenario.SMART_REVALIDATION_POSITIVE, 404, 5),
        (Scenario.CREATED, 404, 5),
        (Scenario.SELFIE_FORBIDDEN, 403, 7),
        ("11111111-1111-4111-8111-111111111111", 404, 5),
        ("not-a-uuid", 400, 3),
    ],
)
def test_selfie_errors(http_client: httpx.Client, auth: dict[str, str], scenario: str, status: int, code: int) -> None:
    response = http_client.get(f"/client/v1/process/{scenario}/selfie", headers=auth)
    assert (response.status_code, response.json()["code"]) == (status, code)


@pytest.mark.parametrize("process_id", ["not-a-uuid", "12345", "00000000000040008000000000000003"])
def test_invalid_id_is_400(http_client: httpx.Client, auth: dict[str, str], process_id: str) -> None:
    response = http_client.get(f"/client/v1/process/{process_id}", headers=auth)
    assert (response.status_code, response.json()) == (400, {"code": 3, "message": "process id is invalid"})


def test_unknown_id_is_404(http_client: httpx.Client, auth: dict[str, str]) -> None:
    response = http_client.get("/client/v1/process/11111111-1111-4111-8111-111111111111", headers=auth)
    assert response.status_code == 404
    assert response.json() == {
        "code": 5,
        "message": "error getting process: rpc error: code = NotFound desc = process not found",
    }


def test_finishes_after_polls(http_client: httpx.Client, auth: dict[str, str]) -> None:
    states = [get_process(http_client, auth, Scenario.FINISHES_AFTER_POLLS)["state"] for _ in range(3)]
    assert states == ["PROCESS_STATE_CREATED", "PROCESS_STATE_CREATED", "PROCESS_STATE_FINISHED"]
    assert (
        http_client.get(f"/client/v1/process/{Scenario.FINISHES_AFTER_POLLS}/selfie", headers=auth).status_code == 200
    )


def test_finishes_after_seconds(http_client: httpx.Client, auth: dict[str, str], clock: ManualClock) -> None:
    assert get_process(http_client, auth, Scenario.FINISHES_AFTER_SECONDS)["state"] == "PROCESS_STATE_CREATED"
    clock.advance(30)
    process = get_process(http_client, auth, Scenario.FINISHES_AFTER_SECONDS)
    assert (process["state"], process["result"]) == ("PROCESS_STATE_FINISHED", "PROCESS_RESULT_OK")


def test_tests_can_add_processes(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    pid = fake.add_process(
        result="PROCESS_RESULT_INVALID_IDENTITY",
        authentication_info={"livenessResult": "LIVENESS_RESULT_NOT_LIVE"},
        services=[document_service("RG")],
        selfie=SelfieAccess.FORBIDDEN,
    )
    process = get_process(http_client, auth, pid)
    assert process["result"] == "PROCESS_RESULT_INVALID_IDENTITY"
    assert process["authenticationInfo"]["livenessResult"] == "LIVENESS_RESULT_NOT_LIVE"
    assert http_client.get(f"/client/v1/process/{pid}/selfie", headers=auth).status_code == 403

    later = fake.add_process(state="AWAITING_FOR_DOCUMENT", after_polls=1, then={"result": "PROCESS_RESULT_ERROR"})
    assert get_process(http_client, auth, later)["state"] == "AWAITING_FOR_DOCUMENT"
    assert get_process(http_client, auth, later)["result"] == "PROCESS_RESULT_ERROR"


def test_processes_can_belong_to_one_tenant(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    mine = fake.add_process(tenant_id="contract-tenant")
    theirs = fake.add_process(tenant_id="someone-else")
    assert http_client.get(f"/client/v1/process/{mine}", headers=auth).status_code == 200
    assert http_client.get(f"/client/v1/process/{theirs}", headers=auth).status_code == 404


def test_fresh_fakes_do_not_share_state(clock: ManualClock) -> None:
    first, second = FakeUnico(clock=clock), FakeUnico(clock=clock)
    first.store.by_unico[Scenario.FINISHED_OK].stage.body["flow"] = "changed"
    assert second.store.by_unico[Scenario.FINISHED_OK].stage.body["flow"] != "changed"


# --- IDUnico + IDCheck --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "status"),
    [
        (IdCheckScenario.PROCESSING, 1),
        (IdCheckScenario.DIVERGENCE, 2),
        (IdCheckScenario.SUCCESS, 3),
        (IdCheckScenario.INCONCLUSIVE_WITH_SCORE, 3),
        (IdCheckScenario.IDENTITY_DENIED, 3),
        (IdCheckScenario.CANCELED, 4),
    ],
)
def test_idcheck_statuses(http_client: httpx.Client, idcheck_auth: dict[str, str], scenario: str, status: int) -> None:
    response = http_client.get(f"/processes/v1/{scenario}", headers=idcheck_auth)
    assert (response.status_code, response.json()["status"]) == (200, status)


def test_idcheck_inconclusive_has_a_score(http_client: httpx.Client, idcheck_auth: dict[str, str]) -> None:
    body = http_client.get(f"/processes/v1/{IdCheckScenario.INCONCLUSIVE_WITH_SCORE}", headers=idcheck_auth).json()
    assert body == {
        "id": IdCheckScenario.INCONCLUSIVE_WITH_SCORE,
        "status": 3,
        "unicoId": {"result": "inconclusive"},
        "liveness": 1,
        "score": 42,
    }


def test_idcheck_status_5_is_410_gone(http_client: httpx.Client, idcheck_auth: dict[str, str]) -> None:
    response = http_client.get(f"/processes/v1/{IdCheckScenario.ERROR}", headers=idcheck_auth)
    assert response.status_code == 410
    assert set(response.json()["Error"]) == {"code", "description"}


@pytest.mark.parametrize(("path", "status"), [("not-a-uuid", 400), ("11111111-1111-4111-8111-111111111111", 404)])
def test_idcheck_errors(http_client: httpx.Client, idcheck_auth: dict[str, str], path: str, status: int) -> None:
    response = http_client.get(f"/processes/v1/{path}", headers=idcheck_auth)
    assert response.status_code == status and isinstance(response.json()["Error"]["code"], str)


def test_idcheck_finishes_after_polls_and_custom(
    fake: FakeUnico, http_client: httpx.Client, idcheck_auth: dict[str, str]
) -> None:
    path = f"/processes/v1/{IdCheckScenario.FINISHES_AFTER_POLLS}"
    assert [http_client.get(path, headers=idcheck_auth).json()["status"] for _ in range(3)] == [1, 1, 3]
    pid = fake.add_idcheck_process(status=1, after_polls=0, then={"status": 5})
    assert http_client.get(f"/processes/v1/{pid}", headers=idcheck_auth).status_code == 410


def test_framework_errors_are_json(http_client: httpx.Client, auth: dict[str, str]) -> None:
    missing = http_client.get("/client/v2/nothing", headers=auth)
    assert (missing.status_code, missing.json()) == (404, {"code": 5, "message": "Not Found"})
    wrong_method = http_client.delete(f"/client/v1/process/{Scenario.FINISHED_OK}", headers=auth)
    assert (wrong_method.status_code, wrong_method.json()["code"]) == (405, 12)
    trailing = http_client.get(f"/client/v1/process/{Scenario.FINISHED_OK}/", headers=auth)
    assert trailing.status_code == 404 and trailing.headers["content-type"] == "application/json"
