"""``process get-many`` on a bad day, as a real process against the fake on 127.0.0.1: an output file that already
exists, the input given as the output, a BOM, a file that is not UTF-8, duplicate ids, a resume after an outage,
a full disk and a closed pipe."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from unico_idcloud.testing import FakeServer, FakeUnico, Scenario, ServiceAccount

from .conftest import unico_env, write_ids

SCRIPT = Path(sys.executable).with_name("unico-idcloud")
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def fake(_unico_key_material: ServiceAccount) -> Iterator[FakeUnico]:
    with FakeUnico(rate_limit=None) as fake:
        fake.add_service_account(_unico_key_material)
        yield fake


@pytest.fixture
def get_many(
    fake: FakeUnico,
    _unico_key_material: ServiceAccount,
    key_file: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Run]:
    """``get_many(*args)``: ``unico-idcloud process get-many *args`` against the fake, as a subprocess."""
    env = {**os.environ, **unico_env(_unico_key_material, key_file, "uat", fake.api_key)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.getbasetemp() / "pycache")
    with FakeServer(fake) as server:
        fake.token_host = server.url

        def run(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
            command = [str(SCRIPT), "process", "get-many", *args, "--env", server.url]
            options.setdefault("capture_output", True)
            return subprocess.run(command, env=env, text=True, timeout=120, check=False, **options)

        yield run


def one_line(stderr: str) -> str:
    """The last stderr line (after the progress bar), checked to be the only error line, never a traceback."""
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("unico-idcloud:")]
    assert len(errors) == 1, stderr
    return errors[0]


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("extra", [[], ["--show-pii"], ["--resume"]], ids=["plain", "show-pii", "resume"])
def test_an_existing_world_readable_output_becomes_0600(get_many: Run, tmp_path: Path, extra: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("")
    out.chmod(0o644)
    ids = write_ids(tmp_path / "ids.txt", [Scenario.FINISHED_OK])
    result = get_many(str(ids), "-o", str(out), *extra)
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o600
    assert [r["id"] for r in records(out)] == [Scenario.FINISHED_OK]


def test_resume_on_a_0644_file_with_lines_makes_it_0600(get_many: Run, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": Scenario.FINISHED_OK, "ok": True, "process": {}}) + "\n")
    out.chmod(0o644)
    ids = write_ids(tmp_path / "ids.txt", [Scenario.FINISHED_OK, Scenario.CREATED])
    result = get_many(str(ids), "-o", str(out), "--resume")
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o600 and [r["id"] for r in records(out)] == [Scenario.FINISHED_OK, Scenario.CREATED]


@pytest.mark.parametrize("name", ["same name", "hard link", "symlink"])
def test_the_input_as_the_output_is_a_usage_error_and_changes_nothing(get_many: Run, tmp_path: Path, name: str) -> None:
    ids = write_ids(tmp_path / "ids.txt", [Scenario.FINISHED_OK, Scenario.CREATED])
    before = ids.read_bytes()
    out = ids
    if name == "hard link":
        out = tmp_path / "linked.jsonl"
        os.link(ids, out)
    elif name == "symlink":
        out = tmp_path / "symlinked.jsonl"
        out.symlink_to(ids)
    result = get_many(str(ids), "-o", str(out), "--resume")
    assert result.returncode == 2, result.stderr
    assert "input file" in result.stderr
    assert ids.read_bytes() == before


def test_a_bom_on_the_first_line_is_not_part_of_the_id(get_many: Run, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text(f"{Scenario.FINISHED_OK}\n{Scenario.CREATED}\n", encoding="utf-8-sig")
    out = tmp_path / "out.jsonl"
    result = get_many(str(ids), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(r["id"] for r in records(out)) == sorted([Scenario.FINISHED_OK, Scenario.CREATED])
    assert all(r["ok"] for r in records(out))


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_a_file_that_is_not_utf8_is_exit_15_with_one_line(get_many: Run, tmp_path: Path, encoding: str) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text(f"# ids de produção\n{Scenario.FINISHED_OK}\n", encoding=encoding)
    out = tmp_path / "out.jsonl"
    result = get_many(str(ids), "-o", str(out))
    assert result.returncode == 15, result.stderr
    line = one_line(result.stderr)
    assert "UTF-8" in line and str(ids) in line


def test_stdin_that_is_not_utf8_is_exit_15_with_one_line(get_many: Run, tmp_path: Path) -> None:
    data = f"{Scenario.FINISHED_OK}\n# produção\n".encode("latin-1")
    result = get_many("-", input=data.decode("latin-1"), encoding="latin-1", errors="strict")
    assert result.returncode == 15, result.stderr
    assert "UTF-8" in one_line(result.stderr)


def test_each_id_is_fetched_once_per_run(get_many: Run, fake: FakeUnico, tmp_path: Path) -> None:
    pid = fake.add_process()
    ids = tmp_path / "ids.txt"
    ids.write_text(f"{pid}\n{pid}\n{pid.upper()}\n{Scenario.CREATED}\n{pid}\n")
    out = tmp_path / "out.jsonl"
    result = get_many(str(ids), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(r["id"] for r in records(out)) == sorted([pid, Scenario.CREATED])
    assert "2 ids: 2 processes" in result.stderr and "2/2" in result.stderr


def _error_line(pid: str, kind: str, status: int | None) -> dict[str, Any]:
    return {"id": pid, "ok": False, "error": {"type": kind, "exit_code": 1, "status_code": status, "code": None}}


def test_resume_fetches_again_the_ids_whose_outcome_was_transient(
    get_many: Run, fake: FakeUnico, tmp_path: Path
) -> None:
    found, rate_limited, failed, timed_out, unauthorized = (fake.add_process() for _ in range(5))
    missing, not_a_uuid = str(uuid.uuid4()), "not-a-uuid"
    earlier = [
        {"id": found, "ok": True, "process": {}},
        _error_line(rate_limited, "RateLimited", 429),
        _error_line(failed, "ServerError", 503),
        _error_line(timed_out, "TransportError", None),
        _error_line(unauthorized, "Unauthorized", 401),
        _error_line(missing, "NotFound", 404),
        _error_line(not_a_uuid, "InvalidProcessId", None),
    ]
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(line) + "\n" for line in earlier))
    every = [found, rate_limited, failed, timed_out, unauthorized, missing, not_a_uuid]
    ids = write_ids(tmp_path / "ids.txt", every)
    result = get_many(str(ids), "-o", str(out), "--resume")
    assert result.returncode == 0, result.stderr
    again = records(out)[len(earlier) :]
    assert sorted(r["id"] for r in again) == sorted([rate_limited, failed, timed_out, unauthorized])
    assert all(r["ok"] for r in again)
    assert "3 skipped" in result.stderr


def test_a_full_disk_is_exit_15_with_one_line(get_many: Run, tmp_path: Path) -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("needs /dev/full")
    before = full.stat().st_mode
    ids = write_ids(tmp_path / "ids.txt", [Scenario.FINISHED_OK, Scenario.CREATED])
    result = get_many(str(ids), "-o", str(full))
    assert result.returncode == 15, result.stderr
    assert "No space left" in one_line(result.stderr)
    assert full.stat().st_mode == before  # a device is never chmodded


def test_a_closed_pipe_is_exit_15_with_one_line(get_many: Run, fake: FakeUnico, tmp_path: Path) -> None:
    ids = write_ids(tmp_path / "ids.txt", [fake.add_process() for _ in range(300)])
    reader, writer = os.pipe()
    os.close(reader)  # | head -0: nobody reads
    with os.fdopen(writer, "w") as closed:
        result = get_many(str(ids), stdout=closed, stderr=subprocess.PIPE, capture_output=False)
    assert result.returncode == 15, result.stderr
    assert "Broken pipe" in one_line(result.stderr)
