"""The benchmark table: one row per figure (measured, target, pass/fail), and BENCHMARKS.md with the machine."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Figure:
    """One measured figure. ``passed`` is ``None`` for a figure reported without a target."""

    name: str
    measured: str
    target: str = "-"
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        return "-" if self.passed is None else ("pass" if self.passed else "FAIL")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages * size / 2**30:.0f} GiB"
    except (ValueError, OSError):
        pass
    return (
        f"{platform.python_implementation()} {platform.python_version()} on {platform.system()} "
        f"{platform.release()}, {cpu}, {os.cpu_count()} CPUs{memory}"
    )


def table(figures: list[Figure]) -> str:
    lines = ["| figure | measured | target | result |", "|---|---|---|---|"]
    lines += [f"| {f.name} | {f.measured} | {f.target} | {f.verdict} |" for f in figures]
    return "\n".join(lines)


def write(figures: list[Figure], notes: list[str], seconds: float) -> str:
    report = "\n".join(
        [
            "# Benchmarks",
            "",
            f"`make bench` on {machine()}; the whole run took {seconds:.0f} s.",
            "Every figure is a ratio or a count measured side by side in one run; none is a test.",
            "",
            table(figures),
            "",
            *notes,
        ]
    )
    (ROOT / "BENCHMARKS.md").write_text(report.rstrip() + "\n", encoding="utf-8")
    return report
