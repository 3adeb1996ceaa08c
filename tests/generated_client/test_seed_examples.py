"""The generated client reads every example response the Unico docs pages show (tests/fixtures/).

Fixtures are the seed pages' examples verbatim; the OCR `content` examples are wrapped in a Get Process response,
and two variants exercise the values only the developer portal documents (AWAITING_FOR_DOCUMENT,
SCORE_ENABLED_UNSPECIFIED). Personal data in them is the docs' own obviously fake data.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
import unico_idcloud_client.models as models
from unico_idcloud_client import AuthenticatedClient
from unico_idcloud_client.api.idunico_idcheck import get_id_check_process
from unico_idcloud_client.api.process import get_process
from unico_idcloud_client.api.selfie import get_selfie
from unico_idcloud_client.models import (
    AuthenticationResult,
    BioTokenEngineResult,
    DocumentData,
    ErrorResponse,
    IdAgeResult,
    IdCheckErrorResponse,
    IdCheckLiveness,
    IdCheckProcess,
    IdCheckStatus,
    IdentityFraudstersResult,
    LivenessResult,
    Process,
    ProcessResponse,
    ProcessResult,
    ProcessState,
    ScoreEnabled,
    Selfie,
    SelfieContentType,
    SmartRevalidationResult,
    UnicoIdResult,
)
from unico_idcloud_client.types import UNSET

from tests.domain_names import MODEL_NAMES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MODELS_DIR = Path(models.__file__).parent
PORTAL_PROCESS_ID = UUID("53060f52-f146-4c12-a234-5bb5031f6f5b")
UTC = datetime.UTC


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def portal_process() -> Process:
    process = ProcessResponse.from_dict(fixture("get-process.developer-portal.json")).process
    assert isinstance(process, Process)
    return process


def ocr_data(code: str) -> DocumentData:
    process = ProcessResponse.from_dict(fixture(f"get-process.ocr-{code.lower()}.json")).process
    assert isinstance(process, Process)
    assert not isinstance(process.services, type(UNSET))
    document = process.services[0].documents[0]  # type: ignore[index]
    assert document.doc.code == code  # type: ignore[union-attr]
    data = document.doc.data  # type: ignore[union-attr]
    assert isinstance(data, DocumentData)
    return data


def client_answering(status: int, body: Any, seen: list[httpx.Request] | None = None) -> AuthenticatedClient:
    """An AuthenticatedClient whose transport answers every request with ``status`` and ``body`` (JSON, or none)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    return AuthenticatedClient(
        base_url="https://api.idcloud.uat.unico.app",
        token="test-access-token",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


# --- Names ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_model_is_exported_under_its_domain_name(name: str) -> None:
    assert getattr(models, name).__name__ == name


@pytest.mark.parametrize(
    "module",
    [
        "unico_idcloud_client.api.process.get_process",
        "unico_idcloud_client.api.selfie.get_selfie",
        "unico_idcloud_client.api.idunico_idcheck.get_id_check_process",
    ],
)
def test_operation_module_is_named_after_its_operation(module: str) -> None:
    assert callable(importlib.import_module(module).sync_detailed)


def test_no_model_module_is_named_after_a_status_code_or_a_path() -> None:
    path_like = re.compile(r"response_\d{3}|client_v_?1|processes_v_?1|_process_id|_id_selfie")
    assert [p.name for p in MODELS_DIR.glob("*.py") if path_like.search(p.stem)] == []


def test_no_model_class_is_named_after_a_status_code() -> None:
    assert [name for name in models.__all__ if re.search(r"Response\d{3}|ClientV1", name)] == []


# --- Get Process: the developer portal's full example -----------------------------------------------------------------


def test_portal_example_process_id_is_a_uuid() -> None:
    assert portal_process().id == PORTAL_PROCESS_ID


def test_portal_example_state_and_result() -> None:
    process = portal_process()
    assert (process.state, process.result) == (ProcessState.PROCESS_STATE_FINISHED, ProcessResult.PROCESS_RESULT_OK)


def test_portal_example_timestamps_are_datetimes() -> None:
    process = portal_process()
    assert (process.created_at, process.finished_at, process.expires_at) == (
        datetime.datetime(2024, 1, 1, 10, 0, tzinfo=UTC),
        datetime.datetime(2024, 1, 1, 10, 15, tzinfo=UTC),
        datetime.datetime(2024, 1, 8, 10, 0, tzinfo=UTC),
    )


def test_portal_example_plain_fields() -> None:
    process = portal_process()
    assert (process.flow, process.purpose, process.client_reference, process.use_case, process.capacities) == (
        "idunicosign",
        "VERIFICATION",
        "client-ref-abc",
        "smart_revalidation",
        ["liveness", "face_match"],
    )


def test_portal_example_person() -> None:
    person = portal_process().person
    assert (person.dui_type, person.dui_value, person.friendly_name) == (  # type: ignore[union-attr]
        "DUI_TYPE_BR_CPF",
        "12345678909",
        "Luke Skywalker",
    )
    assert person.notifications[0].notification_channel == "email"  # type: ignore[union-attr,index]


def test_portal_example_authentication_results() -> None:
    info = portal_process().authentication_info
    assert (
        info.liveness_result,  # type: ignore[union-attr]
        info.authentication_result,  # type: ignore[union-attr]
        info.identity_fraudsters_result,  # type: ignore[union-attr]
        info.bio_token_engine_result,  # type: ignore[union-attr]
        info.smart_revalidation_result,  # type: ignore[union-attr]
        info.id_age_result,  # type: ignore[union-attr]
    ) == (
        LivenessResult.LIVENESS_RESULT_LIVE,
        AuthenticationResult.AUTHENTICATION_RESULT_INCONCLUSIVE,
        IdentityFraudstersResult.TRUST_RESULT_INCONCLUSIVE,
        BioTokenEngineResult.BIO_TOKEN_ENGINE_RESULT_UNSPECIFIED,
        SmartRevalidationResult.SMART_REVALIDATION_RESULT_UNSPECIFIED,
        IdAgeResult.ID_AGE_RESULT_UNSPECIFIED,
    )


def test_portal_example_scores() -> None:
    info = portal_process().authentication_info
    assert info.score_engine_result.score_enabled == ScoreEnabled.SCORE_ENABLED_TRUE  # type: ignore[union-attr]
    assert info.score_engine_result.score == 85.5  # type: ignore[union-attr]
    assert info.serpro_result.score == 92  # type: ignore[union-attr]


def test_portal_example_company_and_bio_token_data() -> None:
    process = portal_process()
    assert process.company_data.country_code == "BR"  # type: ignore[union-attr]
    assert process.bio_token_data.reference_process_id == "ref-proc-123"  # type: ignore[union-attr]


def test_portal_example_service_document() -> None:
    service = portal_process().services[0]  # type: ignore[index]
    document = service.documents[0]  # type: ignore[index]
    assert (service.envelope_id, service.consent_granted, document.doc_id, document.reused_doc) == (
        "4d4f3d90-04a3-4259-b63b-930ab10d2e47",
        True,
        "doc-abc-123",
        False,
    )
    assert (document.doc.version, document.doc.code) == (1, "CNH")  # type: ignore[union-attr]
    assert document.signed_url == "https://example.com/doc?token=xyz"


def test_portal_example_document_data() -> None:
    data = portal_process().services[0].documents[0].doc.data  # type: ignore[index,union-attr]
    assert (data.numero, data.cpf_numero, data.categoria) == ("044589731564", "12345678909", "B")  # type: ignore[union-attr]
    assert data.data_nascimento == datetime.datetime(1990, 5, 12, tzinfo=UTC)  # type: ignore[union-attr]


def test_portal_example_round_trips_through_to_dict() -> None:
    response = ProcessResponse.from_dict(fixture("get-process.developer-portal.json"))
    assert ProcessResponse.from_dict(response.to_dict()) == response


def test_portal_example_repr_shows_no_personal_data_or_secret() -> None:
    text = repr(ProcessResponse.from_dict(fixture("get-process.developer-portal.json")))
    leaked = [v for v in ("12345678909", "Luke Skywalker", "044589731564", "token=xyz", "eyJhbGci") if v in text]
    assert leaked == []


# --- Get Process: values only the developer portal documents ----------------------------------------------------------


def test_awaiting_for_document_state_parses() -> None:
    process = ProcessResponse.from_dict(fixture("get-process.awaiting-for-document.json")).process
    assert process.state == ProcessState.AWAITING_FOR_DOCUMENT  # type: ignore[union-attr]


def test_unfinished_process_has_no_result_or_finished_at() -> None:
    process = ProcessResponse.from_dict(fixture("get-process.awaiting-for-document.json")).process
    assert (process.result, process.finished_at) == (UNSET, UNSET)  # type: ignore[union-attr]


def test_score_enabled_unspecified_parses() -> None:
    info = ProcessResponse.from_dict(fixture("get-process.score-enabled-unspecified.json")).process.authentication_info  # type: ignore[union-attr]
    assert info.score_engine_result.score_enabled == ScoreEnabled.SCORE_ENABLED_UNSPECIFIED  # type: ignore[union-attr]


# --- Get Process: OCR data of every document type ---------------------------------------------------------------------

OCR_VALUES: list[tuple[str, Callable[[DocumentData], Any], Any]] = [
    ("CNH", lambda d: d.renach_numero, "PR904987581"),
    ("CNH", lambda d: d.rg_numero, "123456789 SESP PR"),
    ("CNH", lambda d: d.filiacao, ["Monasimpson", "Monasimpson"]),
    ("CNH", lambda d: d.data_habilitacao, datetime.datetime(1997, 11, 18, tzinfo=UTC)),
    ("CNH", lambda d: d.local_emissao, "Curitiba PR"),
    ("RG", lambda d: d.orgao_emissor, "Secretaria Da Segurança Pública (SSP)"),
    ("RG", lambda d: d.uf_emissor, "UF_SP"),
    ("RG", lambda d: d.naturalidade, "Sao Paulo SP"),
    ("RG", lambda d: d.data_emissao, datetime.datetime(2012, 12, 21, 2, 0, tzinfo=UTC)),
    ("RG", lambda d: d.nome_civil, "Daniel Coelho Da Costa"),
    ("CIN", lambda d: d.nome_social, "Vitor Ra"),
    ("CIN", lambda d: d.nacionalidade, "BRA"),
    ("CIN", lambda d: d.data_expiracao, datetime.datetime(2034, 3, 2, tzinfo=UTC)),
    ("CIN", lambda d: d.orgao_emissor, "Detran/Rj"),
    ("Passport", lambda d: d.numero, "AA011906"),
    ("Passport", lambda d: (d.nome, d.sobrenome), ("CHANCHÃO AMARELO", "PASSAREDO")),
    ("Passport", lambda d: d.pais_emissor, "BRA"),
    ("Passport", lambda d: d.autoridade, "SR/DPF/DF"),
    ("Passport", lambda d: d.data_nascimento, datetime.datetime(1920, 6, 1, tzinfo=UTC)),
]


@pytest.mark.parametrize(("code", "read", "expected"), OCR_VALUES)
def test_ocr_field_parses(code: str, read: Callable[[DocumentData], Any], expected: Any) -> None:
    assert read(ocr_data(code)) == expected


@pytest.mark.parametrize("code", ["CNH", "RG", "CIN", "Passport"])
def test_ocr_example_has_no_unlisted_field(code: str) -> None:
    assert ocr_data(code).additional_properties == {}


def test_unknown_document_has_no_ocr_field() -> None:
    assert ocr_data("UNKNOWN").to_dict() == {}


def test_unlisted_ocr_field_is_kept() -> None:
    data = DocumentData.from_dict({"numero": "1", "campoNovo": "x"})
    assert data.additional_properties == {"campoNovo": "x"}


# --- Error bodies -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [
        ("get-process.error-400.json", 3, "process id is invalid"),
        ("get-process.error-404.json", 5, "error getting process: rpc error: code = NotFound desc = process not found"),
        ("get-process.error-500.json", 99999, "Internal failure! Try again later"),
    ],
)
def test_error_response_parses(name: str, code: int, message: str) -> None:
    error = ErrorResponse.from_dict(fixture(name))
    assert (error.code, error.message) == (code, message)


