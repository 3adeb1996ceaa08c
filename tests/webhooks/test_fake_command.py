"""``python -m unico_idcloud.testing`` (``make mock``) as a process: a taken port is one line (no traceback), a
SIGTERM deletes the private key file, and each webhook attempt it makes is shown."""

from __future__ import annotations

import logging
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unico_idcloud.testing import FakeUnico
from unico_idcloud.testing.__main__ import show_webhook_deliveries

from .test_fake_sender import refused_url

COMMAND = [sys.executable, "-m", "unico_idcloud.testing"]


def test_a_taken_port_is_one_clear_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([*COMMAND, "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr and "--port 0" in done.stderr


def test_sigterm_deletes_the_private_key_file() -> None:
    fake = subprocess.Popen([*COMMAND, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert fake.stdout is not None
        key_file: Path | None = None
        deadline = time.monotonic() + 60
        while key_file is None and time.monotonic() < deadline:
            line = fake.stdout.readline()
            match = re.search(r"private key \(PEM\)\s+(\S+)", line)
            if match:
                key_file = Path(match.group(1))
        assert key_file is not None and key_file.exists()
        fake.send_signal(signal.SIGTERM)
        assert fake.wait(timeout=30) == 0
        assert not key_file.exists()
    finally:
        if fake.poll() is None:
            fake.kill()
            fake.wait()


def test_each_webhook_attempt_is_shown(fake: FakeUnico, capsys: pytest.CaptureFixture[str]) -> None:
    webhooks = logging.getLogger("unico_idcloud.testing.webhooks")
    before = list(webhooks.handlers), webhooks.level, webhooks.propagate
    try:
        show_webhook_deliveries()
        url = refused_url()
        fake.register_webhook(url, interval=0.001, max_attempts=2)
        pid = fake.add_process(state="PROCESS_STATE_CREATED")
        fake.finish_process(pid)
        fake.webhooks.wait_idle(10)
        shown = [line for line in capsys.readouterr().out.splitlines() if "webhook" in line]
        assert len(shown) == 2 and all(str(pid) in line and url in line and "ConnectError" in line for line in shown)
    finally:
        webhooks.handlers[:], webhooks.level, webhooks.propagate = before
