"""What the overlays make `spec/openapi.json` say: one documented fact per test.

Each test names the fact it checks; a failing test points at one overlay action, not at a snapshot diff.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from codegen.overlay import load_overlay, overlay_files, uncited_actions
from codegen.validate import validate_spec
from tests.domain_names import MODEL_NAMES
from tests.spec_file import load_spec

ROOT = Path(__file__).resolve().parents[2]

PROCESS_PATH = "/client/v1/process/{processId}"
SELFIE_PATH = "/client/v1/process/{processId}/selfie"
IDCHECK_PATH = "/processes/v1/{processId}"
BY_UNICO_PATHS = [PROCESS_PATH, SELFIE_PATH]


@cache
def _spec() -> dict[str, Any]:
    return load_spec()


def resolve(node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until ``node`` is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are expected, got {ref!r}"
        target: Any = _spec()
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def schema(name: str) -> dict[str, Any]:
    found: dict[str, Any] = _spec()["components"]["schemas"][name]
    return found


def prop(schema_name: str, *names: str) -> dict[str, Any]:
    """The resolved schema of ``schema_name.names[0].names[1]...`` (array items followed on the way)."""
    node: Any = schema(schema_name)
    for name in names:
        node = resolve(node)
        if node.get("type") == "array":
            node = resolve(node["items"])
        node = node["properties"][name]
    resolved: dict[str, Any] = resolve(node)
    return resolved


def operation(path: str) -> dict[str, Any]:
    found: dict[str, Any] = _spec()["paths"][path]["get"]
    return found


def response(path: str, status: str) -> dict[str, Any]:
    found: dict[str, Any] = resolve(operation(path)["responses"][status])
    return found


def body_schema(path: str, status: str) -> dict[str, Any]:
    return response(path, status)["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def parameter(path: str, name: str) -> dict[str, Any]:
    matches = [p for p in operation(path).get("parameters", []) if resolve(p)["name"] == name]
    assert len(matches) == 1, f"{path} should have exactly one parameter {name!r}"
    found: dict[str, Any] = resolve(matches[0])
    return found


def _walk_schemas(node: Any) -> list[dict[str, Any]]:
    """Every schema object (not reference) reachable inside ``node``'s components and paths."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") in {"object", "string", "integer", "number"} and ("properties" in node or "enum" in node):
            found.append(node)
        for value in node.values():
            found += _walk_schemas(value)
    elif isinstance(node, list):
        for value in node:
            found += _walk_schemas(value)
    return found


# --- The document as a whole ------------------------------------------------------------------------------------------


def test_spec_is_valid_openapi() -> None:
    validate_spec(_spec())


def test_every_overlay_action_has_a_description_and_an_https_source() -> None:
    problems = [
        p for path in overlay_files(ROOT / "overlays") for p in uncited_actions(load_overlay(path), file=path.name)
    ]
    assert problems == []


def test_overlay_files_are_named_number_dash_concern() -> None:
    names = [path.name for path in overlay_files(ROOT / "overlays")]
    assert [n for n in names if not re.fullmatch(r"\d\d-[a-z0-9-]+\.overlay\.yaml", n)] == []


def test_validity_overlay_is_the_first() -> None:
    assert overlay_files(ROOT / "overlays")[0].name == "01-validity.overlay.yaml"


# --- 1. Validity ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["clientReference", "useCase"])
def test_property_schema_has_no_boolean_required_keyword(field: str) -> None:
    assert "required" not in prop("Process", field)


def test_client_reference_is_not_a_required_process_field() -> None:
    assert "clientReference" not in schema("Process").get("required", [])


# --- 2. Names ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "operation_id"),
    [(PROCESS_PATH, "getProcess"), (SELFIE_PATH, "getSelfie"), (IDCHECK_PATH, "getIdCheckProcess")],
)
def test_operation_id(path: str, operation_id: str) -> None:
    assert operation(path)["operationId"] == operation_id


