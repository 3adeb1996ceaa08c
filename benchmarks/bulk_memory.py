"""Bulk memory: ``AsyncIDCloud.get_processes`` over 10,000 and 100,000 ids, each size in a fresh process.

The figure is the peak resident memory during the run (``VmHWM``) minus the resident memory just before it, after
a warm-up of ``WARM_UP`` ids through the same client (imports, connection pool and caches in place, then
``gc.collect()``; the peak is reset through ``/proc/self/clear_refs``). The ids are generated lazily, as a
reconciliation job reading them from a file or a query would; the outcomes are counted and dropped.

The server side is the fastest fake there is: an ``httpx.MockTransport`` that answers every Get Process with the
fake Unico's own body for a finished process (every field filled). Through the fake's ASGI app each call took
~1 ms more on this 2-core machine, and 110,000 calls would take most of the five minutes ``make bench`` has; the
memory measured is the client's, which the server does not change.
"""

from __future__ import annotations

import asyncio
import gc
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

from unico_idcloud import AsyncIDCloud
from unico_idcloud.testing import FakeUnico

from ._report import ROOT, Figure

SIZES = (10_000, 100_000)
WARM_UP = 2_000
TARGET_MIB = 50.0
FLAT_MIB = 5.0  # "flat": at most this much more at 100,000 ids than at 10,000
NOTE = (
    "*Bulk*: `AsyncIDCloud.get_processes` (16 in flight) over lazily generated ids, each size in a fresh process; "
    f"peak RSS (`VmHWM`) minus RSS after a warm-up of {WARM_UP:,} ids. Server: an `httpx.MockTransport` answering "
    "the fake Unico's own body for a finished process (through the fake's ASGI app each call took ~1 ms more, "
    "too long for 110,000 calls in `make bench`; the memory measured is the client's). The method sees a leak: "
    "keeping every outcome of 5,000 ids instead of dropping it measures ~19 MiB."
)


def _kib(field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    if match is None:
        raise RuntimeError(f"no {field} in /proc/self/status (this figure needs Linux)")
    return int(match.group(1))


def _canned_body() -> bytes:
    """What the fake Unico answers for a finished process."""
    fake = FakeUnico(rate_limit=None, seed=False)
    account = fake.add_service_account()
    process_id = fake.add_process()
    with fake.client(headers={"Authorization": f"Bearer {fake.issue_token(account)}"}) as client:
        response = client.get(f"/client/v1/process/{process_id}")
    response.raise_for_status()
    return response.content


async def _fetch(client: AsyncIDCloud, count: int, process_ids: list[str]) -> int:
    ids = (process_ids[i % len(process_ids)] for i in range(count))
    fetched = 0
    async for outcome in client.get_processes(ids):
        fetched += outcome.ok
    return fetched


async def _measure(count: int, warm_up: int = WARM_UP) -> dict[str, float]:
    body = _canned_body()
    headers = {"Content-Type": "application/json"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    process_ids = [str(n).rjust(12, "0").join(("00000000-0000-4000-8000-", "")) for n in range(100)]
    async with AsyncIDCloud(token="bench", transport=transport, rate_limit=None) as client:
        await _fetch(client, warm_up, process_ids)
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5")  # peak RSS := current RSS
        baseline = _kib("VmRSS")
        fetched = await _fetch(client, count, process_ids)
        peak = _kib("VmHWM")
    return {"count": count, "fetched": fetched, "growth_mib": (peak - baseline) / 1024, "baseline_mib": baseline / 1024}


@dataclass(frozen=True)
class Sample:
    count: int
    fetched: int
    growth_mib: float
    baseline_mib: float


def measure(sizes: tuple[int, ...] = SIZES) -> list[Sample]:
    samples = []
    for count in sizes:
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.bulk_memory", str(count)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        samples.append(Sample(**json.loads(child.stdout)))
    return samples


def run() -> list[Figure]:
    small, large = measure()
    figures = [
        Figure(
            f"bulk: `get_processes` over {s.count:,} ids, peak memory growth",
            f"{s.growth_mib:.2f} MiB ({s.fetched:,} fetched; {s.baseline_mib:.0f} MiB before)",
            f"< {TARGET_MIB:.0f} MiB",
            s.growth_mib < TARGET_MIB and s.fetched == s.count,
        )
        for s in (small, large)
    ]
    more = large.growth_mib - small.growth_mib
    figures.append(
        Figure(
            f"bulk: growth at {large.count:,} ids minus growth at {small.count:,} (flat)",
            f"{more:+.2f} MiB",
            f"≤ {FLAT_MIB:.0f} MiB",
            more <= FLAT_MIB,
        )
    )
    return figures


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_measure(int(sys.argv[1])))))
