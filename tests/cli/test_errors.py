"""Exit codes by error class, one readable line per error, and the command line without its extra."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from unico_idcloud import cli as entry
from unico_idcloud.cli._exit import table
from unico_idcloud.testing import JPEG_SELFIE, Fault, IdCheckScenario, Scenario, Selfie

from .conftest import Cli

README = Path(__file__).parents[2] / "README.md"


class Answer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every API request (not the token endpoint) with ``status``."""

    def __init__(self, inner: Any, status: int) -> None:
        self.inner, self.status = inner, status

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/oauth2/" in request.url.path:
            response: httpx.Response = self.inner.handle_request(request)
            return response
        return httpx.Response(self.status, json={"message": "Jwt is expired"})

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


def setup_fault(run: Cli, how: str, tmp_path: Path) -> list[str]:
    """Arrange one failure; return the command that meets it."""
    get = ["process", "get", Scenario.FINISHED_OK]
    if how == "config":
        run.env["UNICO_TENANT_ID"] = ""
        return get
    if how == "auth":
        run.env["UNICO_ACCOUNT_NAME"] = "unknown-account"
        return get
    if how in ("401", "429"):
        run.wrap = lambda inner: Answer(inner, int(how))
        return get
    if how == "forbidden":
        return ["selfie", "get", Scenario.SELFIE_FORBIDDEN, "-o", str(tmp_path / "s.jpg")]
    if how == "404":
        return ["process", "get", "6b1c1b9e-0000-4000-8000-000000000000"]
    if how == "bad id":
        return ["process", "decide", "12345678909"]
    if how == "gone":
        return ["idcheck", "get", IdCheckScenario.ERROR]
    if how == "500":
        run.fake.inject_fault(Fault.INTERNAL_ERROR)
        return get
    if how == "dropped":
        run.fake.inject_fault(Fault.DROP_CONNECTION)
        return get
    if how == "truncated":
        run.fake.inject_fault(Fault.TRUNCATED_JSON)
        return get
    if how == "mislabelled":
        pid = run.fake.add_process(selfie=Selfie(JPEG_SELFIE.content, "image/png"))
        return ["selfie", "get", pid, "-o", str(tmp_path / "s.png")]
    if how == "timeout":
        return ["process", "wait", Scenario.CREATED, "--timeout", "3"]
    if how == "file":
        return ["selfie", "get", Scenario.FINISHED_OK, "-o", str(tmp_path / "no" / "such" / "dir.jpg")]
    if how == "no api key":
        run.env["UNICO_API_KEY"] = ""
        return ["idcheck", "get", IdCheckScenario.SUCCESS]
    raise AssertionError(how)


@pytest.mark.parametrize(
    ("how", "code", "says"),
    [
        ("config", 3, "missing environment variables: UNICO_TENANT_ID"),
        ("no api key", 3, "needs an api_key"),
        ("auth", 4, "the token endpoint refused the service account"),
        ("401", 5, "access token refused (HTTP 401"),
        ("forbidden", 5, "forbidden (HTTP 403"),
        ("404", 6, "not found (HTTP 404, code 5"),
        ("bad id", 7, "the process id must be a UUID"),
        ("gone", 8, "HTTP 410"),
        ("429", 9, "rate limited (HTTP 429"),
        ("500", 10, "server error (HTTP 500, code 99999"),
        ("dropped", 11, "no response from Unico"),
        ("truncated", 12, "does not match the documented model"),
        ("mislabelled", 13, "labelled image/png but its bytes are image/jpeg"),
        ("timeout", 14, "did not finish within 3 s"),
        ("file", 15, "No such file or directory"),
    ],
)
def test_each_error_class_has_its_exit_code_and_one_line(
    run: Cli, tmp_path: Path, how: str, code: int, says: str
) -> None:
    result = run(*setup_fault(run, how, tmp_path))
    assert result.code == code, result.err
    assert result.error_line.startswith("unico-idcloud: ") and says in result.error_line
    assert "12345678909" not in result.err  # a mistyped CPF is not echoed back
    assert result.out == ""


def test_an_unexpected_error_is_one_line_too(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug, with a secret 12345678909 in its message")

    monkeypatch.setattr("unico_idcloud.cli._app.decide", broken)
    result = run("process", "decide", Scenario.FINISHED_OK)
    assert result.code == 1
    assert result.error_line == "unico-idcloud: unexpected error (RuntimeError); please report it"


def test_the_exit_codes_are_listed_in_help_and_in_the_readme(run: Cli) -> None:
    help_text = run("--help").out
    readme = README.read_text()
    for code, meaning in table():
        assert re.search(rf"^\s+{code}\s+{re.escape(meaning)}$", help_text, re.MULTILINE), (code, meaning)
        assert f"| {code} | {meaning} |" in readme, (code, meaning)


def test_without_the_cli_extra_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "click", None)  # import click now fails, as without the extra
    monkeypatch.delitem(sys.modules, "unico_idcloud.cli._app")
    with pytest.raises(SystemExit) as caught:
        entry.main(["auth", "check"])
    assert caught.value.code == 3
    assert capsys.readouterr().err == (
        'unico-idcloud: the command line needs click, from the cli extra: pip install "unico-idcloud[cli]"\n'
    )
