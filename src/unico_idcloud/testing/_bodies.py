"""Realistic response bodies: by Unico's ``process`` object, the selfie, IDUnico + IDCheck's process.

All personal data here is obviously fake (the documentation's own examples or "Fulano de Tal"); the OCR
contents are the devcenter Get Process page's JSON examples, one per document type.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

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
