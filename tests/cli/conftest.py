"""The command line through click's test runner, against the fake in-process on a virtual clock.

The fake's transports and the clock reach the commands through click's ``obj``; credentials come from the
``UNICO_*`` variables exactly as a user sets them (the account's key in a 0600 file).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from unico_idcloud.cli._app import cli
from unico_idcloud.testing import FakeUnico, ServiceAccount, VirtualClock, write_private_key


@dataclass
class Run:
    """One invocation's exit code, stdout and stderr (kept apart)."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def error_line(self) -> str:
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err  # one readable line ...
        assert "Traceback" not in self.err  # ... never a traceback
        return lines[0]


@dataclass
class Cli:
    fake: FakeUnico
    clock: VirtualClock
    env: dict[str, str]
    wrap: Any = None
    """A function taking the fake's transport and returning another (to inject answers the fake does not give)."""
    sent: list[str] = field(default_factory=list)

    def __call__(self, *args: str, input: str | None = None, env: dict[str, str | None] | None = None) -> Run:
        transport, async_transport = self.fake.transport(), self.fake.async_transport()
        if self.wrap is not None:
            transport, async_transport = self.wrap(transport), self.wrap(async_transport)
        obj = {
            "transport": Counting(transport, self.sent),
            "async_transport": Counting(async_transport, self.sent),
            "clock": self.clock,
        }
        result: Result = CliRunner().invoke(
            cli, list(args), obj=obj, env={**self.env, **(env or {})}, input=input, catch_exceptions=False
        )
        return Run(result.exit_code, result.stdout, result.stderr)


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records the path of every API request (not the token endpoint's)."""

    def __init__(self, inner: Any, sent: list[str]) -> None:
        self.inner = inner
        self.sent = sent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        response: httpx.Response = self.inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response

    def _note(self, request: httpx.Request) -> None:
        if "/oauth2/" not in request.url.path:
            self.sent.append(request.url.path)

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()


def unico_env(account: ServiceAccount, key_file: Path, environment: str, api_key: str) -> dict[str, str]:
    return {
        "UNICO_ACCOUNT_NAME": account.name,
        "UNICO_TENANT_ID": account.tenant_id,
        "UNICO_PRIVATE_KEY_FILE": str(key_file),
        "UNICO_PRIVATE_KEY": "",
        "UNICO_ENVIRONMENT": environment,
        "UNICO_API_KEY": api_key,
    }


@pytest.fixture(scope="session")
def key_file(_unico_key_material: ServiceAccount, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_private_key(_unico_key_material, tmp_path_factory.mktemp("key") / "account.pem")


@pytest.fixture
def run(_unico_key_material: ServiceAccount, key_file: Path) -> Cli:
    clock = VirtualClock()
    fake = FakeUnico(clock=clock)
    fake.add_service_account(_unico_key_material)
    return Cli(fake, clock, unico_env(_unico_key_material, key_file, "uat", fake.api_key))


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def write_ids(path: Path, ids: Sequence[str]) -> Path:
    path.write_text("".join(f"{pid}\n" for pid in ids))
    return path


class RecordingWrites(httpx.BaseTransport):
    """Keeps the JSON body of each API POST (not the token's) in ``bodies``, in order, then passes it on."""

    def __init__(self, inner: httpx.BaseTransport, bodies: list[dict[str, object]]) -> None:
        self.inner, self.bodies = inner, bodies

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and "oauth2" not in request.url.path:
            self.bodies.append(json.loads(request.content))
        return self.inner.handle_request(request)


def record_write_bodies(run: Cli) -> list[dict[str, object]]:
    """Makes ``run`` keep the body of every write it sends (``RecordingWrites``); returns the list they go to."""
    bodies: list[dict[str, object]] = []
    run.wrap = lambda inner: RecordingWrites(inner, bodies)
    return bodies
