"""The fake Unico delivers webhooks over 127.0.0.1 to webhook_app served by uvicorn.

Every wait is on an event with a timeout (``fake.webhooks.wait_idle`` / ``wait_until``); retries use intervals of
milliseconds so that the whole module stays fast.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import httpx
import pytest
from unico_idcloud_client.models import Process, ProcessEventType, ProcessResult

from unico_idcloud import AsyncIDCloud, IDCloud, Verdict
from unico_idcloud.testing import FakeUnico, ServiceAccount, WebhookCredentials
from unico_idcloud.webhooks import (
    ApiKeyAuth,
    BasicAuth,
    BearerAuth,
    ProcessNotification,
    WebhookAuth,
    fetch_and_decide_async,
    fetch_process,
    fetch_process_async,
    webhook_app,
)

from .conftest import Handler, assert_is_notification

Serve = Callable[[Any], AbstractContextManager[str]]
FAST = {"interval": 0.01, "max_attempts": 3}
TOKEN = "oauth2-token-from-your-provider"

# (name, receiver auth, what the fake is configured to send, something else the fake could send)
AUTH_KINDS: list[tuple[str, WebhookAuth | None, WebhookCredentials, WebhookCredentials | None]] = [
    ("basic", BasicAuth("unico:s3cret-basic"), WebhookCredentials.basic("unico:s3cret-basic"),
     WebhookCredentials.basic("unico:s3cret-wrong")),
    ("api-key header", ApiKeyAuth("X-API-Key:s3cret-key"), WebhookCredentials.api_key("X-API-Key:s3cret-key"),
     WebhookCredentials.api_key("X-API-Key:s3cret-kez")),
    ("api-key bare", ApiKeyAuth("s3cret-raw"), WebhookCredentials.api_key("s3cret-raw"),
     WebhookCredentials.api_key("Authorization:Bearer s3cret-raw")),
    ("api-key authorization", ApiKeyAuth("Authorization:Bearer s3cret-ab"),
     WebhookCredentials.api_key("Authorization:Bearer s3cret-ab"), WebhookCredentials.api_key("s3cret-ab")),
    ("bearer", BearerAuth(lambda token: token == TOKEN), WebhookCredentials.bearer(lambda: TOKEN),
     WebhookCredentials.bearer("expired-token")),
    ("none", None, WebhookCredentials.none(), None),
]  # fmt: skip
IDS = [kind[0] for kind in AUTH_KINDS]


def receiver(handler: Handler, auth: WebhookAuth | None) -> Any:
    return webhook_app(handler, auth=auth, allow_unauthenticated=auth is None)


def statuses(fake: FakeUnico, copy: int = 0) -> list[int | None]:
    return [a.status_code for a in fake.webhooks.attempts if a.copy == copy]


@pytest.mark.parametrize(("name", "auth", "sends", "wrong"), AUTH_KINDS, ids=IDS)
def test_finished_process_reaches_the_handler(
    fake: FakeUnico, serve: Serve, handler: Handler, name: str, auth: Any, sends: WebhookCredentials, wrong: Any
) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    with serve(receiver(handler, auth)) as url:
        fake.register_webhook(url, auth=sends, **FAST)
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
    assert handler.ids == [pid]
    assert statuses(fake) == [200]
    (delivery,) = fake.webhooks.deliveries
    assert delivery.outcome == "acknowledged"
    assert_is_notification(delivery.body)


@pytest.mark.parametrize(("name", "auth", "sends", "wrong"), AUTH_KINDS[:-1], ids=IDS[:-1])
def test_wrong_credentials_get_401_and_every_retry_is_counted(
    fake: FakeUnico, serve: Serve, handler: Handler, name: str, auth: Any, sends: Any, wrong: WebhookCredentials
) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    with serve(receiver(handler, auth)) as url:
        fake.register_webhook(url, auth=wrong, **FAST)
        fake.register_webhook(url, auth=WebhookCredentials.none(), **FAST)
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
    assert [a.status_code for a in fake.webhooks.attempts] == [401] * 6
    assert [d.outcome for d in fake.webhooks.deliveries] == ["gave_up", "gave_up"]
    assert handler.ids == []


def test_retries_back_off_exponentially(fake: FakeUnico, serve: Serve, handler: Handler) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    with serve(receiver(handler, BasicAuth("u:p"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.basic("u:x"), interval=0.005, max_attempts=4)
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
    assert [(a.attempt, a.retry_in) for a in fake.webhooks.attempts] == [(1, 0.005), (2, 0.01), (3, 0.02), (4, None)]


def test_sequential_duplicate_reaches_the_handler_once(fake: FakeUnico, serve: Serve, handler: Handler) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
        fake.webhooks.notify(fake.webhooks.deliveries[0].body)  # Unico delivers the same notification again
        fake.webhooks.wait_idle(10)
    assert handler.ids == [pid]
    assert [d.outcome for d in fake.webhooks.deliveries] == ["acknowledged", "acknowledged"]


def test_concurrent_duplicates_reach_the_handler_once(fake: FakeUnico, serve: Serve, handler: Handler) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    fake.webhooks.duplicates = 1  # each notification twice, at the same moment

    def hold_until_the_duplicate_was_answered(notification: ProcessNotification) -> None:
        # While this handler runs, the other copy arrives: it must be refused (409), not handled.
        fake.webhooks.wait_until(lambda attempts: any(a.status_code == 409 for a in attempts), 10)

    handler.before = hold_until_the_duplicate_was_answered
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        # Enough retries that a busy machine cannot exhaust them while the first copy finishes.
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), interval=0.01, max_attempts=8)
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
    assert handler.ids == [pid]
    first, second = sorted([statuses(fake, 0), statuses(fake, 1)], key=len)
    assert first == [200]
    assert second[0] == 409 and second[-1] == 200 and set(second) == {409, 200}


def test_handler_failing_once_is_retried_and_succeeds(fake: FakeUnico, serve: Serve, handler: Handler) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    handler.fail_first = 1
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
    assert statuses(fake) == [500, 200]
    assert handler.ids == [pid, pid]
    assert fake.webhooks.deliveries[0].outcome == "acknowledged"


def test_malformed_body_gets_400_and_the_receiver_goes_on(fake: FakeUnico, serve: Serve, handler: Handler) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
        for body in (b"{not json", b'{"processId": "not-a-uuid"}', b"[]", b'{"state": "PROCESS_STATE_FINISHED"}'):
            response = httpx.post(url, content=body, headers={"Authorization": "k"})
            assert response.status_code == 400, body
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
    assert handler.ids == [pid]
    assert statuses(fake) == [200]


def test_handler_fetches_the_finished_process(
    fake: FakeUnico, serve: Serve, handler: Handler, idcloud: IDCloud
) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    results: list[ProcessResult | None] = []
    handler.then = lambda notification: results.append(fetch_process(idcloud, notification).result or None)
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
        fake.finish_process(pid, result="PROCESS_RESULT_INVALID_IDENTITY")
        fake.webhooks.wait_idle(10)
    assert results == [ProcessResult.PROCESS_RESULT_INVALID_IDENTITY]


async def test_async_handler_fetches_with_the_async_client(
    fake: FakeUnico, serve: Serve, webhook_account: ServiceAccount
) -> None:
    fake.add_service_account(webhook_account)
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    fetched: list[Process] = []
    verdicts: list[Verdict] = []
    async with AsyncIDCloud(webhook_account, transport=fake.async_transport(), rate_limit=None) as client:

        async def on_finished(notification: ProcessNotification) -> None:
            fetched.append(await fetch_process_async(client, notification))
            verdicts.append((await fetch_and_decide_async(client, notification)).verdict)

        with serve(webhook_app(on_finished, auth=ApiKeyAuth("k"))) as url:
            fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
            fake.finish_process(pid)
            await asyncio.to_thread(fake.webhooks.wait_idle, 10)
    assert [(str(p.id), p.result) for p in fetched] == [(pid, ProcessResult.PROCESS_RESULT_OK)]
    assert [v.approved for v in verdicts] == [True]


def test_expired_process_is_notified_with_session_ended(fake: FakeUnico, serve: Serve, handler: Handler) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED")
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
        fake.finish_process(pid, result="PROCESS_RESULT_EXPIRED")
        fake.webhooks.wait_idle(10)
    (notification,) = handler.calls
    assert notification.last_event is ProcessEventType.EVENT_TYPE_SESSION_ENDED
    assert_is_notification(fake.webhooks.deliveries[0].body)


@pytest.mark.parametrize("how", ["after_polls", "after_seconds"])
def test_timed_scenario_notifies_when_it_finishes(
    fake: FakeUnico, serve: Serve, handler: Handler, idcloud: IDCloud, how: str
) -> None:
    with serve(receiver(handler, ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), **FAST)
        pid = fake.add_process(state="PROCESS_STATE_CREATED", **{how: 1})
        if how == "after_polls":
            for _ in range(2):
                idcloud.get_process(pid)
        else:
            fake.advance_clock(1)  # nobody polls: the fake's clock alone finishes it
        fake.webhooks.wait_idle(10)
    assert handler.ids == [pid]
    assert json.loads(json.dumps(fake.webhooks.deliveries[0].body))["state"] == "PROCESS_STATE_FINISHED"
