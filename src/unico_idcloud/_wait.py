"""Polling a process until it is final, with a backoff that starts quick and spreads out.

Unico recommends webhooks (fired on ``PROCESS_STATE_FINISHED``) and Get Process only as a fallback; this is that
fallback. The schedule is written once (:class:`Poller`); the sync and async loops only wait and fetch. Every wait
goes through the client's :class:`~unico_idcloud.Clock`, and every poll through its rate limiter and retries.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from unico_idcloud_client.models import Process, ProcessState

from ._clock import Clock
from .errors import ConfigurationError, RateLimited, ServerError, TransportError, UnicoError, WaitTimeout

logger = logging.getLogger("unico_idcloud")

DEFAULT_WAIT_TIMEOUT = 300.0
FIRST_INTERVAL = 1.0
MAX_INTERVAL = 30.0
GROWTH = 1.5
FINAL_STATES = frozenset({ProcessState.PROCESS_STATE_FINISHED, ProcessState.PROCESS_STATE_FAILED})

# Worth polling through: the request already used its retries, but the next poll may well succeed. Anything else
# (404, 403, 401, a body that does not parse) will not change by asking again, and is raised at once.
_TRANSIENT = (RateLimited, ServerError, TransportError)


def is_final(process: Process) -> bool:
    """``PROCESS_STATE_FINISHED`` or ``PROCESS_STATE_FAILED``. A state the spec does not list is not final: it may
    be a new intermediate state, so the wait goes on (and :class:`WaitTimeout` reports it)."""
    return process.state in FINAL_STATES


class Poller:
    """The schedule of one wait: when to poll next, and what was seen so far."""

    def __init__(self, clock: Clock, timeout: float, first_interval: float, max_interval: float) -> None:
        if not timeout > 0 or not first_interval > 0 or not max_interval >= first_interval:
            raise ConfigurationError("timeout and intervals must be positive (max_interval >= first_interval)")
        self._clock = clock
        self._started = clock.monotonic()
        self._deadline = self._started + timeout
        self._timeout = timeout
        self._interval = first_interval
        self._max_interval = max_interval
        self.polls = 0
        self.last: Process | None = None
        self.error: UnicoError | None = None

    def seen(self, process: Process) -> bool:
        """Record a poll's answer; True when the process is final."""
        self.polls += 1
        self.last, self.error = process, None
        return is_final(process)

    def failed(self, error: UnicoError) -> None:
        """Record a poll that failed; raise the error unless polling again may help."""
        self.polls += 1
        if not isinstance(error, _TRANSIENT):
            raise error
        self.error = error

    def next_wait(self) -> float:
        """Seconds to wait before the next poll; the last wait ends at the deadline. Raises :class:`WaitTimeout`
        once the deadline has passed."""
        remaining = self._deadline - self._clock.monotonic()
        if remaining <= 0:
            raise self.timeout()
        wait = min(self._interval, remaining)
        self._interval = min(self._interval * GROWTH, self._max_interval)
        state = "no answer" if self.last is None else str(self.last.state)
        logger.debug("process not final (%s); next poll in %.2f s", state, wait)
        return wait

    def timeout(self) -> WaitTimeout:
        state = self.last.state if self.last is not None and isinstance(self.last.state, ProcessState) else None
        seen = "no successful poll" if state is None else f"last state {state}"
        error = WaitTimeout(
            f"the process did not finish within {self._timeout:g} s ({seen}, {self.polls} polls)",
            last_process=self.last,
            last_state=state,
            polls=self.polls,
            waited=self._clock.monotonic() - self._started,
        )
        error.__cause__ = self.error
        return error


def wait_sync(get: Callable[[], Process], poller: Poller, clock: Clock) -> Process:
    while True:
        try:
            process = get()
        except UnicoError as error:
            poller.failed(error)
        else:
            if poller.seen(process):
                return process
        clock.sleep(poller.next_wait())


async def wait_async(get: Callable[[], Awaitable[Process]], poller: Poller, clock: Clock) -> Process:
    while True:
        try:
            process = await get()
        except UnicoError as error:
            poller.failed(error)
        else:
            if poller.seen(process):
                return process
        await clock.asleep(poller.next_wait())
