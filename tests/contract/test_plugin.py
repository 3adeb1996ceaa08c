"""The pytest plugin's fixtures, used as a user would (they come from the pytest11 entry point)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from unico_idcloud.testing import (
    JWT_BEARER_GRANT,
    FakeServer,
    FakeUnico,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    make_assertion,
)


def token_via(http_client: httpx.Client, account: ServiceAccount, audience: str) -> str:
    form = {"grant_type": JWT_BEARER_GRANT, "assertion": make_assertion(account, audience=audience)}
    response = http_client.post("/oauth2/token", data=form)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def test_in_process_sync_client(
    unico_fake: FakeUnico, unico_account: ServiceAccount, unico_client: httpx.Client
) -> None:
    token = token_via(unico_client, unico_account, unico_fake.token_host)
    response = unico_client.get(
        f"/client/v1/process/{Scenario.FINISHED_OK}", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.json()["process"]["result"] == "PROCESS_RESULT_OK"


async def test_in_process_async_client(
    unico_fake: FakeUnico, unico_account: ServiceAccount, unico_async_client: httpx.AsyncClient
) -> None:
    form = {"grant_type": JWT_BEARER_GRANT, "assertion": unico_fake.make_assertion(unico_account)}
    token = (await unico_async_client.post("/oauth2/token", data=form)).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}", "APIKEY": unico_fake.api_key}
    response = await unico_async_client.get(f"/processes/v1/{IdCheckScenario.SUCCESS}", headers=headers)
    assert response.json()["status"] == 3


def test_real_server_on_loopback(unico_server: FakeServer, unico_account: ServiceAccount) -> None:
    assert unico_server.url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=unico_server.url) as client:
        token = token_via(client, unico_account, "https://identityhomolog.acesso.io")
        response = client.get(
            f"/client/v1/process/{Scenario.SELFIE_PNG}/selfie", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.json()["contentType"] == "image/png"


def test_the_server_sends_without_nagle_delay(unico_server: FakeServer) -> None:
    """uvicorn writes a response's headers and body apart: without TCP_NODELAY on the connection the body waited
    for the client's delayed ACK (~40 ms a request). asyncio sets it only on sockets that say they are TCP."""
    import socket

    with httpx.Client(base_url=unico_server.url) as client:
        client.get("/nothing-here")  # the connection stays open (keep-alive) while we look at the server's side
        connections = unico_server._server.server_state.connections
        sockets = [connection.transport.get_extra_info("socket") for connection in connections]  # type: ignore[union-attr]
        assert sockets
        assert all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets)


def test_private_key_file_signs_like_the_account(
    unico_private_key_path: Path, unico_account: ServiceAccount, unico_fake: FakeUnico, unico_client: httpx.Client
) -> None:
    assert unico_private_key_path.stat().st_mode & 0o777 == 0o600
    loaded = ServiceAccount.from_file(
        unico_private_key_path, name=unico_account.name, tenant_id=unico_account.tenant_id
    )
    token_via(unico_client, loaded, unico_fake.token_host)


def test_each_test_gets_a_fresh_fake(unico_fake: FakeUnico) -> None:
    unico_fake.add_process("22222222-2222-4222-8222-222222222222")
    assert len(unico_fake.store.by_unico) == len(Scenario) + 1


def test_plugin_imports_nothing_beyond_core_and_testing_extra() -> None:
    """Importing the plugin pulls in no module that the core deps, the testing extra and pytest don't already."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import httpx, httpx_retries, anyio, attrs, dateutil, orjson, starlette, uvicorn, jwt, cryptography, pytest\n"
        "import starlette.applications, starlette.routing, uvicorn.config, uvicorn.server, jwt.algorithms\n"
        "import cryptography.hazmat.primitives.asymmetric.rsa, cryptography.hazmat.primitives.serialization\n"
        "before = {m.split('.')[0] for m in sys.modules}\n"
        "import unico_idcloud.testing.pytest_plugin\n"
        "new = {m.split('.')[0] for m in sys.modules} - before - set(sys.stdlib_module_names)\n"
        "new -= {'unico_idcloud', 'unico_idcloud_client'}  # this distribution's own packages\n"
        "print(sorted(new))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]", out


@pytest.mark.parametrize("name", ["unico_fake", "unico_account", "unico_client", "unico_async_client", "unico_server"])
def test_fixtures_are_registered(request: pytest.FixtureRequest, name: str) -> None:
    assert name in request.fixturenames or request.getfixturevalue(name) is not None


def test_advance_clock_expires_tokens(
    unico_fake: FakeUnico, unico_account: ServiceAccount, unico_client: httpx.Client
) -> None:
    headers = {"Authorization": f"Bearer {unico_fake.issue_token(unico_account)}"}
    unico_fake.advance_clock(3600)
    assert unico_client.get(f"/client/v1/process/{Scenario.FINISHED_OK}", headers=headers).json() == "Jwt is expired"
