"""Personal values kept off the command line: ``-`` reads the next line of standard input, ``@PATH`` the first line
of a file, for every option that takes a CPF, a name, an e-mail address or a phone; errors name the option and the
file, never the value, and nothing is sent."""

from __future__ import annotations

from pathlib import Path

from unico_idcloud.testing import jpeg_image

from .conftest import Cli, record_write_bodies

CPF = "73689290074"
NAME = "Luke Skywalker"
EMAIL = "luke@example.com"
CREATE = ["process", "create", "--flow", "idlive", "--purpose", "creditprocess"]


def test_values_from_standard_input_and_from_files(run: Cli, tmp_path: Path) -> None:
    name_file = tmp_path / "name.txt"
    name_file.write_text(f"{NAME}\nignored second line\n", encoding="utf-8")
    bodies = record_write_bodies(run)
    # Each "-" reads the next line, in the order the options are given.
    args = ["--dui-value", "-", "--name", f"@{name_file}", "--email", "-"]
    result = run(*CREATE, *args, input=f"{CPF}\n{EMAIL}\n")
    assert result.code == 0, result.err
    (body,) = bodies
    assert body["person"] == {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF, "friendlyName": NAME, "email": EMAIL}
    assert not any(value in result.out + result.err for value in (CPF, NAME, EMAIL))


def test_a_file_with_a_bom_and_crlf_gives_the_bare_value(run: Cli, tmp_path: Path) -> None:
    cpf_file = tmp_path / "cpf.txt"
    cpf_file.write_bytes(b"\xef\xbb\xbf" + CPF.encode() + b"\r\n")
    bodies = record_write_bodies(run)
    process_id = run(*CREATE, "--json").json()["id"]
    result = run("process", "set-document", process_id, "--dui-value", f"@{cpf_file}")
    assert result.code == 0, result.err
    assert bodies[-1]["duiValue"] == CPF


def test_idcheck_create_reads_the_cpf_and_the_name_from_standard_input(run: Cli, tmp_path: Path) -> None:
    selfie = tmp_path / "selfie.jpg"
    selfie.write_bytes(jpeg_image(640, 480))
    bodies = record_write_bodies(run)
    result = run("idcheck", "create", "--cpf", "-", "--name", "-", "--image", str(selfie), input=f"{CPF}\n{NAME}\n")
    assert result.code == 0, result.err
    assert bodies[0]["subject"] == {"code": CPF, "name": NAME}


def test_an_unreadable_file_or_an_empty_input_is_a_usage_error_and_nothing_is_sent(run: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.txt"
    result = run(*CREATE, "--dui-value", f"@{missing}")
    assert result.code == 2 and "--dui-value" in result.err and "no-such-file.txt" in result.err
    assert "No such file" in result.err
    empty = run(*CREATE, "--dui-value", "-", input="\n")
    assert empty.code == 2 and "nothing to read from standard input" in empty.err
    assert run.sent == []


def test_a_value_given_as_it_is_still_works(run: Cli) -> None:
    bodies = record_write_bodies(run)
    assert run(*CREATE, "--dui-value", CPF, "--name", NAME).code == 0
    assert bodies[0]["person"] == {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF, "friendlyName": NAME}
