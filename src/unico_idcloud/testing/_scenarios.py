"""Processes the fake knows: builders for realistic bodies, the state a process moves through, the seeded catalogue.

All personal data here is obviously fake (the documentation's own examples or "Fulano de Tal"); the OCR
contents are the devcenter Get Process page's JSON examples, one per document type.
"""

from __future__ import annotations

import base64
import copy
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any, Final

from ._clock import Clock
from ._images import TINY_JPEG, TINY_PNG

CREATED_AT = "2024-01-01T10:00:00Z"
FINISHED_AT = "2024-01-01T10:15:00Z"
EXPIRES_AT = "2024-01-08T10:00:00Z"
FAKE_CPF = "12345678909"  # the documentation's example CPF
FAKE_NAME = "Fulano de Tal (FAKE)"


@dataclass(frozen=True, repr=False)
class Selfie:
    """A selfie image; ``repr`` leaves the bytes out."""

    content: bytes
    content_type: str = "image/jpeg"

    def body(self) -> dict[str, str]:
        return {"fileContents": base64.b64encode(self.content).decode("ascii"), "contentType": self.content_type}

    def __repr__(self) -> str:
        return f"Selfie(content_type={self.content_type!r}, {len(self.content)} bytes)"


class SelfieAccess(Enum):
    """Selfie answers other than an image."""

    NONE = "none"  # 404: no selfie (Smart Revalidation, or not captured yet)
    FORBIDDEN = "forbidden"  # 403: the account may not read selfies


JPEG_SELFIE: Final = Selfie(TINY_JPEG, "image/jpeg")
PNG_SELFIE: Final = Selfie(TINY_PNG, "image/png")
SelfieSpec = Selfie | SelfieAccess

# --- bodies ---------------------------------------------------------------------------------------------

UNSPECIFIED_AUTHENTICATION: Final[Mapping[str, Any]] = {
    "authenticationId": "",
    "authenticationResult": "AUTHENTICATION_RESULT_UNSPECIFIED",
    "livenessResult": "LIVENESS_RESULT_UNSPECIFIED",
    "bioTokenEngineResult": "BIO_TOKEN_ENGINE_RESULT_UNSPECIFIED",
    "trustResult": "TRUST_RESULT_UNSPECIFIED",
    "identityFraudstersResult": "TRUST_RESULT_UNSPECIFIED",
    "faceWithOtherIdResult": "TRUST_RESULT_UNSPECIFIED",
    "frictionlessResult": "FRICTIONLESS_RESULT_UNSPECIFIED",
    "riskLevelResult": "TRUST_RESULT_UNSPECIFIED",
    "smartRevalidationResult": "SMART_REVALIDATION_RESULT_UNSPECIFIED",
    "idAgeResult": "ID_AGE_RESULT_UNSPECIFIED",
    "scoreEngineResult": {"scoreEnabled": "SCORE_ENABLED_FALSE"},
}

POSITIVE_AUTHENTICATION: Final[Mapping[str, Any]] = {
    **UNSPECIFIED_AUTHENTICATION,
    "authenticationResult": "AUTHENTICATION_RESULT_POSITIVE",
    "livenessResult": "LIVENESS_RESULT_LIVE",
    "identityFraudstersResult": "TRUST_RESULT_INCONCLUSIVE",
}

