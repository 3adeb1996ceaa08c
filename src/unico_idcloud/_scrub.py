"""The values the client knows to be secret or personal, scrubbed from any text that may reach a log or an error.

Patterns (``_redact``) catch what *looks* like a secret; this catches what *is* one whatever it looks like: an
opaque access token echoed in a 401 body, the ``APIKEY``, a name or an e-mail address a write sent. The client
registers each value when it gets or sends it (:func:`remember`); :func:`scrub` replaces every registered value
with ``***``. One registry serves the process, so that an error built anywhere (the response parser, the token
exchange, a log record) is scrubbed without knowing which client it came from; it holds the newest
``MAX_VALUES`` values (tokens rotate hourly: a long-lived process must not grow it forever).

No library does this (log scrubbers match patterns only), hence the hand-written registry.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable

MIN_LENGTH = 6
"""Shorter values are not registered: scrubbing "ana" or "1234" out of every message would garble them."""
MAX_VALUES = 512


class SecretValues:
    """A bounded, thread-safe set of known secret or personal values and the one regex that finds them."""

    def __init__(self, max_values: int = MAX_VALUES) -> None:
        self._max = max_values
        self._values: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None

    def remember(self, *values: str | None) -> None:
        """Register ``values`` (``None``, non-strings and values under ``MIN_LENGTH`` characters are ignored)."""
        with self._lock:
            changed = False
            for value in values:
                if not isinstance(value, str) or len(value.strip()) < MIN_LENGTH:
                    continue
                for form in {value, value.strip()}:
                    if form in self._values:
                        self._values.move_to_end(form)
                    else:
                        self._values[form] = None
                        changed = True
            while len(self._values) > self._max:
                self._values.popitem(last=False)
                changed = True
            if changed:
                self._pattern = None

    def remember_all(self, values: Iterable[str | None]) -> None:
        self.remember(*values)

    def forget_all(self) -> None:
        with self._lock:
            self._values.clear()
            self._pattern = None

    def scrub(self, text: str) -> str:
        pattern = self._compiled()
        return text if pattern is None else pattern.sub("***", text)

    def _compiled(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._values:
                # Longest first: a value that contains another is replaced whole.
                ordered = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(re.escape(value) for value in ordered))
            return self._pattern

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"SecretValues({len(self._values)} values)"


KNOWN = SecretValues()


def remember(*values: str | None) -> None:
    """Register secret or personal values the client holds or sent (a token, an API key, a write's name, CPF,
    e-mail, phone): from now on they never reach an error message, a ``repr`` or a filtered log record."""
    KNOWN.remember(*values)


def kept_secret(value: str) -> str:
    """``value``, registered (:func:`remember`): for building a request with it, ``{"assertion": kept_secret(a)}``."""
    KNOWN.remember(value)
    return value


def scrub(text: str) -> str:
    """``text`` without any registered value."""
    return KNOWN.scrub(text)


def scrub_chain(error: BaseException) -> BaseException:
    """``error`` and the exceptions chained to it (``__cause__``, ``__context__``) with registered values and
    secret-looking text masked in their string arguments; returns ``error`` (for ``raise ... from
    scrub_chain(exc)``). A traceback prints these arguments, and a library's message can quote a header."""
    from ._redact import redact

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        with contextlib.suppress(AttributeError, TypeError):  # an exception type with read-only args keeps them
            current.args = tuple(redact(a, limit=10_000) if isinstance(a, str) else a for a in current.args)
        current = current.__cause__ or current.__context__
    return error
