"""pytest fixtures for testing code that talks to Unico, against the fake. Registered via the ``pytest11``
entry point ``unico_idcloud`` (install ``unico-idcloud[testing]``).

- ``unico_fake``: a fresh :class:`FakeUnico` per test (seeded catalogue, real time with ``clock.advance``).
- ``unico_account``: a :class:`unico_idcloud.ServiceAccount` registered with ``unico_fake``: the client takes it
  as it is (``unico_private_key_path`` is the same key in a ``.pem`` file).
- ``unico_client`` / ``unico_async_client``: httpx clients that reach ``unico_fake`` in-process (fast).
- ``unico_server``: ``unico_fake`` served by uvicorn on 127.0.0.1 and a free port (``unico_server.url``).

Only the core dependencies and the ``testing`` extra are imported.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from .._account import ServiceAccount
from ._accounts import generate_service_account, write_private_key
from ._fake import FakeUnico
from ._server import FakeServer


@pytest.fixture(scope="session")
def _unico_key_material() -> ServiceAccount:
    # RSA key generation costs tens of milliseconds: once per session, registered afresh in each fake.
    return generate_service_account(name="fake-account", tenant_id="fake-tenant")


@pytest.fixture
def unico_fake() -> Iterator[FakeUnico]:
    """A fresh fake Unico for this test (its webhook sender, if used, stops after the test)."""
    with FakeUnico() as fake:
        yield fake


@pytest.fixture
def unico_account(unico_fake: FakeUnico, _unico_key_material: ServiceAccount) -> ServiceAccount:
    """A service account registered with ``unico_fake``."""
    return unico_fake.add_service_account(_unico_key_material)


@pytest.fixture
def unico_private_key_path(unico_account: ServiceAccount, tmp_path: Path) -> Path:
    """``unico_account``'s private key as a PEM file (mode 0600)."""
    return write_private_key(unico_account, tmp_path / "unico-service-account.pem")


@pytest.fixture
def unico_client(unico_fake: FakeUnico, unico_account: ServiceAccount) -> Iterator[httpx.Client]:
    """A synchronous httpx client into ``unico_fake`` (in-process; any host name routes to the fake)."""
    with unico_fake.client() as client:
        yield client


@pytest.fixture
async def unico_async_client(unico_fake: FakeUnico, unico_account: ServiceAccount) -> AsyncIterator[httpx.AsyncClient]:
    """An async httpx client into ``unico_fake`` (in-process)."""
    async with unico_fake.async_client() as client:
        yield client


@pytest.fixture
def unico_server(unico_fake: FakeUnico, unico_account: ServiceAccount) -> Iterator[FakeServer]:
    """``unico_fake`` on a real socket: ``unico_server.url`` is ``http://127.0.0.1:<port>``."""
    with FakeServer(unico_fake) as server:
        yield server
