"""Credential checks, as Unico's setup page lets a tenant configure them (Basic, API key, Bearer, none)."""

from __future__ import annotations

import base64
import functools
import logging

import pytest

from unico_idcloud.errors import ConfigurationError, UnicoError
from unico_idcloud.webhooks import ApiKeyAuth, BasicAuth, BearerAuth, WebhookAuthError, parse_notification
from unico_idcloud.webhooks._credentials import Headers, same_secret

BODY = b'{"processId": "8263a268-5388-492a-bca2-28e1ff4a69f0", "state": "PROCESS_STATE_FINISHED", "flow": "id"}'


def basic(credentials: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


# --- Basic ---------------------------------------------------------------------------------------------------------


def test_basic_accepts_the_configured_user_and_password() -> None:
    BasicAuth("unico:s3cret").verify(basic("unico:s3cret"))


@pytest.mark.parametrize("presented", ["unico:wrong", "other:s3cret", "unico:s3cret ", "unico", "unico:S3CRET"])
def test_basic_refuses_other_credentials(presented: str) -> None:
    with pytest.raises(WebhookAuthError, match="do not match"):
        BasicAuth("unico:s3cret").verify(basic(presented))


def test_basic_password_may_contain_colons() -> None:
    BasicAuth("unico:pa:ss").verify(basic("unico:pa:ss"))


def test_basic_scheme_is_case_insensitive() -> None:
    BasicAuth("u:p").verify({"authorization": "basic " + base64.b64encode(b"u:p").decode()})


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer dTpw"}, {"Authorization": "Basic"}, {"Authorization": "Basic not*base64"}],
)
def test_basic_refuses_missing_or_malformed_authorization(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookAuthError):
        BasicAuth("u:p").verify(headers)


def test_basic_refuses_two_authorization_headers() -> None:
    value = basic("u:p")["Authorization"].encode()
    with pytest.raises(WebhookAuthError, match="2 times"):
        BasicAuth("u:p").verify([(b"authorization", value), (b"authorization", value)])


def test_basic_configuration_needs_a_colon() -> None:
    with pytest.raises(ConfigurationError, match="user:pass"):
        BasicAuth("justapassword")


# --- API key: the first-colon rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("configured", "header", "value"),
    [
        ("X-API-Key:abc123", "X-API-Key", "abc123"),
        ("Authorization:Bearer abc123", "Authorization", "Bearer abc123"),
        ("abc123", "Authorization", "abc123"),
        ("X-Token:a:b:c", "X-Token", "a:b:c"),
        ("X-API-Key: abc123", "X-API-Key", "abc123"),
    ],
)
def test_api_key_splits_on_the_first_colon(configured: str, header: str, value: str) -> None:
    auth = ApiKeyAuth(configured)
    assert auth.header == header
    auth.verify({header.lower(): value})


def test_api_key_bare_value_is_the_raw_authorization_header() -> None:
    with pytest.raises(WebhookAuthError):
        ApiKeyAuth("abc123").verify({"Authorization": "Bearer abc123"})


@pytest.mark.parametrize("presented", ["abc124", "abc1234", "ABC123", ""])
def test_api_key_refuses_another_value(presented: str) -> None:
    with pytest.raises(WebhookAuthError, match="does not match"):
        ApiKeyAuth("X-API-Key:abc123").verify({"X-API-Key": presented})


def test_api_key_refuses_the_value_in_another_header() -> None:
    with pytest.raises(WebhookAuthError, match="no X-API-Key header"):
        ApiKeyAuth("X-API-Key:abc123").verify({"Authorization": "abc123"})


def test_api_key_header_given_explicitly_takes_the_key_whole() -> None:
    auth = ApiKeyAuth("a:b", header="X-Key")
    auth.verify({"x-key": "a:b"})


@pytest.mark.parametrize("configured", [":abc", "X-API-Key:", ""])
def test_api_key_configuration_needs_a_header_and_a_value(configured: str) -> None:
    with pytest.raises(ConfigurationError):
        ApiKeyAuth(configured)


def test_api_key_compares_the_bytes_sent_on_the_wire() -> None:
    ApiKeyAuth("X-Key:chave-ação").verify([(b"x-key", "chave-ação".encode())])


# --- Bearer ----------------------------------------------------------------------------------------------------------


