"""Calling user code that may be sync or async."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable


def is_async_callable(function: object) -> bool:
    """Whether calling ``function`` returns a coroutine (a coroutine function, a partial of one, or an object with
    an ``async def __call__``)."""
    while isinstance(function, functools.partial):
        function = function.func
    method = inspect.getattr_static(type(function), "__call__", None)  # an instance's ``async def __call__``
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(method)


def discard(awaitable: Awaitable[object]) -> None:
    """Close an awaitable that will not be awaited (no "coroutine was never awaited" warning)."""
    close = getattr(awaitable, "close", None)
    if close is not None:
        close()
