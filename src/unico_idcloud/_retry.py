"""Which failures are retried and how long to wait: httpx-retries' policy, waiting on the client's clock.

httpx-retries was chosen over stamina and tenacity because it is built for exactly this seam (an httpx transport):
it knows methods, statuses and transport exceptions, parses ``Retry-After`` in both forms, jitters the exponential
backoff and caps the total time slept. This subclass only routes its waits through :class:`Clock` (so tests use
virtual time) and logs them.

The rule for writes (ARCHITECTURE.md "Writes"): a ``POST`` is resent only when Unico provably did not act on it:
the connection was never made (nothing was sent) or the answer was 429. Unico documents no idempotency key, so a
creation resent after a timeout, a dropped connection or a 5xx can create a second, billable verification; those
reach the caller as :class:`~unico_idcloud.errors.OutcomeUnknown` (:mod:`._writes`). A 401 is not a retry: the auth
flow answers it with a new token and sends the request once more (it was refused before anything was done).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx
from httpx_retries import Retry

from ._clock import SYSTEM_CLOCK, Clock

logger = logging.getLogger("unico_idcloud")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# The failures after which nothing reached Unico: the connection was refused or never completed, or no pooled
# connection came free. httpx raises these before a byte of the request is written.
NOT_SENT_EXCEPTIONS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The one answer to a write that says it was not acted on.
WRITE_RETRY_STATUSES = frozenset({429})


class UnicoRetry(Retry):
    """A :class:`httpx_retries.Retry` that waits on ``clock`` and logs each wait on the ``unico_idcloud`` logger."""

    def __init__(self, *args: Any, clock: Clock = SYSTEM_CLOCK, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock = clock

    @classmethod
    def policy(cls, max_retries: int, *, deadline: float | None, clock: Clock) -> UnicoRetry:
        """The client's policy: ``max_retries`` retries of idempotent requests on 429/500/502/503/504, connection
        errors and timeouts; backoff 0.5·2ⁿ s with full jitter, at most 30 s each; ``Retry-After`` honoured (up to
        60 s); at most ``deadline`` seconds asleep in all."""
        return cls(
            total=max_retries,
            allowed_methods=IDEMPOTENT_METHODS,
            status_forcelist=RETRY_STATUSES,
            retry_on_exceptions=RETRY_EXCEPTIONS,
            backoff_factor=0.25,
            backoff_jitter=1.0,
            max_backoff_wait=60.0,
            respect_retry_after_header=True,
            total_timeout=deadline,
            clock=clock,
        )

    def for_method(self, method: str) -> UnicoRetry:
        """This policy for an idempotent method; for any other (a write), the same budget, backoff and clock but
        resent only after :data:`NOT_SENT_EXCEPTIONS` or a 429."""
        if method.upper() in self.allowed_methods:
            return self
        writes = self.copy_with(
            allowed_methods={method.upper()},
            status_forcelist=WRITE_RETRY_STATUSES,
            retry_on_exceptions=NOT_SENT_EXCEPTIONS,
        )
        assert isinstance(writes, UnicoRetry)
        writes.clock = self.clock
        return writes

    def increment(self) -> UnicoRetry:
        # The library copies the standard fields only; the clock goes along here.
        copy = super().increment()
        assert isinstance(copy, UnicoRetry)
        copy.clock = self.clock
        return copy

    def wait_for(self, outcome: httpx.Response | Exception) -> float:
        """Seconds to wait before the next attempt (``Retry-After`` first, else jittered backoff), and log it."""
        headers = outcome.headers if isinstance(outcome, httpx.Response) else {}
        wait = self._calculate_sleep(headers)
        self.elapsed_sleep += wait
        cause = f"HTTP {outcome.status_code}" if isinstance(outcome, httpx.Response) else type(outcome).__name__
        logger.info("%s; retry %d of %d in %.2f s", cause, self.attempts_made, self.total, wait)
        return wait

    def sleep(self, response: httpx.Response | Exception) -> None:
        self.clock.sleep(self.wait_for(response))

    async def asleep(self, response: httpx.Response | Exception) -> None:
        await self.clock.asleep(self.wait_for(response))


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` in seconds (both forms: delay seconds or an HTTP date), or ``None``."""
    value = headers.get("Retry-After")
    if not value:
        return None
    try:
        return Retry().parse_retry_after(value)
    except ValueError:
        return None
