"""Checks schemathesis does not have. IDUnico + IDCheck must refuse a valid token sent with a wrong ``APIKEY``; a
valid Create Process body may be refused only for a rule Unico documents beyond the schema.

schemathesis' ``ignored_auth`` removes or breaks every credential at once; it never sends a valid access token with
a wrong API key, which is how an operation that checks the token but not the key would slip through. Importing this
module registers the checks for every run here (pytest, ``make contract``, ``make contract-sandbox``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case, CheckContext, GenerationMode, Response

from unico_idcloud.testing._writes import is_valid_cpf  # the check-digit arithmetic (tested on its own)

WRONG_API_KEY = "contract-test-wrong-apikey"
API_KEY_HEADER = "APIKEY"
# What the IDCheck pages document for a bad token or APIKEY: 403 (API reference) or 401 (error-codes page).
REFUSALS = (401, 403)


def _declares_api_key(case: Case) -> bool:
    schemes = case.operation.schema.raw_schema.get("components", {}).get("securitySchemes", {})
    for requirement in case.operation.definition.raw.get("security", []):
        for name in requirement:
            scheme = schemes.get(name, {})
            if scheme.get("type") == "apiKey" and scheme.get("name", "").lower() == API_KEY_HEADER.lower():
                return True
    return False


@schemathesis.check
def api_key_enforced(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After a 2xx from an operation that requires the APIKEY header, the same request with a wrong APIKEY (and
    the same valid token) must be refused."""
    if not 200 <= response.status_code < 300 or not _declares_api_key(case):
        return None
    sent = {name: value for name, value in response.request.headers.items()}
    if not any(name.lower() == API_KEY_HEADER.lower() for name in sent):
        return None  # no key was sent: ignored_auth's business
    headers = {name: value for name, value in sent.items() if name.lower() != API_KEY_HEADER.lower()}
    headers[API_KEY_HEADER] = WRONG_API_KEY
    url = urlsplit(response.request.url)
    probe = case.operation.Case(path_parameters=case.path_parameters, query=case.query)
    answer = probe.call(base_url=f"{url.scheme}://{url.netloc}", headers=headers)
    if answer.status_code not in REFUSALS:
        raise AssertionError(
            f"A valid token with a wrong {API_KEY_HEADER} was accepted: {case.operation.label} answered "
            f"{answer.status_code}, expected one of {', '.join(map(str, REFUSALS))}"
        )
    return None


# --- Create Process: valid bodies are refused only for the rules Unico documents beyond the schema ------------------

SIGNATURE_EMAIL = "invalid person: email required for electronic signature flows"
INVALID_DUI_VALUE = "idnsv2/GetPublicID request error: rpc error: code = InvalidArgument desc = invalid dui value"
PHONE_CHANNELS = ("NOTIFICATION_CHANNEL_WHATSAPP", "NOTIFICATION_CHANNEL_SMS")


def documented_refusals(body: Any) -> set[str]:
    """The 400 messages a schema-valid Create Process ``body`` has earned under Unico's documented rules (error
    catalogue and Create Process pages), worked out here on their own rather than asked of the fake."""
    if not isinstance(body, dict):
        return set()
    person = body.get("person") if isinstance(body.get("person"), dict) else {}
    channels = {n.get("notificationChannel") for n in person.get("notifications") or [] if isinstance(n, dict)}
    earned = set()
    if not person.get("email"):
        if "NOTIFICATION_CHANNEL_EMAIL" in channels:
            earned.add("invalid person: email required for notification channel NOTIFICATION_CHANNEL_EMAIL")
        if str(body.get("flow", "")).endswith("sign"):
            earned.add(SIGNATURE_EMAIL)
    for channel in channels & set(PHONE_CHANNELS):
        if not person.get("phone"):
            earned.add(f"invalid person: phone number required for notification channel {channel}")
        elif len(person["phone"]) != 13:
            earned.add(f"invalid person: phone number does not contain 13 chars for notification channel {channel}")
    if person.get("duiType") == "DUI_TYPE_BR_CPF" and not is_valid_cpf(str(person.get("duiValue", ""))):
        earned.add(INVALID_DUI_VALUE)
    return earned


@schemathesis.check
def writes_refuse_valid_bodies_only_for_documented_rules(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """A schema-valid Create Process body answered 400 must break a documented rule, and say which (schemathesis.toml
    accepts 400 for valid data on this operation for that reason only)."""
    if case.operation.definition.raw.get("operationId") != "createProcess" or response.status_code != 400:
        return None
    meta = case.meta
    if meta is None or meta.generation.mode is not GenerationMode.POSITIVE:
        return None
    message = response.json().get("message")
    earned = documented_refusals(case.body)
    if message not in earned:
        raise AssertionError(
            f"A valid Create Process body was refused with {message!r}, which no documented rule it breaks "
            f"explains (rules it breaks: {sorted(earned) or 'none'})"
        )
    return None