@pytest.mark.parametrize(
    ("path", "tag"), [(PROCESS_PATH, "process"), (SELFIE_PATH, "selfie"), (IDCHECK_PATH, "idunico-idcheck")]
)
def test_operation_tag(path: str, tag: str) -> None:
    assert operation(path)["tags"] == [tag]


def test_selfie_path_is_written_with_process_id() -> None:
    assert "/client/v1/process/{id}/selfie" not in _spec()["paths"]


def test_selfie_path_parameter_is_process_id() -> None:
    assert parameter(SELFIE_PATH, "processId")["in"] == "path"


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_component_schema_is_titled_with_its_name(name: str) -> None:
    assert schema(name)["title"] == name


def test_every_object_and_enum_schema_has_a_title() -> None:
    untitled = [s.get("description", s) for s in _walk_schemas(_spec()) if "title" not in s]
    assert untitled == []


def test_no_two_schemas_share_a_title() -> None:
    titles = [s["title"] for s in _walk_schemas(_spec()) if "title" in s]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize(
    ("schema_name", "field", "target"),
    [
        ("ProcessResponse", "process", "Process"),
        ("Process", "state", "ProcessState"),
        ("Process", "result", "ProcessResult"),
        ("Process", "person", "Person"),
        ("Process", "authenticationInfo", "AuthenticationInfo"),
        ("Process", "companyData", "CompanyData"),
        ("Process", "bioTokenData", "BioTokenData"),
        ("AuthenticationInfo", "authenticationResult", "AuthenticationResult"),
        ("AuthenticationInfo", "livenessResult", "LivenessResult"),
        ("AuthenticationInfo", "bioTokenEngineResult", "BioTokenEngineResult"),
        ("AuthenticationInfo", "identityFraudstersResult", "IdentityFraudstersResult"),
        ("AuthenticationInfo", "smartRevalidationResult", "SmartRevalidationResult"),
        ("AuthenticationInfo", "idAgeResult", "IdAgeResult"),
        ("AuthenticationInfo", "scoreEngineResult", "ScoreEngineResult"),
        ("AuthenticationInfo", "serproResult", "SerproResult"),
        ("AuthenticationInfo", "trustResult", "TrustResult"),
        ("AuthenticationInfo", "faceWithOtherIdResult", "FaceWithOtherIdResult"),
        ("AuthenticationInfo", "frictionlessResult", "FrictionlessResult"),
        ("AuthenticationInfo", "riskLevelResult", "RiskLevelResult"),
        ("ScoreEngineResult", "scoreEnabled", "ScoreEnabled"),
        ("ServiceDocument", "doc", "Document"),
        ("Document", "data", "DocumentData"),
        ("Selfie", "contentType", "SelfieContentType"),
        ("IdCheckProcess", "status", "IdCheckStatus"),
        ("IdCheckProcess", "liveness", "IdCheckLiveness"),
        ("IdCheckProcess", "unicoId", "UnicoId"),
        ("UnicoId", "result", "UnicoIdResult"),
        ("IdCheckErrorResponse", "Error", "IdCheckError"),
    ],
)
def test_property_references_its_named_schema(schema_name: str, field: str, target: str) -> None:
    assert schema(schema_name)["properties"][field] == {"$ref": f"#/components/schemas/{target}"}


@pytest.mark.parametrize(
    ("schema_name", "field", "target"),
    [
        ("Person", "notifications", "PersonNotification"),
        ("Process", "services", "ProcessService"),
        ("ProcessService", "documents", "ServiceDocument"),
    ],
)
def test_array_items_reference_their_named_schema(schema_name: str, field: str, target: str) -> None:
    assert schema(schema_name)["properties"][field]["items"] == {"$ref": f"#/components/schemas/{target}"}


def test_get_process_200_body_is_process_response() -> None:
    assert body_schema(PROCESS_PATH, "200") == {"$ref": "#/components/schemas/ProcessResponse"}


def test_get_selfie_200_body_is_selfie() -> None:
    assert body_schema(SELFIE_PATH, "200") == {"$ref": "#/components/schemas/Selfie"}


