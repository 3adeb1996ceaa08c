"""IDUnico + IDCheck Create Process (``POST /processes/v1``, the "by Client" integration): the request built and
checked before sending, and every error code Unico documents for it as a typed error.

Codes: https://devcenter.unico.io/idcloud/en/integrations/integration-by-client/api/errors (400 and 403 of Create
Process), https://developers.unico.io/en/docs/IDunico/Integracao/GuiaAPI/responseError (the same list, with 20001-
20004 and the SDK's 10506-10508) and https://developers.unico.io/en/docs/check/GuiaUsuario/Fluxos/responseError
(the subject's gender and birth date: 20508, 20019, 20047, 20048).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Required, TypedDict

from unico_idcloud_client.models import CreateIdCheckProcessRequest, IdCheckGender, IdCheckSubject
from unico_idcloud_client.types import UNSET

from ._config import CallOptions
from ._idcheck_image import image_base64
from .errors import BadRequest, Forbidden, ImageRejected, InvalidRequest, UnicoError


@dataclass(frozen=True, slots=True)
class IdCheckErrorCode:
    """One documented error of the creation: its HTTP status, what it means, and how the client raises it (the
    request ``field`` of :class:`InvalidRequest`, or the ``limit`` of :class:`InvalidImage`)."""

    code: str
    status: int
    meaning: str
    field: str | None = None
    limit: str | None = None


_CODES = (
    IdCheckErrorCode("20001", 400, "the access token (Authorization header) is missing", field="Authorization"),
    IdCheckErrorCode("20002", 400, "the APIKEY header is missing", field="APIKEY"),
    IdCheckErrorCode("20003", 400, "the request body is missing or invalid"),
    IdCheckErrorCode("20004", 400, "subject (the person's data) is missing", field="subject"),
    IdCheckErrorCode("20005", 400, "subject.code (the CPF) is missing", field="subject.code"),
    IdCheckErrorCode("20006", 400, "subject.name is missing", field="subject.name"),
    IdCheckErrorCode("20009", 400, "imageBase64 (the selfie) is missing", limit="missing"),
    IdCheckErrorCode("20019", 400, "subject.birthDate is not a valid date", field="subject.birthDate"),
    IdCheckErrorCode("20047", 400, "subject.birthDate: older than the maximum age (150)", field="subject.birthDate"),
    IdCheckErrorCode("20048", 400, "subject.birthDate: younger than the minimum age (15)", field="subject.birthDate"),
    IdCheckErrorCode("20505", 400, "the image is not a PNG, JPEG or WebP", limit="format"),
    IdCheckErrorCode("20506", 400, "the image's base64 is over 800 KB", limit="size"),
    IdCheckErrorCode("20507", 400, "subject.code is not a valid CPF", field="subject.code"),
    IdCheckErrorCode("20508", 400, "subject.gender is not M or F", field="subject.gender"),
    IdCheckErrorCode("20807", 400, "the image is under 640 x 480", limit="resolution"),
    IdCheckErrorCode("20900", 400, "imageBase64 is not valid base64 (or not an image)", limit="base64"),
    IdCheckErrorCode(
        "10506", 400, "the SDK bundle does not meet the APIKEY's security requirements", limit="sdk_bundle"
    ),
    IdCheckErrorCode(
        "10507", 400, "the SDK's JWT expired (it must be sent within 10 minutes)", limit="sdk_token_expired"
    ),
    IdCheckErrorCode("10508", 400, "the SDK's JWT was already used (it can be sent once)", limit="sdk_token_used"),
    IdCheckErrorCode("30017", 403, "the account has no permission for this action (ask Unico)"),
    IdCheckErrorCode("10201", 403, "the APIKEY is missing or unknown"),
    IdCheckErrorCode("10501", 403, "the access token is invalid"),
    IdCheckErrorCode("10502", 403, "the access token expired"),
)
IDCHECK_CREATE_ERRORS: Mapping[str, IdCheckErrorCode] = {entry.code: entry for entry in _CODES}
"""Every error code Unico documents for IDUnico + IDCheck Create Process, by code."""


def refine_error(error: UnicoError) -> UnicoError:
    """The creation's error as its code says: a 400 is :class:`~.errors.ImageRejected` (image codes) or
    :class:`~.errors.BadRequest` with the ``field``, a 403 stays
    :class:`Forbidden` with its ``code``; anything else is returned as it is."""
    if error.status_code == 400:
        entry = IDCHECK_CREATE_ERRORS.get(str(error.code)) if error.code is not None else None
        facts: dict[str, Any] = {
            "status_code": error.status_code,
            "code": error.code,
            "message": error.message,
            "response": error.response,
        }
        # The status family stays the class (a BadRequest); the code says which one.
        if entry is not None and entry.limit is not None:
            return ImageRejected(entry.meaning, limit=entry.limit, **facts)
        detail = entry.meaning if entry is not None else None
        return BadRequest(detail, field=entry.field if entry is not None else None, **facts)
    if error.status_code == 403 and isinstance(error, Forbidden):
        entry = IDCHECK_CREATE_ERRORS.get(str(error.code)) if error.code is not None else None
        if entry is not None and error.detail is None:
            return Forbidden(
                entry.meaning,
                status_code=error.status_code,
                code=error.code,
                message=error.message,
                response=error.response,
            )
    return error


class IdCheckCreationArguments(TypedDict, total=False):
    """The keyword arguments of ``create_idcheck_process`` (both clients), defined once."""

    cpf: Required[str]
    """``subject.code``: the person's CPF, digits only."""
    name: Required[str]
    """``subject.name``: the person's full name."""
    image: Required[str | bytes]
    """The encrypted JWT Unico's SDK produced (a ``str``), or the bytes of a JPEG, PNG or WebP."""
    gender: str | None
    birth_date: datetime.date | None
    email: str | None
    phone: str | None
    use_case: str | None
    subsidiary_id: str | None


