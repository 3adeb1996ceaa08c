"""Fixtures for the workflow tests: the runtime tests' fake and clients on one virtual clock, with the service
account's key parsed once per session (parsing and checking an RSA key is the slowest part of making a client)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud import ServiceAccount as Credentials
from unico_idcloud.testing import FakeUnico, ServiceAccount, VirtualClock

from ..runtime.conftest import Recorder


@pytest.fixture(scope="session")
def credentials(_unico_key_material: ServiceAccount) -> Credentials:
    return _unico_key_material.credentials


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def fake(clock: VirtualClock, _unico_key_material: ServiceAccount) -> FakeUnico:
    fake = FakeUnico(clock=clock)
    fake.add_service_account(_unico_key_material)
    return fake


@pytest.fixture
def recorder(fake: FakeUnico, clock: VirtualClock) -> Recorder:
    return Recorder(fake.transport(), clock.monotonic)


@pytest.fixture
def arecorder(fake: FakeUnico, clock: VirtualClock) -> Recorder:
    return Recorder(fake.async_transport(), clock.monotonic)


@pytest.fixture
def client(fake: FakeUnico, credentials: Credentials, recorder: Recorder, clock: VirtualClock) -> Iterator[IDCloud]:
    with IDCloud(credentials, api_key=fake.api_key, transport=recorder, clock=clock) as c:
        yield c


@pytest.fixture
async def aclient(
    fake: FakeUnico, credentials: Credentials, arecorder: Recorder, clock: VirtualClock
) -> AsyncIterator[AsyncIDCloud]:
    async with AsyncIDCloud(credentials, api_key=fake.api_key, transport=arecorder, clock=clock) as c:
        yield c