def test_get_id_check_process_200_body_is_id_check_process() -> None:
    assert body_schema(IDCHECK_PATH, "200") == {"$ref": "#/components/schemas/IdCheckProcess"}


def test_error_response_is_code_message_details() -> None:
    assert set(schema("ErrorResponse")["properties"]) == {"code", "message", "details"}


# --- 3. Get Process ---------------------------------------------------------------------------------------------------


def test_process_state_includes_awaiting_for_document() -> None:
    assert "AWAITING_FOR_DOCUMENT" in schema("ProcessState")["enum"]


def test_process_state_keeps_the_upstream_states() -> None:
    assert {"PROCESS_STATE_CREATED", "PROCESS_STATE_FAILED", "PROCESS_STATE_FINISHED"} <= set(
        schema("ProcessState")["enum"]
    )


def test_score_enabled_includes_unspecified() -> None:
    assert "SCORE_ENABLED_UNSPECIFIED" in schema("ScoreEnabled")["enum"]


@pytest.mark.parametrize("field", ["result", "finishedAt"])
def test_field_present_only_when_finished_stays_optional(field: str) -> None:
    assert field not in schema("Process").get("required", [])


@pytest.mark.parametrize("field", ["result", "finishedAt"])
def test_field_present_only_when_finished_says_so(field: str) -> None:
    assert "Present only when state = PROCESS_STATE_FINISHED" in prop("Process", field)["description"]


@pytest.mark.parametrize("field", ["createdAt", "finishedAt", "expiresAt"])
def test_process_timestamp_is_date_time(field: str) -> None:
    assert prop("Process", field)["format"] == "date-time"


def test_risk_score_ranges_from_minus_100_to_100() -> None:
    score = prop("ScoreEngineResult", "score")
    assert (score["minimum"], score["maximum"]) == (-100, 100)


def test_serpro_score_ranges_from_minus_2_to_100() -> None:
    score = prop("SerproResult", "score")
    assert (score["minimum"], score["maximum"]) == (-2, 100)


def test_serpro_score_description_explains_the_negative_values() -> None:
    description = prop("SerproResult", "score")["description"]
    assert "-1" in description and "no face on file" in description and "-2" in description


@pytest.mark.parametrize("path", [PROCESS_PATH, SELFIE_PATH, IDCHECK_PATH])
def test_process_id_path_parameter_is_a_uuid(path: str) -> None:
    assert parameter(path, "processId")["schema"] == {"type": "string", "format": "uuid"}


def test_process_id_is_a_uuid() -> None:
    assert prop("Process", "id")["format"] == "uuid"


def test_document_version_is_an_integer() -> None:
    assert prop("Document", "version")["type"] == "integer"


def test_country_code_is_iso_3166_alpha_2() -> None:
    country = prop("CompanyData", "countryCode")
    assert (country["pattern"], country["minLength"], country["maxLength"]) == ("^[A-Z]{2}$", 2, 2)


@pytest.mark.parametrize("field", ["trustResult", "faceWithOtherIdResult", "frictionlessResult", "riskLevelResult"])
def test_deprecated_authentication_field_is_marked_deprecated(field: str) -> None:
    assert prop("AuthenticationInfo", field)["deprecated"] is True


@pytest.mark.parametrize(
    "field", ["authenticationResult", "livenessResult", "identityFraudstersResult", "scoreEngineResult"]
)
def test_current_authentication_field_is_not_deprecated(field: str) -> None:
    assert "deprecated" not in prop("AuthenticationInfo", field)


# --- 4. OCR data ------------------------------------------------------------------------------------------------------

OCR_FIELDS = [
    "numero", "rgNumero", "cpfNumero", "nomeCivil", "nomeSocial", "filiacao", "dataNascimento", "dataHabilitacao",
    "dataExpiracao", "dataEmissao", "localEmissao", "categoria", "renachNumero", "orgaoEmissor", "ufEmissor",
    "carteiraProfissionalNumero", "certificadoMilitarNumero", "cnsNumero", "nisPisPasepNumero", "ctpsNumero",
    "ctpsSerie", "ctpsUf", "tituloEleitorNumero", "naturalidade", "nacionalidade", "nome", "sobrenome",
    "paisEmissor", "autoridade",
]  # fmt: skip


