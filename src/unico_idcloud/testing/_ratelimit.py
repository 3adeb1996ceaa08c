"""Per-tenant rate limit: at most N requests in any window of one second (Unico's default is 10/s)."""

from __future__ import annotations

import math
from collections import deque

from ._clock import Clock

DEFAULT_RATE_LIMIT = 10


class RateLimiter:
    """A sliding one-second window per tenant, on the fake's clock.

    ``limit=None`` turns limiting off. Refused requests do not count against the window.
    """

    def __init__(self, clock: Clock, limit: int | None = DEFAULT_RATE_LIMIT, window: float = 1.0) -> None:
        self.clock = clock
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}

    def acquire(self, tenant_id: str) -> float | None:
        """Count a request; ``None`` if allowed, else the seconds until one would be."""
        if self.limit is None:
            return None
        now = self.clock.time()
        hits = self._hits.setdefault(tenant_id, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return max(hits[0] + self.window - now, 0.0)
        hits.append(now)
        return None

    def reset(self) -> None:
        self._hits.clear()


def retry_after_header(wait: float) -> str:
    """``Retry-After`` takes whole seconds: round up, never 0."""
    return str(max(1, math.ceil(wait)))
