"""Contract-suite fixtures. Every response any FakeUnico sends during a test is captured at the ASGI layer
and validated against spec/openapi.json when the test ends (see _spec_check.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from unico_idcloud.testing import FakeUnico, ManualClock, ServiceAccount, generate_service_account
from unico_idcloud.testing._app import FakeUnicoApp

from ._spec_check import Exchange, SpecCheck

_SPEC = SpecCheck.load()


@pytest.fixture(autouse=True)
def spec_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[SpecCheck]:
    check = SpecCheck(_SPEC.spec)
    original = FakeUnicoApp.__call__

    async def recording(self: FakeUnicoApp, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await original(self, scope, receive, send)
            return
        state: dict[str, Any] = {"body": b""}

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = {k.decode().lower(): v.decode() for k, v in message.get("headers", [])}
            elif message["type"] == "http.response.body":
                state["body"] += message.get("body", b"")
                if not message.get("more_body", False):
                    check.record(
                        Exchange(scope["method"], scope["path"], state["status"], state["headers"], state["body"])
                    )
            await send(message)

        # The dropped-connection fault looks for uvicorn's cycle behind `send`; keep it reachable.
        capture.__self__ = getattr(send, "__self__", None)  # type: ignore[attr-defined]
        await original(self, scope, receive, capture)

    monkeypatch.setattr(FakeUnicoApp, "__call__", recording)
    yield check
    problems = check.all_problems()
    assert not problems, "responses outside spec/openapi.json:\n" + "\n".join(problems)


@pytest.fixture(scope="session")
def key_material() -> ServiceAccount:
    return generate_service_account(name="contract-account", tenant_id="contract-tenant")


@pytest.fixture(scope="session")
def other_key() -> ServiceAccount:
    return generate_service_account(name="contract-account", tenant_id="contract-tenant")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1_700_000_000.0)


@pytest.fixture
def fake(clock: ManualClock) -> FakeUnico:
    return FakeUnico(clock=clock, rate_limit=None)  # a frozen clock would otherwise allow 10 requests per test


@pytest.fixture
def account(fake: FakeUnico, key_material: ServiceAccount) -> ServiceAccount:
    return fake.add_service_account(key_material)


@pytest.fixture
def http_client(fake: FakeUnico) -> Iterator[httpx.Client]:
    with fake.client() as c:
        yield c


@pytest.fixture
async def async_http_client(fake: FakeUnico) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.async_client() as c:
        yield c


@pytest.fixture
def token(fake: FakeUnico, account: ServiceAccount) -> str:
    return fake.issue_token(account)


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def idcheck_auth(fake: FakeUnico, auth: dict[str, str]) -> dict[str, str]:
    return {**auth, "APIKEY": fake.api_key}