@pytest.mark.parametrize("field", OCR_FIELDS)
def test_document_data_has_ocr_field(field: str) -> None:
    assert field in schema("DocumentData")["properties"]


@pytest.mark.parametrize("field", ["dataNascimento", "dataHabilitacao", "dataExpiracao", "dataEmissao"])
def test_ocr_date_is_date_time(field: str) -> None:
    assert prop("DocumentData", field)["format"] == "date-time"


def test_filiacao_is_a_list_of_strings() -> None:
    filiacao = schema("DocumentData")["properties"]["filiacao"]
    assert (filiacao["type"], filiacao["items"]) == ("array", {"type": "string"})


def test_document_data_allows_unlisted_fields() -> None:
    assert schema("DocumentData").get("additionalProperties", True) is not False


def test_document_data_has_no_snake_case_field() -> None:
    assert [f for f in schema("DocumentData")["properties"] if "_" in f] == []


# --- 5. Errors of Get Process and Get Selfie --------------------------------------------------------------------------

ERROR_STATUSES = [(PROCESS_PATH, s) for s in ("400", "404", "500")] + [
    (SELFIE_PATH, s) for s in ("400", "403", "404", "500")
]


@pytest.mark.parametrize(("path", "status"), ERROR_STATUSES)
def test_error_body_is_error_response(path: str, status: str) -> None:
    assert body_schema(path, status) == {"$ref": "#/components/schemas/ErrorResponse"}


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_bad_request_example_is_code_3(path: str) -> None:
    assert response(path, "400")["content"]["application/json"]["example"] == {
        "code": 3,
        "message": "process id is invalid",
    }


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_unauthorized_body_is_a_json_string(path: str) -> None:
    assert body_schema(path, "401")["type"] == "string"


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_unauthorized_examples_are_the_documented_messages(path: str) -> None:
    examples = response(path, "401")["content"]["application/json"]["examples"]
    assert {e["value"] for e in examples.values()} == {"Jwt header is an invalid JSON", "Jwt is expired"}


def test_get_process_not_found_example_is_code_5() -> None:
    assert response(PROCESS_PATH, "404")["content"]["application/json"]["example"]["code"] == 5


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_too_many_requests_has_no_body(path: str) -> None:
    assert "content" not in response(path, "429")


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_too_many_requests_is_described(path: str) -> None:
    assert "Rate limit" in response(path, "429")["description"]


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_internal_error_example_is_code_99999(path: str) -> None:
    assert response(path, "500")["content"]["application/json"]["example"] == {
        "code": 99999,
        "message": "Internal failure! Try again later",
    }


def test_get_selfie_documents_forbidden() -> None:
    assert "permission" in response(SELFIE_PATH, "403")["description"]


# --- 6. Get Selfie ----------------------------------------------------------------------------------------------------


def test_selfie_file_contents_is_base64() -> None:
    assert prop("Selfie", "fileContents")["format"] == "byte"


def test_selfie_content_type_is_jpeg_or_png() -> None:
    assert schema("SelfieContentType")["enum"] == ["image/jpeg", "image/png"]


def test_selfie_not_found_covers_smart_revalidation() -> None:
    assert "Smart Revalidation" in response(SELFIE_PATH, "404")["description"]


# --- 7. IDUnico + IDCheck ---------------------------------------------------------------------------------------------


def test_id_check_requires_bearer_token_and_api_key() -> None:
    assert operation(IDCHECK_PATH)["security"] == [{"bearerAuth": [], "apiKey": []}]


def test_api_key_scheme_is_the_apikey_header() -> None:
    assert _spec()["components"]["securitySchemes"]["apiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "APIKEY",
        "description": "The API key issued for IDUnico + IDCheck.",
    }


@pytest.mark.parametrize("path", BY_UNICO_PATHS)
def test_by_unico_operation_requires_bearer_token(path: str) -> None:
    assert operation(path)["security"] == [{"bearerAuth": []}]


