"""End-to-end fixtures: the fake Unico sends webhooks over 127.0.0.1 to a receiver served by uvicorn."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest

from tests.contract._spec_check import SpecCheck
from unico_idcloud import IDCloud
from unico_idcloud.testing import FakeServer, FakeUnico, ServiceAccount, generate_service_account
from unico_idcloud.webhooks import ProcessNotification

_SPEC = SpecCheck.load()


def assert_is_notification(body: Any) -> None:
    """``body`` validates against ProcessNotification in spec/openapi.json (the schema the client is built from)."""
    _SPEC._validate({"$ref": "#/components/schemas/ProcessNotification"}, body)


class Handler:
    """A sync webhook handler (it runs in a worker thread) that records notifications and can fail or block."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls: list[ProcessNotification] = []
        self.fail_first = 0
        self.before: Callable[[ProcessNotification], None] | None = None
        self.then: Callable[[ProcessNotification], None] | None = None

    def __call__(self, notification: ProcessNotification) -> None:
        with self.lock:
            self.calls.append(notification)
            fail = self.fail_first > 0
            self.fail_first -= fail
        if self.before is not None:
            self.before(notification)
        if fail:
            raise RuntimeError("temporary failure")
        if self.then is not None:
            self.then(notification)

    @property
    def ids(self) -> list[str]:
        with self.lock:
            return [str(n.process_id) for n in self.calls]


@pytest.fixture
def fake() -> Iterator[FakeUnico]:
    with FakeUnico(rate_limit=None) as fake:
        yield fake


@pytest.fixture(scope="session")
def webhook_account() -> ServiceAccount:
    return generate_service_account(name="webhook-account", tenant_id="webhook-tenant")


@pytest.fixture
def idcloud(fake: FakeUnico, webhook_account: ServiceAccount) -> Iterator[IDCloud]:
    """The runtime's client, talking to ``fake`` in-process."""
    fake.add_service_account(webhook_account)
    with IDCloud(webhook_account, transport=fake.transport(), rate_limit=None) as client:
        yield client


@pytest.fixture
def handler() -> Handler:
    return Handler()


@pytest.fixture
def serve() -> Iterator[Callable[[Any], AbstractContextManager[str]]]:
    """``with serve(app) as url``: ``app`` on uvicorn, 127.0.0.1, a free port."""

    @contextmanager
    def run(app: Any) -> Iterator[str]:
        with FakeServer(app) as server:
            yield server.url + "/unico/webhook"

    yield run