# --- Get Selfie -------------------------------------------------------------------------------------------------------


def test_selfie_example_parses() -> None:
    selfie = Selfie.from_dict(fixture("get-selfie.developer-portal.json"))
    assert (selfie.file_contents, selfie.content_type) == ("/9j/4AAQSkZJR...", SelfieContentType.IMAGE_JPEG)


# --- IDUnico + IDCheck ------------------------------------------------------------------------------------------------


def test_id_check_example_parses() -> None:
    process = IdCheckProcess.from_dict(fixture("idcheck.get-process.json"))
    assert (process.id, process.status, process.liveness, process.score) == (
        UUID("2b034568-dfaf-463f-94fb-18ed93c312e8"),
        IdCheckStatus.FINISHED,
        IdCheckLiveness.PASSED,
        42,
    )
    assert process.unico_id.result == UnicoIdResult.INCONCLUSIVE  # type: ignore[union-attr]


def test_id_check_error_example_parses() -> None:
    error = IdCheckErrorResponse.from_dict(fixture("idcheck.error.json")).error
    assert (error.code, error.description) == ("40004", "Error description")  # type: ignore[union-attr]


# --- Through the generated operations and an httpx.MockTransport ------------------------------------------------------


def test_get_process_sends_the_bearer_token_to_the_process_path() -> None:
    seen: list[httpx.Request] = []
    get_process.sync_detailed(PORTAL_PROCESS_ID, client=client_answering(200, {"process": {}}, seen))
    assert (seen[0].url.path, seen[0].headers["Authorization"]) == (
        f"/client/v1/process/{PORTAL_PROCESS_ID}",
        "Bearer test-access-token",
    )


