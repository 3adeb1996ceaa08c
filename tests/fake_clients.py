"""Fixtures for the runtime and workflow tests (a pytest plugin, see tests/conftest.py): a fake Unico and clients on
one virtual clock, a transport that records what is sent, and the window count the rate-limit tests share.

Each fixture is named after what it yields: ``idcloud`` / ``async_idcloud`` (an :class:`IDCloud` /
:class:`AsyncIDCloud` into ``fake``), ``recorder`` / ``async_recorder`` (their recording transports), ``account``
(registered with ``fake``) and ``session_account`` (the same key, session-scoped, for module-scoped clients).
An ``httpx`` client into the fake is ``http_client`` wherever a folder needs one (tests/contract)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud.testing import FakeUnico, ServiceAccount, VirtualClock


@dataclass
class Sent:
    method: str
    path: str
    at: float
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Delegates to ``inner`` and records every request (method, path, clock time, status)."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, clock: Callable[[], float]) -> None:
        self.inner = inner
        self.clock = clock
        self.sent: list[Sent] = []

    def _record(self, request: httpx.Request) -> Sent:
        entry = Sent(request.method, request.url.path, self.clock(), None, dict(request.headers), request.read())
        self.sent.append(entry)
        return entry

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.BaseTransport)
        entry = self._record(request)
        response = self.inner.handle_request(request)
        entry.status = response.status_code
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        entry = self._record(request)
        response = await self.inner.handle_async_request(request)
        entry.status = response.status_code
        return response

    def paths(self, fragment: str) -> list[Sent]:
        return [s for s in self.sent if fragment in s.path]

    @property
    def token_requests(self) -> list[Sent]:
        return self.paths("/oauth2/token")

    @property
    def api_requests(self) -> list[Sent]:
        return [s for s in self.sent if "/oauth2/token" not in s.path]


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def fake(clock: VirtualClock, _unico_key_material: ServiceAccount) -> FakeUnico:
    """A fake Unico on the virtual clock, so that waits take no real time and the fake sees them; the session's
    service account is registered."""
    fake = FakeUnico(clock=clock)
    fake.add_service_account(_unico_key_material)
    return fake


@pytest.fixture
def account(fake: FakeUnico, _unico_key_material: ServiceAccount) -> ServiceAccount:
    """The fake's service account (registered with ``fake``)."""
    return _unico_key_material


@pytest.fixture(scope="session")
def session_account(_unico_key_material: ServiceAccount) -> ServiceAccount:
    """The session's service account, for fixtures scoped wider than ``fake`` (``fake`` registers it)."""
    return _unico_key_material


@pytest.fixture
def recorder(fake: FakeUnico, clock: VirtualClock) -> Recorder:
    return Recorder(fake.transport(), clock.monotonic)


@pytest.fixture
def async_recorder(fake: FakeUnico, clock: VirtualClock) -> Recorder:
    return Recorder(fake.async_transport(), clock.monotonic)


@pytest.fixture
def idcloud(fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock) -> Iterator[IDCloud]:
    with IDCloud(account, api_key=fake.api_key, transport=recorder, clock=clock) as c:
        yield c


@pytest.fixture
async def async_idcloud(
    fake: FakeUnico, account: ServiceAccount, async_recorder: Recorder, clock: VirtualClock
) -> AsyncIterator[AsyncIDCloud]:
    async with AsyncIDCloud(account, api_key=fake.api_key, transport=async_recorder, clock=clock) as c:
        yield c


def mock_transport(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


TOKEN_OK = {"access_token": "header.payload.signature", "expires_in": 3600, "token_type": "Bearer"}


def max_in_any_window(times: list[float], window: float = 1.0) -> int:
    """The most events inside any closed interval [t, t + window]."""
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while times[start] < t - window:
            start += 1
        best = max(best, end - start + 1)
    return best