class CreateIdCheckCall(IdCheckCreationArguments, CallOptions, total=False):
    """``create_idcheck_process``'s keywords: the body's arguments and the per-call options."""


def creation_request_of(arguments: IdCheckCreationArguments) -> CreateIdCheckProcessRequest:
    """:func:`creation_request` from a method's keywords, the per-call options already taken out
    (:func:`~._config.split_call_options`)."""
    return creation_request(**arguments)


def creation_request(
    *,
    cpf: str,
    name: str,
    image: str | bytes | bytearray | memoryview,
    gender: str | None = None,
    birth_date: datetime.date | None = None,
    email: str | None = None,
    phone: str | None = None,
    use_case: str | None = None,
    subsidiary_id: str | None = None,
) -> CreateIdCheckProcessRequest:
    """The onboarding body, checked before anything is sent. ``cpf`` and ``name`` are never echoed in an error."""
    if not isinstance(cpf, str) or not cpf.strip():
        raise InvalidRequest("cpf is required (subject.code, digits only)", field="subject.code", code="20005")
    if not isinstance(name, str) or not name.strip():
        raise InvalidRequest("name is required (subject.name)", field="subject.name", code="20006")
    if gender is not None and gender not in ("M", "F"):
        raise InvalidRequest("gender must be 'M' or 'F'", field="subject.gender", code="20508")
    if birth_date is not None and not isinstance(birth_date, datetime.date):
        raise InvalidRequest("birth_date must be a datetime.date", field="subject.birthDate", code="20019")
    subject = IdCheckSubject(
        code=cpf.strip(),
        name=name.strip(),
        gender=IdCheckGender(gender) if gender is not None else UNSET,
        birth_date=birth_date if birth_date is not None else UNSET,
        email=email if email is not None else UNSET,
        phone=phone if phone is not None else UNSET,
    )
    return CreateIdCheckProcessRequest(
        image_base_64=image_base64(image),
        subject=subject,
        use_case=use_case if use_case is not None else UNSET,
        subsidiary_id=subsidiary_id if subsidiary_id is not None else UNSET,
    )
