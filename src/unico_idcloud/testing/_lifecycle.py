"""Processes created through the API: what Create Process stores, what Set Process Document changes, when the
evidence set can be had. The checks on the bodies are in :mod:`._writes`; the state machine in :mod:`._processes`.

Unico's lifecycle, as its pages give it:
- a process is created in PROCESS_STATE_CREATED with its journey link and SDK token (Create Process,
  https://developer.unico.io/developers/api-reference/web-sdk/post-process); one created without a document (no
  ``person``) waits in AWAITING_FOR_DOCUMENT until Set Process Document sets it, once
  (https://developer.unico.io/developers/api-reference/web-sdk/post-process-document);
- it stays open ``expiresIn`` (default 7 days, same Create Process pages), then ends PROCESS_RESULT_EXPIRED;
- its evidence set exists once it has finished, for about two hours
  (https://developer.unico.io/developers/api-reference/web-sdk/get-evidence-set).
"""

from __future__ import annotations

import base64
import copy
import secrets
from datetime import UTC, datetime
from typing import Any

from ._bodies import JPEG_SELFIE, POSITIVE_AUTHENTICATION, SelfieAccess, build_process
from ._evidence import evidence_pdf
from ._processes import ProcessRecord, Stage

CREATED = "PROCESS_STATE_CREATED"
AWAITING_FOR_DOCUMENT = "AWAITING_FOR_DOCUMENT"  # the spelling of the ProcessState enum (no PROCESS_STATE_ prefix)
EXPIRED = "PROCESS_RESULT_EXPIRED"
DEFAULT_EXPIRES_IN = 7 * 24 * 3600.0
EVIDENCE_WINDOW = 2 * 3600.0
EVIDENCE_CONTENT_TYPE = "application/pdf"
_PERSON_FIELDS = ("duiType", "duiValue", "friendlyName", "notifications")  # what Get Process's Person carries


_LAST_SECOND = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp()


def _timestamp(seconds: float) -> str:
    """RFC 3339 UTC; an ``expiresIn`` of more seconds than datetime counts (the pattern allows any) ends in 9999."""
    return datetime.fromtimestamp(min(seconds, _LAST_SECOND), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def expires_in_seconds(body: dict[str, Any]) -> float:
    value = body.get("expiresIn")
    return float(value[:-1]) if isinstance(value, str) else DEFAULT_EXPIRES_IN


def created_record(
    process_id: str,
    body: dict[str, Any],
    *,
    now: float,
    base_url: str,
    tenant_id: str | None,
    finish_after: float | None = None,
) -> ProcessRecord:
    """The record a valid Create Process ``body`` stores: CREATED (AWAITING_FOR_DOCUMENT without a person), its
    journey link on the fake (``{base_url}journey/{id}``: the fake serves no journey, finish it with
    ``finish_process``), a fresh SDK token, and expiry after ``expiresIn`` on the fake's clock. ``finish_after``
    (seconds, ``FakeUnico.finish_created_after``): a CREATED one finishes OK then instead, as if the person had
    gone through the journey (one awaiting a document still waits for it)."""
    expires_in = expires_in_seconds(body)
    creation: dict[str, Any] = {
        "flow": body["flow"],
        "callbackUri": body["callbackUri"],
        "purpose": body["purpose"],
        "userRedirectUrl": f"{base_url}journey/{process_id}",
        "token": f"fake-sdk-token-{secrets.token_urlsafe(16)}",
        "clientReference": body.get("clientReference", ""),
        "useCase": body.get("useCase", ""),
        "createdAt": _timestamp(now),
        "expiresAt": _timestamp(now + expires_in),
    }
    person = body.get("person")
    if person is not None:
        creation["person"] = {k: copy.deepcopy(v) for k, v in person.items() if k in _PERSON_FIELDS}
    state = CREATED if person is not None else AWAITING_FOR_DOCUMENT
    record = ProcessRecord(process_id, Stage(_body(process_id, creation, state=state)), tenant_id=tenant_id)
    record.creation = creation
    record.then = Stage(_body(process_id, creation, result=EXPIRED), SelfieAccess.NONE)
    record.after_seconds = expires_in
    if finish_after is not None and state == CREATED and finish_after < expires_in:
        finished = _body(process_id, creation, authentication_info=POSITIVE_AUTHENTICATION)
        record.then, record.after_seconds = Stage(finished, JPEG_SELFIE), finish_after
    return record


def _body(process_id: str, creation: dict[str, Any], **status: Any) -> dict[str, Any]:
    body = build_process(process_id, **status, **creation)
    if "person" not in creation:
        body.pop("person")  # created without a document: nobody's data to show
    return body


def set_document(record: ProcessRecord, dui_type: str, dui_value: str) -> dict[str, Any] | None:
    """Set the document on a process awaiting one (it moves on to CREATED); the 200 body, or None when the process
    is in any other state (the document is immutable once set)."""
    if record.stage.body.get("state") != AWAITING_FOR_DOCUMENT:
        return None
    document = {"duiType": dui_type, "duiValue": dui_value}
    if record.creation is not None:
        record.creation["person"] = dict(document)
    for stage in (record.stage, record.then):
        if stage is not None:
            stage.body["person"] = {**stage.body.get("person", {}), **document}
    record.stage.body["state"] = CREATED
    return {"process": {"id": record.process_id, "person": dict(document)}}


def evidence_set(record: ProcessRecord, now: float) -> dict[str, Any] | None:
    """The Get Evidence Set body of a finished process within its two hours, or None (404)."""
    finished_at = record.finished_at
    if not record.finished or finished_at is None or record.stage.body.get("result") == EXPIRED:
        return None
    if now - finished_at > EVIDENCE_WINDOW:
        return None
    pdf = base64.b64encode(evidence_pdf(record.process_id)).decode("ascii")
    return {"fileContents": pdf, "contentType": EVIDENCE_CONTENT_TYPE}
