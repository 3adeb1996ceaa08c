"""Time `make regenerate` on the real inputs (warm), stage by stage, run the shared rate-limit benchmark
(`shared_budget.py`), and write BENCHMARKS.md.

Runs on a copy of the inputs under the repository (so the generator's ruff hooks read the project's config),
never touching the committed outputs.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from codegen.pipeline import Layout, build_spec, regenerate

from . import _report, shared_budget

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def _timed(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    action()  # warm-up: imports, generator start-up, file caches
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def _copy_inputs(destination: Path) -> Layout:
    for relative in ("spec", "overlays", "codegen/templates"):
        shutil.copytree(ROOT / relative, destination / relative)
    shutil.copy(ROOT / "codegen" / "openapi-python-client.yaml", destination / "codegen")
    return Layout(destination)


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix=".bench-", dir=ROOT))
    try:
        layout = _copy_inputs(workdir)
        rows = {
            "build spec (merge + overlays + validate)": _timed(lambda: build_spec(layout)),
            "regenerate (spec + client + change report)": _timed(lambda: regenerate(layout)),
            "`python -m codegen regenerate` (whole command, fresh interpreter)": _timed(
                lambda: subprocess.run(
                    [sys.executable, "-m", "codegen", "--root", str(workdir), "regenerate"],
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
            ),
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    lines = [
        "# Benchmarks",
        "",
        f"`make bench` on {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {RUNS} warm runs each. Target: `make regenerate` ≤ 15 s warm.",
        "",
        "| what | median | min | max |",
        "|---|---|---|---|",
    ]
    for name, samples in rows.items():
        lines.append(f"| {name} | {statistics.median(samples):.2f} s | {min(samples):.2f} s | {max(samples):.2f} s |")
    lines += ["", "## One tenant budget, four processes (RedisRateLimiter)", "", _report.table(shared_budget.run())]
    lines += ["", shared_budget.NOTE]
    report = "\n".join(lines) + "\n"
    (ROOT / "BENCHMARKS.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
