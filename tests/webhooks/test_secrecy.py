"""No credential or personal datum in any log record or error text, over a run that exercises every path:
every auth method (right and wrong credentials), a failing handler, a malformed body, fetching the process."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import httpx
import pytest

from unico_idcloud import IDCloud
from unico_idcloud.testing import FakeUnico
from unico_idcloud.testing._bodies import FAKE_CPF, FAKE_NAME
from unico_idcloud.webhooks import fetch_process, webhook_app

from .conftest import Handler
from .test_end_to_end import AUTH_KINDS

Serve = Callable[[Any], AbstractContextManager[str]]


def secrets_of_the_run() -> list[str]:
    found = [FAKE_CPF, FAKE_NAME.split()[0], "s3cret", "oauth2-token", "expired-token"]
    for user_pass in ("unico:s3cret-basic", "unico:s3cret-wrong"):
        found.append(base64.b64encode(user_pass.encode()).decode())
    return found


def test_nothing_secret_or_personal_in_logs_or_answers(
    fake: FakeUnico,
    serve: Serve,
    idcloud: IDCloud,
    caplog: pytest.LogCaptureFixture,
) -> None:
    answers: list[str] = []
    caplog.set_level(logging.DEBUG)  # every logger that propagates, at every level
    for _name, auth, sends, wrong in AUTH_KINDS:
        handler = Handler()
        handler.fail_first = 1
        handler.then = lambda notification: fetch_process(idcloud, notification) and None
        with serve(webhook_app(handler, auth=auth, allow_unauthenticated=auth is None)) as url:
            fake.webhooks.unregister_all()
            fake.register_webhook(url, auth=sends, interval=0.01, max_attempts=3)
            if wrong is not None:
                fake.register_webhook(url, auth=wrong, interval=0.01, max_attempts=2)
                answers.append(httpx.post(url, content=b"{}", headers=wrong.headers()).text)
            answers.append(httpx.post(url, content=b'{"processId": "12345678909"}', headers=sends.headers()).text)
            fake.finish_process(fake.add_process(state="PROCESS_STATE_CREATED"))
            fake.webhooks.wait_idle(10)
        assert len(handler.calls) == 2  # failed once, then handled: every path above was taken
    logged = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    assert "the handler raised" in logged and "401" in logged and "400" in logged  # the logs are not empty
    for secret in secrets_of_the_run():
        assert secret not in logged, secret
        assert not any(secret in answer for answer in answers), secret