def test_bearer_passes_the_token_to_the_validator() -> None:
    seen: list[str] = []
    BearerAuth(lambda token: seen.append(token) or True).verify({"Authorization": "Bearer tok-1"})
    assert seen == ["tok-1"]


@pytest.mark.parametrize("verdict", [False, None, "yes", 1])
def test_bearer_accepts_only_true(verdict: object) -> None:
    with pytest.raises(WebhookAuthError, match="refused"):
        BearerAuth(lambda token: verdict).verify({"Authorization": "Bearer tok"})  # type: ignore[arg-type,return-value]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Basic dTpw"}, {"Authorization": "Bearer "}])
def test_bearer_refuses_without_a_bearer_token(headers: dict[str, str]) -> None:
    called: list[str] = []
    with pytest.raises(WebhookAuthError):
        BearerAuth(lambda token: called.append(token) or True).verify(headers)
    assert called == []


def test_bearer_validator_that_raises_refuses_without_quoting_it() -> None:
    def validator(token: str) -> bool:
        raise RuntimeError(f"bad token {token}")

    with pytest.raises(WebhookAuthError) as caught:
        BearerAuth(validator).verify({"Authorization": "Bearer secret-token"})
    assert "secret-token" not in str(caught.value) and caught.value.__cause__ is None
    assert "RuntimeError" in str(caught.value)


async def test_bearer_async_validator() -> None:
    async def validator(token: str) -> bool:
        return token == "good"

    await BearerAuth(validator).verify_async({"Authorization": "Bearer good"})
    with pytest.raises(WebhookAuthError):
        await BearerAuth(validator).verify_async({"Authorization": "Bearer bad"})


async def test_bearer_async_validator_as_a_partial() -> None:
    async def validator(expected: str, token: str) -> bool:
        return token == expected

    await BearerAuth(functools.partial(validator, "good")).verify_async({"Authorization": "Bearer good"})


async def test_bearer_sync_validator_under_verify_async() -> None:
    await BearerAuth(lambda token: token == "good").verify_async({"Authorization": "Bearer good"})


def test_bearer_async_validator_in_sync_code_is_a_clear_type_error() -> None:
    async def validator(token: str) -> bool:
        return True

    with pytest.raises(TypeError, match="parse_notification_async"):
        BearerAuth(validator).verify({"Authorization": "Bearer tok"})


# --- none --------------------------------------------------------------------------------------------------------


def test_no_credentials_needs_the_explicit_flag() -> None:
    with pytest.raises(ConfigurationError, match="allow_unauthenticated"):
        parse_notification({}, BODY, auth=None)


def test_no_credentials_with_the_flag_logs_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="unico_idcloud.webhooks"):
        assert str(parse_notification({}, BODY, auth=None, allow_unauthenticated=True).process_id).startswith("8263")
    assert any("unauthenticated" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


def test_auth_must_be_a_webhook_auth() -> None:
    with pytest.raises(ConfigurationError, match="WebhookAuth"):
        parse_notification({}, BODY, auth="user:pass")  # type: ignore[arg-type]


# --- secrecy and constant time -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "auth", [BasicAuth("unico:s3cret"), ApiKeyAuth("X-API-Key:s3cret"), ApiKeyAuth("Authorization:Bearer s3cret")]
)
def test_repr_and_errors_never_show_the_secret(auth: BasicAuth | ApiKeyAuth) -> None:
    assert "s3cret" not in repr(auth)
    with pytest.raises(WebhookAuthError) as caught:
        auth.verify({"Authorization": "Basic " + base64.b64encode(b"unico:s3cre7").decode(), "X-API-Key": "s3cre7"})
    assert "s3cre" not in str(caught.value) and "s3cre" not in repr(caught.value)


def test_headers_repr_shows_names_only() -> None:
    assert "s3cret" not in repr(Headers({"Authorization": "s3cret"}))


def test_same_secret_compares_digests(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    compared: list[tuple[int, int]] = []
    original = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((len(a), len(b)))
        return original(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert same_secret(b"short", b"short") and not same_secret(b"short", b"a much longer secret")
    assert compared == [(32, 32), (32, 32)]  # fixed-size digests: not even the length leaks


def test_webhook_errors_are_unico_errors_with_the_status_the_receiver_answers() -> None:
    with pytest.raises(UnicoError) as caught:
        ApiKeyAuth("X-Key:v").verify({})
    assert isinstance(caught.value, WebhookAuthError) and caught.value.status_code == 401
