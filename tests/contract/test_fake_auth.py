"""The token endpoint (JWT-bearer grant as Unico runs it) and the access-token checks on API calls."""

from __future__ import annotations

from typing import Any

import httpx
import jwt
import pytest

from unico_idcloud.testing import (
    JWT_BEARER_GRANT,
    TOKEN_ERRORS,
    FakeUnico,
    ManualClock,
    Scenario,
    ServiceAccount,
    private_key_pem,
)

PROCESS = f"/client/v1/process/{Scenario.FINISHED_OK}"


def exchange(http_client: httpx.Client, assertion: str | None, grant_type: str = JWT_BEARER_GRANT) -> httpx.Response:
    data = {"grant_type": grant_type}
    if assertion is not None:
        data["assertion"] = assertion
    return http_client.post("/oauth2/token", data=data)


def assert_refused(response: httpx.Response, code: str) -> None:
    status, error, _ = TOKEN_ERRORS[code]
    assert (response.status_code, response.json()) == (
        status,
        {"error": error, "error_description": f"Falha na autenticação {code}"},
    )


def test_a_good_assertion_gets_a_bearer_token(
    fake: FakeUnico, account: ServiceAccount, http_client: httpx.Client
) -> None:
    response = exchange(http_client, fake.make_assertion(account))
    assert response.status_code == 200
    body = response.json()
    assert body["expires_in"] == 3600 and body["token_type"] == "Bearer"
    assert http_client.get(PROCESS, headers={"Authorization": f"Bearer {body['access_token']}"}).status_code == 200


def test_expires_in_is_configurable(key_material: ServiceAccount, clock: ManualClock) -> None:
    fake = FakeUnico(clock=clock, token_lifetime=600)
    fake.add_service_account(key_material)
    with fake.client() as client:
        assert exchange(client, fake.make_assertion(key_material)).json()["expires_in"] == 600


@pytest.mark.parametrize(
    ("knobs", "code"),
    [
        ({"milliseconds": True}, "1.2.21"),
        ({"extra_claims": {"jti": "abc"}}, "1.2.22"),
        ({"extra_claims": {"nbf": 1}}, "1.2.22"),
        ({"extra_claims": {"sub": "someone"}}, "1.2.19"),
        ({"extra_claims": {"sub": "someone", "jti": "x"}}, "1.2.22"),
        ({"trailing_slash": True}, "1.2.5"),
        ({"audience": "https://identity.acesso.io"}, "1.2.5"),
        ({"scope": None}, "1.1.1"),
        ({"scope": "process:read"}, "1.1.1"),
        ({"omit": ("iat",)}, "1.2.21"),
        ({"omit": ("iss",)}, "1.2.21"),
        ({"lifetime": 3601}, "1.2.21"),
        ({"now": 1_700_000_000.0 + 600}, "1.2.21"),  # iat in the future
        ({"swap_iat_exp": True, "now": 1_700_000_000.0 - 60}, "1.2.4"),
        ({"now": 1_700_000_000.0 - 4000}, "1.2.4"),  # expired
        ({"issuer": "contract-account@other-tenant.iam.acesso.io"}, "1.0.1"),
        ({"issuer": "contract-account@contract-tenant.example.com"}, "1.0.1"),
        ({"issuer": "nobody@contract-tenant.iam.acesso.io"}, "1.2.5"),
        ({"algorithm": "RS512"}, "1.2.21"),
    ],
)
def test_assertion_mistakes_are_refused_with_unico_codes(
    fake: FakeUnico, account: ServiceAccount, http_client: httpx.Client, knobs: dict[str, Any], code: str
) -> None:
    assert_refused(exchange(http_client, fake.make_assertion(account, **knobs)), code)


def test_signature_by_another_key_is_1_2_5(
    fake: FakeUnico, account: ServiceAccount, other_key: ServiceAccount, http_client: httpx.Client
) -> None:
    assertion = fake.make_assertion(account, private_key_pem=private_key_pem(other_key))
    assert_refused(exchange(http_client, assertion), "1.2.5")


def test_an_assertion_is_single_use(fake: FakeUnico, account: ServiceAccount, http_client: httpx.Client) -> None:
    assertion = fake.make_assertion(account)
    assert exchange(http_client, assertion).status_code == 200
    assert_refused(exchange(http_client, assertion), "1.2.7")


@pytest.mark.parametrize(
    ("assertion", "grant_type", "code"),
    [
        (None, JWT_BEARER_GRANT, "1.2.20"),
        ("not-a-jwt", JWT_BEARER_GRANT, "1.2.20"),
        ("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", JWT_BEARER_GRANT, "1.2.21"),  # claims are not JSON
        ("x", "client_credentials", "1.2.20"),
    ],
)
def test_undecodable_requests(http_client: httpx.Client, assertion: str | None, grant_type: str, code: str) -> None:
    assert_refused(exchange(http_client, assertion, grant_type), code)


def test_json_body_instead_of_a_form_is_refused(
    fake: FakeUnico, account: ServiceAccount, http_client: httpx.Client
) -> None:
    response = http_client.post(
        "/oauth2/token", json={"grant_type": JWT_BEARER_GRANT, "assertion": fake.make_assertion(account)}
    )
    assert_refused(response, "1.2.20")


