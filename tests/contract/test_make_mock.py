"""``make mock`` (``python -m unico_idcloud.testing``): the lines it prints work as printed, in a shell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


@pytest.fixture(scope="module")
def mock_output() -> Iterator[list[str]]:
    """The banner of a ``make mock`` started here (any free port, created processes finishing after 0.5 s)."""
    command = [
        sys.executable,
        "-m",
        "unico_idcloud.testing",
        "--port",
        "0",
        "--rate-limit",
        "0",
        "--finish-after",
        "0.5",
    ]
    served = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert served.stdout is not None
    lines: list[str] = []
    try:
        for line in served.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("Ctrl-C"):
                break
        yield lines
    finally:
        served.terminate()
        served.wait(10)


def _after(lines: list[str], heading: str, count: int) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(heading))
    return [line.strip() for line in lines[start + 1 : start + 1 + count]]


def _shell(script: str) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for name in [k for k in env if k.startswith("UNICO_")]:
        del env[name]
    return subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, check=True, env=env, timeout=60
    ).stdout


def test_the_printed_curl_line_creates_a_process(mock_output: list[str]) -> None:
    export_token, curl = _after(mock_output, "create a process", 2)
    assert export_token.startswith("export UNICO_TOKEN=ey") and curl.startswith("curl -s -X POST http://127.0.0.1:")
    created = json.loads(_shell(f"{export_token}\n{curl}"))["process"]
    url = curl.split()[4].removesuffix("/client/v1/process")
    token = export_token.split("=", 1)[1]
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
        read = client.get(f"/client/v1/process/{created['id']}").json()["process"]
        assert read["state"] == "PROCESS_STATE_CREATED" and read["clientReference"] == "make-mock-example"
        time.sleep(0.6)  # --finish-after 0.5
        assert client.get(f"/client/v1/process/{created['id']}").json()["process"]["state"] == "PROCESS_STATE_FINISHED"
        assert client.get(f"/client/v1/process/{created['id']}/evidenceset").status_code == 200


def test_the_printed_new_token_line_works_with_the_printed_exports(mock_output: list[str]) -> None:
    exports = "\n".join(_after(mock_output, "for IDCloud.from_env()", 2))
    (new_token,) = _after(mock_output, "a new token", 1)
    _, curl = _after(mock_output, "create a process", 2)
    answer = _shell(f"{exports}\n{new_token}\n{curl}")
    assert json.loads(answer)["process"]["userRedirectUrl"].startswith("http://127.0.0.1:")
