"""The change report: every rule on a synthetic pair of specs, classified for users of the generated client."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from codegen.changes import diff_specs, format_report
from tests.spec_file import load_spec

Spec = dict[str, Any]


def _spec() -> Spec:
    return {
        "openapi": "3.0.3",
        "servers": [{"url": "https://api.example"}, {"url": "https://uat.api.example"}],
        "paths": {
            "/process/{id}": {
                "get": {
                    "operationId": "getProcess",
                    "tags": ["process"],
                    "security": [{"bearer": []}],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 10}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Process"}}},
                            "headers": {"X-Request-Id": {"schema": {"type": "string"}, "required": True}},
                        },
                        "404": {"description": "missing"},
                    },
                },
                "post": {
                    "operationId": "updateProcess",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Update"}}},
                    },
                    "responses": {"204": {"description": "done"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Process": {
                    "title": "Process",
                    "type": "object",
                    "required": ["state"],
                    "properties": {
                        "state": {"$ref": "#/components/schemas/State"},
                        "score": {"type": "number", "minimum": -100, "maximum": 100},
                        "expiresAt": {"type": "string", "format": "date-time"},
                        "note": {"type": "string"},
                        "raw": {"description": "anything"},
                        "tags": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"name": {"type": "string"}}},
                        },
                        "detail": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                        "extra": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                },
                "State": {"title": "State", "type": "string", "enum": ["CREATED", "FINISHED"]},
                "Update": {
                    "type": "object",
                    "required": ["reason"],
                    "properties": {
                        "reason": {"type": "string", "maxLength": 50},
                        "comment": {"type": "string"},
                        "kind": {"type": "string", "enum": ["A", "B"]},
                        "code": {"type": "string", "pattern": "^[0-9]+$"},
                        "count": {"type": "integer", "minimum": 1},
                    },
                },
            }
        },
    }


def _get(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/process/{id}"]["get"]
    return operation


def _post(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/process/{id}"]["post"]
    return operation


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _prop(spec: Spec, name: str) -> dict[str, Any]:
    prop: dict[str, Any] = _schema(spec, "Process")["properties"][name]
    return prop


def _update(spec: Spec, name: str) -> dict[str, Any]:
    prop: dict[str, Any] = _schema(spec, "Update")["properties"][name]
    return prop


def _rename(properties: dict[str, Any], old: str, new: str) -> None:
    properties[new] = properties.pop(old)


def _header(spec: Spec) -> dict[str, Any]:
    header: dict[str, Any] = _get(spec)["responses"]["200"]["headers"]["X-Request-Id"]
    return header


def _param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in _get(spec)["parameters"] if p["name"] == name)


def _move_path(spec: Spec) -> None:
    spec["paths"]["/v2/process/{id}"] = spec["paths"].pop("/process/{id}")


R = "GET /process/{id}"
CASES: list[tuple[str, Callable[[Spec], object], set[tuple[str, str, bool]]]] = [
    # operations
    (
        "operation-added",
        lambda s: s["paths"].update({"/selfie": {"get": {"responses": {}}}}),
        {("GET /selfie", "operation added", False)},
    ),
    (
        "operation-removed",
        lambda s: s["paths"]["/process/{id}"].pop("post"),
        {("POST /process/{id}", "operation removed", True)},
    ),
    (
        "path-moved-same-operation-id",
        _move_path,
        {
            ("GET /v2/process/{id}", "path changed from /process/{id} (the function keeps its name)", False),
            ("POST /v2/process/{id}", "path changed from /process/{id} (the function keeps its name)", False),
        },
    ),
    (
        "operation-id",
        lambda s: _get(s).update(operationId="fetchProcess"),
        {(R, "operationId changed from getProcess to fetchProcess: the function is renamed", True)},
    ),
    (
        "first-tag",
        lambda s: _get(s).update(tags=["processes"]),
        {(R, "first tag changed from process to processes: the module moves", True)},
    ),
    (
        "second-tag",
        lambda s: _get(s)["tags"].append("extra"),
        {(R, "tags changed from ['process'] to ['process', 'extra']", False)},
    ),
    (
        "security-added",
        lambda s: _post(s).update(security=[{"bearer": []}]),
        {("POST /process/{id}", "now requires authentication (AuthenticatedClient)", True)},
    ),
    ("security-removed", lambda s: _get(s).pop("security"), {(R, "no longer authenticated", False)}),
    ("deprecated", lambda s: _get(s).update(deprecated=True), {(R, "deprecated", False)}),
    # responses and media types
    (
        "response-added",
        lambda s: _get(s)["responses"].update({"429": {"description": "slow"}}),
        {(f"{R} 429", "response added", False)},
    ),
    ("response-removed", lambda s: _get(s)["responses"].pop("404"), {(f"{R} 404", "response removed", True)}),
    (
        "media-type-added",
        lambda s: _get(s)["responses"]["200"]["content"].update({"application/xml": {}}),
        {(f"{R} 200 body", "media type application/xml added", False)},
    ),
    (
        "media-type-removed",
        lambda s: _get(s)["responses"]["200"].update(content={"text/plain": {"schema": {"type": "string"}}}),
        {
            (f"{R} 200 body", "media type application/json removed", True),
            (f"{R} 200 body", "media type text/plain added", False),
        },
    ),
    (
        "response-model-renamed",
        lambda s: _get(s)["responses"]["200"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/State"}
        ),
        {(f"{R} 200 body", "type changed from Process to State", True)},
    ),
    # parameters
    (
        "parameter-optional-added",
        lambda s: _get(s)["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}}),
        {(f"{R} query parameter q", "added", False)},
    ),
    (
        "parameter-required-added",
        lambda s: _get(s)["parameters"].append(
            {"name": "APIKEY", "in": "header", "required": True, "schema": {"type": "string"}}
        ),
        {(f"{R} header parameter APIKEY", "added (required)", True)},
    ),
    (
        "parameter-removed",
        lambda s: _get(s)["parameters"].pop(1),
        {(f"{R} query parameter limit", "removed (its argument goes away)", True)},
    ),
    (
        "parameter-now-required",
        lambda s: _param(s, "limit").update(required=True),
        {(f"{R} query parameter limit", "now required", True)},
    ),
    (
        "parameter-type",
        lambda s: _param(s, "id")["schema"].pop("format"),
        {(f"{R} path parameter id", "type changed from string (uuid) to string (UUID → str)", True)},
    ),
    (
        "parameter-constraint-tightened",
        lambda s: _param(s, "limit")["schema"].update(maximum=5),
        {(f"{R} query parameter limit", "maximum changed from 10 to 5", True)},
    ),
    (
        "parameter-constraint-loosened",
        lambda s: _param(s, "limit")["schema"].update(maximum=50),
        {(f"{R} query parameter limit", "maximum changed from 10 to 50", False)},
    ),
    # request bodies
    (
        "request-body-removed",
        lambda s: _post(s).pop("requestBody"),
        {("POST /process/{id} request body", "removed", True)},
    ),
    (
        "request-property-required",
        lambda s: _schema(s, "Update")["required"].append("comment"),
        {("Update.comment", "now required", True)},
    ),
    (
        "request-property-optional",
        lambda s: _schema(s, "Update").pop("required"),
        {("Update.reason", "no longer required (T → T | Unset)", False)},
    ),
    (
        "request-property-added-required",
        lambda s: (
            _schema(s, "Update")["properties"].update(flag={"type": "boolean"}),
            _schema(s, "Update")["required"].append("flag"),
        ),
        {("Update.flag", "property added (required)", True)},
    ),
    (
        "request-nullable",
        lambda s: _schema(s, "Update")["properties"]["comment"].update(nullable=True),
        {("Update.comment", "becomes nullable (T → T | None)", False)},
    ),
    (
        "request-constraint-tightened",
        lambda s: _schema(s, "Update")["properties"]["reason"].update(maxLength=20),
        {("Update.reason", "maxLength changed from 50 to 20", True)},
    ),
    (
        "request-property-added-optional",
        lambda s: _schema(s, "Update")["properties"].update(flag={"type": "boolean"}),
        {("Update.flag", "property added", False)},
    ),
    (
        "request-enum-value-removed",
        lambda s: _update(s, "kind")["enum"].remove("B"),
        {("Update.kind", "enum value 'B' removed: its member goes away", True)},
    ),
    (
        "request-enum-value-added",
        lambda s: _update(s, "kind")["enum"].append("C"),
        {("Update.kind", "enum value 'C' added (open enums already accept it)", False)},
    ),
    (
        "request-pattern-added",
        lambda s: _update(s, "reason").update(pattern="^[a-z]+$"),
        {("Update.reason", "pattern '^[a-z]+$' added", True)},
    ),
    (
        "request-pattern-changed",
        lambda s: _update(s, "code").update(pattern="^[0-9]{11}$"),
        {("Update.code", "pattern changed from '^[0-9]+$' to '^[0-9]{11}$'", True)},
    ),
    (
        "request-pattern-removed",
        lambda s: _update(s, "code").pop("pattern"),
        {("Update.code", "pattern '^[0-9]+$' removed", False)},
    ),
    (
        "request-minimum-up",
        lambda s: _update(s, "count").update(minimum=5),
        {("Update.count", "minimum changed from 1 to 5", True)},
    ),
    (
        "request-minimum-down",
        lambda s: _update(s, "count").update(minimum=0),
        {("Update.count", "minimum changed from 1 to 0", False)},
    ),
    (
        "request-max-length-removed",
        lambda s: _update(s, "reason").pop("maxLength"),
        {("Update.reason", "maxLength 50 removed", False)},
    ),
    (
        "request-property-renamed",
        lambda s: _rename(_schema(s, "Update")["properties"], "comment", "remark"),
        {("Update.comment", "renamed to remark (removed + added): code using the old name breaks", True)},
    ),
    (
        "request-required-property-renamed",
        lambda s: (
            _rename(_schema(s, "Update")["properties"], "reason", "motive"),
            _schema(s, "Update").update(required=["motive"]),
        ),
        {("Update.reason", "renamed to motive (removed + added, required): code using the old name breaks", True)},
    ),
    (
        "request-property-replaced-by-another-shape",
        lambda s: (
            _schema(s, "Update")["properties"].pop("comment"),
            _schema(s, "Update")["properties"].update(remark={"type": "integer"}),
        ),
        {("Update.comment", "property removed", True), ("Update.remark", "property added", False)},
    ),
    # response headers
    (
        "response-header-removed",
        lambda s: _get(s)["responses"]["200"].pop("headers"),
        {(f"{R} 200 header X-Request-Id", "removed (code reading it finds it missing)", True)},
    ),
    (
        "response-header-added",
        lambda s: _get(s)["responses"]["404"].update(headers={"Retry-After": {"schema": {"type": "integer"}}}),
        {(f"{R} 404 header Retry-After", "added", False)},
    ),
    (
        "response-header-no-longer-required",
        lambda s: _header(s).pop("required"),
        {(f"{R} 200 header X-Request-Id", "no longer required (may be missing)", True)},
    ),
    (
        "response-header-type",
        lambda s: _header(s)["schema"].update(type="integer"),
        {(f"{R} 200 header X-Request-Id", "type changed from string to integer (str → int)", True)},
    ),
    (
        "response-header-name-case",
        lambda s: _get(s)["responses"]["200"].update(headers={"x-request-id": _header(s)}),
        set(),
    ),
    # servers
    (
        "server-removed",
        lambda s: s["servers"].pop(1),
        {("servers", "server https://uat.api.example removed (a client configured with it loses its host)", True)},
    ),
    (
        "server-added",
        lambda s: s["servers"].append({"url": "https://eu.api.example"}),
        {("servers", "server https://eu.api.example added", False)},
    ),
    ("server-described", lambda s: s["servers"][0].update(description="Production"), set()),
    (
        "path-servers-override",
        lambda s: s["paths"]["/process/{id}"].update(servers=[{"url": "https://api.example/"}]),
        {
            (
                "/process/{id} servers",
                "server https://uat.api.example removed (a client configured with it loses its host)",
                True,
            )
        },
    ),
    (
        "operation-servers-override",
        lambda s: _post(s).update(servers=[{"url": "https://other.example"}]),
        {
            ("POST /process/{id} servers", "server https://other.example added", False),
            (
                "POST /process/{id} servers",
                "server https://api.example removed (a client configured with it loses its host)",
                True,
            ),
            (
                "POST /process/{id} servers",
                "server https://uat.api.example removed (a client configured with it loses its host)",
                True,
            ),
        },
    ),
    # response schemas
    (
        "property-added",
        lambda s: _schema(s, "Process")["properties"].update(flow={"type": "string"}),
        {("Process.flow", "property added", False)},
    ),
    (
        "property-removed",
        lambda s: _schema(s, "Process")["properties"].pop("score"),
        {("Process.score", "property removed", True)},
    ),
    (
        "response-property-renamed",
        lambda s: _rename(_schema(s, "Process")["properties"], "note", "memo"),
        {("Process.note", "renamed to memo (removed + added): code using the old name breaks", True)},
    ),
    (
        "property-no-longer-required",
        lambda s: _schema(s, "Process").pop("required"),
        {("Process.state", "no longer required (T → T | Unset)", True)},
    ),
    (
        "property-now-required",
        lambda s: _schema(s, "Process")["required"].append("note"),
        {("Process.note", "now required", False)},
    ),
    (
        "nullable",
        lambda s: _prop(s, "note").update(nullable=True),
        {("Process.note", "becomes nullable (T → T | None)", True)},
    ),
    (
        "enum-value-added",
        lambda s: _schema(s, "State")["enum"].append("AWAITING_FOR_DOCUMENT"),
        {("State", "enum value 'AWAITING_FOR_DOCUMENT' added (open enums already accept it)", False)},
    ),
    (
        "enum-value-removed",
        lambda s: _schema(s, "State")["enum"].remove("CREATED"),
        {("State", "enum value 'CREATED' removed: its member goes away", True)},
    ),
    (
        "enum-appears",
        lambda s: _prop(s, "note").update(enum=["A"]),
        {("Process.note", "becomes an enum: the plain value becomes an enum class", True)},
    ),
    (
        "type-changed",
        lambda s: _prop(s, "score").update(type="string"),
        {("Process.score", "type changed from number to string (float → str)", True)},
    ),
    (
        "type-disappears",
        lambda s: _prop(s, "expiresAt").clear(),
        {("Process.expiresAt", "type string (date-time) removed: datetime becomes Any", True)},
    ),
    (
        "type-appears",
        lambda s: _prop(s, "raw").update(type="string"),
        {("Process.raw", "type string added: Any becomes str", True)},
    ),
    (
        "format-appears",
        lambda s: s["components"]["schemas"]["Process"]["properties"]["tags"]["items"]["properties"]["name"].update(
            format="date-time"
        ),
        {("Process.tags[].name", "type changed from string to string (date-time) (str → datetime)", True)},
    ),
    (
        "format-same-python-type",
        lambda s: _prop(s, "note").update(format="email"),
        {("Process.note", "type changed from string to string (email) (still str)", False)},
    ),
    (
        "response-constraint",
        lambda s: _prop(s, "score").update(maximum=200),
        {("Process.score", "maximum changed from 100 to 200", False)},
    ),
    (
        "response-pattern",
        lambda s: _prop(s, "note").update(pattern="^[A-Z]+$"),
        {("Process.note", "pattern '^[A-Z]+$' added", False)},
    ),
    (
        "one-of-member-added",
        lambda s: _prop(s, "detail")["oneOf"].append({"type": "boolean"}),
        {("Process.detail", "oneOf: 1 member(s) added", True)},
    ),
    (
        "one-of-member-changed",
        lambda s: _prop(s, "detail")["oneOf"][1].update(type="number"),
        {("Process.detail oneOf[1]", "type changed from integer to number (int → float)", True)},
    ),
    (
        "all-of-appears",
        lambda s: _prop(s, "note").update(allOf=[{"$ref": "#/components/schemas/State"}]),
        {("Process.note", "allOf added: the type changes", True)},
    ),
    (
        "additional-properties-closed",
        lambda s: _schema(s, "Process").update(additionalProperties=False),
        {("Process", "additionalProperties: false (additional_properties goes away)", True)},
    ),
    (
        "additional-properties-type",
        lambda s: _prop(s, "extra")["additionalProperties"].update(type="integer"),
        {("Process.extra.*", "type changed from string to integer (str → int)", True)},
    ),
    (
        "title-renames-class",
        lambda s: _schema(s, "State").update(title="ProcessState"),
        {("State", "title changed from State to ProcessState: the generated class is renamed", True)},
    ),
    (
        "schema-removed",
        lambda s: s["components"]["schemas"].pop("Update"),
        {("Update", "schema removed (its generated class goes away)", True)},
    ),
    (
        "property-deprecated",
        lambda s: _prop(s, "note").update(deprecated=True),
        {("Process.note", "deprecated", False)},
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_rule_on_a_synthetic_pair(mutate: Callable[[Spec], object], expected: set[tuple[str, str, bool]]) -> None:
    new = _spec()
    mutate(new)
    assert {(c.location, c.what, c.breaking) for c in diff_specs(_spec(), new)} == expected


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(_spec(), _spec()) == []
    assert format_report([], baseline="the committed spec") == (
        "Change report against the committed spec: no change to the generated client's API."
    )


def test_descriptions_and_examples_are_not_api_changes() -> None:
    new = _spec()
    _prop(new, "note").update(description="changed", example="x")
    _get(new)["summary"] = "changed"
    assert diff_specs(_spec(), new) == []


def test_a_removed_operation_is_breaking_and_added_back_is_not() -> None:
    smaller = _spec()
    del smaller["paths"]["/process/{id}"]["post"]
    assert [c.breaking for c in diff_specs(smaller, _spec())] == [False]


def test_report_counts_breaking_changes_and_suggests_the_bump() -> None:
    minor = _spec()
    _schema(minor, "Process")["properties"]["flow"] = {"type": "string"}
    assert "0 breaking for users of this Python client; this calls for a minor version bump" in format_report(
        diff_specs(_spec(), minor)
    )
    major = copy.deepcopy(minor)
    del _schema(major, "Process")["properties"]["score"]
    report = format_report(diff_specs(_spec(), major), baseline="git HEAD")
    assert report.startswith("Change report against git HEAD: 2 change(s), 1 breaking")
    assert "this calls for a major version bump" in report
    assert "BREAKING  Process.score: property removed" in report


# --- the rules on the project's own request bodies (reached through $ref chains from the write operations) ---------


def _real(mutate: Callable[[Spec], object]) -> set[tuple[str, str, bool]]:
    new = load_spec()
    mutate(new)
    return {(c.location, c.what, c.breaking) for c in diff_specs(load_spec(), new)}


def _real_schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda s: _real_schema(s, "CreateProcessPerson")["required"].append("email"),
            {("CreateProcessPerson.email", "now required", True)},
        ),
        (
            lambda s: _real_schema(s, "CreateProcessRequest")["properties"].update(locale={"type": "string"}),
            {("CreateProcessRequest.locale", "property added", False)},
        ),
        (
            lambda s: _real_schema(s, "ProcessFlow")["enum"].remove("idsmart"),
            {("ProcessFlow", "enum value 'idsmart' removed: its member goes away", True)},
        ),
        (
            lambda s: _real_schema(s, "CreateProcessPerson")["properties"]["friendlyName"].update(maxLength=40),
            {("CreateProcessPerson.friendlyName", "maxLength changed from 50 to 40", True)},
        ),
        (
            lambda s: _real_schema(s, "IdCheckSubject")["properties"]["phone"].update(pattern="^[0-9]{13}$"),
            {("IdCheckSubject.phone", "pattern '^[0-9]{13}$' added", True)},
        ),
        (
            lambda s: _real_schema(s, "CreatedProcess")["properties"]["token"].update(maxLength=10),
            {("CreatedProcess.token", "maxLength 10 added", False)},  # a response: information for readers
        ),
    ],
    ids=["required-entry", "optional-property", "enum-value-removed", "max-length-down", "pattern-added", "response"],
)
def test_the_rules_on_the_projects_request_models(
    mutate: Callable[[Spec], object], expected: set[tuple[str, str, bool]]
) -> None:
    assert _real(mutate) == expected
