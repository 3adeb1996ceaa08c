"""Each API operation described once, for both clients: which generated endpoint, which of the two APIs (and so
which httpx client), how the model is found in the parsed body, whether it needs the ``APIKEY``.

A client runs an :class:`Operation` through its one call path (``IDCloud._call`` / ``AsyncIDCloud._call``): the
generated module builds the request and parses the response, and only the send in between is sync or async.
Adding an operation is one description here plus a one-line method per client.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from unico_idcloud_client.api.idunico_idcheck import create_idcheck_process, get_id_check_process
from unico_idcloud_client.api.process import create_process, get_evidence_set, get_process, set_process_document
from unico_idcloud_client.api.selfie import get_selfie
from unico_idcloud_client.models import (
    CreatedIdCheckProcess,
    CreatedProcess,
    CreateIdCheckProcessRequest,
    CreateProcessRequest,
    CreateProcessResponse,
    EvidenceSet,
    IdCheckProcess,
    Process,
    ProcessResponse,
    ProcessWithDocument,
    Selfie,
    SetProcessDocumentRequest,
    SetProcessDocumentResponse,
)
from unico_idcloud_client.types import Response

from ._idcheck_create import refine_error
from .errors import BadRequest, ProcessIdRejected, UnicoError

T = TypeVar("T")


class Api(enum.Enum):
    """The two APIs behind one client, each with its own base URL and httpx client."""

    BY_UNICO = "by_unico"
    IDCHECK = "idcheck"


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    name: str
    api: Api
    request: Callable[..., dict[str, Any]]
    """The generated ``_get_kwargs``: the keyword arguments of ``httpx.Client.request``."""
    response: Callable[..., Response[Any]]
    """The generated ``_build_response``: status, headers, raw response and the parsed body (``None`` if it does
    not parse)."""
    documented: Callable[[int], bool]
    """The generated ``is_documented_status``: which error statuses map to their typed error."""
    unwrap: Callable[[Any], T | None]
    """The model in a 200's parsed body, or ``None`` if it is not there."""
    needs_api_key: bool = False
    write: str | None = None
    """For a write (``POST``): the client method's name, which :class:`~unico_idcloud.errors.OutcomeUnknown`
    reports. A write's failures go through :func:`._writes.write_outcome`; ``None`` for a read."""
    refine: Callable[[UnicoError], UnicoError] | None = None
    """The operation's own reading of an error (its documented codes), or ``None``."""
    bad_request: type[BadRequest] = BadRequest
    """The error of a 400 (:class:`ProcessIdRejected` where the request is a process id)."""


def _process(parsed: Any) -> Process | None:
    return parsed.process if isinstance(parsed, ProcessResponse) else None


def _selfie(parsed: Any) -> Selfie | None:
    return parsed if isinstance(parsed, Selfie) else None


def _idcheck(parsed: Any) -> IdCheckProcess | None:
    return parsed if isinstance(parsed, IdCheckProcess) else None


def _created(parsed: Any) -> CreatedProcess | None:
    return parsed.process if isinstance(parsed, CreateProcessResponse) else None


def _with_document(parsed: Any) -> ProcessWithDocument | None:
    return parsed.process if isinstance(parsed, SetProcessDocumentResponse) else None


def _evidence(parsed: Any) -> EvidenceSet | None:
    return parsed if isinstance(parsed, EvidenceSet) else None


def _create_kwargs(body: CreateProcessRequest) -> dict[str, Any]:
    return create_process._get_kwargs(body=body)


def _set_document_kwargs(process_id: UUID, body: SetProcessDocumentRequest) -> dict[str, Any]:
    return set_process_document._get_kwargs(process_id, body=body)


def _created_idcheck(parsed: Any) -> CreatedIdCheckProcess | None:
    return parsed if isinstance(parsed, CreatedIdCheckProcess) else None


def _create_idcheck_kwargs(body: CreateIdCheckProcessRequest) -> dict[str, Any]:
    return create_idcheck_process._get_kwargs(body=body)


# The generated modules' request and response halves are private by name only: the endpoint template is ours
# (codegen/templates/endpoint_module.py.jinja), and they are exactly what its sync_detailed / asyncio_detailed call.
GET_PROCESS = Operation(
    "Get Process",
    Api.BY_UNICO,
    get_process._get_kwargs,
    get_process._build_response,
    get_process.is_documented_status,
    _process,
    bad_request=ProcessIdRejected,
)
GET_SELFIE = Operation(
    "Get Selfie",
    Api.BY_UNICO,
    get_selfie._get_kwargs,
    get_selfie._build_response,
    get_selfie.is_documented_status,
    _selfie,
    bad_request=ProcessIdRejected,
)
GET_IDCHECK_PROCESS = Operation(
    "Get Process (IDCheck)",
    Api.IDCHECK,
    get_id_check_process._get_kwargs,
    get_id_check_process._build_response,
    get_id_check_process.is_documented_status,
    _idcheck,
    needs_api_key=True,
    bad_request=ProcessIdRejected,
)
CREATE_PROCESS = Operation(
    "Create Process",
    Api.BY_UNICO,
    _create_kwargs,
    create_process._build_response,
    create_process.is_documented_status,
    _created,
    write="create_process",
)
SET_PROCESS_DOCUMENT = Operation(
    "Set Process Document",
    Api.BY_UNICO,
    _set_document_kwargs,
    set_process_document._build_response,
    set_process_document.is_documented_status,
    _with_document,
    write="set_process_document",
)
GET_EVIDENCE_SET = Operation(
    "Get Evidence Set",
    Api.BY_UNICO,
    get_evidence_set._get_kwargs,
    get_evidence_set._build_response,
    get_evidence_set.is_documented_status,
    _evidence,
)
CREATE_IDCHECK_PROCESS = Operation(
    "Create Process (IDCheck)",
    Api.IDCHECK,
    _create_idcheck_kwargs,
    create_idcheck_process._build_response,
    create_idcheck_process.is_documented_status,
    _created_idcheck,
    needs_api_key=True,
    write="create_idcheck_process",
    refine=refine_error,
)
