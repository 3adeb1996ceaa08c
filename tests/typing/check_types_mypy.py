"""The narrowing mypy does and pyright does not: a union by the truthiness of a ``Literal`` member
(``if outcome.ok:``). mypy only (``make typecheck``); pyright users write ``if outcome.ok is True:``."""

from __future__ import annotations

from typing import assert_type

from unico_idcloud_client.models import Process

from unico_idcloud import ProcessOutcome
from unico_idcloud.errors import UnicoError


def outcomes(outcome: ProcessOutcome) -> None:
    if outcome.ok:
        assert_type(outcome.process, Process)
    else:
        assert_type(outcome.error, UnicoError)
