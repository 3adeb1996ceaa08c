"""`make bench` modules run (one tiny iteration each; nothing here looks at speed)."""

from __future__ import annotations

import asyncio

from benchmarks import _report, bulk_memory, getmany_dedupe, parse


def test_parse_measures_a_ratio() -> None:
    ratio, raw, typed = parse.measure(rounds=1, per_round=1)
    assert ratio > 0 and raw > 0 and typed > 0


def test_bulk_memory_fetches_every_id_and_reads_its_memory() -> None:
    sample = asyncio.run(bulk_memory._measure(30, warm_up=10))
    assert sample["fetched"] == 30
    assert sample["growth_mib"] >= 0 and sample["baseline_mib"] > 0


def test_getmany_dedupe_reads_every_distinct_id_once() -> None:
    sample = getmany_dedupe._measure(50)
    assert sample["read"] == 50 and sample["growth_mib"] >= 0


def test_the_table_has_one_row_per_figure() -> None:
    figures = [_report.Figure("a", "1", "≤ 2", True), _report.Figure("b", "3", "≤ 2", False), _report.Figure("c", "x")]
    rows = _report.table(figures).splitlines()
    assert rows[2:] == ["| a | 1 | ≤ 2 | pass |", "| b | 3 | ≤ 2 | FAIL |", "| c | x | - | - |"]
