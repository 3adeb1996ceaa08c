"""get-many's per-run dedupe: the memory ``process get-many`` spends remembering the ids it has read, so that each
is fetched once per run, at 100,000 distinct ids (each size in a fresh process).

The command counts the ids first (for the progress bar) and then reads them lazily into the bulk fetch; both keep
one key per distinct id (a UUID as its 128-bit integer). The figure is the peak resident memory (``VmHWM``) over
both passes minus the resident memory before them. The bulk fetch itself is the ``bulk`` rows: flat.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from unico_idcloud.cli._getmany import count_ids, read_ids

from ._report import ROOT, Figure
from .bulk_memory import _kib

SIZES = (10_000, 100_000)
TARGET_MIB = 16.0
NOTE = (
    "*get-many dedupe*: `process get-many` remembers each distinct id it reads (a UUID as its 128-bit integer) so "
    "that an id listed twice is fetched once; the figure is the peak RSS (`VmHWM`) over counting the ids and "
    "reading them, minus RSS before, in a fresh process per size. The fetch itself is the *bulk* rows."
)


def _measure(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="unico-bench-") as folder:
        path = Path(folder) / "ids.txt"
        with path.open("w", encoding="utf-8") as file:
            for _ in range(count):
                file.write(f"{uuid.uuid4()}\n")
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5")  # peak RSS := current RSS
        baseline = _kib("VmRSS")
        total = count_ids(path)
        seen: set[int | str] = set()
        with path.open(encoding="utf-8") as lines:
            read = sum(1 for _ in read_ids(lines, seen))
        peak = _kib("VmHWM")
    return {"count": count, "read": min(total, read), "growth_mib": (peak - baseline) / 1024}


def run() -> list[Figure]:
    figures = []
    for count in SIZES:
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.getmany_dedupe", str(count)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        sample = json.loads(child.stdout)
        figures.append(
            Figure(
                f"get-many: per-run dedupe of {count:,} distinct ids, peak memory growth",
                f"{sample['growth_mib']:.2f} MiB ({int(sample['read']):,} ids read once)",
                f"< {TARGET_MIB:.0f} MiB",
                sample["growth_mib"] < TARGET_MIB and sample["read"] == count,
            )
        )
    return figures


if __name__ == "__main__":
    print(json.dumps(_measure(int(sys.argv[1]))))
