"""What masking the known secret and personal values costs a log line and an error text (``_scrub``), with the
registry full: a long-lived process that writes keeps its newest 512 values (each write adds its CPF, name, e-mail
and phone). For scale, the same masking by one regex alternation of the values, as ``_scrub`` did before, which had
to be compiled again after each write."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from unico_idcloud._scrub import MAX_VALUES, SecretValues

from ._report import Figure
from .parse import _round

LINE = "POST /client/v1/process -> 200 (184 ms); GET /client/v1/process/8ff7ab7a-e0f4-4f7a-9a4b-cd3c5b2b7c7e -> 200"
ROUNDS = 200
NOTE = (
    f"*Scrub*: the registry of known values full ({MAX_VALUES} random values of 11-40 characters, as CPFs, names, "
    f"e-mail addresses and tokens are), one DEBUG log line of {len(LINE)} characters that holds none of them (the "
    f"usual case: every value is searched for and none is found); the fastest of {ROUNDS} rounds (5 for the regex "
    "compiled again). *After a write*: one new value remembered, then the line scrubbed (what the first log line "
    "after each write pays). The regex figures are the previous method, one alternation of every value, for scale."
)


def _values(count: int) -> list[str]:
    rng = random.Random(21)
    alphabet = string.ascii_letters + string.digits + "@.-"
    return ["".join(rng.choices(alphabet, k=rng.randint(11, 40))) for _ in range(count)]


def _fastest(action: Callable[[], object], per_round: int, rounds: int = ROUNDS) -> float:
    return min(_round(action, per_round) for _ in range(rounds))


def _regex(values: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))


def run() -> list[Figure]:
    values = _values(MAX_VALUES)
    known = SecretValues()
    known.remember(*values)
    fresh = iter(_values(100_000)[MAX_VALUES:])

    def after_a_write() -> str:
        known.remember(next(fresh))
        return known.scrub(LINE)

    line = _fastest(lambda: known.scrub(LINE), 20)
    write = _fastest(after_a_write, 5)
    pattern = _regex(values)
    regex_line = _fastest(lambda: pattern.sub("***", LINE), 5)
    # A new value each time, as after a write (the same pattern string again would come from re's cache).
    regex_write = _fastest(lambda: _regex([*values[1:], next(fresh)]).sub("***", LINE), 1, rounds=5)
    return [
        Figure(
            f"scrub: a log line, {MAX_VALUES} known values",
            f"{line * 1e6:.0f} µs (one regex of them: {regex_line * 1e6:.0f} µs)",
        ),
        Figure(
            "scrub: the first log line after a write",
            f"{write * 1e6:.0f} µs (one regex, compiled again: {regex_write * 1e3:.1f} ms)",
        ),
    ]
