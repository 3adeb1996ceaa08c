"""IDUnico + IDCheck Create Process in the fake: the body checked as Unico documents it, with its codes, and the
process it stores.

The checks and their order: the body against ``CreateIdCheckProcessRequest`` in spec/openapi.json, then the rules a
schema cannot say (onboarding needs ``subject``, a CPF's check digits, the image's format, size and resolution, the
SDK token's 10 minutes and single use). Codes and descriptions are Unico's:
https://devcenter.unico.io/idcloud/en/integrations/integration-by-client/api/errors and
https://developers.unico.io/en/docs/IDunico/Integracao/GuiaAPI/responseError. No answer repeats a value from the
body, and nothing of the body is kept but the process id: bodies carry a CPF, a name and a face.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._clock import Clock
from .._idcheck_image import MAX_BASE64_BYTES, check_image
from ..errors import InvalidImage
from ._bodies import build_idcheck_process
from ._processes import ProcessRecord, Stage
from ._responses import idcheck_error
from ._spec import request_validator
from ._writes import is_valid_cpf

DESCRIPTIONS = {
    "20003": "O corpo da requisição está ausente ou é inválido.",
    "20004": "O parâmetro subject não foi informado.",
    "20005": "O parâmetro subject.code não foi informado.",
    "20006": "O parâmetro subject.name não foi informado.",
    "20009": "O parâmetro imagebase64 não foi informado.",
    "20019": "O parâmetro birthdate é inválido.",
    "20505": "O base64 informado não é suportado. Os formatos aceitos são png, jpeg e webp.",
    "20506": "O base64 informado é muito grande. O tamanho máximo suportado é até 800kb.",
    "20507": "O parâmetro subject.code é inválido.",
    "20508": "O parâmetro subject.gender é inválido.",
    "20807": "A imagem precisa estar no padrão HD ou possuir uma resolução superior a 640 x 480.",
    "20900": "O base64 informado não é válido.",
    "10506": "O bundle informado é inválido.",
    "10507": "O JWT com a face capturada está expirado.",
    "10508": "O JWT com a face capturada já foi utilizado.",
    "20001": "O parâmetro authtoken não foi informado.",
    "20002": "O parâmetro APIKey não foi informado.",
}
SDK_TOKEN_LIFETIME = 600.0  # "The .jwt must be sent within 10 minutes" (10507)
_JWT = re.compile(r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}(\.[A-Za-z0-9_-]*){0,2}$")
_CURP = re.compile(r"^[A-Z]{4}[0-9]{6}[HM][A-Z]{5}[0-9A-Z][0-9]$")
# A schema failure at these paths has its own code; any other is 20003 (the body is invalid).
_SCHEMA_CODES = {
    ("imageBase64",): "20009",
    ("subject", "code"): "20005",
    ("subject", "name"): "20006",
    ("subject", "gender"): "20508",
    ("subject", "birthDate"): "20019",
}


def refusal(code: str) -> dict[str, Any]:
    """The ``{"Error": ...}`` body of a documented code."""
    return idcheck_error(code, DESCRIPTIONS[code])


@dataclass
class IdCheckCreation:
    """How the fake answers a valid creation. By default as an asynchronous capability does: status 1 at once,
    then ``result`` after ``after_seconds`` on the fake's clock (or ``after_polls`` reads). ``at_once=True``
    answers ``result`` in the creation itself, as synchronous capabilities do (status 3, or 5: Get then answers
    410). ``result`` holds keyword arguments of :func:`build_idcheck_process` (default status 3, ``yes``,
    liveness 1)."""

    at_once: bool = False
    result: Mapping[str, Any] = field(default_factory=dict)
    after_seconds: float | None = 30.0
    after_polls: int | None = None


class SdkTokens:
    """The SDK tokens this fake issued (:meth:`FakeUnico.issue_sdk_token`), each valid 10 minutes and once."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._issued: dict[str, float] = {}
        self._used: set[str] = set()
        self._lock = threading.Lock()

    def issue(self, *, age: float = 0.0) -> str:
        """A token shaped as the SDK's (a five-part encrypted JWT), captured ``age`` seconds ago."""
        parts = [secrets.token_urlsafe(n) for n in (24, 32, 12, 48, 16)]
        token = ".".join(parts)
        with self._lock:
            self._issued[token] = self._clock.time() - age
        return token

    def spend(self, token: str) -> str | None:
        """Use ``token`` once; the refusing code, or None when it is good."""
        with self._lock:
            issued = self._issued.get(token)
            if issued is None:
                return "10506"
            if token in self._used:
                return "10508"
            if self._clock.time() - issued > SDK_TOKEN_LIFETIME:
                return "10507"
            self._used.add(token)
        return None


def _schema_code(body: Mapping[str, Any]) -> str | None:
    errors = sorted(
        request_validator("CreateIdCheckProcessRequest").iter_errors(body),
        key=lambda e: [str(p) for p in e.absolute_path],
    )
    if not errors:
        return None
    error = errors[0]
    path = tuple(str(part) for part in error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict) and isinstance(error.validator_value, list):
        missing = [name for name in error.validator_value if name not in error.instance]
        path = (*path, missing[0]) if missing else path
    return _SCHEMA_CODES.get(path, "20003")


def _image_code(value: str, tokens: SdkTokens) -> str | None:
    if _JWT.match(value):
        return tokens.spend(value)
    if len(value) > MAX_BASE64_BYTES:
        return "20506"
    try:
        content = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "20900"
    try:
        check_image(content)
    except InvalidImage as exc:
        return str(exc.code)
    return None


def creation_code(body: Mapping[str, Any], tokens: SdkTokens) -> str | None:
    """The documented code Unico refuses this body with, or None when it creates the process. (The SDK token is
    spent only by a body that passes every other check.)"""
    found = _schema_code(body)
    if found is not None:
        return found
    subject = body.get("subject")
    if subject is None and not body.get("references") and not body.get("referenceProcessId"):
        return "20004"  # onboarding needs the person; transactional sends references instead
    if subject is not None:
        code = subject["code"]
        if not (is_valid_cpf(code) or _CURP.match(code)):
            return "20507"
    return _image_code(body["imageBase64"], tokens)


def created_record(process_id: str, creation: IdCheckCreation, tenant_id: str) -> tuple[ProcessRecord, dict[str, Any]]:
    """The record a valid creation stores and the 200 body it answers with."""
    final = build_idcheck_process(process_id, **dict(creation.result))
    if creation.at_once:
        return ProcessRecord(process_id, Stage(final), tenant_id=tenant_id), dict(final)
    processing = build_idcheck_process(process_id, status=1, unico_id=None, liveness=None)
    record = ProcessRecord(
        process_id,
        Stage(processing),
        tenant_id=tenant_id,
        then=Stage(final),
        after_seconds=creation.after_seconds,
        after_polls=creation.after_polls,
    )
    return record, dict(processing)
