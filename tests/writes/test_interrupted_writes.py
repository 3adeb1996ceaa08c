"""A write interrupted from outside (its task cancelled, ``asyncio.timeout()``, Ctrl-C) while its request is out:
the interruption reaches the caller as it is (never swallowed, never made another error), is not resent, and says
with a note and one warning that the outcome is unknown. A read interrupted the same way says nothing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud, ServiceAccount
from unico_idcloud.testing import VirtualClock

from ..fake_clients import TOKEN_OK
from .test_safe_writes import CREATED, PERSONAL, PROCESS_ID, creation


class HangingUnico:
    """Answers the token; every API request is counted and then never answered (until the caller gives up)."""

    def __init__(self) -> None:
        self.api: list[httpx.Request] = []
        self.arrived = asyncio.Event()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        self.api.append(request)
        self.arrived.set()
        await asyncio.Event().wait()
        raise AssertionError("never answered")


@pytest.fixture
def client(account: ServiceAccount, clock: VirtualClock) -> Callable[[HangingUnico], AsyncIDCloud]:
    def build(unico: HangingUnico) -> AsyncIDCloud:
        return AsyncIDCloud(account, transport=httpx.MockTransport(unico), clock=clock, rate_limit=None)

    return build


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


async def _cancelled_once_sent(
    idcloud: AsyncIDCloud, unico: HangingUnico, call: Callable[[AsyncIDCloud], Coroutine[Any, Any, object]]
) -> asyncio.CancelledError:
    """Runs ``call`` in a task, cancels it once its request has reached ``unico``; the CancelledError it raised."""
    async with idcloud:
        task = asyncio.create_task(call(idcloud))
        await unico.arrived.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await task
    return caught.value


async def test_a_cancelled_creation_stays_a_cancellation_and_says_its_outcome_is_unknown(
    client: Callable[[HangingUnico], AsyncIDCloud], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="unico_idcloud")
    unico = HangingUnico()
    cancelled = await _cancelled_once_sent(client(unico), unico, lambda idcloud: idcloud.create_process(**creation()))
    assert len(unico.api) == 1  # sent once, not resent
    notes = "\n".join(getattr(cancelled, "__notes__", []))
    assert "create_process was interrupted and may have been sent; it was not resent" in notes
    assert _warnings(caplog) == [
        "create_process interrupted (CancelledError): it may have been sent and was not resent; its outcome is unknown"
    ]
    assert not any(value in text for text in [notes, *_warnings(caplog)] for value in PERSONAL)


async def test_a_creation_timed_out_by_asyncio_timeout_keeps_the_note_on_its_cause(
    client: Callable[[HangingUnico], AsyncIDCloud],
) -> None:
    unico = HangingUnico()
    async with client(unico) as idcloud:
        with pytest.raises(TimeoutError) as caught:
            async with asyncio.timeout(0.05):
                await idcloud.create_process(**creation())
    assert len(unico.api) == 1
    cancelled = caught.value.__cause__ or caught.value.__context__
    assert isinstance(cancelled, asyncio.CancelledError)
    assert any("it was not resent" in note for note in getattr(cancelled, "__notes__", []))


async def test_a_cancelled_read_says_nothing(
    client: Callable[[HangingUnico], AsyncIDCloud], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="unico_idcloud")
    unico = HangingUnico()
    cancelled = await _cancelled_once_sent(client(unico), unico, lambda idcloud: idcloud.get_process(PROCESS_ID))
    assert not getattr(cancelled, "__notes__", []) and not _warnings(caplog)


def test_ctrl_c_during_a_sync_creation_is_a_keyboard_interrupt_sent_once(
    account: ServiceAccount, clock: VirtualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="unico_idcloud")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        sent.append(request)
        if len(sent) == 1:
            raise KeyboardInterrupt  # Ctrl-C while waiting for the answer
        return httpx.Response(200, json=CREATED)

    transport = httpx.MockTransport(handler)
    with (
        IDCloud(account, transport=transport, clock=clock, rate_limit=None) as idcloud,
        pytest.raises(KeyboardInterrupt) as caught,
    ):
        idcloud.create_process(**creation())
    assert len(sent) == 1
    assert any("it was not resent" in note for note in getattr(caught.value, "__notes__", []))
    assert _warnings(caplog) == [
        "create_process interrupted (KeyboardInterrupt): it may have been sent and was not resent; its outcome is "
        "unknown"
    ]
