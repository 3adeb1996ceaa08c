"""What a type checker sees (``make check`` runs mypy and pyright over this file; it is never executed): the
narrowed error attributes, ``ProcessOutcome`` narrowing, per-call options and raw responses."""

from __future__ import annotations

from typing import Literal, assert_type

import httpx
from unico_idcloud_client.models import Process

from unico_idcloud import AsyncIDCloud, IDCloud, ProcessFailed, ProcessOutcome, ProcessSucceeded, RawResponse
from unico_idcloud import errors as e


def status_errors(error: e.APIStatusError, missing: e.NotFound, limited: e.RateLimited) -> None:
    assert_type(error.status_code, int)
    assert_type(error.response, httpx.Response)
    assert_type(missing.status_code, Literal[404])
    assert_type(limited.status_code, Literal[429])
    assert_type(limited.retry_after, float | None)


def transport_errors(error: e.TransportError, timeout: e.TimeoutError) -> None:
    assert_type(error.status_code, None)
    assert_type(timeout.response, None)


def invalid_requests(error: e.InvalidRequest, rejected: e.ProcessIdRejected) -> None:
    assert_type(error.status_code, int | None)  # None when refused before sending
    assert_type(rejected.status_code, Literal[400])
    assert_type(rejected.response, httpx.Response)
    assert_type(rejected.field, str | None)


def outcomes(outcome: ProcessOutcome) -> None:
    if outcome.ok is True:
        assert_type(outcome, ProcessSucceeded)
        assert_type(outcome.process, Process)
    else:
        assert_type(outcome, ProcessFailed)
        assert_type(outcome.error, e.UnicoError)
    if isinstance(outcome, ProcessSucceeded):
        assert_type(outcome.process, Process)


def calls(client: IDCloud) -> None:
    assert_type(client.get_process("id", timeout=5.0, extra_headers={"X-Request-Id": "1"}), Process)
    assert_type(client.with_options(max_retries=0), IDCloud)
    raw = client.with_raw_response.get_process("id")
    assert_type(raw, RawResponse[Process])
    assert_type(raw.parse(), Process)
    assert_type(raw.headers, httpx.Headers)


async def async_calls(client: AsyncIDCloud) -> None:
    assert_type(await client.get_process("id", timeout=httpx.Timeout(5.0)), Process)
    assert_type(client.with_options(timeout=1.0), AsyncIDCloud)
    raw = await client.with_raw_response.get_process("id")
    assert_type(raw.parse(), Process)
