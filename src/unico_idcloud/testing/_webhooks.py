"""The fake's webhooks: POST the "process finished" notification to registered URLs, as Unico does.

What Unico documents (https://developer.unico.io/developers/webhooks-and-events/ and its setup page): a notification
per process reaching PROCESS_STATE_FINISHED, with the credentials the tenant configured (Basic, API key, a Bearer
token from the integrator's OAuth2 provider, or none); any 2xx acknowledges, anything else (or no answer) is retried
with exponential backoff up to the configured attempts; delivery is at least once. Here the duplicates are a switch.

Deliveries run on a background thread with its own event loop and an ``httpx.AsyncClient``; the thread also moves
timed processes on (``after_seconds``) so that they notify without anyone polling. Tests wait for deliveries with
:meth:`WebhookSender.wait_idle` / :meth:`WebhookSender.wait_until`, never with sleeps.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from .._clock import Clock

logger = logging.getLogger("unico_idcloud.testing.webhooks")

SESSION_ENDED = "EVENT_TYPE_SESSION_ENDED"
SESSION_ENDED_DESCRIPTION = "The session ended (timeout) before the user finished the journey."


class WebhookCredentials:
    """What the fake presents to the webhook URL, configured as at Unico.

    ``basic("user:pass")``; ``api_key("X-API-Key:abc123")`` (split on the first colon; no colon: the raw
    ``Authorization`` value); ``bearer(token)`` (a string, or a callable returning the current token: your OAuth2
    provider's); ``none()``.
    """

    def __init__(self, kind: str, headers: Callable[[], dict[str, str]]) -> None:
        self.kind = kind
        self._headers = headers

    @classmethod
    def basic(cls, credentials: str) -> WebhookCredentials:
        if ":" not in credentials:
            raise ValueError("Basic credentials are configured as 'user:pass'")
        encoded = base64.b64encode(credentials.encode("utf-8")).decode("ascii")
        return cls("basic", lambda: {"Authorization": f"Basic {encoded}"})

    @classmethod
    def api_key(cls, key: str) -> WebhookCredentials:
        name, colon, value = key.partition(":")
        header, value = (name.strip(), value.strip()) if colon else ("Authorization", key.strip())
        if not header or not value:
            raise ValueError("an API key is configured as 'Header:value' or a bare value")
        return cls("api_key", lambda: {header: value})

    @classmethod
    def bearer(cls, token: str | Callable[[], str]) -> WebhookCredentials:
        current = token if callable(token) else (lambda: token)
        return cls("bearer", lambda: {"Authorization": f"Bearer {current()}"})

    @classmethod
    def none(cls) -> WebhookCredentials:
        return cls("none", dict)

    def headers(self) -> dict[str, str]:
        return self._headers()

    def __repr__(self) -> str:
        return f"WebhookCredentials.{self.kind}(***)"


@dataclass(frozen=True)
class WebhookRegistration:
    """One notification URL, as Unico's team registers it for a tenant (``tenant_id=None``: every tenant)."""

    url: str
    auth: WebhookCredentials
    max_attempts: int = 5
    interval: float = 1.0
    timeout: float = 5.0
    tenant_id: str | None = None


@dataclass(frozen=True)
class DeliveryAttempt:
    """One POST: ``status_code`` is None when there was no answer (``error`` names the exception type)."""

    process_id: str
    url: str
    copy: int  # 0 for the notification, 1.. for the duplicates the switch adds
    attempt: int  # 1-based
    status_code: int | None
    error: str | None = None
    retry_in: float | None = None  # seconds until the next attempt; None when acknowledged or the last one

    @property
    def acknowledged(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


Outcome = Literal["pending", "acknowledged", "gave_up", "cancelled"]


@dataclass
class Delivery:
    """One notification (or one duplicate of it) to one URL, and its attempts so far."""

    process_id: str
    url: str
    copy: int
    body: dict[str, Any]
    attempts: list[DeliveryAttempt] = field(default_factory=list)
    outcome: Outcome = "pending"


def backoff(registration: WebhookRegistration, attempt: int) -> float:
    """Seconds before attempt ``attempt + 1``: ``interval``, then doubling (exponential, as Unico's setup says)."""
    return float(registration.interval * 2 ** (attempt - 1))


def notification_body(process: Mapping[str, Any], *, last_event: str | None = None) -> dict[str, Any]:
    """The documented body for a finished ``process``; an expired one also says it ended with the session."""
    body: dict[str, Any] = {"processId": process["id"], "state": "PROCESS_STATE_FINISHED", "flow": process["flow"]}
    if last_event is None and process.get("result") == "PROCESS_RESULT_EXPIRED":
        last_event = SESSION_ENDED
    if last_event is not None:
        body["lastEvent"] = last_event
        body["lastEventDescription"] = SESSION_ENDED_DESCRIPTION if last_event == SESSION_ENDED else last_event
    return body


class WebhookSender:
    """The fake's outgoing webhooks (``fake.webhooks``).

    Switches: ``duplicates`` (each notification is sent this many times more, all at the same moment).
    Records: :attr:`deliveries`, :attr:`attempts`. Waits: :meth:`wait_idle`, :meth:`wait_until`.
    """

    def __init__(self, *, next_due: Callable[[], float | None], move_on_due: Callable[[], None], clock: Clock) -> None:
        self.duplicates = 0
        self._next_due = next_due
        self._move_on_due = move_on_due
        self._clock = clock
        self._registrations: list[WebhookRegistration] = []
        self._deliveries: list[Delivery] = []
        self._pending = 0
        self._changed = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._wake: asyncio.Event | None = None
        self._http: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    # --- configuration ---------------------------------------------------------------------------------------------

    def register(self, registration: WebhookRegistration) -> WebhookRegistration:
        if registration.max_attempts < 1:
            raise ValueError("max_attempts is at least 1")
        with self._changed:
            self._registrations.append(registration)
        self._start()
        return registration

    @property
    def registrations(self) -> list[WebhookRegistration]:
        with self._changed:
            return list(self._registrations)

    def unregister_all(self) -> None:
        with self._changed:
            self._registrations.clear()

    # --- sending ---------------------------------------------------------------------------------------------------

    def notify(self, body: dict[str, Any], *, tenant_id: str | None = None) -> list[Delivery]:
        """Send ``body`` to every registration for ``tenant_id`` (plus ``duplicates`` copies each); return them."""
        with self._changed:
            targets = [r for r in self._registrations if r.tenant_id is None or r.tenant_id == tenant_id]
            jobs = [
                (registration, Delivery(str(body["processId"]), registration.url, copy, dict(body)))
                for registration in targets
                for copy in range(1 + self.duplicates)
            ]
            self._deliveries += [delivery for _, delivery in jobs]
            if self._closed:  # recorded, not sent: the log says so rather than leave them pending forever
                for _, delivery in jobs:
                    delivery.outcome = "cancelled"
                return [delivery for _, delivery in jobs]
            self._pending += len(jobs)  # counted before the loop sees them: wait_idle cannot miss them
        for registration, delivery in jobs:
            self._submit(self._deliver(registration, delivery))
        return [delivery for _, delivery in jobs]

    def wake(self) -> None:
        """Look again at when the next timed process finishes (the clock moved, or a process was added)."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not self._closed:
            loop.call_soon_threadsafe(wake.set)

    # --- records and waits -----------------------------------------------------------------------------------------

    @property
    def deliveries(self) -> list[Delivery]:
        with self._changed:
            return [
                Delivery(d.process_id, d.url, d.copy, dict(d.body), list(d.attempts), d.outcome)
                for d in self._deliveries
            ]

    @property
    def attempts(self) -> list[DeliveryAttempt]:
        with self._changed:
            return [a for d in self._deliveries for a in d.attempts]

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Block until no delivery is pending (sent, waiting to retry, or in flight); TimeoutError after ``timeout``."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._pending == 0, timeout):
                raise TimeoutError(f"{self._pending} webhook deliveries still pending after {timeout} s")

    def wait_until(self, predicate: Callable[[list[DeliveryAttempt]], bool], timeout: float = 5.0) -> None:
        """Block until ``predicate(attempts)`` holds; TimeoutError after ``timeout``."""
        with self._changed:
            ok = self._changed.wait_for(lambda: predicate([a for d in self._deliveries for a in d.attempts]), timeout)
        if not ok:
            raise TimeoutError(f"webhook attempts did not reach the expected state within {timeout} s")

    # --- the background loop ---------------------------------------------------------------------------------------

    def _start(self) -> None:
        with self._changed:
            if self._thread is not None or self._closed:
                return
            ready = threading.Event()
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._run, args=(ready,), name="unico-fake-webhooks", daemon=True)
            self._thread.start()
        ready.wait(5)

    def _run(self, ready: threading.Event) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        self._wake = asyncio.Event()
        # The fake delivers to 127.0.0.1 or a URL given on the command line: no proxy from the environment.
        self._http = httpx.AsyncClient(trust_env=False, headers={"User-Agent": "unico-idcloud-fake-webhooks"})
        timer = loop.create_task(self._timer())
        ready.set()
        try:
            loop.run_forever()
        finally:
            timer.cancel()
            for task in list(self._tasks):
                task.cancel()
            loop.run_until_complete(asyncio.gather(timer, *self._tasks, return_exceptions=True))
            loop.run_until_complete(self._http.aclose())
            loop.close()

    def _submit(self, coroutine: Coroutine[Any, Any, None]) -> None:
        loop = self._loop
        if loop is None or self._closed:
            coroutine.close()
            return

        def spawn() -> None:
            task = loop.create_task(coroutine)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        loop.call_soon_threadsafe(spawn)

    async def _timer(self) -> None:
        """Move timed processes on when their time comes on the fake's clock (they then notify)."""
        assert self._wake is not None
        while not self._closed:
            self._wake.clear()
            self._move_on_due()
            due = self._next_due()
            # With a clock that flows (the default), sleep until then; with a manual one, until it is advanced.
            delay = None if due is None else min(max(0.0, due - self._clock.time()) + 0.01, 60.0)
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that races the event.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._wake.wait()

    async def _deliver(self, registration: WebhookRegistration, delivery: Delivery) -> None:
        assert self._http is not None
        outcome: Outcome = "cancelled"
        try:
            for attempt in range(1, registration.max_attempts + 1):
                status_code: int | None = None
                error: str | None = None
                try:
                    response = await self._http.post(
                        registration.url,
                        json=delivery.body,
                        headers=registration.auth.headers(),
                        timeout=registration.timeout,
                    )
                    status_code = response.status_code
                except httpx.HTTPError as exc:
                    error = type(exc).__name__
                acknowledged = status_code is not None and 200 <= status_code < 300
                retry_in = (
                    None if acknowledged or attempt == registration.max_attempts else backoff(registration, attempt)
                )
                record = DeliveryAttempt(
                    delivery.process_id, delivery.url, delivery.copy, attempt, status_code, error, retry_in
                )
                logger.debug(
                    "webhook for process %s to %s, attempt %d: %s",
                    delivery.process_id,
                    delivery.url,
                    attempt,
                    status_code if status_code is not None else error,
                )
                with self._changed:
                    delivery.attempts.append(record)
                    self._changed.notify_all()
                if retry_in is None:
                    outcome = "acknowledged" if acknowledged else "gave_up"
                    return
                await asyncio.sleep(retry_in)
        finally:
            with self._changed:
                delivery.outcome = outcome
                self._pending -= 1
                self._changed.notify_all()

    def close(self) -> None:
        """Stop the background thread; deliveries still pending are cancelled."""
        with self._changed:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
        with self._changed:
            for delivery in self._deliveries:
                if delivery.outcome == "pending":
                    delivery.outcome = "cancelled"
            self._pending = 0
            self._changed.notify_all()

    def __repr__(self) -> str:
        return f"WebhookSender({len(self._registrations)} registrations, {self._pending} pending)"
