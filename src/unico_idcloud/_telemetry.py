"""``http.request.resend_count`` for OpenTelemetry, without depending on it.

With ``opentelemetry-instrumentation-httpx`` installed, each attempt the network transport sends is one CLIENT span,
current while httpcore sends it. Only there can the attempt's span be reached, so a resend (a retry, or the second
request after a refused token) carries an httpcore ``trace`` callback (a documented httpcore request extension) that
sets the attribute on the current span at the first connection event. Without the OpenTelemetry API installed this
module only counts attempts.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import httpx

RESEND_COUNT = "http.request.resend_count"
# Extensions of our own (httpcore ignores keys it does not know): the attempt number, and the caller's own
# ``trace`` callback, which every resend's callback calls on.
_ATTEMPT = "unico_idcloud.attempt"
_CALLERS_TRACE = "unico_idcloud.trace"

SyncTrace = Callable[[str, dict[str, Any]], None]
AsyncTrace = Callable[[str, dict[str, Any]], Awaitable[None]]


def _next_attempt(request: httpx.Request) -> int:
    """0 for the first time this request is sent, then 1, 2, ... (the same ``httpx.Request`` is resent)."""
    attempt: int = request.extensions.get(_ATTEMPT, -1) + 1
    request.extensions[_ATTEMPT] = attempt
    if attempt == 0:
        request.extensions[_CALLERS_TRACE] = request.extensions.get("trace")
    return attempt


@functools.cache
def _otel_trace() -> ModuleType | None:
    """``opentelemetry.trace``, imported at the first resend (importing the package never loads it), or ``None``."""
    try:
        from opentelemetry import trace
    except ImportError:  # the package does not depend on OpenTelemetry
        return None
    return trace


def _mark(resends: int) -> None:
    trace = _otel_trace()
    if trace is not None:
        trace.get_current_span().set_attribute(RESEND_COUNT, resends)


def count_attempt(request: httpx.Request) -> None:
    """Before a synchronous attempt: on a resend, set ``http.request.resend_count`` on the attempt's span."""
    resends = _next_attempt(request)
    if not resends or _otel_trace() is None:
        return
    earlier: SyncTrace | None = request.extensions[_CALLERS_TRACE]
    marked = False

    def trace(event: str, info: dict[str, Any]) -> None:
        nonlocal marked
        if not marked:
            marked = True
            _mark(resends)
        if earlier is not None:
            earlier(event, info)

    request.extensions["trace"] = trace


def count_attempt_async(request: httpx.Request) -> None:
    """:func:`count_attempt` for an async attempt (httpcore awaits an async ``trace`` callback)."""
    resends = _next_attempt(request)
    if not resends or _otel_trace() is None:
        return
    earlier: AsyncTrace | None = request.extensions[_CALLERS_TRACE]
    marked = False

    async def trace(event: str, info: dict[str, Any]) -> None:
        nonlocal marked
        if not marked:
            marked = True
            _mark(resends)
        if earlier is not None:
            await earlier(event, info)

    request.extensions["trace"] = trace
