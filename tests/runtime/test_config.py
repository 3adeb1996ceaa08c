"""Configuration: environments, accounts, from_env, missing pieces; packaging; a real server on 127.0.0.1."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
from pathlib import Path

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, Environment, IDCloud
from unico_idcloud.errors import ConfigurationError, UnicoError
from unico_idcloud.testing import FakeServer, FakeUnico, IdCheckScenario, Scenario, ServiceAccount, private_key_pem


def test_unico_environments_name_every_host() -> None:
    assert Environment.UAT.api_url == "https://api.idcloud.uat.unico.app"
    assert Environment.UAT.idcheck_url == "https://api.id.uat.unico.app"
    assert Environment.UAT.token_url == "https://identityhomolog.acesso.io/oauth2/token"
    assert Environment.UAT.audience == "https://identityhomolog.acesso.io"
    assert Environment.PRODUCTION.api_url == "https://api.idcloud.unico.app"
    assert Environment.PRODUCTION.idcheck_url == "https://api.id.unico.app"
    assert Environment.UAT_CADASTRO.api_url == "https://api.cadastro.uat.unico.app"
    assert Environment.PRODUCTION_CADASTRO.api_url == "https://api.cadastro.unico.app"


def test_a_custom_environment_derives_its_audience_from_the_token_url() -> None:
    env = Environment(
        api_url="https://a.test/", idcheck_url="https://b.test", token_url="https://id.test:8443/oauth2/token"
    )
    assert env.audience == "https://id.test:8443" and env.api_url == "https://a.test"
    assert (
        Environment(
            api_url="https://a.test",
            idcheck_url="https://b.test",
            token_url="https://id.test/t",
            audience="https://x.test/",
        ).audience
        == "https://x.test"
    )


@pytest.mark.parametrize(
    ("name", "expected"), [("uat", "uat"), ("PRODUCTION", "production"), ("uat-cadastro", "uat-cadastro")]
)
def test_environments_parse_by_name(name: str, expected: str) -> None:
    assert Environment.parse(name).name == expected


def test_an_environment_from_a_url_serves_everything_there() -> None:
    env = Environment.parse("http://127.0.0.1:8765/")
    assert (env.api_url, env.idcheck_url, env.token_url, env.audience) == (
        "http://127.0.0.1:8765",
        "http://127.0.0.1:8765",
        "http://127.0.0.1:8765/oauth2/token",
        "http://127.0.0.1:8765",
    )
    with pytest.raises(ConfigurationError):
        Environment.parse("staging")


def test_a_bad_private_key_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        ServiceAccount(
            name="a", tenant_id="t", private_key="-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----"
        )
    assert "c2VjcmV0" not in str(caught.value)


def test_an_account_reads_its_key_file(unico_account: ServiceAccount, unico_private_key_path: Path) -> None:
    loaded = ServiceAccount.from_file(unico_private_key_path, name="acc", tenant_id="t")
    assert loaded.issuer == "acc@t.iam.acesso.io"
    assert "PRIVATE" not in repr(loaded)
    with pytest.raises(ConfigurationError):
        ServiceAccount.from_file(unico_private_key_path.with_name("missing.pem"), name="acc", tenant_id="t")


def test_from_env_names_what_is_missing() -> None:
    with pytest.raises(ConfigurationError) as caught:
        IDCloud.from_env({"UNICO_TENANT_ID": "t"})
    assert "UNICO_ACCOUNT_NAME" in str(caught.value) and "UNICO_PRIVATE_KEY_FILE" in str(caught.value)
    assert "UNICO_TENANT_ID" not in str(caught.value)


def test_from_env_builds_a_working_client(
    unico_fake: FakeUnico, unico_account: ServiceAccount, unico_private_key_path: Path
) -> None:
    environ = {
        "UNICO_ACCOUNT_NAME": unico_account.name,
        "UNICO_TENANT_ID": unico_account.tenant_id,
        "UNICO_PRIVATE_KEY_FILE": str(unico_private_key_path),
        "UNICO_ENVIRONMENT": "uat",
        "UNICO_API_KEY": unico_fake.api_key,
    }
    with IDCloud.from_env(environ, transport=unico_fake.transport()) as client:
        assert client.get_idcheck_process(IdCheckScenario.SUCCESS).status == 3
    one_line_key = private_key_pem(unico_account).decode().replace("\n", "\\n")
    inline = {**environ, "UNICO_PRIVATE_KEY": one_line_key}
    del inline["UNICO_PRIVATE_KEY_FILE"]
    with IDCloud.from_env(inline, transport=unico_fake.transport()) as client:
        assert str(client.get_process(Scenario.FINISHED_OK).id) == Scenario.FINISHED_OK


def test_a_client_needs_an_account_or_a_token(unico_account: ServiceAccount) -> None:
    with pytest.raises(ConfigurationError):
        IDCloud()
    with pytest.raises(ConfigurationError):
        IDCloud(unico_account, token="t")
    with pytest.raises(ConfigurationError, match="credentials"):
        IDCloud("fake-account@fake-tenant")  # type: ignore[arg-type]  # an account's name, not the account


def test_idcheck_needs_an_api_key(unico_fake: FakeUnico, unico_account: ServiceAccount) -> None:
    client = IDCloud(unico_account, transport=unico_fake.transport())
    with client, pytest.raises(ConfigurationError, match="api_key"):
        client.get_idcheck_process(IdCheckScenario.SUCCESS)


def test_client_reprs_show_no_secret(unico_account: ServiceAccount) -> None:
    client = IDCloud(unico_account, api_key="secret-api-key")
    static = IDCloud(token="secret-token")
    assert (
        repr(client)
        == "IDCloud(account=ServiceAccount(name='fake-account', tenant_id='fake-tenant'), environment='uat')"
    )
    assert "secret-token" not in repr(static) and "secret-api-key" not in repr(client)
    client.close()
    static.close()


def test_the_runtime_dependencies_are_the_package_s_own() -> None:
    requirements = importlib.metadata.requires("unico-idcloud") or []
    core = [r for r in requirements if "extra ==" not in r]
    assert any(r.startswith("pyjwt[crypto]") for r in core)
    assert any(r.startswith("httpx-retries") for r in core)


def test_the_package_is_typed() -> None:
    assert importlib.resources.files("unico_idcloud").joinpath("py.typed").is_file()


def test_over_a_real_server_on_loopback(unico_fake: FakeUnico, unico_account: ServiceAccount) -> None:
    with FakeServer(unico_fake) as server:
        env = Environment(
            api_url=server.url,
            idcheck_url=server.url,
            token_url=f"{server.url}/oauth2/token",
            audience=unico_fake.token_host,
        )
        with IDCloud(unico_account, environment=env, api_key=unico_fake.api_key) as client:
            assert str(client.get_process(Scenario.FINISHED_OK).id) == Scenario.FINISHED_OK
            assert client.get_selfie(Scenario.FINISHED_OK).content_type == "image/jpeg"
            assert client.get_idcheck_process(IdCheckScenario.SUCCESS).status == 3


async def test_async_over_a_real_server_on_loopback(unico_fake: FakeUnico, unico_account: ServiceAccount) -> None:
    from unico_idcloud.errors import TransportError
    from unico_idcloud.testing import Fault

    with FakeServer(unico_fake) as server:
        env = Environment.from_url(server.url)
        unico_fake.token_host = server.url  # the fake then expects the URL's own audience, as `make mock` does
        async with AsyncIDCloud(unico_account, environment=env, timeout=2.0) as client:
            assert str((await client.get_process(Scenario.FINISHED_OK)).id) == Scenario.FINISHED_OK
            unico_fake.inject_fault(Fault.DROP_CONNECTION)
            with pytest.raises(TransportError):
                await client.get_process(Scenario.FINISHED_OK)


class _ImportAttempts:
    """A ``sys.meta_path`` finder that records the modules Python goes looking for (and finds nothing itself)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        self.names.append(name)


