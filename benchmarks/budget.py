"""Budget use: 1,000 Get Process calls against the fake Unico on 127.0.0.1 (uvicorn, in its own process), which
refuses with 429 any request beyond ``RATE`` in a sliding second, as Unico does per tenant.

(a) the client is configured at the real limit: it should use nearly all of it and never be refused;
(b) it is configured at twice the real limit (which it does not know): it should find the real limit from the
    429s, fetch every process, and still use most of the budget.

``AsyncIDCloud`` runs ``CONCURRENCY`` tasks, so the rate limiter, not the round trip, sets the pace. A recording
transport under the client's stack counts every attempt (retries included) and every 429.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import httpx

from unico_idcloud import AsyncIDCloud, Environment
from unico_idcloud.errors import UnicoError

from ._fake_process import FakeProcess, Served
from ._report import Figure

RATE = 100
PROCESSES = 1000
CONCURRENCY = 16
NOTE = (
    f"*Budget*: {PROCESSES:,} Get Process calls by `AsyncIDCloud` ({CONCURRENCY} tasks) against the fake Unico "
    f"(uvicorn, its own process, 127.0.0.1) refusing with 429 whatever exceeds {RATE} requests in a sliding second; "
    "429s counted below the client's retries (every attempt). Achieved: processes fetched per second, first "
    "request to last answer."
)


class Counting(httpx.AsyncBaseTransport):
    """The network transport, counting API attempts (not token requests) and the 429s among them."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.attempts = 0
        self.throttled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if "/oauth2/" not in request.url.path:
            self.attempts += 1
            self.throttled += response.status_code == 429
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass(frozen=True)
class Run:
    configured: float
    fetched: int
    failed: int
    attempts: int
    throttled: int
    seconds: float

    @property
    def achieved(self) -> float:
        """Processes fetched per second, from the first request to the last answer."""
        return self.fetched / self.seconds


async def _fetch_all(client: AsyncIDCloud, ids: list[str], concurrency: int) -> tuple[int, int]:
    queue = iter(ids)
    fetched = failed = 0

    async def worker() -> None:
        nonlocal fetched, failed
        for pid in queue:  # one shared iterator: each id is taken by exactly one task
            try:
                await client.get_process(pid)
                fetched += 1
            except UnicoError:
                failed += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return fetched, failed


async def _run(served: Served, configured: float, concurrency: int) -> Run:
    counting = Counting(httpx.AsyncHTTPTransport())
    env = Environment.from_url(served.url)
    async with AsyncIDCloud(served.account, environment=env, rate_limit=configured, transport=counting) as client:
        await client.access_token()  # the token exchange is not part of the budget
        started = time.perf_counter()
        fetched, failed = await _fetch_all(client, served.process_ids, concurrency)
        seconds = time.perf_counter() - started
    return Run(configured, fetched, failed, counting.attempts, counting.throttled, seconds)


def measure(rate: int = RATE, processes: int = PROCESSES, concurrency: int = CONCURRENCY) -> tuple[Run, Run]:
    """(a) configured at ``rate``, (b) at ``2 * rate``; each against a fresh fake limited to ``rate``."""
    runs = []
    for configured in (rate, 2 * rate):
        with FakeProcess(rate_limit=rate, processes=processes) as served:
            runs.append(asyncio.run(_run(served, configured, concurrency)))
    return runs[0], runs[1]


def _describe(run: Run, rate: int) -> str:
    share = run.throttled / run.attempts if run.attempts else 0.0
    return (
        f"{run.achieved:.1f}/s = {run.achieved / rate:.3f} R; {run.fetched} fetched, {run.failed} failed; "
        f"{run.throttled} 429s in {run.attempts} requests ({share:.1%}); {run.seconds:.1f} s"
    )


def run() -> list[Figure]:
    at_rate, above = measure()
    share = above.throttled / above.attempts if above.attempts else 1.0
    return [
        Figure(
            f"budget (a): configured at the real limit R = {RATE}/s, {PROCESSES} processes",
            _describe(at_rate, RATE),
            "≥ 0.95 R, zero 429s",
            at_rate.achieved >= 0.95 * RATE and at_rate.throttled == 0 and at_rate.failed == 0,
        ),
        Figure(
            f"budget (b): configured at 2R = {2 * RATE}/s against R = {RATE}/s",
            _describe(above, RATE),
            "all fetched, 429s ≤ 2 %, ≥ 0.85 R",
            above.fetched == PROCESSES and share <= 0.02 and above.achieved >= 0.85 * RATE,
        ),
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)
