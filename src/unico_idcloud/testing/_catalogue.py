"""The seeded catalogue: one process per state, result and capability value, each under a fixed id
(:class:`Scenario`, :class:`IdCheckScenario`), built fresh for every fake."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ._bodies import (
    JPEG_SELFIE,
    PNG_SELFIE,
    POSITIVE_AUTHENTICATION,
    SelfieAccess,
    SelfieSpec,
    build_idcheck_process,
    build_process,
    document_service,
)
from ._processes import ProcessRecord, Stage


class Scenario(StrEnum):
    """Seeded by Unico processes (Get Process / Get Selfie). Each member *is* its process id."""

    CREATED = "00000000-0000-4000-8000-000000000001"
    AWAITING_FOR_DOCUMENT = "00000000-0000-4000-8000-000000000002"
    FINISHED_OK = "00000000-0000-4000-8000-000000000003"
    FINISHED_ERROR = "00000000-0000-4000-8000-000000000004"
    INVALID_IDENTITY = "00000000-0000-4000-8000-000000000005"
    EXPIRED = "00000000-0000-4000-8000-000000000006"
    FAILED = "00000000-0000-4000-8000-000000000007"
    LIVENESS_NOT_LIVE = "00000000-0000-4000-8000-000000000008"
    RISK_SCORE_INCONCLUSIVE = "00000000-0000-4000-8000-000000000009"
    RISK_SCORE_NEGATIVE = "00000000-0000-4000-8000-00000000000a"
    SCORE_UNSPECIFIED = "00000000-0000-4000-8000-00000000000b"
    BIO_TOKEN_POSITIVE = "00000000-0000-4000-8000-00000000000c"
    BIO_TOKEN_NEGATIVE = "00000000-0000-4000-8000-00000000000d"
    BEHAVIOR_ALERT_FRAUD = "00000000-0000-4000-8000-00000000000e"
    SMART_REVALIDATION_POSITIVE = "00000000-0000-4000-8000-00000000000f"
    SMART_REVALIDATION_NEGATIVE = "00000000-0000-4000-8000-000000000010"
    ID_AGE_POSITIVE = "00000000-0000-4000-8000-000000000011"
    ID_AGE_NEGATIVE = "00000000-0000-4000-8000-000000000012"
    ID_AGE_INCONCLUSIVE = "00000000-0000-4000-8000-000000000013"
    SERPRO_SIMILAR = "00000000-0000-4000-8000-000000000014"
    SERPRO_NO_FACE = "00000000-0000-4000-8000-000000000015"
    SERPRO_INTEGRATION_ERROR = "00000000-0000-4000-8000-000000000016"
    DOCUMENT_CNH = "00000000-0000-4000-8000-000000000017"
    DOCUMENT_RG = "00000000-0000-4000-8000-000000000018"
    DOCUMENT_CIN = "00000000-0000-4000-8000-000000000019"
    DOCUMENT_PASSPORT = "00000000-0000-4000-8000-00000000001a"
    DOCUMENT_UNKNOWN = "00000000-0000-4000-8000-00000000001b"
    SELFIE_PNG = "00000000-0000-4000-8000-00000000001c"
    SELFIE_FORBIDDEN = "00000000-0000-4000-8000-00000000001d"
    FINISHES_AFTER_POLLS = "00000000-0000-4000-8000-00000000001e"
    FINISHES_AFTER_SECONDS = "00000000-0000-4000-8000-00000000001f"


class IdCheckScenario(StrEnum):
    """Seeded IDUnico + IDCheck processes (``GET /processes/v1/{id}``). Each member *is* its process id."""

    PROCESSING = "00000000-0000-4000-9000-000000000001"
    DIVERGENCE = "00000000-0000-4000-9000-000000000002"
    SUCCESS = "00000000-0000-4000-9000-000000000003"
    INCONCLUSIVE_WITH_SCORE = "00000000-0000-4000-9000-000000000004"
    IDENTITY_DENIED = "00000000-0000-4000-9000-000000000005"
    CANCELED = "00000000-0000-4000-9000-000000000006"
    ERROR = "00000000-0000-4000-9000-000000000007"
    SERPRO_NO_FACE = "00000000-0000-4000-9000-000000000008"
    SERPRO_INTEGRATION_ERROR = "00000000-0000-4000-9000-000000000009"
    FINISHES_AFTER_POLLS = "00000000-0000-4000-9000-00000000000a"


FINISHES_AFTER_POLLS = 2
FINISHES_AFTER_SECONDS = 30.0


def _auth(**changes: Any) -> dict[str, Any]:
    return {**POSITIVE_AUTHENTICATION, **changes}


def _risk(enabled: str, score: float | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {"scoreEnabled": enabled}
    if score is not None:
        result["score"] = score
    return result


def seeded_processes() -> list[ProcessRecord]:
    """Fresh records for every :class:`Scenario` (a new list each time: fakes never share state)."""
    s = Scenario
    failed = "PROCESS_STATE_FAILED"
    invalid = "PROCESS_RESULT_INVALID_IDENTITY"
    jpeg, png, none, forbidden = JPEG_SELFIE, PNG_SELFIE, SelfieAccess.NONE, SelfieAccess.FORBIDDEN
    docs_fields = {"flow": "iddocs", "capacities": ["liveness", "face_match", "documents"]}
    table: list[tuple[Scenario, dict[str, Any], SelfieSpec]] = [
        (s.CREATED, {"state": "PROCESS_STATE_CREATED"}, none),
        (s.AWAITING_FOR_DOCUMENT, {"state": "AWAITING_FOR_DOCUMENT", **docs_fields}, none),
        (s.FINISHED_OK, {"authentication_info": _auth()}, jpeg),
        (s.FINISHED_ERROR, {"result": "PROCESS_RESULT_ERROR"}, none),
        (
            s.INVALID_IDENTITY,
            {"result": invalid, "authentication_info": _auth(authenticationResult="AUTHENTICATION_RESULT_NEGATIVE")},
            jpeg,
        ),
        (s.EXPIRED, {"result": "PROCESS_RESULT_EXPIRED"}, none),
        (s.FAILED, {"state": failed, "result": "PROCESS_RESULT_ERROR"}, none),
        (
            s.LIVENESS_NOT_LIVE,
            {"result": invalid, "authentication_info": _auth(livenessResult="LIVENESS_RESULT_NOT_LIVE")},
            jpeg,
        ),
        (
            s.RISK_SCORE_INCONCLUSIVE,
            {
                "authentication_info": _auth(
                    authenticationResult="AUTHENTICATION_RESULT_INCONCLUSIVE",
                    scoreEngineResult=_risk("SCORE_ENABLED_TRUE", 85.5),
                ),
                "capacities": ["liveness", "face_match", "risk_score"],
            },
            jpeg,
        ),
        (
            s.RISK_SCORE_NEGATIVE,
            {
                "result": invalid,
                "authentication_info": _auth(
                    authenticationResult="AUTHENTICATION_RESULT_INCONCLUSIVE",
                    scoreEngineResult=_risk("SCORE_ENABLED_TRUE", -60),
                ),
                "capacities": ["liveness", "face_match", "risk_score"],
            },
            jpeg,
        ),
        (
            s.SCORE_UNSPECIFIED,
            {"authentication_info": _auth(scoreEngineResult=_risk("SCORE_ENABLED_UNSPECIFIED"))},
            jpeg,
        ),
        (
            s.BIO_TOKEN_POSITIVE,
            {
                "flow": "idtoken",
                "authentication_info": _auth(
                    authenticationResult="AUTHENTICATION_RESULT_UNSPECIFIED",
                    bioTokenEngineResult="BIO_TOKEN_ENGINE_RESULT_POSITIVE",
                ),
                "bioTokenData": {"referenceProcessId": s.FINISHED_OK.value, "authenticationId": "fake-auth-ref"},
            },
            jpeg,
        ),
        (
            s.BIO_TOKEN_NEGATIVE,
            {
                "flow": "idtoken",
                "result": invalid,
                "authentication_info": _auth(
                    authenticationResult="AUTHENTICATION_RESULT_UNSPECIFIED",
                    bioTokenEngineResult="BIO_TOKEN_ENGINE_RESULT_NEGATIVE",
                ),
                "bioTokenData": {"referenceProcessId": s.FINISHED_OK.value, "authenticationId": "fake-auth-ref"},
            },
            jpeg,
        ),
        (
            s.BEHAVIOR_ALERT_FRAUD,
            {"result": invalid, "authentication_info": _auth(identityFraudstersResult="TRUST_RESULT_YES")},
            jpeg,
        ),
        (
            s.SMART_REVALIDATION_POSITIVE,
            {
                "flow": "idsmart",
                "useCase": "smart_revalidation",
                "authentication_info": {"smartRevalidationResult": "SMART_REVALIDATION_RESULT_POSITIVE"},
                "bioTokenData": {"referenceProcessId": s.FINISHED_OK.value, "authenticationId": "fake-auth-ref"},
            },
            none,
        ),
        (
            s.SMART_REVALIDATION_NEGATIVE,
            {
                "flow": "idsmart",
                "useCase": "smart_revalidation",
                "result": invalid,
                "authentication_info": {"smartRevalidationResult": "SMART_REVALIDATION_RESULT_NEGATIVE"},
                "bioTokenData": {"referenceProcessId": s.FINISHED_OK.value, "authenticationId": "fake-auth-ref"},
            },
            none,
        ),
        (s.ID_AGE_POSITIVE, {"authentication_info": _auth(idAgeResult="ID_AGE_RESULT_POSITIVE")}, jpeg),
        (
            s.ID_AGE_NEGATIVE,
            {"result": invalid, "authentication_info": _auth(idAgeResult="ID_AGE_RESULT_NEGATIVE")},
            jpeg,
        ),
        (s.ID_AGE_INCONCLUSIVE, {"authentication_info": _auth(idAgeResult="ID_AGE_RESULT_INCONCLUSIVE")}, jpeg),
        (s.SERPRO_SIMILAR, {"authentication_info": _auth(serproResult={"score": 92})}, jpeg),
        (s.SERPRO_NO_FACE, {"authentication_info": _auth(serproResult={"score": -1})}, jpeg),
        (s.SERPRO_INTEGRATION_ERROR, {"authentication_info": _auth(serproResult={"score": -2})}, jpeg),
        (s.DOCUMENT_CNH, {**docs_fields, "authentication_info": _auth(), "services": [document_service("CNH")]}, jpeg),
        (s.DOCUMENT_RG, {**docs_fields, "authentication_info": _auth(), "services": [document_service("RG")]}, jpeg),
        (s.DOCUMENT_CIN, {**docs_fields, "authentication_info": _auth(), "services": [document_service("CIN")]}, jpeg),
        (
            s.DOCUMENT_PASSPORT,
            {**docs_fields, "authentication_info": _auth(), "services": [document_service("Passport")]},
            jpeg,
        ),
        (
            s.DOCUMENT_UNKNOWN,
            {**docs_fields, "authentication_info": _auth(), "services": [document_service("UNKNOWN")]},
            jpeg,
        ),
        (s.SELFIE_PNG, {"authentication_info": _auth()}, png),
        (s.SELFIE_FORBIDDEN, {"authentication_info": _auth()}, forbidden),
    ]
    records = [ProcessRecord(p.value, Stage(build_process(p.value, **kw), selfie)) for p, kw, selfie in table]
    for scenario, polls, seconds in (
        (s.FINISHES_AFTER_POLLS, FINISHES_AFTER_POLLS, None),
        (s.FINISHES_AFTER_SECONDS, None, FINISHES_AFTER_SECONDS),
    ):
        records.append(
            ProcessRecord(
                scenario.value,
                Stage(build_process(scenario.value, state="PROCESS_STATE_CREATED")),
                then=Stage(build_process(scenario.value, authentication_info=_auth()), JPEG_SELFIE),
                after_polls=polls,
                after_seconds=seconds,
            )
        )
    return records


def seeded_idcheck_processes() -> list[ProcessRecord]:
    """Fresh records for every :class:`IdCheckScenario`."""
    s = IdCheckScenario
    table: list[tuple[IdCheckScenario, dict[str, Any]]] = [
        (s.PROCESSING, {"status": 1, "unico_id": None, "liveness": None}),
        (s.DIVERGENCE, {"status": 2, "unico_id": "inconclusive", "liveness": 1}),
        (s.SUCCESS, {"status": 3, "fraudsters": "inconclusive", "serpro": 87}),
        (s.INCONCLUSIVE_WITH_SCORE, {"status": 3, "unico_id": "inconclusive", "score": 42}),
        (s.IDENTITY_DENIED, {"status": 3, "unico_id": "no", "liveness": 2, "fraudsters": "yes"}),
        (s.CANCELED, {"status": 4, "unico_id": None, "liveness": None}),
        (s.ERROR, {"status": 5, "unico_id": None, "liveness": None}),
        (s.SERPRO_NO_FACE, {"status": 3, "serpro": -1}),
        (s.SERPRO_INTEGRATION_ERROR, {"status": 3, "serpro": -2}),
    ]
    records = [ProcessRecord(p.value, Stage(build_idcheck_process(p.value, **kw))) for p, kw in table]
    records.append(
        ProcessRecord(
            s.FINISHES_AFTER_POLLS.value,
            Stage(build_idcheck_process(s.FINISHES_AFTER_POLLS.value, status=1, unico_id=None, liveness=None)),
            then=Stage(build_idcheck_process(s.FINISHES_AFTER_POLLS.value)),
            after_polls=FINISHES_AFTER_POLLS,
        )
    )
    return records
