"""A check schemathesis does not have: IDUnico + IDCheck must refuse a valid token sent with a wrong ``APIKEY``.

schemathesis' ``ignored_auth`` removes or breaks every credential at once; it never sends a valid access token with
a wrong API key, which is how an operation that checks the token but not the key would slip through. Importing this
module registers the check for every run here (pytest, ``make contract``, ``make contract-sandbox``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

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
