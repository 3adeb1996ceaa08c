"""What the fake checks in a write's body, and the messages it refuses with (400, code 3).

First the body must be valid against its schema in spec/openapi.json; then the rules Unico documents that a schema
cannot say (which field a flow or a notification channel needs). The messages are Unico's, from its error catalogue
(https://devcenter.unico.io/idcloud/en/integrations/integration-by-unico/api/errors and its newer copy under
https://devcenter.unico.io/unico-idcloud/en/integrations/integration-by-unico/api/errors, which adds the
friendlyName one). Where the catalogue has none, the message is the fake's, in the catalogue's style, and says so.
No message ever repeats a value from the body: bodies carry CPFs, names, e-mails and phone numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._spec import enum_values, request_validator

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

CATALOGUE = "https://devcenter.unico.io/unico-idcloud/en/integrations/integration-by-unico/api/errors"

INVALID_FLOW = "invalid flow"
INVALID_PURPOSE = "invalid purpose"
EMPTY_CALLBACK_URI = 'invalid callbackUri: unable to parse callbackUri: parse "": empty url'
FRIENDLY_NAME_TOO_LONG = "invalid person: friendly name exceeds 50 characters."
INVALID_DUI_VALUE = "idnsv2/GetPublicID request error: rpc error: code = InvalidArgument desc = invalid dui value"
# Not in the catalogue (it documents the requirement, on the Create Process pages, but no message): the fake's words.
SIGNATURE_EMAIL_REQUIRED = "invalid person: email required for electronic signature flows"
NOT_AWAITING_DOCUMENT = "process is not awaiting a document"  # the spec's example (overlays/16)
NOT_JSON = "invalid request body: not a JSON object"

EMAIL_CHANNEL = "NOTIFICATION_CHANNEL_EMAIL"
PHONE_CHANNELS = ("NOTIFICATION_CHANNEL_WHATSAPP", "NOTIFICATION_CHANNEL_SMS")
PHONE_DIGITS = 13  # "phone number does not contain 13 chars" (the catalogue): 55 + area code + 9 digits


def email_required(channel: str = EMAIL_CHANNEL) -> str:
    return f"invalid person: email required for notification channel {channel}"


def phone_required(channel: str) -> str:
    return f"invalid person: phone number required for notification channel {channel}"


def phone_length(channel: str) -> str:
    return f"invalid person: phone number does not contain {PHONE_DIGITS} chars for notification channel {channel}"


def signature_flows() -> frozenset[str]:
    """The documented flows with an electronic signature (their names end in ``sign``): they need person.email."""
    return frozenset(flow for flow in enum_values("ProcessFlow") if flow.endswith("sign"))


def parse_body(raw: bytes) -> dict[str, Any] | None:
    """The JSON object a write sent, or None when it is not one."""
    try:
        body = json.loads(raw)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def schema_message(schema_name: str, body: Mapping[str, Any]) -> str | None:
    """Why ``body`` is not a valid ``schema_name`` (the first problem, by field), or None when it is valid."""
    errors = sorted(request_validator(schema_name).iter_errors(body), key=lambda e: [str(p) for p in e.absolute_path])
    if not errors:
        return None
    error = errors[0]
    path = [str(part) for part in error.absolute_path]
    if error.validator == "required" and isinstance(error.validator_value, list):
        # A missing field is an empty one to Unico (proto3): name the first missing one as if it were empty.
        missing = [
            name for name in error.validator_value if isinstance(error.instance, dict) and name not in error.instance
        ]
        path = [*path, missing[0]] if missing else path
        return _message_for(path, "is required", missing=True)
    return _message_for(path, _why(error))


def _why(error: ValidationError) -> str:
    """What the rule is, never the value that broke it (jsonschema's own messages quote the value)."""
    if error.validator in ("maxLength", "minLength", "maximum", "minimum", "maxItems", "minItems", "pattern"):
        return f"fails {error.validator} {error.validator_value}"
    if error.validator == "enum":
        return "is not one of the documented values"
    if error.validator == "type":
        return f"must be of type {error.validator_value}"
    return f"fails {error.validator}"


def _message_for(path: list[str], why: str, *, missing: bool = False) -> str:
    head = path[0] if path else ""
    if head == "flow":
        return INVALID_FLOW
    if head == "purpose":
        return INVALID_PURPOSE
    if head == "callbackUri" and (missing or "minLength" in why):
        return EMPTY_CALLBACK_URI
    if path == ["person", "friendlyName"] and "maxLength" in why:
        return FRIENDLY_NAME_TOO_LONG
    if not path:
        return f"invalid request body: {why}"
    where = ".".join(path[1:])
    return f"invalid {head}: {where} {why}" if where else f"invalid {head}: {why}"


def creation_message(body: Mapping[str, Any]) -> str | None:
    """Why Unico refuses this Create Process body (its 400 message), or None when it creates the process."""
    found = schema_message("CreateProcessRequest", body)
    if found is not None:
        return found
    person: Mapping[str, Any] = body.get("person") or {}
    channels = [n["notificationChannel"] for n in person.get("notifications") or []]
    if EMAIL_CHANNEL in channels and not person.get("email"):
        return email_required()
    for channel in _unique(c for c in channels if c in PHONE_CHANNELS):
        phone = person.get("phone")
        if not phone:
            return phone_required(channel)
        if len(phone) != PHONE_DIGITS:
            return phone_length(channel)
    if body["flow"] in signature_flows() and not person.get("email"):
        return SIGNATURE_EMAIL_REQUIRED
    if person.get("duiType") == "DUI_TYPE_BR_CPF" and not is_valid_cpf(person["duiValue"]):
        return INVALID_DUI_VALUE
    return None


def document_message(body: Mapping[str, Any]) -> str | None:
    """Why Unico refuses this Set Process Document body, or None when it is valid. (No CPF check here: the
    catalogue documents the invalid-CPF answer for Create Process only.)"""
    return schema_message("SetProcessDocumentRequest", body)


def is_valid_cpf(value: str) -> bool:
    """A CPF as Unico takes it: 11 digits, not all the same, both check digits right (Receita Federal's rule)."""
    if len(value) != 11 or not value.isascii() or not value.isdigit() or len(set(value)) == 1:
        return False
    digits = [int(c) for c in value]
    for position in (9, 10):
        total = sum(d * w for d, w in zip(digits[:position], range(position + 1, 1, -1), strict=True))
        if (total * 10 % 11) % 10 != digits[position]:
            return False
    return True


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