async def test_async_requests_attempt_no_import(unico_fake: FakeUnico, unico_account: ServiceAccount) -> None:
    """httpcore imports sniffio on every async request; without it installed each one is a failed import (a scan
    of sys.path, ~2 ms on a small machine: encode/httpcore#1103). The package depends on sniffio for that."""
    import sys

    attempts = _ImportAttempts()
    with FakeServer(unico_fake) as server:
        unico_fake.token_host = server.url
        async with AsyncIDCloud(unico_account, environment=Environment.from_url(server.url)) as client:
            await client.get_process(Scenario.FINISHED_OK)  # the first call may import what it needs once
            sys.meta_path.insert(0, attempts)
            try:
                for _ in range(3):
                    await client.get_process(Scenario.FINISHED_OK)
            finally:
                sys.meta_path.remove(attempts)
    assert attempts.names == []


def test_a_server_slower_than_the_timeout_is_a_transport_error(
    unico_fake: FakeUnico, unico_account: ServiceAccount
) -> None:
    from unico_idcloud.errors import TransportError
    from unico_idcloud.testing import Fault

    with FakeServer(unico_fake) as server:
        unico_fake.token_host = server.url
        client = IDCloud(unico_account, environment=server.url, timeout=0.2, max_retries=1)
        with client:
            client.access_token()
            rule = unico_fake.inject_fault(Fault.LATENCY, latency=1.0)
            with pytest.raises(TransportError) as caught:
                client.get_process(Scenario.FINISHED_OK)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert rule.fired == 2  # the first attempt and its one retry


