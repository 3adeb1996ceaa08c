"""Every command once as a real process (the installed ``unico-idcloud`` script) against the fake on 127.0.0.1, the
way a user runs it after ``make mock``. The commands run side by side to keep the test short."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from unico_idcloud.testing import PNG_SELFIE, FakeServer, FakeUnico, IdCheckScenario, Scenario, ServiceAccount

from .conftest import unico_env, write_ids

SCRIPT = Path(sys.executable).with_name("unico-idcloud")


def test_every_command_as_a_subprocess_against_the_fake_on_loopback(
    _unico_key_material: ServiceAccount, key_file: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    fake = FakeUnico(rate_limit=None)
    fake.add_service_account(_unico_key_material)
    ids = write_ids(tmp_path / "ids.txt", [Scenario.FINISHED_OK, Scenario.CREATED, Scenario.EXPIRED])
    commands = {
        "get": ["process", "get", Scenario.FINISHED_OK, "--json"],
        "wait": ["process", "wait", Scenario.FINISHES_AFTER_POLLS, "--poll-interval", "0.05"],
        "decide": ["process", "decide", Scenario.INVALID_IDENTITY],
        "get-many": ["process", "get-many", str(ids), "-o", str(tmp_path / "out.jsonl")],
        "selfie": ["selfie", "get", Scenario.SELFIE_PNG, "-o", str(tmp_path / "selfie.png")],
        "idcheck": ["idcheck", "get", IdCheckScenario.SUCCESS],
        "auth": ["auth", "check"],
    }
    env = {**os.environ, **unico_env(_unico_key_material, key_file, "uat", fake.api_key)}
    # Where bytecode writing is off (PYTHONDONTWRITEBYTECODE), each process would compile every module it imports
    # (seconds each); a bytecode cache outside the tree lets the first process compile for the others.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.getbasetemp() / "pycache")

    with FakeServer(fake) as server:
        fake.token_host = server.url  # as make mock does: the fake signs for its own URL

        def start(args: list[str]) -> subprocess.Popen[str]:
            command = [str(SCRIPT), *args, "--env", server.url]
            return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        first = start(commands.pop("auth"))
        done = {"auth": (*first.communicate(timeout=60), first.returncode)}
        running = {name: start(args) for name, args in commands.items()}
        done |= {name: (*p.communicate(timeout=60), p.returncode) for name, p in running.items()}

    for name, (_, err, code) in done.items():
        assert code == 0, (name, err)
    assert json.loads(done["get"][0])["result"] == "PROCESS_RESULT_OK"
    assert "PROCESS_STATE_FINISHED" in done["wait"][0]
    assert "rejected" in done["decide"][0]
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sorted(line["id"] for line in lines) == sorted([Scenario.FINISHED_OK, Scenario.CREATED, Scenario.EXPIRED])
    assert "3 ids: 3 processes, 0 errors" in done["get-many"][1]
    selfie = tmp_path / "selfie.png"
    assert selfie.read_bytes() == PNG_SELFIE.content and stat.S_IMODE(selfie.stat().st_mode) == 0o600
    assert "approved" in done["idcheck"][0]
    assert "expires at" in done["auth"][0] and "eyJ" not in done["auth"][0]
