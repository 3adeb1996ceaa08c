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
import threading
from collections import OrderedDict
from collections.abc import Iterable

MIN_LENGTH = 6
"""Shorter values are not registered: scrubbing "ana" or "1234" out of every message would garble them."""
MAX_VALUES = 512


class SecretValues:
    """A bounded, thread-safe set of known secret or personal values."""

    def __init__(self, max_values: int = MAX_VALUES) -> None:
        self._max = max_values
        self._values: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()  # for writers only
        # The same values by their first MIN_LENGTH characters. Replaced whole, never changed in place: a scrub reads
        # one snapshot without the lock, so that a long search never holds up a write registering its values.
        self._by_prefix: dict[str, tuple[str, ...]] = {}

    def remember(self, *values: str | None) -> None:
        """Register ``values`` (``None``, non-strings and values under ``MIN_LENGTH`` characters are ignored)."""
        with self._lock:
            added: list[str] = []
            for value in values:
                if not isinstance(value, str) or len(value.strip()) < MIN_LENGTH:
                    continue
                for form in {value, value.strip()}:
                    if form in self._values:
                        self._values.move_to_end(form)
                    else:
                        self._values[form] = None
                        added.append(form)
            evicted = [self._values.popitem(last=False)[0] for _ in range(len(self._values) - self._max)]
            if added or evicted:
                self._by_prefix = _reindexed(self._by_prefix, added, evicted)

    def remember_all(self, values: Iterable[str | None]) -> None:
        self.remember(*values)

    def forget_all(self) -> None:
        with self._lock:
            self._values.clear()
            self._by_prefix = {}

    def scrub(self, text: str) -> str:
        # Not one regex alternation of every value: at 512 values it took ~30 ms to compile (again after every write,
        # whose personal values change the set) and ~160 µs per log line (`make bench`, *Scrub*). Instead each
        # MIN_LENGTH-character window of the text is looked up among the values' first characters (~26 µs for a log
        # line, whatever the number of values), which finds every occurrence of every value; overlapping ones are
        # masked as one run, so that no part of a value is left beside another's mask. Written by hand: an
        # Aho-Corasick library would be a C dependency for what a dict does well enough here.
        spans = _occurrences(text, self._by_prefix)
        if not spans:
            return text
        pieces: list[str] = []
        kept_from = 0
        run_start, run_end = spans[0]
        for start, stop in spans[1:]:
            if start > run_end:
                pieces += (text[kept_from:run_start], "***")
                kept_from, run_start, run_end = run_end, start, stop
            else:
                run_end = max(run_end, stop)
        pieces += (text[kept_from:run_start], "***", text[run_end:])
        return "".join(pieces)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"SecretValues({len(self._values)} values)"


def _reindexed(
    by_prefix: dict[str, tuple[str, ...]], added: list[str], evicted: list[str]
) -> dict[str, tuple[str, ...]]:
    """A new snapshot: ``by_prefix`` with ``added``, then without ``evicted`` (which may include some of them)."""
    snapshot = dict(by_prefix)
    for value in added:
        snapshot[value[:MIN_LENGTH]] = (*snapshot.get(value[:MIN_LENGTH], ()), value)
    for value in evicted:
        same_start = tuple(v for v in snapshot.pop(value[:MIN_LENGTH]) if v != value)
        if same_start:
            snapshot[value[:MIN_LENGTH]] = same_start
    return snapshot


def _occurrences(text: str, by_prefix: dict[str, tuple[str, ...]]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of every value in ``text``, overlapping ones included, in order of start."""
    if not by_prefix:
        return []
    found: list[tuple[int, int]] = []
    lookup = by_prefix.get
    for start in range(len(text) - MIN_LENGTH + 1):
        candidates = lookup(text[start : start + MIN_LENGTH])
        if candidates is not None:
            found += [(start, start + len(v)) for v in candidates if text.startswith(v, start)]
    return found


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