OCR_EXAMPLES: Final[Mapping[str, Mapping[str, Any]]] = {
    "CNH": {
        "numero": "044589731564",
        "rgNumero": "123456789 SESP PR",
        "nomeCivil": "Homer Simpson",
        "filiacao": ["Monasimpson", "Monasimpson"],
        "dataNascimento": "1990-05-12T00:00:00Z",
        "dataHabilitacao": "1997-11-18T00:00:00Z",
        "dataExpiracao": "2017-12-07T00:00:00Z",
        "dataEmissao": "2012-12-07T00:00:00Z",
        "localEmissao": "Curitiba PR",
        "categoria": "B",
        "renachNumero": "PR904987581",
    },
    "RG": {
        "dataEmissao": "2012-12-21T02:00:00Z",
        "dataNascimento": "1980-12-19T03:00:00Z",
        "filiacao": ["Rosa Coelho Da Costa", "Edivaldo Da Costa", "Rosa Coelho Da Costa", "Edivaldo Da Costa"],
        "naturalidade": "Sao Paulo SP",
        "nomeCivil": "Daniel Coelho Da Costa",
        "numero": "4815162342",
        "orgaoEmissor": "Secretaria Da Segurança Pública (SSP)",
        "ufEmissor": "UF_SP",
    },
    "CIN": {
        "nomeCivil": "Vitor Ra",
        "nomeSocial": "Vitor Ra",
        "filiacao": ["Danilo Luis Renan Ramos", "Giovanna Vitoria", "Danilo Luis Renan Ramos", "Giovanna Vitoria"],
        "dataExpiracao": "2034-03-02T00:00:00Z",
        "dataEmissao": "2024-03-02T00:00:00Z",
        "orgaoEmissor": "Detran/Rj",
        "localEmissao": "Rio De Janeiro RJ",
        "naturalidade": "Rio De Janeiro RJ",
        "nacionalidade": "BRA",
    },
    "Passport": {
        "numero": "AA011906",
        "nome": "CHANCHÃO AMARELO",
        "sobrenome": "PASSAREDO",
        "paisEmissor": "BRA",
        "nacionalidade": "BRASILEIRO(A)",
        "naturalidade": "<nil>",
        "dataNascimento": "1920-06-01T00:00:00Z",
        "dataEmissao": "2000-01-01T00:00:00Z",
        "dataExpiracao": "2010-01-01T00:00:00Z",
        "autoridade": "SR/DPF/DF",
    },
    "UNKNOWN": {},
}


def document_service(code: str, *, doc_id: str = "fake-doc-0001") -> dict[str, Any]:
    """A ``services`` entry holding one captured document whose OCR data is the docs' example for ``code``."""
    return {
        "envelopeId": "00000000-0000-4000-8000-00000000e001",
        "documentIds": [doc_id],
        "consent_granted": True,
        "documents": [
            {
                "doc_id": doc_id,
                "typified": code != "UNKNOWN",
                "cpf_match": code != "UNKNOWN",
                "face_match": code != "UNKNOWN",
                "validate_doc": code != "UNKNOWN",
                "reused_doc": False,
                "signed_url": f"https://fake-unico.invalid/documents/{doc_id}.pdf?token=fake",
                "doc": {"version": 1, "code": code, "data": dict(OCR_EXAMPLES[code])},
            }
        ],
    }