def test_id_check_process_fields() -> None:
    assert set(schema("IdCheckProcess")["properties"]) == {"id", "status", "unicoId", "liveness", "score"}


def test_id_check_process_id_is_a_uuid() -> None:
    id_schema = prop("IdCheckProcess", "id")
    assert (id_schema["type"], id_schema["format"]) == ("string", "uuid")


def test_id_check_status_is_integer_1_to_5() -> None:
    status = schema("IdCheckStatus")
    assert (status["type"], status["enum"]) == ("integer", [1, 2, 3, 4, 5])


def test_id_check_liveness_is_integer_1_or_2() -> None:
    liveness = schema("IdCheckLiveness")
    assert (liveness["type"], liveness["enum"]) == ("integer", [1, 2])


def test_unico_id_result_is_yes_no_inconclusive() -> None:
    assert schema("UnicoIdResult")["enum"] == ["yes", "no", "inconclusive"]


def test_id_check_score_is_an_integer() -> None:
    assert prop("IdCheckProcess", "score")["type"] == "integer"


@pytest.mark.parametrize("status", ["400", "401", "403", "404", "410"])
def test_id_check_error_body_is_id_check_error_response(status: str) -> None:
    assert body_schema(IDCHECK_PATH, status) == {"$ref": "#/components/schemas/IdCheckErrorResponse"}


def test_id_check_gone_is_for_status_5() -> None:
    assert "status 5" in response(IDCHECK_PATH, "410")["description"]


def test_id_check_error_code_is_a_string() -> None:
    assert prop("IdCheckError", "code")["type"] == "string"


def test_id_check_too_many_requests_has_no_body() -> None:
    assert "content" not in response(IDCHECK_PATH, "429")


@pytest.mark.parametrize("url", ["https://api.id.uat.unico.app", "https://api.id.unico.app"])
def test_id_check_has_its_own_described_server(url: str) -> None:
    servers = {s["url"]: s for s in _spec()["paths"][IDCHECK_PATH]["servers"]}
    assert "IDCheck" in servers[url]["description"]


# --- 8. Servers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "environment"),
    [
        ("https://api.idcloud.uat.unico.app", "UAT"),
        ("https://api.idcloud.unico.app", "Production"),
        ("https://api.cadastro.uat.unico.app", "UAT"),
        ("https://api.cadastro.unico.app", "Production"),
    ],
)
def test_top_level_server_is_described_with_its_environment(url: str, environment: str) -> None:
    servers = {s["url"]: s for s in _spec()["servers"]}
    assert servers[url]["description"].startswith(environment)


def test_top_level_servers_are_the_four_by_unico_hosts() -> None:
    assert len(_spec()["servers"]) == 4


# --- 9. Sensitive data ------------------------------------------------------------------------------------------------

SENSITIVE = [
    ("Person", "duiValue"), ("Person", "friendlyName"),
    *[("DocumentData", f) for f in (
        "numero", "rgNumero", "cpfNumero", "renachNumero", "carteiraProfissionalNumero", "certificadoMilitarNumero",
        "cnsNumero", "nisPisPasepNumero", "ctpsNumero", "ctpsSerie", "tituloEleitorNumero", "nomeCivil",
        "nomeSocial", "nome", "sobrenome", "filiacao", "dataNascimento",
    )],
    ("Selfie", "fileContents"), ("ServiceDocument", "signed_url"), ("Process", "token"),
]  # fmt: skip


@pytest.mark.parametrize(("schema_name", "field"), SENSITIVE)
def test_personal_or_secret_field_is_sensitive(schema_name: str, field: str) -> None:
    assert prop(schema_name, field)["x-sensitive"] is True


@pytest.mark.parametrize(
    ("schema_name", "field"), [("Process", "id"), ("Process", "state"), ("Document", "code"), ("Person", "duiType")]
)
def test_non_personal_field_is_not_sensitive(schema_name: str, field: str) -> None:
    assert "x-sensitive" not in prop(schema_name, field)
