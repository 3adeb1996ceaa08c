"""The write commands (process create, process set-document, evidence get) through click's test runner, against the
fake in-process: what they send, what they print, and exit 18 for a write whose outcome is unknown."""

from __future__ import annotations

import stat
from pathlib import Path

import httpx
import pytest

from unico_idcloud.testing import Fault

from .conftest import Cli, record_write_bodies

CPF = "73689290074"  # the docs' example CPF (valid check digits)
NAME = "Luke Skywalker"
CREATE = ["process", "create", "--flow", "idlive", "--purpose", "creditprocess"]


def test_process_create_prints_the_id_and_the_redirect_url(run: Cli) -> None:
    result = run(*CREATE, "--dui-value", CPF, "--name", NAME, "--client-reference", "order-1")
    assert result.code == 0, result.err
    (process_id,) = run.fake.created_processes
    assert process_id in result.out and "redirect" in result.out and "http" in result.out
    assert CPF not in result.out and NAME not in result.out
    assert run.sent == ["/client/v1/process"]


def test_process_create_json_has_the_id_and_the_link_and_masks_the_token(run: Cli) -> None:
    result = run(*CREATE, "--json")
    data = result.json()
    assert result.code == 0 and data["id"] == run.fake.created_processes[0]
    assert data["userRedirectUrl"].startswith("http")
    assert data.get("token") in (None, "***")


def test_process_create_sends_every_flag(run: Cli, tmp_path: Path) -> None:
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4\n%%EOF\n")
    bodies = record_write_bodies(run)
    result = run(
        "process", "create", "--flow", "idunicosign", "--purpose", "creditprocess", "--callback-uri", "https://x.test/",
        "--dui-value", CPF, "--name", NAME, "--email", "luke@example.com", "--phone", "5511974749090",
        "--notify", "email", "--notify", "sms", "--client-reference", "order-9", "--company-branch-id", "b-1",
        "--use-case", "u-1", "--expires-in", "3600", "--back-camera", "--sign-document", str(contract),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert bodies == [
        {
            "callbackUri": "https://x.test/",
            "flow": "idunicosign",
            "purpose": "creditprocess",
            "person": {
                "duiType": "DUI_TYPE_BR_CPF",
                "duiValue": CPF,
                "friendlyName": NAME,
                "email": "luke@example.com",
                "phone": "5511974749090",
                "notifications": [
                    {"notificationChannel": "NOTIFICATION_CHANNEL_EMAIL"},
                    {"notificationChannel": "NOTIFICATION_CHANNEL_SMS"},
                ],
            },
            "clientReference": "order-9",
            "companyBranchId": "b-1",
            "useCase": "u-1",
            "expiresIn": "3600s",
            "flow_config": {"biometry_capture": {"enabled_back_camera": True}},
            "payload": [
                {
                    "envelopePayload": {
                        "documents": [{"documentName": "contract.pdf", "fileContents": "JVBERi0xLjQKJSVFT0YK"}]
                    }
                }
            ],
        }
    ]


def test_a_person_flag_without_a_document_is_bad_usage(run: Cli) -> None:
    result = run(*CREATE, "--name", NAME)
    assert result.code == 2 and run.sent == [] and NAME not in result.err


def test_a_refused_creation_exits_7_naming_the_field(run: Cli) -> None:
    result = run(*CREATE, "--dui-value", CPF, "--name", "x" * 51)
    assert result.code == 7 and "friendly name exceeds 50" in result.error_line
    assert CPF not in result.err and run.fake.created_processes == []


@pytest.mark.parametrize("fault", [Fault.INTERNAL_ERROR, Fault.DROP_CONNECTION])
def test_an_unknown_outcome_exits_18_once_with_the_client_reference(run: Cli, fault: Fault) -> None:
    run.fake.inject_fault(fault, operation="createProcess")
    result = run(*CREATE, "--dui-value", CPF, "--client-reference", "order-42")
    assert result.code == 18, result.err
    line = result.error_line
    assert "not resent" in line and "'order-42'" in line and CPF not in line
    assert run.sent == ["/client/v1/process"] and len(run.fake.created_processes) == 1


def test_set_document_then_evidence_get(run: Cli, tmp_path: Path) -> None:
    process_id = run(*CREATE, "--json").json()["id"]
    result = run("process", "set-document", process_id, "--dui-value", CPF)
    assert result.code == 0, result.err
    assert process_id in result.out and "DUI_TYPE_BR_CPF ***" in result.out and CPF not in result.out
    assert run("process", "set-document", process_id, "--dui-value", CPF).code == 7  # set once
    run.fake.finish_process(process_id)
    target = tmp_path / "evidence.pdf"
    saved = run("evidence", "get", process_id, "-o", str(target), "--json")
    assert saved.code == 0, saved.err
    data = saved.json()
    assert data["content_type"] == "application/pdf" and data["bytes"] == target.stat().st_size
    assert target.read_bytes().startswith(b"%PDF-") and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_set_document_json_masks_the_number_unless_asked(run: Cli) -> None:
    process_id = run(*CREATE, "--json").json()["id"]
    data = run("process", "set-document", process_id, "--dui-value", CPF, "--json").json()
    assert data["person"] == {"duiType": "DUI_TYPE_BR_CPF", "duiValue": "***"}


def test_evidence_before_the_process_finished_is_not_found(run: Cli, tmp_path: Path) -> None:
    process_id = run(*CREATE, "--dui-value", CPF, "--json").json()["id"]
    result = run("evidence", "get", process_id, "-o", str(tmp_path / "e.pdf"))
    assert result.code == 6 and not (tmp_path / "e.pdf").exists()


def test_ctrl_c_during_process_create_says_the_outcome_is_unknown(run: Cli) -> None:
    class CtrlCOnTheWrite(httpx.BaseTransport):
        def __init__(self, inner: httpx.BaseTransport) -> None:
            self.inner = inner

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and "oauth2" not in request.url.path:
                raise KeyboardInterrupt
            return self.inner.handle_request(request)

    run.wrap = CtrlCOnTheWrite
    result = run(*CREATE, "--dui-value", CPF, "--name", NAME, "--client-reference", "order-1")
    assert result.code == 130 and "Traceback" not in result.err
    assert result.error_line.startswith("unico-idcloud: interrupted: create_process was interrupted and may have been")
    assert "not resent" in result.error_line and CPF not in result.err and NAME not in result.err
    assert run.fake.created_processes == [] and run.sent == ["/client/v1/process"]