def build_process(
    process_id: str,
    *,
    state: str = "PROCESS_STATE_FINISHED",
    result: str | None = None,
    authentication_info: Mapping[str, Any] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A complete ``process`` object. Every field is present, as the docs say; capabilities not given are
    ``*_UNSPECIFIED``. ``result`` defaults to OK when finished and UNSPECIFIED otherwise; ``fields``
    override top-level keys (``flow``, ``services``, ``bioTokenData``, ...)."""
    finished = state == "PROCESS_STATE_FINISHED"
    if result is None:
        result = "PROCESS_RESULT_OK" if finished else "PROCESS_RESULT_UNSPECIFIED"
    auth: dict[str, Any] = copy.deepcopy(dict(UNSPECIFIED_AUTHENTICATION))
    auth.update(copy.deepcopy(dict(authentication_info or {})))
    if auth["authenticationId"] == "" and finished:
        auth["authenticationId"] = f"fake-auth-{process_id[:8]}"
    body: dict[str, Any] = {
        "id": process_id,
        "flow": "idlive",
        "callbackUri": "https://fake-unico.invalid/callback",
        "userRedirectUrl": "https://fake-unico.invalid/redirect",
        "state": state,
        "result": result,
        "createdAt": CREATED_AT,
        "expiresAt": EXPIRES_AT,
        "purpose": "VERIFICATION",
        "clientReference": f"fake-ref-{process_id[:8]}",
        "useCase": "",
        "capacities": ["liveness", "face_match"],
        "token": "fake-sdk-token",
        "person": {
            "duiType": "DUI_TYPE_BR_CPF",
            "duiValue": FAKE_CPF,
            "friendlyName": FAKE_NAME,
            "notifications": [{"notificationChannel": "email"}],
        },
        "authenticationInfo": auth,
        "companyData": {"branchId": "fake-branch", "countryCode": "BR"},
        "services": [],
    }
    if finished:
        body["finishedAt"] = FINISHED_AT
    body.update(copy.deepcopy(fields))
    return body


def build_idcheck_process(
    process_id: str,
    *,
    status: int = 3,
    unico_id: str | None = "yes",
    liveness: int | None = 1,
    score: int | None = None,
    serpro: int | None = None,
    fraudsters: str | None = None,
) -> dict[str, Any]:
    """An IDUnico + IDCheck ``GET /processes/v1/{id}`` body; ``None`` leaves a field out."""
    body: dict[str, Any] = {"id": process_id, "status": status}
    if unico_id is not None:
        body["unicoId"] = {"result": unico_id}
    if fraudsters is not None:
        body["identityFraudsters"] = {"result": fraudsters}
    if serpro is not None:
        body["government"] = {"serpro": serpro}
    if liveness is not None:
        body["liveness"] = liveness
    if score is not None:
        body["score"] = score
    return body


# --- state ----------------------------------------------------------------------------------------------


@dataclass
class Stage:
    body: dict[str, Any]
    selfie: SelfieSpec = SelfieAccess.NONE
    last_event: str | None = None  # the webhook's lastEvent when the process finishes into this stage


@dataclass
class ProcessRecord:
    """A process and where it is going: it serves ``stage`` until ``after_polls`` polls (reads of the process,
    not of the selfie) or ``after_seconds`` on the fake's clock have passed, then ``then`` for good."""

    process_id: str
    stage: Stage
    tenant_id: str | None = None
    then: Stage | None = None
    after_polls: int | None = None
    after_seconds: float | None = None
    created: float = 0.0
    polls: int = 0

    def current(self, now: float, *, poll: bool) -> Stage:
        if poll:
            self.polls += 1
        self.move_on(now)
        return self.stage

    def move_on(self, now: float) -> bool:
        """Become ``then`` if its time has come; whether it did."""
        if self.then is not None:
            by_polls = self.after_polls is not None and self.polls > self.after_polls
            by_time = self.after_seconds is not None and now - self.created >= self.after_seconds
            if by_polls or by_time:
                self.stage, self.then = self.then, None
                return True
        return False

    @property
    def finished(self) -> bool:
        return self.stage.body.get("state") == "PROCESS_STATE_FINISHED"


@dataclass
class ProcessStore:
    """by Unico processes and IDCheck processes (two id spaces, as they are two APIs). Thread-safe.

    ``on_finished`` is called (outside the lock) with each by Unico process that reaches PROCESS_STATE_FINISHED:
    by polls, by time (:meth:`move_on_due`, which the webhook sender calls without anyone polling) or by
    :meth:`replace`. The fake sends its webhooks from there.
    """

    clock: Clock
    by_unico: dict[str, ProcessRecord] = field(default_factory=dict)
    idcheck: dict[str, ProcessRecord] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    on_finished: Callable[[ProcessRecord], None] | None = None

    def put(self, space: dict[str, ProcessRecord], record: ProcessRecord) -> str:
        record.created = self.clock.time()
        with self.lock:
            space[record.process_id] = record
        return record.process_id

    def read(self, space: dict[str, ProcessRecord], process_id: str, tenant_id: str, *, poll: bool) -> Stage | None:
        with self.lock:
            record = space.get(process_id)
            if record is None or (record.tenant_id is not None and record.tenant_id != tenant_id):
                return None
            before = record.stage
            stage = record.current(self.clock.time(), poll=poll)
        if stage is not before and space is self.by_unico:
            self._moved([record])
        return stage

    def replace(self, process_id: str, stage: Stage) -> ProcessRecord:
        """Put a by Unico process in ``stage`` now, for good (a test finishing it). KeyError when unknown."""
        with self.lock:
            record = self.by_unico[process_id]
            record.stage, record.then = stage, None
        self._moved([record])
        return record

    def move_on_due(self) -> None:
        """Move every by Unico process whose time has come, whether or not anyone reads it."""
        with self.lock:
            now = self.clock.time()
            moved = [record for record in self.by_unico.values() if record.move_on(now)]
        self._moved(moved)

    def next_due(self) -> float | None:
        """When (on the clock) the next by Unico process moves on by time, or None."""
        with self.lock:
            times = [
                r.created + r.after_seconds
                for r in self.by_unico.values()
                if r.then is not None and r.after_seconds is not None
            ]
        return min(times, default=None)

    def _moved(self, records: list[ProcessRecord]) -> None:
        if self.on_finished is not None:
            for record in records:
                if record.finished:
                    self.on_finished(record)


def new_process_id() -> str:
    return str(uuid.uuid4())


# --- the seeded catalogue -------------------------------------------------------------------------------


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