def _header_recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"code": 404, "message": "not found"})

    return sent, httpx.MockTransport(handler)


DEFAULT_HEADERS = {"X-Request-Source": "batch-7", "Authorization": "Basic not-this", "APIKEY": "not-this"}


def _check_default_headers(sent: list[httpx.Request]) -> None:
    by_unico, idcheck = sent
    for request in (by_unico, idcheck):
        assert request.headers["x-request-source"] == "batch-7"
        assert request.headers["authorization"] == "Bearer static-token"  # the auth's header wins
    assert by_unico.headers["apikey"] == "not-this"  # the by Unico API has no APIKEY of its own
    assert idcheck.headers["apikey"] == "the-api-key"  # the client's api_key wins


def test_default_headers_go_with_every_api_request() -> None:
    sent, transport = _header_recorder()
    with IDCloud(
        token="static-token", transport=transport, default_headers=DEFAULT_HEADERS, api_key="the-api-key"
    ) as client:
        for operation in (client.get_process, client.get_idcheck_process):
            with pytest.raises(UnicoError):
                operation(Scenario.FINISHED_OK)
    _check_default_headers(sent)


async def test_async_default_headers_go_with_every_api_request() -> None:
    sent, transport = _header_recorder()
    async with AsyncIDCloud(
        token="static-token", transport=transport, default_headers=DEFAULT_HEADERS, api_key="the-api-key"
    ) as client:
        for operation in (client.get_process, client.get_idcheck_process):
            with pytest.raises(UnicoError):
                await operation(Scenario.FINISHED_OK)
    _check_default_headers(sent)


def test_bad_default_headers_are_refused_without_echoing_them() -> None:
    with pytest.raises(ConfigurationError) as caught:
        IDCloud(token="t", default_headers={"X-Secret": 12345})  # type: ignore[dict-item]
    assert "12345" not in str(caught.value) and "default_headers" in str(caught.value)


@pytest.mark.parametrize("client_class", [IDCloud, AsyncIDCloud])
def test_an_unknown_option_is_a_type_error_naming_it(client_class: type[IDCloud] | type[AsyncIDCloud]) -> None:
    with pytest.raises(TypeError, match="'rate_limt'"):
        client_class(token="t", rate_limt=5)  # type: ignore[call-arg]
