"""Parse cost: the generated model's ``from_dict`` on top of ``json.loads``, on the documented full example.

The body is ``tests/fixtures/get-process.developer-portal.json``: the developer portal's Get Process example, the
one documented response that fills every field of ``Process`` (person, authentication info, company, bio token,
a service with a signed document and its OCR data). The devcenter OCR examples are smaller bodies (only
``doc.data`` is fuller), so this is the heavier documented case. A body is the ``{"process": ...}`` envelope, so
what the client runs per response is ``ProcessResponse.from_dict(json.loads(body))``, which calls
``Process.from_dict`` on the inner object.

Rounds alternate (``json.loads`` alone, then with ``from_dict``) and the figure is the median of the per-round
ratios, so that load from other processes on the machine hits both sides alike.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from unico_idcloud_client.models import ProcessResponse

from ._report import ROOT, Figure

BODY = (ROOT / "tests" / "fixtures" / "get-process.developer-portal.json").read_bytes()
ROUNDS = 41
PER_ROUND = 200
TARGET = 4.0
NOTE = (
    "*Parse*: `tests/fixtures/get-process.developer-portal.json`, the developer portal's Get Process example and "
    "the one documented body that fills every field of `Process` (the OCR examples are smaller bodies with a fuller "
    f"`doc.data`). Median of {ROUNDS} per-round ratios, rounds of {PER_ROUND} calls alternating between "
    "`json.loads` alone and with `ProcessResponse.from_dict`."
)


def _round(action: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        action()
    return (time.perf_counter() - started) / count


def measure(body: bytes = BODY, rounds: int = ROUNDS, per_round: int = PER_ROUND) -> tuple[float, float, float]:
    """(median ratio, median seconds for json.loads, median seconds for json.loads + from_dict)."""

    def loads() -> object:
        return json.loads(body)

    def parse() -> object:
        return ProcessResponse.from_dict(json.loads(body))

    parse()  # the model classes and enum members are warm before timing
    raw: list[float] = []
    typed: list[float] = []
    for _ in range(rounds):
        raw.append(_round(loads, per_round))
        typed.append(_round(parse, per_round))
    ratio = statistics.median(t / r for r, t in zip(raw, typed, strict=True))
    return ratio, statistics.median(raw), statistics.median(typed)


def run() -> list[Figure]:
    ratio, raw, typed = measure()
    return [
        Figure(
            "parse: `ProcessResponse.from_dict(json.loads(body))` / `json.loads(body)`, portal's full example",
            f"{ratio:.2f} ({typed * 1e6:.0f} µs vs {raw * 1e6:.0f} µs)",
            f"≤ {TARGET:.0f}",
            ratio <= TARGET,
        )
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)
