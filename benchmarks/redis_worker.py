"""One worker process of :func:`benchmarks.redis_harness.run_workers`.

It fetches its token, waits for the others, makes its Get Process calls through a :class:`RedisRateLimiter`, and
reports its successes, its errors by type, and the limiter's log lines.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing.queues
import multiprocessing.synchronize
from dataclasses import dataclass
from typing import Any

# Imported here so that the fork server imports them once, not each worker (the client and redis import some of
# their modules only when first used).
import httpcore  # noqa: F401
import redis.asyncio.retry
import redis.backoff
import redis.retry  # noqa: F401

from unico_idcloud import AsyncIDCloud, Environment, IDCloud, RedisRateLimiter, ServiceAccount

FINISHED_OK = "00000000-0000-4000-8000-000000000003"  # Scenario.FINISHED_OK, without importing the fake


@dataclass(frozen=True)
class Config:
    url: str
    account: str
    tenant: str
    key_file: str
    redis: str
    rate: float
    key: str
    requests: int
    asynchronous: bool
    probe_interval: float
    headroom: float


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.warnings = 0
        self.back = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.warnings += 1
        elif "is back" in record.getMessage():
            self.back += 1


def work(
    config: Config, start: multiprocessing.synchronize.Barrier, results: multiprocessing.queues.Queue[dict[str, Any]]
) -> None:
    count = _Count()
    logger = logging.getLogger("unico_idcloud")
    logger.addHandler(count)
    logger.setLevel(logging.INFO)
    account = ServiceAccount.from_file(config.key_file, name=config.account, tenant_id=config.tenant)
    limiter = RedisRateLimiter(
        config.redis, config.rate, key=config.key, probe_interval=config.probe_interval, headroom=config.headroom
    )
    environment = Environment.from_url(config.url)
    ok, errors = 0, []

    async def run_async() -> None:
        nonlocal ok
        async with AsyncIDCloud(account, environment=environment, rate_limit=limiter) as client:
            await client.access_token()
            start.wait()
            for _ in range(config.requests):
                try:
                    await client.get_process(FINISHED_OK)
                    ok += 1
                except Exception as exc:
                    errors.append(type(exc).__name__)
        await limiter.aclose()

    if config.asynchronous:
        asyncio.run(run_async())
    else:
        with IDCloud(account, environment=environment, rate_limit=limiter) as client:
            client.access_token()
            start.wait()
            for _ in range(config.requests):
                try:
                    client.get_process(FINISHED_OK)
                    ok += 1
                except Exception as exc:
                    errors.append(type(exc).__name__)
        limiter.close()
    results.put({"ok": ok, "errors": errors, "warnings": count.warnings, "back": count.back, "shared": limiter.shared})
