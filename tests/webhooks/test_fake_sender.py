"""The fake's webhook sender on its own: credentials it presents, retries, timers, tenants, the CLI, shutdown."""

from __future__ import annotations

import base64
import socket
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from unico_idcloud.testing import FakeUnico, ManualClock, Scenario, WebhookCredentials
from unico_idcloud.testing.__main__ import parse_args, webhook_credentials
from unico_idcloud.webhooks import ApiKeyAuth, webhook_app

from .conftest import Handler

Serve = Callable[[Any], AbstractContextManager[str]]


def refused_url() -> str:
    """A loopback URL where nothing listens (the port was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"


@pytest.mark.parametrize(
    ("credentials", "headers"),
    [
        (WebhookCredentials.basic("u:p:q"), {"Authorization": "Basic " + base64.b64encode(b"u:p:q").decode()}),
        (WebhookCredentials.api_key("X-API-Key:abc123"), {"X-API-Key": "abc123"}),
        (WebhookCredentials.api_key("Authorization:Bearer abc123"), {"Authorization": "Bearer abc123"}),
        (WebhookCredentials.api_key("abc123"), {"Authorization": "abc123"}),
        (WebhookCredentials.bearer("tok"), {"Authorization": "Bearer tok"}),
        (WebhookCredentials.none(), {}),
    ],
)
def test_credentials_are_sent_as_unico_sends_them(credentials: WebhookCredentials, headers: dict[str, str]) -> None:
    assert credentials.headers() == headers


def test_bearer_token_is_asked_for_on_every_attempt() -> None:
    tokens = iter(["first", "second"])
    credentials = WebhookCredentials.bearer(lambda: next(tokens))
    assert [credentials.headers(), credentials.headers()] == [
        {"Authorization": "Bearer first"},
        {"Authorization": "Bearer second"},
    ]


def test_credentials_repr_hides_them() -> None:
    assert "s3cret" not in repr(WebhookCredentials.basic("u:s3cret"))


def test_no_answer_is_retried_then_given_up(fake: FakeUnico) -> None:
    fake.register_webhook(refused_url(), interval=0.001, max_attempts=2)
    fake.finish_process(fake.add_process(state="PROCESS_STATE_CREATED"))
    fake.webhooks.wait_idle(10)
    assert [(a.status_code, a.error) for a in fake.webhooks.attempts] == [(None, "ConnectError")] * 2
    assert fake.webhooks.deliveries[0].outcome == "gave_up"


def test_wait_idle_times_out_while_a_retry_is_due_and_close_cancels_it(fake: FakeUnico) -> None:
    fake.register_webhook(refused_url(), interval=60, max_attempts=2)
    fake.finish_process(fake.add_process(state="PROCESS_STATE_CREATED"))
    fake.webhooks.wait_until(lambda attempts: len(attempts) == 1, 10)
    with pytest.raises(TimeoutError, match="1 webhook deliveries still pending"):
        fake.webhooks.wait_idle(0.01)
    fake.close()
    fake.webhooks.wait_idle(0)
    assert fake.webhooks.deliveries[0].outcome == "cancelled"
    fake.finish_process(fake.add_process(state="PROCESS_STATE_CREATED"))  # after close: recorded, not sent
    fake.webhooks.wait_idle(0)
    assert [d.outcome for d in fake.webhooks.deliveries] == ["cancelled", "cancelled"]
    assert len(fake.webhooks.attempts) == 1


def test_without_registrations_nothing_is_sent(fake: FakeUnico) -> None:
    fake.finish_process(fake.add_process(state="PROCESS_STATE_CREATED"))
    assert fake.webhooks.deliveries == [] and fake.webhooks._thread is None


def test_finishing_an_unknown_process_is_a_key_error(fake: FakeUnico) -> None:
    with pytest.raises(KeyError):
        fake.finish_process("00000000-0000-4000-8000-0000000000ff")


def test_a_process_added_finished_does_not_notify(fake: FakeUnico) -> None:
    fake.register_webhook(refused_url())
    fake.add_process()
    fake.webhooks.wait_idle(1)
    assert fake.webhooks.deliveries == []


def test_registration_for_a_tenant_gets_only_its_processes(fake: FakeUnico) -> None:
    fake.register_webhook(refused_url(), tenant_id="tenant-a", max_attempts=1)
    fake.finish_process(fake.add_process(state="PROCESS_STATE_CREATED", tenant_id="tenant-b"))
    mine = fake.add_process(state="PROCESS_STATE_CREATED", tenant_id="tenant-a")
    fake.finish_process(mine)
    fake.webhooks.wait_idle(10)
    assert [d.process_id for d in fake.webhooks.deliveries] == [mine]


def test_finish_keeps_the_flow_and_sets_the_result(fake: FakeUnico) -> None:
    fake.register_webhook(refused_url(), max_attempts=1)
    pid = fake.add_process(state="PROCESS_STATE_CREATED", flow="idtoken")
    fake.finish_process(pid, result="PROCESS_RESULT_ERROR", last_event="EVENT_TYPE_ERROR_ON_DOCUMENT_STEP")
    fake.webhooks.wait_idle(10)
    assert fake.webhooks.deliveries[0].body == {
        "processId": pid,
        "state": "PROCESS_STATE_FINISHED",
        "flow": "idtoken",
        "lastEvent": "EVENT_TYPE_ERROR_ON_DOCUMENT_STEP",
        "lastEventDescription": "EVENT_TYPE_ERROR_ON_DOCUMENT_STEP",
    }
    with fake.client() as http:
        token = fake.issue_token(fake.add_service_account())
        process = http.get(f"/client/v1/process/{pid}", headers={"Authorization": f"Bearer {token}"}).json()
    assert (process["process"]["state"], process["process"]["result"]) == (
        "PROCESS_STATE_FINISHED",
        "PROCESS_RESULT_ERROR",
    )


def test_timed_process_notifies_as_real_time_passes(serve: Serve, handler: Handler) -> None:
    with FakeUnico(rate_limit=None) as fake, serve(webhook_app(handler, auth=ApiKeyAuth("k"))) as url:
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), interval=0.01)
        pid = fake.add_process(state="PROCESS_STATE_CREATED", after_seconds=0.05)
        fake.webhooks.wait_until(lambda attempts: len(attempts) == 1, 10)  # nobody polls or moves the clock
    assert handler.ids == [pid]


def test_seeded_timed_scenario_notifies_on_a_manual_clock(serve: Serve, handler: Handler) -> None:
    with (
        FakeUnico(clock=ManualClock(1_700_000_000), rate_limit=None) as fake,
        serve(webhook_app(handler, auth=ApiKeyAuth("k"))) as url,
    ):
        fake.register_webhook(url, auth=WebhookCredentials.api_key("k"), interval=0.01)
        fake.advance_clock(29)
        fake.webhooks.wait_idle(1)
        assert handler.ids == []
        fake.advance_clock(1)
        fake.webhooks.wait_idle(10)
    assert handler.ids == [Scenario.FINISHES_AFTER_SECONDS.value]


@pytest.mark.parametrize(
    ("flags", "headers"),
    [
        ([], {}),
        (["--webhook-basic", "u:p"], {"Authorization": "Basic dTpw"}),
        (["--webhook-api-key", "X-Key:v"], {"X-Key": "v"}),
        (["--webhook-bearer", "t"], {"Authorization": "Bearer t"}),
    ],
)
def test_make_mock_takes_a_webhook_url_and_credentials(flags: list[str], headers: dict[str, str]) -> None:
    args = parse_args(["--webhook-url", "http://127.0.0.1:9/hook", "--webhook-attempts", "2", *flags])
    assert (args.webhook_url, args.webhook_attempts) == ("http://127.0.0.1:9/hook", 2)
    assert webhook_credentials(args).headers() == headers


def test_make_mock_takes_one_kind_of_credentials() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--webhook-basic", "u:p", "--webhook-bearer", "t"])
