"""The documented fallback in one call: a notification carries no outcome, so fetch the process it names."""

from __future__ import annotations

from typing import NamedTuple, Protocol

from unico_idcloud_client.models import Process, ProcessNotification

from .._decide import Verdict, decide


class ProcessReader(Protocol):
    """What :func:`fetch_process` needs of a client: ``unico_idcloud.IDCloud`` is one."""

    def get_process(self, process_id: str, /) -> Process: ...


class AsyncProcessReader(Protocol):
    """What :func:`fetch_process_async` needs of a client: ``unico_idcloud.AsyncIDCloud`` is one."""

    async def get_process(self, process_id: str, /) -> Process: ...


def fetch_process(client: ProcessReader, notification: ProcessNotification) -> Process:
    """The process ``notification`` is about, fetched with Get Process (errors are the client's, typed)."""
    return client.get_process(str(notification.process_id))


async def fetch_process_async(client: AsyncProcessReader, notification: ProcessNotification) -> Process:
    """:func:`fetch_process` with an async client."""
    return await client.get_process(str(notification.process_id))


class Decided(NamedTuple):
    """A fetched process and :func:`unico_idcloud.decide`'s verdict on it."""

    process: Process
    verdict: Verdict


def fetch_and_decide(client: ProcessReader, notification: ProcessNotification) -> Decided:
    """The documented fallback rule in one call: fetch the process the notification names, and decide on it."""
    process = fetch_process(client, notification)
    return Decided(process, decide(process))


async def fetch_and_decide_async(client: AsyncProcessReader, notification: ProcessNotification) -> Decided:
    """:func:`fetch_and_decide` with an async client."""
    process = await fetch_process_async(client, notification)
    return Decided(process, decide(process))
