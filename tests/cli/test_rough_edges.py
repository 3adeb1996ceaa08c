"""The command line's edges: Ctrl-C, a missing input file, the verdict in JSON, -h, NO_COLOR, the version, the
help text (completion, the fake, the environments, proxies, UNICO_LOG)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

import unico_idcloud
from unico_idcloud.testing import IdCheckScenario, Scenario

from .conftest import Cli


class CtrlC(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The user presses Ctrl-C on the ``after``-th API request."""

    def __init__(self, inner: Any, after: int) -> None:
        self.inner, self.after, self.calls = inner, after, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "/oauth2/" not in request.url.path:
            self.calls += 1
            if self.calls >= self.after:
                raise KeyboardInterrupt
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response


def test_ctrl_c_exits_130_and_get_many_suggests_resume(run: Cli, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    # Three different ids: get-many fetches each id once per run.
    ids.write_text(f"{Scenario.FINISHED_OK}\n{Scenario.CREATED}\n{Scenario.FINISHED_ERROR}\n")
    out = tmp_path / "out.jsonl"
    run.wrap = lambda inner: CtrlC(inner, after=2)
    result = run("process", "get-many", str(ids), "-o", str(out), "--concurrency", "1")
    assert result.code == 130 and "Traceback" not in result.err and "bug" not in result.err
    last = result.err.strip().splitlines()[-1]  # after the progress line
    assert last.startswith("unico-idcloud: interrupted: ") and "add --resume to continue" in last
    single = run("process", "get", Scenario.FINISHED_OK)
    assert single.code == 130 and single.error_line == "unico-idcloud: interrupted"


def test_a_missing_input_file_is_a_file_error(run: Cli, tmp_path: Path) -> None:
    result = run("process", "get-many", str(tmp_path / "nope.txt"))
    assert result.code == 15 and "nope.txt" in result.error_line


def test_json_carries_the_verdict_the_human_output_shows(run: Cli) -> None:
    data = run("process", "get", Scenario.FINISHED_OK, "--json").json()
    assert data["verdict"]["decision"] == "approved" and data["id"] == Scenario.FINISHED_OK
    assert "approved" in run("process", "get", Scenario.FINISHED_OK).out
    assert run("process", "wait", Scenario.FINISHED_OK, "--json").json()["verdict"]["decision"] == "approved"
    assert "decision" in run("idcheck", "get", IdCheckScenario.SUCCESS, "--json").json()["verdict"]


def test_dash_h_is_help_everywhere(run: Cli) -> None:
    for args in (["-h"], ["process", "-h"], ["process", "get", "-h"]):
        result = run(*args)
        assert result.code == 0 and "Usage:" in result.out


def test_no_color_means_no_styling(run: Cli) -> None:
    styled = run("process", "get", Scenario.FINISHED_OK, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[1m" in styled.out  # bold keys, when styling is on
    plain = run("process", "get", Scenario.FINISHED_OK, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in plain.out and "approved" in plain.out


def test_version_is_the_package_version(run: Cli) -> None:
    result = run("--version")
    assert result.code == 0 and result.out.strip() == f"unico-idcloud, version {unico_idcloud.__version__}"


def test_help_documents_completion_the_fake_environments_proxies_and_logging(run: Cli) -> None:
    top = " ".join(run("--help").out.split())
    assert "_UNICO_IDCLOUD_COMPLETE=bash_source unico-idcloud" in top
    assert "make mock" not in top and "python -m unico_idcloud.testing" in top
    assert "HTTPS_PROXY" in top and "NO_PROXY" in top and "UNICO_LOG=debug" in top
    env_help = " ".join(run("process", "get", "--help").out.split())
    assert "uat-cadastro" in env_help and "production-cadastro" in env_help


def test_the_fakes_help_does_not_send_users_to_a_makefile() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "unico_idcloud.testing", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "make mock" not in done.stdout and "127.0.0.1" in done.stdout
