"""Proxies as httpx does them, through a real proxy on 127.0.0.1: ``HTTPS_PROXY`` from the environment (``NO_PROXY``
too, ``trust_env=False`` off), and ``proxy=``; the API and the token endpoint both, still under retries and the
rate limit. The fake serves HTTPS with a certificate made here, trusted through ``SSL_CERT_FILE``."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from unico_idcloud import AsyncIDCloud, Environment, IDCloud
from unico_idcloud.errors import ConnectionError
from unico_idcloud.testing import FakeServer, FakeUnico, Scenario, ServiceAccount

from .loopback_proxy import LoopbackProxy

PID = str(Scenario.FINISHED_OK)
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def _certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


@pytest.fixture
def https_fake(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, _unico_key_material: ServiceAccount
) -> Iterator[tuple[FakeUnico, str]]:
    """The fake on https://127.0.0.1:<free port>, its certificate trusted by every httpx client (SSL_CERT_FILE)."""
    cert_file, key_file = _certificate(tmp_path_factory.mktemp("tls"))
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
        monkeypatch.delenv(variable.lower(), raising=False)
    fake = FakeUnico()
    fake.add_service_account(_unico_key_material)
    config = uvicorn.Config(
        fake,
        host="127.0.0.1",
        port=0,
        ssl_certfile=str(cert_file),
        ssl_keyfile=str(key_file),
        lifespan="off",
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the HTTPS fake did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"https://127.0.0.1:{port}"
    fake.token_host = url
    yield fake, url
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    with LoopbackProxy() as proxy:
        yield proxy


def test_https_proxy_from_the_environment_carries_the_api_and_the_token(
    https_fake: tuple[FakeUnico, str], proxy: LoopbackProxy, account: ServiceAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, url = https_fake
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    authority = url.removeprefix("https://")
    with IDCloud(account, environment=Environment.from_url(url)) as client:
        client.access_token()  # the token endpoint alone
        assert proxy.seen == [f"CONNECT {authority}"]
        assert str(client.get_process(PID).id) == PID
    assert set(proxy.seen) == {f"CONNECT {authority}"}


async def test_an_explicit_proxy_for_the_async_client(
    https_fake: tuple[FakeUnico, str], proxy: LoopbackProxy, account: ServiceAccount
) -> None:
    _, url = https_fake
    async with AsyncIDCloud(account, environment=Environment.from_url(url), proxy=proxy.url) as client:
        await client.access_token()  # the token endpoint
        assert str((await client.get_process(PID)).id) == PID
    assert len(proxy.seen) >= 1 and all(line.startswith("CONNECT 127.0.0.1:") for line in proxy.seen)


def test_no_proxy_goes_direct(
    https_fake: tuple[FakeUnico, str], proxy: LoopbackProxy, account: ServiceAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, url = https_fake
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with IDCloud(account, environment=Environment.from_url(url)) as client:
        client.get_process(PID)
    assert proxy.seen == []


@pytest.fixture
def http_fake(monkeypatch: pytest.MonkeyPatch, _unico_key_material: ServiceAccount) -> Iterator[str]:
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
        monkeypatch.delenv(variable.lower(), raising=False)
    fake = FakeUnico()
    fake.add_service_account(_unico_key_material)
    with FakeServer(fake) as server:
        fake.token_host = server.url
        yield server.url


def test_http_proxy_forwards_and_trust_env_false_ignores_it(
    http_fake: str, proxy: LoopbackProxy, account: ServiceAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An http:// URL goes through the proxy in absolute form (no tunnel); trust_env=False reads no variable."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with IDCloud(account, environment=Environment.from_url(http_fake), trust_env=False) as client:
        client.get_process(PID)
    assert proxy.seen == []
    with IDCloud(account, environment=Environment.from_url(http_fake)) as client:
        client.get_process(PID)
    assert proxy.seen == [f"POST {http_fake}/oauth2/token", f"GET {http_fake}/client/v1/process/{PID}"]


def test_a_dead_proxy_is_a_connection_error_after_the_retries(
    https_fake: tuple[FakeUnico, str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The retry layer wraps the proxied transport: an unreachable proxy is retried, then typed."""
    _, url = https_fake
    with LoopbackProxy() as dead:
        dead_url = dead.url
    monkeypatch.setenv("HTTPS_PROXY", dead_url)
    client = IDCloud(environment=Environment.from_url(url), token="t", max_retries=1, retry_deadline=1)
    with caplog.at_level(logging.INFO, "unico_idcloud"), client, pytest.raises(ConnectionError):
        client.get_process(PID)
    assert any("retry 1 of 1" in record.getMessage() for record in caplog.records)