def test_get_process_parses_the_portal_example() -> None:
    response = get_process.sync_detailed(
        PORTAL_PROCESS_ID, client=client_answering(200, fixture("get-process.developer-portal.json"))
    )
    assert isinstance(response.parsed, ProcessResponse)
    assert response.parsed.process.id == PORTAL_PROCESS_ID  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "name",
    [
        "get-process.ocr-cnh.json",
        "get-process.ocr-rg.json",
        "get-process.ocr-cin.json",
        "get-process.ocr-passport.json",
        "get-process.ocr-unknown.json",
        "get-process.awaiting-for-document.json",
        "get-process.score-enabled-unspecified.json",
    ],
)
def test_get_process_parses_fixture(name: str) -> None:
    body = fixture(name)
    response = get_process.sync_detailed(UUID(body["process"]["id"]), client=client_answering(200, body))
    assert response.parsed == ProcessResponse.from_dict(body)


@pytest.mark.parametrize(
    ("status", "name"),
    [(400, "get-process.error-400.json"), (404, "get-process.error-404.json"), (500, "get-process.error-500.json")],
)
def test_get_process_parses_error_response(status: int, name: str) -> None:
    response = get_process.sync_detailed(PORTAL_PROCESS_ID, client=client_answering(status, fixture(name)))
    assert response.parsed == ErrorResponse.from_dict(fixture(name))


