"""Each command through click's test runner, against the fake in-process (virtual clock: waits take no time)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from unico_idcloud.testing import PNG_SELFIE, Fault, IdCheckCreation, IdCheckScenario, Scenario, jpeg_image, png_image

from .conftest import Cli, lines, write_ids

MISSING = "6b1c1b9e-0000-4000-8000-000000000000"
CPF, NAME = "12345678909", "Fulano de Tal (FAKE)"  # the fake's (obviously fake) personal data


def test_process_get_shows_the_process_and_its_verdict_with_personal_data_masked(run: Cli) -> None:
    result = run("process", "get", Scenario.RISK_SCORE_INCONCLUSIVE)
    assert result.code == 0 and result.err == ""
    assert "PROCESS_STATE_FINISHED" in result.out and "PROCESS_RESULT_OK" in result.out
    assert "approved" in result.out and "risk_score SCORE_ENABLED_TRUE 85.5" in result.out
    assert "DUI_TYPE_BR_CPF ***, name ***" in result.out
    assert CPF not in result.out and NAME not in result.out


def test_process_get_shows_personal_data_when_asked(run: Cli) -> None:
    result = run("process", "get", Scenario.DOCUMENT_CNH, "--show-pii")
    assert result.code == 0
    assert CPF in result.out and NAME in result.out
    assert "CNH: typified, cpf match, face match, valid" in result.out and "Homer Simpson" in result.out
    assert "Homer Simpson" not in run("process", "get", Scenario.DOCUMENT_CNH).out


def test_process_get_json_is_the_model_with_personal_fields_masked(run: Cli) -> None:
    data = run("process", "get", Scenario.DOCUMENT_CNH, "--json").json()
    assert data["id"] == Scenario.DOCUMENT_CNH and data["result"] == "PROCESS_RESULT_OK"
    assert data["person"] == {
        "duiType": "DUI_TYPE_BR_CPF",
        "duiValue": "***",
        "friendlyName": "***",
        "notifications": [{"notificationChannel": "email"}],
    }
    assert data["token"] == "***"
    document = data["services"][0]["documents"][0]
    assert document["signed_url"] == "***" and document["cpf_match"] is True
    ocr = document["doc"]["data"]
    assert ocr["nomeCivil"] == "***" and ocr["numero"] == "***" and ocr["categoria"] == "B"  # only personal fields
    shown = run("process", "get", Scenario.DOCUMENT_CNH, "--json", "--show-pii").json()
    assert shown["person"]["duiValue"] == CPF and shown["services"][0]["documents"][0]["doc"]["data"]["nomeCivil"]


def test_process_wait_returns_a_process_that_finishes_mid_wait(run: Cli) -> None:
    result = run("process", "wait", Scenario.FINISHES_AFTER_POLLS)
    assert result.code == 0 and "PROCESS_STATE_FINISHED" in result.out
    assert len(run.sent) == 3 and run.clock.sleeps == [1.0, 1.5]
    data = run("process", "wait", Scenario.FINISHED_OK, "--json").json()
    assert data["state"] == "PROCESS_STATE_FINISHED" and data["person"]["duiValue"] == "***"


def test_process_wait_that_times_out(run: Cli) -> None:
    result = run("process", "wait", Scenario.CREATED, "--timeout", "60", "--poll-interval", "5")
    assert result.code == 14 and result.out == ""
    assert result.error_line.startswith("unico-idcloud: the process did not finish within 60 s")
    assert "last state PROCESS_STATE_CREATED" in result.error_line
    assert run.clock.sleeps[:2] == [5.0, 7.5] and sum(run.clock.sleeps) == 60


def test_process_decide(run: Cli) -> None:
    rejected = run("process", "decide", Scenario.LIVENESS_NOT_LIVE)
    assert rejected.code == 0 and "rejected" in rejected.out and "liveness LIVENESS_RESULT_NOT_LIVE" in rejected.out
    pending = run("process", "decide", Scenario.AWAITING_FOR_DOCUMENT, "--json").json()
    assert pending["decision"] == "pending" and pending["approved"] is False and pending["id"]
    approved = run("process", "decide", Scenario.FINISHED_OK, "--json").json()
    assert approved["decision"] == "approved"
    assert [c["name"] for c in approved["capabilities"]] == ["liveness", "identity", "behavior_alert"]


def test_process_get_many_writes_one_json_line_per_id(run: Cli, tmp_path: Path) -> None:
    real = [run.fake.add_process() for _ in range(30)]
    ids = [*real, MISSING, "not-a-uuid"]
    out = tmp_path / "out.jsonl"
    result = run("process", "get-many", str(write_ids(tmp_path / "ids.txt", ids)), "-o", str(out))
    assert result.code == 16  # finished, but some ids got an error
    assert "32 ids: 30 processes, 2 errors" in result.err and "32/32" in result.err and "ids/s" in result.err
    written = lines(out)
    assert sorted(line["id"] for line in written) == sorted(ids)
    by_id = {line["id"]: line for line in written}
    assert all(by_id[pid]["ok"] and by_id[pid]["process"]["id"] == pid for pid in real)
    assert by_id[pid := real[0]]["process"]["person"]["duiValue"] == "***", pid
    assert by_id[MISSING]["error"]["type"] == "NotFound" and by_id[MISSING]["error"]["exit_code"] == 6
    assert by_id["not-a-uuid"]["error"]["type"] == "InvalidProcessId"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_process_get_many_from_stdin_to_stdout(run: Cli) -> None:
    result = run("process", "get-many", "-", input=f"# a comment\n{Scenario.FINISHED_OK}\n\n{Scenario.CREATED}\n")
    assert result.code == 0 and "2 ids: 2 processes, 0 errors" in result.err
    assert sorted(json.loads(line)["id"] for line in result.out.splitlines()) == sorted(
        [Scenario.FINISHED_OK, Scenario.CREATED]
    )


def test_a_resumed_get_many_skips_the_ids_already_written(run: Cli, tmp_path: Path) -> None:
    ids = [run.fake.add_process() for _ in range(20)]
    source = write_ids(tmp_path / "ids.txt", ids)
    out = tmp_path / "out.jsonl"
    assert run("process", "get-many", str(source), "-o", str(out)).code == 0
    # An interrupted run: 8 complete lines, and a ninth cut off mid-write.
    first = out.read_text().splitlines(keepends=True)
    out.write_text("".join(first[:8]) + first[8][:25])
    done = {json.loads(line)["id"] for line in first[:8]}
    run.sent.clear()

    result = run("process", "get-many", str(source), "-o", str(out), "--resume")
    assert result.code == 0
    assert "12 ids: 12 processes, 0 errors, 8 skipped" in result.err and "12/12" in result.err
    assert {path.rsplit("/", 1)[-1] for path in run.sent} == set(ids) - done  # only the rest (a 429 may repeat one)
    written = lines(out)  # the partial line is gone: every line parses
    assert sorted(line["id"] for line in written) == sorted(ids)


def test_get_many_will_not_overwrite_or_resume_without_an_output(run: Cli, tmp_path: Path) -> None:
    source = write_ids(tmp_path / "ids.txt", [Scenario.FINISHED_OK])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x"}\n')
    refused = run("process", "get-many", str(source), "-o", str(out))
    assert refused.code == 2 and "--resume" in refused.err and out.read_text() == '{"id": "x"}\n'
    assert run("process", "get-many", str(source), "--resume").code == 2
    assert run.sent == []


def test_selfie_get_saves_the_image_for_the_owner_only(run: Cli, tmp_path: Path) -> None:
    target = tmp_path / "selfie.png"
    result = run("selfie", "get", Scenario.SELFIE_PNG, "-o", str(target))
    assert result.code == 0 and "image/png" in result.out and result.err == ""
    assert target.read_bytes() == PNG_SELFIE.content and stat.S_IMODE(target.stat().st_mode) == 0o600
    mislabelled = run("selfie", "get", Scenario.FINISHED_OK, "-o", str(tmp_path / "x.png"), "--json")
    assert mislabelled.json()["content_type"] == "image/jpeg"
    assert "the image is image/jpeg; x.png says otherwise" in mislabelled.err


def test_idcheck_get(run: Cli) -> None:
    result = run("idcheck", "get", IdCheckScenario.INCONCLUSIVE_WITH_SCORE)
    assert result.code == 0
    assert "3 (finished)" in result.out and "inconclusive" in result.out and "42" in result.out
    assert "needs_review" in result.out
    data = run("idcheck", "get", IdCheckScenario.SUCCESS, "--json").json()
    assert data["status"] == 3 and data["unicoId"] == {"result": "yes"}


def test_auth_check_prints_the_expiry_never_the_token(run: Cli) -> None:
    result = run("auth", "check")
    assert result.code == 0 and "expires at" in result.out and "3600" in result.out
    assert "fake-account" in result.out and "eyJ" not in result.out + result.err
    data = run("auth", "check", "--json").json()
    assert data["expires_in"] == 3600 and data["environment"] == "uat" and "token" not in data
    assert run.sent == []


def test_flags_take_precedence_over_the_environment(run: Cli, tmp_path: Path) -> None:
    unset = {name: "" for name in ("UNICO_ACCOUNT_NAME", "UNICO_TENANT_ID", "UNICO_PRIVATE_KEY_FILE")}
    missing = run("auth", "check", env=dict(unset))
    assert missing.code == 3 and "UNICO_ACCOUNT_NAME" in missing.error_line
    flags = ["--account-name", run.env["UNICO_ACCOUNT_NAME"], "--tenant-id", run.env["UNICO_TENANT_ID"]]
    flags += ["--private-key-file", run.env["UNICO_PRIVATE_KEY_FILE"], "--env", "uat"]
    assert run("auth", "check", *flags, env=dict(unset)).code == 0
    wrong = run("auth", "check", "--env", "production")  # the fake only signs for UAT's audience
    assert wrong.code == 4 and wrong.error_line.startswith("unico-idcloud: the token endpoint refused")


def test_idcheck_create_from_an_image_then_shown_as_idcheck_get(run: Cli, tmp_path: Path) -> None:
    selfie = tmp_path / "selfie.jpg"
    selfie.write_bytes(jpeg_image(640, 480))
    result = run("idcheck", "create", "--cpf", "73689290074", "--name", "Luke Skywalker", "--image", str(selfie))
    assert result.code == 0, result.err
    assert "1 (processing)" in result.out and "pending" in result.out
    assert "73689290074" not in result.out and "Skywalker" not in result.out
    created = run.fake.created_idcheck_processes
    assert len(created) == 1 and created[0] in result.out
    assert run.sent == ["/processes/v1"]


def test_idcheck_create_from_an_sdk_token_file_as_json(run: Cli, tmp_path: Path) -> None:
    run.fake.idcheck_creation = IdCheckCreation(at_once=True)
    token_file = tmp_path / "selfie.jwt"
    token_file.write_text(run.fake.issue_sdk_token() + "\n")
    args = ["idcheck", "create", "--cpf", "73689290074", "--name", "Luke Skywalker"]
    data = run(*args, "--sdk-token-file", str(token_file), "--json").json()
    assert data["status"] == 3 and data["unicoId"] == {"result": "yes"}
    again = run(*args, "--sdk-token-file", str(token_file))
    assert again.code == 17 and "code 10508" in again.error_line  # the token is good once


def test_idcheck_create_refuses_a_small_image_before_sending(run: Cli, tmp_path: Path) -> None:
    selfie = tmp_path / "small.png"
    selfie.write_bytes(png_image(320, 240))
    result = run("idcheck", "create", "--cpf", "73689290074", "--name", "Luke Skywalker", "--image", str(selfie))
    assert result.code == 17
    assert "320 x 240" in result.error_line and "640 x 480" in result.error_line
    assert run.sent == []


def test_idcheck_create_needs_exactly_one_selfie(run: Cli, tmp_path: Path) -> None:
    selfie = tmp_path / "selfie.jpg"
    selfie.write_bytes(jpeg_image(640, 480))
    both = run(
        "idcheck", "create", "--cpf", "1", "--name", "N", "--image", str(selfie), "--sdk-token-file", str(selfie)
    )
    assert both.code == 2 and "exactly one of --image and --sdk-token-file" in both.err
    assert run("idcheck", "create", "--cpf", "1", "--name", "N").code == 2
    assert run.sent == []


def test_idcheck_create_after_a_5xx_says_it_was_not_resent(run: Cli, tmp_path: Path) -> None:
    selfie = tmp_path / "selfie.jpg"
    selfie.write_bytes(jpeg_image(640, 480))
    run.fake.inject_fault(Fault.INTERNAL_ERROR, operation="createIdcheckProcess")
    result = run("idcheck", "create", "--cpf", "73689290074", "--name", "Luke Skywalker", "--image", str(selfie))
    assert result.code == 18 and "not resent" in result.error_line
    assert run.sent == ["/processes/v1"]
