"""The fake Unico (uvicorn on 127.0.0.1) in a child process.

A fake served from a thread of the benchmark's own process shares its interpreter lock and its core: on a 2-core
machine it slowed the client's timers and took CPU the client needed, so the figures measured the fake as much as
the client. In its own process the fake stands where Unico stands: on the other side of a socket.

The child prints one JSON line (its URL, the service account, the process ids) and serves until its stdin closes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from types import TracebackType

from unico_idcloud import ServiceAccount
from unico_idcloud.testing import private_key_pem

from ._report import ROOT


@dataclass(frozen=True)
class Served:
    url: str
    account: ServiceAccount
    process_ids: list[str]


class FakeProcess:
    """``with FakeProcess(rate_limit=100, processes=1000) as served: served.url, served.account, ...``"""

    def __init__(self, *, rate_limit: int | None, processes: int) -> None:
        self._args = [sys.executable, "-m", "benchmarks._fake_process", str(rate_limit or 0), str(processes)]
        self._child: subprocess.Popen[str] | None = None

    def __enter__(self) -> Served:
        self._child = subprocess.Popen(
            self._args, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        assert self._child.stdout is not None
        line = self._child.stdout.readline()
        if not line:
            self._child.wait(timeout=10)
            raise RuntimeError(f"the fake Unico did not start (exit code {self._child.returncode})")
        facts = json.loads(line)
        account = ServiceAccount(name=facts["name"], tenant_id=facts["tenant"], private_key=facts["key"].encode())
        return Served(facts["url"], account, facts["ids"])

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        child = self._child
        if child is None:
            return
        assert child.stdin is not None
        child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _serve(rate_limit: int | None, processes: int) -> None:
    from unico_idcloud.testing import FakeServer, FakeUnico

    fake = FakeUnico(rate_limit=rate_limit, seed=False)
    account = fake.add_service_account()
    ids = [fake.add_process() for _ in range(processes)]
    with FakeServer(fake) as server:
        fake.token_host = server.url
        facts = {
            "url": server.url,
            "name": account.name,
            "tenant": account.tenant_id,
            "key": private_key_pem(account).decode(),
            "ids": ids,
        }
        print(json.dumps(facts), flush=True)
        sys.stdin.read()  # serve until the benchmark closes our stdin


if __name__ == "__main__":
    _serve(int(sys.argv[1]) or None, int(sys.argv[2]))