@pytest.mark.parametrize(
    ("switch", "code"),
    [("active", "1.2.11"), ("application_active", "1.0.14"), ("permitted", "1.2.14")],
)
def test_account_switches(
    fake: FakeUnico, account: ServiceAccount, http_client: httpx.Client, switch: str, code: str
) -> None:
    setattr(fake.account_state(account), switch, False)
    assert_refused(exchange(http_client, fake.make_assertion(account)), code)


def test_revoked_key_is_1_2_6_and_a_rotated_key_works(
    fake: FakeUnico, account: ServiceAccount, http_client: httpx.Client, other_key: ServiceAccount
) -> None:
    fake.revoke_key(account)
    assert_refused(exchange(http_client, fake.make_assertion(account)), "1.2.6")
    fake.add_service_account(other_key)  # same account and tenant, new key
    assert exchange(http_client, fake.make_assertion(other_key)).status_code == 200


def test_lock_after_too_many_bad_signatures(
    key_material: ServiceAccount, other_key: ServiceAccount, clock: ManualClock
) -> None:
    fake = FakeUnico(clock=clock, lock_after_failures=2)
    fake.add_service_account(key_material)
    with fake.client() as client:
        for _ in range(2):
            bad = fake.make_assertion(key_material, private_key_pem=private_key_pem(other_key))
            assert_refused(exchange(client, bad), "1.2.5")
        assert_refused(exchange(client, fake.make_assertion(key_material)), "1.2.18")


def test_audience_follows_the_configured_token_host(key_material: ServiceAccount, clock: ManualClock) -> None:
    fake = FakeUnico(clock=clock, token_host="https://identity.acesso.io/")
    fake.add_service_account(key_material)
    with fake.client() as client:
        assert exchange(client, fake.make_assertion(key_material)).status_code == 200
        bad = fake.make_assertion(key_material, audience="https://identityhomolog.acesso.io", now=clock() + 1)
        assert_refused(exchange(client, bad), "1.2.5")


# --- access tokens on API calls ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "Jwt is missing"),
        ({"Authorization": "Basic abc"}, "Jwt is missing"),
        ({"Authorization": "Bearer not a jwt"}, "Jwt header is an invalid JSON"),
        ({"Authorization": "Bearer %%%.abc.def"}, "Jwt header is an invalid JSON"),
    ],
)
@pytest.mark.parametrize("path", [PROCESS, PROCESS + "/selfie"])
def test_missing_or_malformed_token_is_401_json_string(
    http_client: httpx.Client, headers: dict[str, str], message: str, path: str
) -> None:
    response = http_client.get(path, headers=headers)
    assert (response.status_code, response.json()) == (401, message)


def test_token_not_issued_by_the_fake(http_client: httpx.Client) -> None:
    forged = jwt.encode(
        {"tenant": "contract-tenant", "exp": 2_000_000_000}, "not-the-fake-secret-but-32-bytes-long!", algorithm="HS256"
    )
    response = http_client.get(PROCESS, headers={"Authorization": f"Bearer {forged}"})
    assert (response.status_code, response.json()) == (401, "Jwt verification fails")


def test_token_expires_on_the_fake_clock(clock: ManualClock, http_client: httpx.Client, auth: dict[str, str]) -> None:
    assert http_client.get(PROCESS, headers=auth).status_code == 200
    clock.advance(3599)
    assert http_client.get(PROCESS, headers=auth).status_code == 200
    clock.advance(1)
    response = http_client.get(PROCESS, headers=auth)
    assert (response.status_code, response.json()) == (401, "Jwt is expired")


def test_revoked_tokens(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    fake.revoke_tokens()
    assert http_client.get(PROCESS, headers=auth).json() == "Jwt verification fails"


@pytest.mark.parametrize(
    ("headers", "code", "status"),
    [
        ({"APIKEY": "wrong"}, "10201", 403),
        ({}, "10201", 403),
    ],
)
def test_idcheck_requires_the_apikey(
    http_client: httpx.Client, auth: dict[str, str], headers: dict[str, str], code: str, status: int
) -> None:
    response = http_client.get("/processes/v1/00000000-0000-4000-9000-000000000003", headers={**auth, **headers})
    assert response.status_code == status
    assert response.json()["Error"]["code"] == code


def test_idcheck_bearer_errors_are_403(
    fake: FakeUnico, clock: ManualClock, http_client: httpx.Client, auth: dict[str, str]
) -> None:
    path = "/processes/v1/00000000-0000-4000-9000-000000000003"
    response = http_client.get(path, headers={"APIKEY": fake.api_key})
    assert (response.status_code, response.json()["Error"]["code"]) == (403, "10501")
    clock.advance(3600)
    response = http_client.get(path, headers={**auth, "APIKEY": fake.api_key})
    assert (response.status_code, response.json()["Error"]["code"]) == (403, "10502")


def test_nothing_secret_in_reprs_or_errors(account: ServiceAccount) -> None:
    assert "PRIVATE" not in repr(account) and "BEGIN" not in repr(account)
    from unico_idcloud.testing._auth import TokenError

    assert str(TokenError("1.2.5")) == "1.2.5"
