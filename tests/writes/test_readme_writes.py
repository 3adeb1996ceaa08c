"""The README's write examples run as written: the integration's creation (against the fake, through
``IDCloud.from_env`` pointed at it) and the fake's lost-creation test."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from unico_idcloud import IDCloud
from unico_idcloud.testing import FakeUnico, ServiceAccount

README = Path(__file__).resolve().parents[2] / "README.md"


def example(after: str) -> str:
    section = README.read_text(encoding="utf-8").split(after, 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, f"no python example after {after!r}"
    return match.group(1)


def test_the_integration_example_creates_a_process(
    unico_fake: FakeUnico, unico_account: ServiceAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    clients: list[IDCloud] = []

    def from_env(cls: type[IDCloud], *args: Any, **kwargs: Any) -> IDCloud:
        clients.append(IDCloud(unico_account, transport=unico_fake.transport()))
        return clients[-1]

    monkeypatch.setattr(IDCloud, "from_env", classmethod(from_env))
    namespace: dict[str, Any] = {}
    exec(compile(example("## Integrating by Unico, in order"), "README.md", "exec"), namespace)
    created = namespace["created"]
    assert unico_fake.created_processes == [str(created.id)] and created.user_redirect_url


def test_the_fakes_write_example_passes(unico_fake: FakeUnico, unico_account: ServiceAccount) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(example("**Writes on the fake, with the client.**"), "README.md", "exec"), namespace)
    namespace["test_a_lost_creation_is_not_repeated"](unico_fake, unico_account)
