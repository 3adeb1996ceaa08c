"""`make bench`: every figure, one module per row group, printed as one table and written to BENCHMARKS.md with the
machine it ran on and the load on it.

Each module's ``run()`` returns its ``_report.Figure`` rows and its ``NOTE`` says what they measure. The whole run
must stay under ``LIMIT`` seconds on a 2-core machine; that is a row of its own.
"""

from __future__ import annotations

import os
import sys
import time
from types import ModuleType

from . import _report, budget, bulk_memory, getmany_dedupe, overhead, parse, regeneration, scrub, shared_budget

LIMIT = 300.0
MODULES: tuple[ModuleType, ...] = (
    parse,
    overhead,
    budget,
    shared_budget,
    bulk_memory,
    getmany_dedupe,
    scrub,
    regeneration,
)


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (1 min) / {five:.1f} (5 min)"


def main() -> None:
    started = time.perf_counter()
    load_before = _load()
    figures: list[_report.Figure] = []
    for module in MODULES:
        name = module.__name__.rsplit(".", 1)[-1]
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        rows = module.run()
        print(_report.table(rows), f"\n({name}: {time.perf_counter() - began:.0f} s)\n", file=sys.stderr, flush=True)
        figures += rows
    seconds = time.perf_counter() - started
    figures.append(_report.Figure("`make bench`, every row", f"{seconds:.0f} s", f"< {LIMIT:.0f} s", seconds < LIMIT))
    notes = [
        f"Load average (other jobs on the machine): {load_before} before, {_load()} after.",
        "",
        *(f"{module.NOTE}\n" for module in MODULES),
    ]
    print(_report.write(figures, notes, seconds))


if __name__ == "__main__":
    main()
