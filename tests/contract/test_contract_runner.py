"""`make contract` and `make contract-sandbox` (tests/contract/run_contract.py): the schemathesis CLI against a fake
it starts itself, and against Unico UAT when credentials are given; never a token in what they print or write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis

from unico_idcloud.testing import (
    FakeServer,
    FakeUnico,
    Fault,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    private_key_pem,
)

from ._spec_check import SpecCheck
from .run_contract import (
    CONFIG_PATH,
    config_with_ids,
    main,
    missing_sandbox_settings,
    process_ids,
    run_sandbox,
    sandbox_writes,
    schemathesis_run,
    verdict,
)
from .schemathesis_support import ROOT, Tally, access_token

SANDBOX_IDS = ["8263a268-5388-492a-bca2-28e1ff4a69f0", "53060f52-f146-4c12-a234-5bb5031f6f5b"]
COMPLETE = {
    "UNICO_ACCOUNT_NAME": "acc",
    "UNICO_TENANT_ID": "tenant",
    "UNICO_PRIVATE_KEY_FILE": "/nonexistent.pem",
    "UNICO_PROCESS_IDS": ",".join(SANDBOX_IDS),
}


def _run(args: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> int:
    """``python -m tests.contract.run_contract ARGS`` in this process (the CLI is already imported: seconds saved)."""
    for name in [k for k in os.environ if k.startswith("UNICO_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return main(args)


def test_make_contract_runs_schemathesis_against_a_fake_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    # Unpaced against a fake without a rate limit, and fewer examples, to keep `make test` short; `make contract`
    # itself runs every phase, paced under the fake's default 10 requests/s.
    junit = tmp_path / "junit.xml"
    quick = ["-n", "15", "--phases", "examples,coverage,fuzzing", "--report-junit-path", str(junit)]
    status = _run(["fake", "--unlimited", *quick], {}, monkeypatch)
    out, err = capfd.readouterr()
    assert status == 0, out[-3000:] + err[-3000:]
    assert "No issues found" in out and "Answers by operation and status" in out
    labels = ("/client/v1/process/{processId}/selfie", "/processes/v1/{processId}", "POST /processes/v1")
    assert all(label in out for label in labels)
    report = junit.read_text(encoding="utf-8")
    assert "<testsuite" in report
    for text in (out, err, report):
        assert "eyJ" not in text and "fake-apikey-" not in text  # no JWT (token or assertion), no APIKEY


def test_a_failing_run_prints_and_reports_no_credential(
    tmp_path: Path, key_material: ServiceAccount, capfd: pytest.CaptureFixture[str], spec_check: SpecCheck
) -> None:
    """Failures print a curl line to reproduce them: the token and the APIKEY in it are masked."""
    fake = FakeUnico(rate_limit=None)
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="getIdCheckProcess")  # a 500 IDCheck does not document
    with FakeServer(fake, log_level="error") as server, spec_check.off_spec("injected 500"):
        token = access_token(fake, fake.add_service_account(key_material), server.url)
        junit = tmp_path / "junit.xml"
        quick = ["-n", "5", "--phases", "examples,coverage", "--include-operation-id", "getIdCheckProcess"]
        headers = {"Authorization": f"Bearer {token}", "APIKEY": fake.api_key}
        status = schemathesis_run(server.url, headers, [*quick, "--report-junit-path", str(junit)], CONFIG_PATH)
    out, err = capfd.readouterr()
    assert status == 1 and "curl" in out and "[Filtered]" in out
    for text in (out, err, junit.read_text(encoding="utf-8")):
        assert token not in text and fake.api_key not in text


def test_without_credentials_the_sandbox_run_names_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_sandbox([], environ={}) == 2
    message = capsys.readouterr().err
    for name in ("UNICO_ACCOUNT_NAME", "UNICO_TENANT_ID", "UNICO_PRIVATE_KEY_FILE", "UNICO_PROCESS_IDS"):
        assert name in message


def test_make_contract_sandbox_exits_non_zero_without_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["sandbox"], {}, monkeypatch) == 2
    assert "UNICO_PROCESS_IDS" in capsys.readouterr().err


@pytest.mark.parametrize(
    "environment", ["production", "https://api.idcloud.unico.app", "PRODUCTION-cadastro", "http://10.0.0.1:8765"]
)
def test_the_sandbox_run_refuses_anything_but_uat(capsys: pytest.CaptureFixture[str], environment: str) -> None:
    assert run_sandbox([], environ={**COMPLETE, "UNICO_ENVIRONMENT": environment}) == 2
    assert "only runs against UAT" in capsys.readouterr().err


def test_an_unreadable_key_is_reported_without_a_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_sandbox([], environ=COMPLETE) == 2
    assert "could not get an access token" in capsys.readouterr().err


def test_process_ids_are_uuids_comma_or_space_separated() -> None:
    assert process_ids(f" {SANDBOX_IDS[0].upper()},\n{SANDBOX_IDS[1]} ") == SANDBOX_IDS
    with pytest.raises(SystemExit, match="item 2 is not a UUID"):
        process_ids(f"{SANDBOX_IDS[0]}, 123.456.789-09")


def test_the_sandbox_config_is_the_committed_one_with_its_ids() -> None:
    text = config_with_ids(SANDBOX_IDS, SANDBOX_IDS[:1])
    config = schemathesis.Config.from_str(text, base_dir=str(ROOT)).projects.get_default()
    assert [e.value for e in config.dictionaries["by-unico-process-ids"].entries] == SANDBOX_IDS
    assert [e.value for e in config.dictionaries["idcheck-process-ids"].entries] == SANDBOX_IDS[:1]
    assert not [s for s in [*Scenario, *IdCheckScenario] if s.value in text]
    committed = (ROOT / "schemathesis.toml").read_text(encoding="utf-8")
    assert text.split("[dictionaries.")[0] == committed.split("[dictionaries.")[0]  # the same checks and settings


def test_the_verdict_fails_a_run_that_checked_too_few_bodies(capsys: pytest.CaptureFixture[str]) -> None:
    tally = Tally()
    tally.record("GET /client/v1/process/{processId}", 200)
    tally.record("GET /client/v1/process/{processId}/selfie", 429)
    assert verdict(0, tally, ["getProcess"], 1) == 0
    assert verdict(0, tally, ["getProcess", "getSelfie"], 1) == 1
    assert verdict(3, tally, ["getSelfie"], 1) == 3
    assert "429: 1" in capsys.readouterr().err


def test_the_sandbox_run_against_a_fake_on_this_machine(
    tmp_path: Path, key_material: ServiceAccount, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """The sandbox run, pointed at a fake on 127.0.0.1: credentials from UNICO_*, the token from IDCloud, the known
    ids from UNICO_PROCESS_IDS, by Unico and IDCheck in two runs (the APIKEY sent to IDCheck only)."""
    fake = FakeUnico(rate_limit=None)
    with FakeServer(fake) as server:
        fake.authority.token_host = server.url  # the audience IDCloud signs for with Environment.from_url
        account = fake.add_service_account(key_material)
        env = {
            "UNICO_ACCOUNT_NAME": account.name,
            "UNICO_TENANT_ID": account.tenant_id,
            "UNICO_PRIVATE_KEY": private_key_pem(account).decode(),
            "UNICO_ENVIRONMENT": server.url,
            "UNICO_API_KEY": fake.api_key,
            "UNICO_PROCESS_IDS": f"{Scenario.FINISHED_OK} {Scenario.SELFIE_PNG}",
            "UNICO_IDCHECK_PROCESS_IDS": f"{IdCheckScenario.SUCCESS},{IdCheckScenario.ERROR}",
        }
        quick = ["--rate-limit", "1000/s", "-n", "10", "--phases", "examples,coverage,fuzzing"]
        status = _run(["sandbox", *quick, "--report-junit-path", str(tmp_path / "junit.xml")], env, monkeypatch)
    out, err = capfd.readouterr()
    assert status == 0, out[-3000:] + err[-3000:]
    assert out.count("No issues found") == 2
    assert "eyJ" not in out + err and fake.api_key not in out + err
    # No UNICO_CONTRACT_WRITES: not one write reached the fake, and the output says so.
    assert fake.creations_received == 0 and fake.requests_received("setProcessDocument") == 0
    assert fake.requests_received("createIdcheckProcess") == 0 and fake.requests_received("getIdCheckProcess") > 0
    assert "No write was sent" in out and fake.requests_received("getEvidenceSet") > 0


def test_the_sandbox_run_sends_writes_only_when_told(
    tmp_path: Path, key_material: ServiceAccount, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    fake = FakeUnico(rate_limit=None)
    with FakeServer(fake) as server:
        fake.authority.token_host = server.url
        account = fake.add_service_account(key_material)
        env = {
            "UNICO_ACCOUNT_NAME": account.name,
            "UNICO_TENANT_ID": account.tenant_id,
            "UNICO_PRIVATE_KEY": private_key_pem(account).decode(),
            "UNICO_ENVIRONMENT": server.url,
            "UNICO_PROCESS_IDS": f"{Scenario.FINISHED_OK} {Scenario.SELFIE_PNG}",
            "UNICO_CONTRACT_WRITES": "1",
            "UNICO_API_KEY": fake.api_key,
            "UNICO_IDCHECK_PROCESS_IDS": f"{IdCheckScenario.SUCCESS}",
        }
        quick = ["--rate-limit", "1000/s", "-n", "10", "--phases", "examples,coverage,stateful"]
        status = _run(["sandbox", *quick, "--report-junit-path", str(tmp_path / "junit.xml")], env, monkeypatch)
    out, err = capfd.readouterr()
    assert status == 0, out[-3000:] + err[-3000:]
    assert "UNICO_CONTRACT_WRITES=1: the writes" in out and "No write was sent" not in out
    assert fake.creations_received > 0 and fake.requests_received("setProcessDocument") > 0
    assert fake.requests_received("createIdcheckProcess") > 0  # the IDCheck creation follows the same switch


@pytest.mark.parametrize("value", ["", "0", "true", "yes"])
def test_only_the_value_1_switches_the_sandbox_writes_on(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert sandbox_writes({"UNICO_CONTRACT_WRITES": value}) == ()
    assert "No write was sent" in capsys.readouterr().out
    assert sandbox_writes({"UNICO_CONTRACT_WRITES": "1"}) == ("createProcess", "setProcessDocument")


def test_the_sandbox_contract(capfd: pytest.CaptureFixture[str]) -> None:
    """Runs only where a maintainer gives UAT credentials (never in CI): `make contract-sandbox` as a test."""
    missing = missing_sandbox_settings(os.environ)
    if missing:
        pytest.skip(f"make contract-sandbox needs {', '.join(missing)}")
    status = main(["sandbox"])
    out, err = capfd.readouterr()
    assert status == 0, out[-3000:] + err[-3000:]
    assert "eyJ" not in out + err
