"""decide / decide_idcheck: every verdict, from the fake's seeded processes and from hand-built ones, including
values the spec does not list."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest
from unico_idcloud_client.models import IdCheckProcess, Process, ProcessResult, ProcessState

from unico_idcloud import Decision, IDCloud, decide, decide_idcheck
from unico_idcloud.errors import Gone
from unico_idcloud.testing import (
    FakeUnico,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    VirtualClock,
    build_idcheck_process,
    build_process,
)

D = Decision
PID = "00000000-0000-4000-8000-0000000000aa"


@pytest.fixture(scope="module")
def idcloud(_unico_key_material: ServiceAccount, session_account: ServiceAccount) -> Iterator[IDCloud]:
    """One client for the whole module: these tests only read seeded processes (decide is pure)."""
    clock = VirtualClock()
    fake = FakeUnico(clock=clock)
    fake.add_service_account(_unico_key_material)
    with IDCloud(session_account, api_key=fake.api_key, transport=fake.transport(), clock=clock) as c:
        yield c


SEEDED: dict[Scenario, Decision] = {
    Scenario.CREATED: D.PENDING,
    Scenario.AWAITING_FOR_DOCUMENT: D.PENDING,
    Scenario.FINISHES_AFTER_POLLS: D.PENDING,
    Scenario.FINISHED_OK: D.APPROVED,
    Scenario.FINISHED_ERROR: D.RETRY,
    Scenario.FAILED: D.RETRY,
    Scenario.INVALID_IDENTITY: D.REJECTED,
    Scenario.LIVENESS_NOT_LIVE: D.REJECTED,
    Scenario.RISK_SCORE_NEGATIVE: D.REJECTED,
    Scenario.BIO_TOKEN_NEGATIVE: D.REJECTED,
    Scenario.BEHAVIOR_ALERT_FRAUD: D.REJECTED,
    Scenario.SMART_REVALIDATION_NEGATIVE: D.REJECTED,
    Scenario.ID_AGE_NEGATIVE: D.REJECTED,
    Scenario.EXPIRED: D.EXPIRED,
    Scenario.RISK_SCORE_INCONCLUSIVE: D.APPROVED,
    Scenario.SCORE_UNSPECIFIED: D.APPROVED,
    Scenario.BIO_TOKEN_POSITIVE: D.APPROVED,
    Scenario.SMART_REVALIDATION_POSITIVE: D.APPROVED,
    Scenario.ID_AGE_POSITIVE: D.APPROVED,
    Scenario.ID_AGE_INCONCLUSIVE: D.APPROVED,
    Scenario.SERPRO_SIMILAR: D.APPROVED,
    Scenario.SERPRO_NO_FACE: D.APPROVED,
    Scenario.DOCUMENT_CNH: D.APPROVED,
}


@pytest.mark.parametrize(("scenario", "expected"), SEEDED.items(), ids=[s.name for s in SEEDED])
def test_each_seeded_process_gets_its_documented_verdict(
    idcloud: IDCloud, scenario: Scenario, expected: Decision
) -> None:
    verdict = decide(idcloud.get_process(scenario))
    assert verdict.decision is expected
    assert verdict.approved is (expected is D.APPROVED)
    assert verdict.state == str(idcloud.get_process(scenario).state)


def process(state: str = "PROCESS_STATE_FINISHED", result: str | None = None, **auth: Any) -> Process:
    body = build_process(PID, state=state, result=result, authentication_info=auth)
    return Process.from_dict(body)


def test_the_verdict_lists_the_capabilities_it_looked_at(idcloud: IDCloud) -> None:
    verdict = decide(idcloud.get_process(Scenario.FINISHED_OK))
    assert [(c.name, c.field, c.value) for c in verdict.capabilities] == [
        ("liveness", "authenticationInfo.livenessResult", "LIVENESS_RESULT_LIVE"),
        ("identity", "authenticationInfo.authenticationResult", "AUTHENTICATION_RESULT_POSITIVE"),
        ("behavior_alert", "authenticationInfo.identityFraudstersResult", "TRUST_RESULT_INCONCLUSIVE"),
    ]
    risk = decide(idcloud.get_process(Scenario.RISK_SCORE_INCONCLUSIVE)).capabilities
    assert ("risk_score", "SCORE_ENABLED_TRUE", 85.5) in [(c.name, c.value, c.score) for c in risk]
    serpro = decide(idcloud.get_process(Scenario.SERPRO_NO_FACE)).capabilities
    assert ("serpro", "NO_FACE_ON_FILE", -1.0) in [(c.name, c.value, c.score) for c in serpro]


def test_deprecated_and_unused_capabilities_are_not_looked_at() -> None:
    verdict = decide(process(result="PROCESS_RESULT_OK", trustResult="TRUST_RESULT_YES"))
    assert verdict.decision is D.APPROVED  # trustResult is deprecated: "do not base decisions on it"
    assert verdict.capabilities == ()  # every other capability is *_UNSPECIFIED: not used in this flow


@pytest.mark.parametrize(
    ("body", "expected", "reason"),
    [
        (process(state="PROCESS_STATE_PAUSED"), D.NEEDS_REVIEW, "PROCESS_STATE_PAUSED"),
        (process(result="PROCESS_RESULT_MAYBE"), D.NEEDS_REVIEW, "PROCESS_RESULT_MAYBE"),
        (process(result="PROCESS_RESULT_UNSPECIFIED"), D.NEEDS_REVIEW, "UNSPECIFIED"),
        (
            process(result="PROCESS_RESULT_OK", livenessResult="LIVENESS_RESULT_DEEPFAKE"),
            D.NEEDS_REVIEW,
            "LIVENESS_RESULT_DEEPFAKE",
        ),
        (
            process(result="PROCESS_RESULT_INVALID_IDENTITY", idAgeResult="ID_AGE_RESULT_MAYBE"),
            D.NEEDS_REVIEW,
            "ID_AGE_RESULT_MAYBE",
        ),
        (
            process(result="PROCESS_RESULT_OK", scoreEngineResult={"scoreEnabled": "SCORE_ENABLED_SOMETIMES"}),
            D.NEEDS_REVIEW,
            "SCORE_ENABLED_SOMETIMES",
        ),
        (
            process(result="PROCESS_RESULT_OK", scoreEngineResult={"scoreEnabled": "SCORE_ENABLED_TRUE", "score": 150}),
            D.NEEDS_REVIEW,
            "150",
        ),
        (process(result="PROCESS_RESULT_OK", serproResult={"score": -0.5}), D.NEEDS_REVIEW, "serproResult"),
        (
            process(result="PROCESS_RESULT_OK", livenessResult="LIVENESS_RESULT_NOT_LIVE"),
            D.NEEDS_REVIEW,
            "contradicted",
        ),
        (
            process(result="PROCESS_RESULT_OK", identityFraudstersResult="TRUST_RESULT_YES"),
            D.NEEDS_REVIEW,
            "contradicted",
        ),
    ],
    ids=[
        "unknown-state",
        "unknown-result",
        "finished-unspecified",
        "unknown-liveness",
        "unknown-capability-on-rejected",
        "unknown-score-enabled",
        "risk-score-out-of-range",
        "serpro-out-of-range",
        "ok-but-not-live",
        "ok-but-fraud",
    ],
)
def test_what_the_rules_cannot_decide_needs_review(body: Process, expected: Decision, reason: str) -> None:
    verdict = decide(body)
    assert verdict.decision is expected
    assert reason in verdict.reason


def test_a_finished_process_without_a_result_needs_review() -> None:
    # id, state and authenticationInfo are always there (the spec requires them); result is not.
    body = build_process(PID)
    del body["result"]
    assert decide(Process.from_dict(body)).decision is D.NEEDS_REVIEW


STATES = [*ProcessState, "PROCESS_STATE_NEW"]
RESULTS = [*ProcessResult, "PROCESS_RESULT_NEW", None]
LIVENESS = ["LIVENESS_RESULT_LIVE", "LIVENESS_RESULT_NOT_LIVE", "LIVENESS_RESULT_UNSPECIFIED", "LIVENESS_RESULT_NEW"]


def test_approved_only_when_finished_ok_and_nothing_unknown_or_negative() -> None:
    for state, result, liveness in itertools.product(STATES, RESULTS, LIVENESS):
        body = build_process(PID, state=str(state), authentication_info={"livenessResult": liveness})
        if result is None:
            del body["result"]
        else:
            body["result"] = str(result)
        verdict = decide(Process.from_dict(body))
        approved = (
            state == "PROCESS_STATE_FINISHED"
            and result == "PROCESS_RESULT_OK"
            and liveness in ("LIVENESS_RESULT_LIVE", "LIVENESS_RESULT_UNSPECIFIED")
        )
        assert verdict.approved is approved, (state, result, liveness)
        finished = state == "PROCESS_STATE_FINISHED"
        if "NEW" in str(state) or (finished and (result is None or "NEW" in str(result) or "NEW" in liveness)):
            assert verdict.decision is D.NEEDS_REVIEW, (state, result, liveness)


def test_a_verdict_is_json_and_holds_no_personal_data(idcloud: IDCloud) -> None:
    verdict = decide(idcloud.get_process(Scenario.RISK_SCORE_INCONCLUSIVE))
    text = json.dumps(verdict.to_dict())
    assert json.loads(text)["decision"] == "approved"
    assert "12345678909" not in text and "Fulano" not in text and "85.5" in text


# --- IDUnico + IDCheck --------------------------------------------------------------------------------------------

IDCHECK: dict[IdCheckScenario, Decision] = {
    IdCheckScenario.PROCESSING: D.PENDING,
    IdCheckScenario.DIVERGENCE: D.PENDING,
    IdCheckScenario.SUCCESS: D.APPROVED,
    IdCheckScenario.INCONCLUSIVE_WITH_SCORE: D.NEEDS_REVIEW,
    IdCheckScenario.IDENTITY_DENIED: D.REJECTED,
    IdCheckScenario.CANCELED: D.CANCELED,
    IdCheckScenario.SERPRO_NO_FACE: D.APPROVED,
}


@pytest.mark.parametrize(("scenario", "expected"), IDCHECK.items(), ids=[s.name for s in IDCHECK])
def test_each_seeded_idcheck_process_gets_its_verdict(
    idcloud: IDCloud, scenario: IdCheckScenario, expected: Decision
) -> None:
    assert decide_idcheck(idcloud.get_idcheck_process(scenario)).decision is expected


def test_idcheck_status_5_is_an_error_verdict_though_the_api_answers_410(idcloud: IDCloud) -> None:
    with pytest.raises(Gone):
        idcloud.get_idcheck_process(IdCheckScenario.ERROR)
    assert decide_idcheck(IdCheckProcess.from_dict({"id": PID, "status": 5})).decision is D.ERROR


def test_an_inconclusive_idcheck_lists_its_score(idcloud: IDCloud) -> None:
    verdict = decide_idcheck(idcloud.get_idcheck_process(IdCheckScenario.INCONCLUSIVE_WITH_SCORE))
    assert [(c.name, c.value, c.score) for c in verdict.capabilities] == [
        ("unico_id", "inconclusive", None),
        ("liveness", "PASSED", None),
        ("score", None, 42.0),
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": 9}, D.NEEDS_REVIEW),
        ({"status": 3, "unico_id": "maybe"}, D.NEEDS_REVIEW),
        ({"status": 3, "liveness": 3}, D.NEEDS_REVIEW),
        ({"status": 3, "unico_id": None}, D.NEEDS_REVIEW),
        ({"status": 3, "liveness": None}, D.NEEDS_REVIEW),
        ({"status": 3, "unico_id": "yes", "liveness": 2}, D.REJECTED),
        ({"status": 3, "unico_id": "no", "liveness": 1}, D.REJECTED),
        ({"status": 3, "unico_id": "yes", "liveness": 1}, D.APPROVED),
        ({"status": 1, "unico_id": "yes", "liveness": 1}, D.PENDING),
    ],
)
def test_idcheck_rules(fields: dict[str, Any], expected: Decision) -> None:
    body = build_idcheck_process(PID, **fields)
    assert decide_idcheck(IdCheckProcess.from_dict(body)).decision is expected
    assert decide_idcheck(IdCheckProcess.from_dict({"id": PID, "status": 3})).decision is D.NEEDS_REVIEW
