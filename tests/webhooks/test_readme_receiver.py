"""The README's receiver runs as written: served by uvicorn, fed by the fake's webhooks, fetching from the fake."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from unico_idcloud import AsyncIDCloud
from unico_idcloud.testing import FakeServer, FakeUnico, ServiceAccount, WebhookCredentials, private_key_pem

README = Path(__file__).resolve().parents[2] / "README.md"


def receiver_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Receiving Unico's webhook", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README's webhook section has no python example"
    return match.group(1)


def test_the_receiver_is_under_fifteen_lines() -> None:
    assert len([line for line in receiver_example().splitlines() if line.strip()]) < 15


def test_the_readme_receiver_acknowledges_fetches_and_decides(
    fake: FakeUnico, webhook_account: ServiceAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.add_service_account(webhook_account)
    monkeypatch.setenv("UNICO_ACCOUNT_NAME", webhook_account.name)
    monkeypatch.setenv("UNICO_TENANT_ID", webhook_account.tenant_id)
    monkeypatch.setenv("UNICO_PRIVATE_KEY", private_key_pem(webhook_account).decode("ascii"))
    monkeypatch.delenv("UNICO_PRIVATE_KEY_FILE", raising=False)
    monkeypatch.delenv("UNICO_ENVIRONMENT", raising=False)  # UAT, which the fake's transport stands in for
    from_env = AsyncIDCloud.from_env
    monkeypatch.setattr(
        AsyncIDCloud, "from_env", lambda **options: from_env(transport=fake.async_transport(), **options)
    )
    namespace: dict[str, Any] = {}
    exec(compile(receiver_example(), "README.md", "exec"), namespace)

    ok = fake.add_process(state="PROCESS_STATE_CREATED")
    refused = fake.add_process(state="PROCESS_STATE_CREATED")
    with FakeServer(namespace["app"]) as server:
        url = server.url + "/unico/webhook"
        fake.register_webhook(url, auth=WebhookCredentials.basic("unico:s3cret"), interval=0.01, max_attempts=2)
        fake.finish_process(ok)
        fake.finish_process(refused, result="PROCESS_RESULT_INVALID_IDENTITY")
        fake.webhooks.wait_idle(10)
    assert namespace["approved"] == {ok: True, refused: False}
    assert [a.status_code for a in fake.webhooks.attempts] == [200, 200]
