"""The bodies of the by Unico writes, from the client methods' keyword arguments (defined once for both clients).

Create Process's fields are Unico's (https://developer.unico.io/developers/api-reference/web-sdk/post-process, the
devcenter "Create Process" page); ``person``, ``flow_config`` and ``payload`` take the generated request models, the
rest plain values. Bad input is refused here, before anything is sent, with :class:`InvalidRequest` naming the
argument and never echoing its value.
"""

# No ``from __future__ import annotations`` here: on Python 3.11 ``TypedDict`` only sees ``Required`` in evaluated
# annotations, and ``__required_keys__`` is what the keyword check below reads.
from collections.abc import Sequence
from datetime import timedelta
from typing import Required, TypedDict, TypeVar

from unico_idcloud_client.models import (
    CreateProcessPerson,
    CreateProcessRequest,
    FlowConfig,
    ProcessFlow,
    ProcessPurpose,
    SetDocumentDuiType,
    SetProcessDocumentRequest,
    SignaturePayload,
)
from unico_idcloud_client.types import UNSET, Unset

from ._config import CallOptions
from .errors import InvalidRequest

M = TypeVar("M")
E = TypeVar("E", ProcessFlow, ProcessPurpose, SetDocumentDuiType)


class CreateProcessArguments(TypedDict, total=False):
    """The keyword arguments of ``create_process`` (both clients), defined once; ``Unpack`` keeps each visible to
    IDEs and mypy."""

    flow: Required[ProcessFlow | str]
    """The journey (``"idunicosign"``, ``ProcessFlow.IDLIVE``, ...; a tenant's custom flow as a string)."""
    purpose: Required[ProcessPurpose | str]
    """The business purpose (``"creditprocess"``, ...)."""
    callback_uri: Required[str]
    """Where the user is sent at the end: an https URL, an app scheme URL, or ``"/"`` for none."""
    person: CreateProcessPerson | None
    """The person (document type and number, name, phone, e-mail, notification channels)."""
    client_reference: str | None
    """Your id for the process (Unico indexes it in its portal; there is no API lookup by it)."""
    company_branch_id: str | None
    bio_token_id: str | None
    """``idtoken`` flows: the id of a finished process of another flow."""
    use_case: str | None
    """Required by the ``idsmart`` flow."""
    expires_in: timedelta | int | None
    """How long the process stays open: a ``timedelta`` or whole seconds (sent as ``"3600s"``; Unico's default is
    7 days)."""
    flow_config: FlowConfig | None
    payload: Sequence[SignaturePayload] | None
    """Electronic-signature flows: the documents to sign."""


class CreateProcessCall(CreateProcessArguments, CallOptions, total=False):
    """``create_process``'s keywords: the body's arguments and the per-call options (``timeout``,
    ``extra_headers``), as every operation takes them."""


def expires_in_text(value: timedelta | int) -> str:
    """Unico's duration string (``"3600s"``): whole seconds, more than zero."""
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, int) and not isinstance(value, bool):
        seconds = float(value)
    else:
        raise InvalidRequest("expires_in must be a timedelta or whole seconds (int)", field="expires_in")
    if seconds <= 0 or seconds != int(seconds):
        raise InvalidRequest("expires_in must be a whole number of seconds, more than zero", field="expires_in")
    return f"{int(seconds)}s"


def _required_text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidRequest(f"{name} must be a non-empty string", field=name)
    return value


def _text(name: str, value: object) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str):
        raise InvalidRequest(f"{name} must be a string", field=name)
    return value


def _model(name: str, value: object, model: type[M]) -> M | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, model):
        raise InvalidRequest(f"{name} must be a unico_idcloud_client.models.{model.__name__}", field=name)
    return value


def _choice(name: str, value: object, enum: type[E]) -> E:
    # The enums are open: a value Unico added after this release is sent as given.
    if not isinstance(value, str) or not value:
        raise InvalidRequest(f"{name} must be a {enum.__name__} or a non-empty string", field=name)
    return enum.from_value(value)


def create_process_request(arguments: CreateProcessArguments) -> CreateProcessRequest:
    """The Create Process body for ``create_process(**arguments)``."""
    unknown = sorted(arguments.keys() - CreateProcessArguments.__required_keys__ - _OPTIONAL)
    if unknown:
        raise TypeError(f"create_process() got an unexpected keyword argument {unknown[0]!r}")
    missing = sorted(CreateProcessArguments.__required_keys__ - arguments.keys())
    if missing:
        raise TypeError(f"create_process() missing required keyword argument {missing[0]!r}")
    expires_in = arguments.get("expires_in")
    payload = arguments.get("payload")
    if payload is not None and not all(isinstance(item, SignaturePayload) for item in payload):
        raise InvalidRequest("payload must be a sequence of SignaturePayload", field="payload")
    return CreateProcessRequest(
        callback_uri=_required_text("callback_uri", arguments["callback_uri"]),
        flow=_choice("flow", arguments["flow"], ProcessFlow),
        purpose=_choice("purpose", arguments["purpose"], ProcessPurpose),
        person=_model("person", arguments.get("person"), CreateProcessPerson),
        client_reference=_text("client_reference", arguments.get("client_reference")),
        company_branch_id=_text("company_branch_id", arguments.get("company_branch_id")),
        bio_token_id=_text("bio_token_id", arguments.get("bio_token_id")),
        use_case=_text("use_case", arguments.get("use_case")),
        expires_in=UNSET if expires_in is None else expires_in_text(expires_in),
        flow_config=_model("flow_config", arguments.get("flow_config"), FlowConfig),
        payload=UNSET if payload is None else list(payload),
    )


_OPTIONAL = CreateProcessArguments.__optional_keys__


def set_document_request(dui_type: SetDocumentDuiType | str, dui_value: str) -> SetProcessDocumentRequest:
    """The Set Process Document body (CPF, CURP or SSN; the number without formatting)."""
    return SetProcessDocumentRequest(
        dui_type=_choice("dui_type", dui_type, SetDocumentDuiType), dui_value=_required_text("dui_value", dui_value)
    )
