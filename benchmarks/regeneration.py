"""Regeneration: ``make regenerate`` warm, and ``make check``.

``make regenerate`` runs ``uv run --locked --quiet python -m codegen regenerate``; the same command is timed here
with ``--root`` on a copy of its inputs under the repository (so the generator's ruff hooks read the project's
config), so that the committed outputs are never touched. One run warms the caches (uv's, the generator's, the
file system's), then the median of ``RUNS`` is the figure. ``make check`` (drift, ruff, mypy) is read-only and runs
as it is.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._report import ROOT, Figure

RUNS = 3
TARGET = 15.0
NOTE = (
    "*Regeneration*: `uv run --locked python -m codegen regenerate` (what `make regenerate` runs) on a copy of the "
    f"inputs, median of {RUNS} after one warm-up run; `make check` once, as it is."
)


def _uv() -> list[str]:
    """The command ``make regenerate`` runs, as the Makefile finds it (uv on PATH, else the bootstrapped one)."""
    uv = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")
    if not Path(uv).exists():
        return [sys.executable]
    return [uv, "run", "--locked", "--quiet", "python"]


def _copy_inputs(destination: Path) -> None:
    for relative in ("spec", "overlays", "codegen/templates"):
        shutil.copytree(ROOT / relative, destination / relative)
    shutil.copy(ROOT / "codegen" / "openapi-python-client.yaml", destination / "codegen")


def _seconds(command: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started, done.returncode


def run() -> list[Figure]:
    workdir = Path(tempfile.mkdtemp(prefix=".bench-", dir=ROOT))
    try:
        _copy_inputs(workdir)
        command = [*_uv(), "-m", "codegen", "--root", str(workdir), "regenerate"]
        samples = [_seconds(command) for _ in range(RUNS + 1)][1:]  # the first run only warms up
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    check_seconds, check_exit = _seconds(["make", "--no-print-directory", "-s", "check"])
    median = statistics.median(s for s, _ in samples)
    regenerated = all(code == 0 for _, code in samples)
    return [
        Figure(
            f"`make regenerate`, warm (median of {RUNS})",
            f"{median:.1f} s (min {min(s for s, _ in samples):.1f}, max {max(s for s, _ in samples):.1f})"
            + ("" if regenerated else "; FAILED"),
            f"≤ {TARGET:.0f} s",
            regenerated and median <= TARGET,
        ),
        Figure(
            "`make check` (drift, ruff, mypy --strict)",
            f"{check_seconds:.1f} s, exit {check_exit}",
            "exit 0",
            check_exit == 0,
        ),
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)