@pytest.mark.parametrize("name", ["get-process.error-401-invalid-json.json", "get-process.error-401-expired.json"])
def test_get_process_unauthorized_body_is_the_message_string(name: str) -> None:
    response = get_process.sync_detailed(PORTAL_PROCESS_ID, client=client_answering(401, fixture(name)))
    assert response.parsed == fixture(name)


def test_get_process_too_many_requests_has_nothing_to_parse() -> None:
    response = get_process.sync_detailed(PORTAL_PROCESS_ID, client=client_answering(429, None))
    assert (int(response.status_code), response.parsed) == (429, None)


def test_get_selfie_parses_the_portal_example() -> None:
    seen: list[httpx.Request] = []
    client = client_answering(200, fixture("get-selfie.developer-portal.json"), seen)
    response = get_selfie.sync_detailed(PORTAL_PROCESS_ID, client=client)
    assert seen[0].url.path == f"/client/v1/process/{PORTAL_PROCESS_ID}/selfie"
    assert response.parsed == Selfie.from_dict(fixture("get-selfie.developer-portal.json"))


def test_get_selfie_forbidden_is_an_error_response() -> None:
    body = {"code": 7, "message": "permission denied"}
    response = get_selfie.sync_detailed(PORTAL_PROCESS_ID, client=client_answering(403, body))
    assert response.parsed == ErrorResponse.from_dict(body)


def test_get_id_check_process_parses_the_example() -> None:
    seen: list[httpx.Request] = []
    process_id = UUID("2b034568-dfaf-463f-94fb-18ed93c312e8")
    client = client_answering(200, fixture("idcheck.get-process.json"), seen)
    response = get_id_check_process.sync_detailed(process_id, client=client)
    assert seen[0].url.path == f"/processes/v1/{process_id}"
    assert response.parsed == IdCheckProcess.from_dict(fixture("idcheck.get-process.json"))


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410])
def test_get_id_check_process_parses_error_body(status: int) -> None:
    process_id = UUID("2b034568-dfaf-463f-94fb-18ed93c312e8")
    response = get_id_check_process.sync_detailed(
        process_id, client=client_answering(status, fixture("idcheck.error.json"))
    )
    assert response.parsed == IdCheckErrorResponse.from_dict(fixture("idcheck.error.json"))
