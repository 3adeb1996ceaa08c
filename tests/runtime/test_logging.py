"""``UNICO_LOG=debug|info`` turns the package's logging on, on stderr, with the logger name once per line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from unico_idcloud._logs import setup_logging

SCRIPT = """
import httpx
from unico_idcloud import IDCloud

def answer(request):
    if request.url.path == "/oauth2/token":
        return httpx.Response(200, json={"access_token": "secret-token-value", "expires_in": 3600})
    if answer.calls == 0:
        answer.calls += 1
        return httpx.Response(503)
    return httpx.Response(404, json={"code": 5, "message": "not found"})
answer.calls = 0

client = IDCloud(token="secret-token-value", transport=httpx.MockTransport(answer), retry_deadline=1)
try:
    client.get_process("6b1c1b9e-0000-4000-8000-000000000000")
except Exception:
    pass
"""


def _run(level: str | None) -> str:
    env = {key: value for key, value in os.environ.items() if key != "UNICO_LOG"}
    if level is not None:
        env["UNICO_LOG"] = level
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    return done.stderr


def test_unico_log_debug_shows_each_attempt_on_stderr() -> None:
    lines = _run("debug").splitlines()
    assert any("DEBUG unico_idcloud: GET /client/v1/process/" in line and "-> 503" in line for line in lines)
    assert any("INFO unico_idcloud: HTTP 503; retry 1 of 3" in line for line in lines)
    assert all(line.count("unico_idcloud") == 1 for line in lines), lines
    assert "secret-token-value" not in "\n".join(lines)


def test_unico_log_info_leaves_out_debug_and_anything_else_is_silent() -> None:
    info = _run("INFO")
    assert "retry 1 of 3" in info and "DEBUG" not in info
    assert _run("verbose") == "" and _run(None) == ""


def test_setup_logging_adds_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("unico_idcloud")
    before, level = list(logger.handlers), logger.level
    try:
        setup_logging({"UNICO_LOG": "debug"})
        setup_logging({"UNICO_LOG": "debug"})
        assert len(logger.handlers) == len(before) + 1 and logger.level == logging.DEBUG
    finally:
        logger.handlers[:] = before
        logger.setLevel(level)
