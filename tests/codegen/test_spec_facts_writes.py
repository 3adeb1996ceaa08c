"""What overlays 15-21 make `spec/openapi.json` say about the write half: one documented fact per test.

Create Process, Set Process Document and Get Evidence Set (by Unico), and IDUnico + IDCheck Create Process (by
Client). The pages are cited by each overlay action; the test names say the fact.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from tests.codegen.test_spec_facts import _spec, prop, resolve, schema

CREATE_PATH = "/client/v1/process"
DOCUMENT_PATH = "/client/v1/process/{processId}/document"
EVIDENCE_PATH = "/client/v1/process/{processId}/evidenceset"
IDCHECK_CREATE_PATH = "/processes/v1"

OPERATIONS = [
    # path, method, operationId, tag, generated module
    (CREATE_PATH, "post", "createProcess", "process", "unico_idcloud_client.api.process.create_process"),
    (DOCUMENT_PATH, "post", "setProcessDocument", "process", "unico_idcloud_client.api.process.set_process_document"),
    (EVIDENCE_PATH, "get", "getEvidenceSet", "process", "unico_idcloud_client.api.process.get_evidence_set"),
    (
        IDCHECK_CREATE_PATH,
        "post",
        "createIdcheckProcess",
        "idunico-idcheck",
        "unico_idcloud_client.api.idunico_idcheck.create_idcheck_process",
    ),
]
WRITE_MODELS = [
    "CreateProcessRequest",
    "CreateProcessPerson",
    "Notification",
    "NotificationChannel",
    "FlowConfig",
    "BiometryCaptureConfig",
    "SignaturePayload",
    "EnvelopePayload",
    "SignatureDocument",
    "ProcessFlow",
    "ProcessPurpose",
    "DuiType",
    "CreateProcessResponse",
    "CreatedProcess",
    "SetProcessDocumentRequest",
    "SetDocumentDuiType",
    "SetProcessDocumentResponse",
    "ProcessWithDocument",
    "ProcessDocument",
    "EvidenceSet",
    "EvidenceSetContentType",
    "CreateIdCheckProcessRequest",
    "IdCheckSubject",
    "IdCheckGender",
    "IdCheckReference",
    "IdCheckReferenceType",
    "CreatedIdCheckProcess",
]


def op(path: str, method: str) -> dict[str, Any]:
    found: dict[str, Any] = _spec()["paths"][path][method]
    return found


def request_schema(path: str) -> dict[str, Any]:
    body = op(path, "post")["requestBody"]
    assert body["required"] is True
    found: dict[str, Any] = body["content"]["application/json"]["schema"]
    return found


def response_schema(path: str, method: str, status: str) -> dict[str, Any]:
    found: dict[str, Any] = op(path, method)["responses"][status]["content"]["application/json"]["schema"]
    return found


# --- names ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "method", "operation_id", "tag", "module"), OPERATIONS)
def test_operation_id_tag_and_generated_module(
    path: str, method: str, operation_id: str, tag: str, module: str
) -> None:
    operation = op(path, method)
    assert (operation["operationId"], operation["tags"]) == (operation_id, [tag])
    assert callable(importlib.import_module(module).sync_detailed)


@pytest.mark.parametrize("name", WRITE_MODELS)
def test_write_schema_is_titled_with_its_name_and_generated(name: str) -> None:
    assert schema(name)["title"] == name
    assert hasattr(importlib.import_module("unico_idcloud_client.models"), name)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        (CREATE_PATH, "CreateProcessRequest"),
        (DOCUMENT_PATH, "SetProcessDocumentRequest"),
        (IDCHECK_CREATE_PATH, "CreateIdCheckProcessRequest"),
    ],
)
def test_request_body_is_a_named_schema(path: str, name: str) -> None:
    assert request_schema(path) == {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize(
    ("path", "method", "name"),
    [
        (CREATE_PATH, "post", "CreateProcessResponse"),
        (DOCUMENT_PATH, "post", "SetProcessDocumentResponse"),
        (EVIDENCE_PATH, "get", "EvidenceSet"),
        (IDCHECK_CREATE_PATH, "post", "CreatedIdCheckProcess"),
    ],
)
def test_200_body_is_a_named_schema(path: str, method: str, name: str) -> None:
    assert response_schema(path, method, "200") == {"$ref": f"#/components/schemas/{name}"}


# --- Create Process ---------------------------------------------------------------------------------------------------


def test_create_process_requires_callback_uri_flow_and_purpose() -> None:
    assert schema("CreateProcessRequest")["required"] == ["callbackUri", "flow", "purpose"]


@pytest.mark.parametrize(
    "field",
    [
        "person",
        "clientReference",
        "companyBranchId",
        "bioTokenId",
        "useCase",
        "expiresIn",
        "flow_config",
        "payload",
    ],
)
def test_create_process_field_is_documented_and_optional(field: str) -> None:
    assert field in schema("CreateProcessRequest")["properties"]
    assert field not in schema("CreateProcessRequest")["required"]


def test_expires_in_is_seconds_with_a_trailing_s() -> None:
    pattern = prop("CreateProcessRequest", "expiresIn")["pattern"]
    assert re.fullmatch(pattern, "3600s") and not re.fullmatch(pattern, "3600") and not re.fullmatch(pattern, "1h")


def test_callback_uri_may_be_a_slash_but_not_empty() -> None:
    assert prop("CreateProcessRequest", "callbackUri")["minLength"] == 1


@pytest.mark.parametrize(
    "flow",
    ["idlive", "id", "idcheck", "iddocs", "idsign", "idunicosign", "idtoken", "idsmart", "idagedocumentless"],
)
def test_flow_enum_lists_the_documented_flows(flow: str) -> None:
    assert flow in schema("ProcessFlow")["enum"]


def test_flow_enum_has_every_devcenter_value_and_the_two_other_pages_name() -> None:
    assert len(schema("ProcessFlow")["enum"]) == 31
    assert {"idonboarding", "idtransactional"} <= set(schema("ProcessFlow")["enum"])


def test_purpose_enum_is_the_portals_four_values() -> None:
    assert schema("ProcessPurpose")["enum"] == ["creditprocess", "biometryonboarding", "carpurchase", "ageverification"]


def test_create_process_dui_type_has_the_seventeen_documented_types() -> None:
    values = schema("DuiType")["enum"]
    assert len(values) == len(set(values)) == 17
    assert {"DUI_TYPE_BR_CPF", "DUI_TYPE_MX_CURP", "DUI_TYPE_ZZ_EMAIL", "DUI_TYPE_NG_BVN"} <= set(values)
    assert schema("DuiType")["x-enum-varnames"][0] == "BR_CPF"


def test_person_requires_dui_type_and_value() -> None:
    assert schema("CreateProcessPerson")["required"] == ["duiType", "duiValue"]


def test_friendly_name_is_at_most_50_characters() -> None:
    assert prop("CreateProcessPerson", "friendlyName")["maxLength"] == 50


def test_phone_is_digits_only() -> None:
    pattern = prop("CreateProcessPerson", "phone")["pattern"]
    assert re.fullmatch(pattern, "5511974749090") and not re.fullmatch(pattern, "+55 11 97474-9090")


def test_email_is_optional_on_the_person_since_only_signature_flows_need_it() -> None:
    assert "email" in schema("CreateProcessPerson")["properties"]
    assert "email" not in schema("CreateProcessPerson")["required"]


def test_notifications_take_the_three_channels() -> None:
    assert prop("CreateProcessPerson", "notifications")["items"] == {"$ref": "#/components/schemas/Notification"}
    assert schema("NotificationChannel")["enum"] == [
        "NOTIFICATION_CHANNEL_WHATSAPP",
        "NOTIFICATION_CHANNEL_SMS",
        "NOTIFICATION_CHANNEL_EMAIL",
    ]
    assert schema("Notification")["required"] == ["notificationChannel"]


def test_flow_config_has_the_back_camera_switch() -> None:
    assert prop("CreateProcessRequest", "flow_config", "biometry_capture", "enabled_back_camera")["type"] == "boolean"


def test_signature_payload_requires_all_its_properties() -> None:
    assert prop("CreateProcessRequest", "payload")["items"] == {"$ref": "#/components/schemas/SignaturePayload"}
    assert schema("SignaturePayload")["required"] == ["envelopePayload"]
    assert schema("EnvelopePayload")["required"] == ["documents"]
    assert schema("SignatureDocument")["required"] == ["documentName", "fileContents"]
    assert prop("SignatureDocument", "fileContents")["format"] == "byte"


def test_created_process_is_a_process_envelope_with_an_id() -> None:
    assert schema("CreateProcessResponse")["required"] == ["process"]
    assert schema("CreatedProcess")["required"] == ["id"]
    assert prop("CreatedProcess", "id")["format"] == "uuid"
    assert {"userRedirectUrl", "token"} <= set(schema("CreatedProcess")["properties"])


def test_created_process_may_carry_its_state_and_creation_time() -> None:
    assert prop("CreatedProcess", "state") == schema("ProcessState")
    assert prop("CreatedProcess", "createdAt")["format"] == "date-time"
    assert not {"state", "createdAt"} & set(schema("CreatedProcess")["required"])


@pytest.mark.parametrize(
    ("status", "body"),
    [("400", "ErrorResponse"), ("401", None), ("500", "ErrorResponse")],
)
def test_create_process_documents_its_errors(status: str, body: str | None) -> None:
    schema_ = response_schema(CREATE_PATH, "post", status)
    assert schema_ == (
        {"$ref": f"#/components/schemas/{body}"} if body else {"type": "string", "description": "Error description."}
    )


def test_create_process_429_has_no_body() -> None:
    assert "content" not in op(CREATE_PATH, "post")["responses"]["429"]


@pytest.mark.parametrize(
    ("example", "message"),
    [
        ("invalidFlow", "invalid flow"),
        ("invalidPurpose", "invalid purpose"),
        ("invalidCallbackUri", "invalid callbackUri"),
        ("emailRequired", "email required for notification channel NOTIFICATION_CHANNEL_EMAIL"),
        ("phoneRequired", "phone number required for notification channel NOTIFICATION_CHANNEL_WHATSAPP"),
        ("invalidDocument", "invalid dui value"),
    ],
)
def test_create_process_400_is_code_3_with_unicos_message(example: str, message: str) -> None:
    value = op(CREATE_PATH, "post")["responses"]["400"]["content"]["application/json"]["examples"][example]["value"]
    assert value["code"] == 3 and message in value["message"]


def test_create_process_says_a_retry_can_bill_twice() -> None:
    assert "no idempotency key" in op(CREATE_PATH, "post")["description"]


# --- Set Process Document -------------------------------------------------------------------------------------------


def test_set_document_requires_type_and_value() -> None:
    assert schema("SetProcessDocumentRequest")["required"] == ["duiType", "duiValue"]


def test_set_document_takes_three_document_types_only() -> None:
    assert prop("SetProcessDocumentRequest", "duiType") == schema("SetDocumentDuiType")
    assert schema("SetDocumentDuiType")["enum"] == ["DUI_TYPE_BR_CPF", "DUI_TYPE_MX_CURP", "DUI_TYPE_US_SSN"]


def test_set_document_value_is_at_most_320_characters() -> None:
    assert prop("SetProcessDocumentRequest", "duiValue")["maxLength"] == 320


def test_set_document_answers_the_process_and_its_document() -> None:
    assert schema("SetProcessDocumentResponse")["required"] == ["process"]
    assert schema("ProcessWithDocument")["required"] == ["id", "person"]
    assert schema("ProcessDocument")["required"] == ["duiType", "duiValue"]


def test_set_document_takes_the_process_id_as_a_uuid() -> None:
    (parameter,) = op(DOCUMENT_PATH, "post")["parameters"]
    assert (parameter["name"], parameter["in"], parameter["schema"]["format"]) == ("processId", "path", "uuid")


@pytest.mark.parametrize("status", ["200", "400", "401", "429", "500"])
def test_set_document_documents_status(status: str) -> None:
    assert status in op(DOCUMENT_PATH, "post")["responses"]


def test_set_document_400_covers_a_process_not_awaiting_a_document() -> None:
    assert "not awaiting a document" in op(DOCUMENT_PATH, "post")["responses"]["400"]["description"]


# --- Get Evidence Set -----------------------------------------------------------------------------------------------


def test_evidence_set_is_a_base64_pdf_with_its_content_type() -> None:
    assert schema("EvidenceSet")["required"] == ["fileContents", "contentType"]
    assert prop("EvidenceSet", "fileContents")["format"] == "byte"


def test_evidence_set_content_type_has_both_spellings() -> None:
    assert schema("EvidenceSetContentType")["enum"] == ["application/pdf", "x-pdf"]


def test_evidence_set_path_parameter_is_process_id() -> None:
    (parameter,) = op(EVIDENCE_PATH, "get")["parameters"]
    assert (parameter["name"], parameter["schema"]["format"]) == ("processId", "uuid")


@pytest.mark.parametrize(("status", "code"), [("400", 3), ("403", 7), ("404", 5), ("500", 99999)])
def test_evidence_set_error_codes(status: str, code: int) -> None:
    media = op(EVIDENCE_PATH, "get")["responses"][status]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}
    assert media["example"]["code"] == code


def test_evidence_set_is_available_for_about_two_hours() -> None:
    assert "two hours" in op(EVIDENCE_PATH, "get")["description"]


# --- IDUnico + IDCheck Create Process -------------------------------------------------------------------------------


def test_idcheck_create_is_on_the_idcheck_hosts() -> None:
    servers = [s["url"] for s in _spec()["paths"][IDCHECK_CREATE_PATH]["servers"]]
    assert servers == ["https://api.id.uat.unico.app", "https://api.id.unico.app"]


def test_idcheck_create_requires_the_image_in_both_variants() -> None:
    assert schema("CreateIdCheckProcessRequest")["required"] == ["imageBase64"]
    assert {"subject", "references", "useCase", "subsidiaryId"} <= set(
        schema("CreateIdCheckProcessRequest")["properties"]
    )


def test_idcheck_subject_requires_code_and_name_the_stricter_reading() -> None:
    assert schema("IdCheckSubject")["required"] == ["code", "name"]


def test_idcheck_subject_fields() -> None:
    assert set(schema("IdCheckSubject")["properties"]) == {"code", "name", "gender", "birthDate", "email", "phone"}
    assert prop("IdCheckSubject", "birthDate")["format"] == "date"
    assert schema("IdCheckGender")["enum"] == ["M", "F"]


def test_idcheck_transactional_references() -> None:
    assert schema("IdCheckReference")["required"] == ["referenceType", "referenceContent"]
    assert schema("IdCheckReferenceType")["enum"] == ["REFERENCE_TYPE_IMAGE_BASE64", "REFERENCE_TYPE_PROCESS_ID"]
    assert prop("CreateIdCheckProcessRequest", "referenceProcessId")["deprecated"] is True


def test_idcheck_created_process_is_id_and_status() -> None:
    created = schema("CreatedIdCheckProcess")
    assert created["required"] == ["id", "status"]
    assert created["properties"]["status"] == {"$ref": "#/components/schemas/IdCheckStatus"}
    assert {"unicoId", "liveness", "score"} <= set(created["properties"])


@pytest.mark.parametrize("status", ["400", "401", "403", "500"])
def test_idcheck_create_errors_are_the_error_envelope(status: str) -> None:
    assert response_schema(IDCHECK_CREATE_PATH, "post", status) == {"$ref": "#/components/schemas/IdCheckErrorResponse"}


@pytest.mark.parametrize(
    ("status", "code"),
    [
        *[("400", c) for c in ["20001", "20002", "20003", "20004", "20005", "20006", "20009"]],
        *[("400", c) for c in ["20505", "20506", "20507", "20807", "20900", "10506", "10507", "10508"]],
        *[("403", c) for c in ["30017", "10201", "10501", "10502"]],
    ],
)
def test_idcheck_create_documents_error_code(status: str, code: str) -> None:
    assert code in op(IDCHECK_CREATE_PATH, "post")["responses"][status]["description"]


# --- security, links, personal data -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "method", "security"),
    [
        (CREATE_PATH, "post", [{"bearerAuth": []}]),
        (DOCUMENT_PATH, "post", [{"bearerAuth": []}]),
        (EVIDENCE_PATH, "get", [{"bearerAuth": []}]),
        (IDCHECK_CREATE_PATH, "post", [{"bearerAuth": [], "apiKey": []}]),
    ],
)
def test_write_security(path: str, method: str, security: list[dict[str, list[str]]]) -> None:
    assert op(path, method)["security"] == security


@pytest.mark.parametrize("target", ["getProcess", "getSelfie", "getEvidenceSet", "setProcessDocument"])
def test_creation_links_its_id_to(target: str) -> None:
    links = op(CREATE_PATH, "post")["responses"]["200"]["links"]
    (link,) = [link for link in links.values() if link["operationId"] == target]
    assert link["parameters"] == {"processId": "$response.body#/process/id"}


def test_idcheck_creation_links_its_id_to_idcheck_get_process() -> None:
    (link,) = op(IDCHECK_CREATE_PATH, "post")["responses"]["200"]["links"].values()
    assert (link["operationId"], link["parameters"]) == ("getIdCheckProcess", {"processId": "$response.body#/id"})


def test_every_link_names_an_operation_of_the_spec() -> None:
    ids = {o["operationId"] for item in _spec()["paths"].values() for o in item.values() if "operationId" in o}
    links = [
        link
        for item in _spec()["paths"].values()
        for o in item.values()
        if isinstance(o, dict)
        for response in o.get("responses", {}).values()
        for link in resolve(response).get("links", {}).values()
    ]
    assert links and {link["operationId"] for link in links} <= ids


@pytest.mark.parametrize(
    ("schema_name", "field"),
    [
        ("CreateProcessPerson", "duiValue"),
        ("CreateProcessPerson", "friendlyName"),
        ("CreateProcessPerson", "phone"),
        ("CreateProcessPerson", "email"),
        ("SignatureDocument", "fileContents"),
        ("CreatedProcess", "token"),
        ("CreatedProcess", "userRedirectUrl"),
        ("SetProcessDocumentRequest", "duiValue"),
        ("ProcessDocument", "duiValue"),
        ("EvidenceSet", "fileContents"),
        ("IdCheckSubject", "code"),
        ("IdCheckSubject", "name"),
        ("IdCheckSubject", "birthDate"),
        ("IdCheckSubject", "email"),
        ("IdCheckSubject", "phone"),
        ("CreateIdCheckProcessRequest", "imageBase64"),
        ("IdCheckReference", "referenceContent"),
    ],
)
def test_personal_field_is_sensitive(schema_name: str, field: str) -> None:
    assert prop(schema_name, field)["x-sensitive"] is True


def test_sensitive_request_fields_are_masked_in_the_generated_repr() -> None:
    from unico_idcloud_client.models import CreateProcessPerson, DuiType, IdCheckSubject

    person = CreateProcessPerson(dui_type=DuiType.BR_CPF, dui_value="73689290074", friendly_name="Luke Skywalker")
    subject = IdCheckSubject(code="12345678909", name="Luke Skywalker")
    for text in (repr(person), repr(subject)):
        assert "73689290074" not in text and "12345678909" not in text and "Skywalker" not in text
