"""The change report: what changed between two specs, and which changes break users."""

from __future__ import annotations

import copy
from typing import Any

from codegen.changes import diff_specs, format_report


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "paths": {
            "/process/{id}": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Process"}}},
                        },
                        "404": {"description": "missing"},
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Process": {
                    "type": "object",
                    "properties": {
                        "state": {"type": "string", "enum": ["CREATED", "FINISHED"]},
                        "score": {"type": "number"},
                        "tags": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"name": {"type": "string"}}},
                        },
                    },
                }
            }
        },
    }


def _process(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["Process"]
    return schema


def _one_change(new: dict[str, Any]) -> tuple[str, str, bool]:
    changes = diff_specs(_spec(), new)
    assert len(changes) == 1, changes
    return changes[0].location, changes[0].what, changes[0].breaking


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(_spec(), _spec()) == []
    assert "no changes" in format_report([])


def test_added_operation_is_not_breaking_removed_is() -> None:
    new = _spec()
    new["paths"]["/selfie"] = {"get": {"responses": {}}}
    assert _one_change(new) == ("GET /selfie", "operation added", False)
    assert diff_specs(new, _spec())[0].breaking is True


def test_responses_added_and_removed() -> None:
    new = _spec()
    new["paths"]["/process/{id}"]["get"]["responses"]["429"] = {"description": "slow down"}
    assert _one_change(new) == ("GET /process/{id} 429", "response added", False)
    new = _spec()
    del new["paths"]["/process/{id}"]["get"]["responses"]["404"]
    assert _one_change(new) == ("GET /process/{id} 404", "response removed", True)


def test_properties_added_and_removed_through_refs() -> None:
    new = _spec()
    _process(new)["properties"]["flow"] = {"type": "string"}
    assert _one_change(new) == ("GET /process/{id} 200 body.flow", "property added", False)
    new = _spec()
    del _process(new)["properties"]["score"]
    assert _one_change(new) == ("GET /process/{id} 200 body.score", "property removed", True)


def test_enum_values_added_and_removed() -> None:
    new = _spec()
    _process(new)["properties"]["state"]["enum"].append("AWAITING_FOR_DOCUMENT")
    assert _one_change(new) == ("GET /process/{id} 200 body.state", "enum value 'AWAITING_FOR_DOCUMENT' added", False)
    new = _spec()
    _process(new)["properties"]["state"]["enum"].remove("CREATED")
    assert _one_change(new) == ("GET /process/{id} 200 body.state", "enum value 'CREATED' removed", True)


def test_type_and_format_changes_are_breaking() -> None:
    new = _spec()
    _process(new)["properties"]["score"]["type"] = "integer"
    assert _one_change(new) == ("GET /process/{id} 200 body.score", "type changed from number to integer", True)
    new = _spec()
    _process(new)["properties"]["tags"]["items"]["properties"]["name"]["format"] = "date-time"
    location, what, breaking = _one_change(new)
    assert (location, breaking) == ("GET /process/{id} 200 body.tags[].name", True)
    assert what == "type changed from string to string (date-time)"


def test_report_counts_breaking_changes_and_suggests_the_bump() -> None:
    minor = _spec()
    _process(minor)["properties"]["flow"] = {"type": "string"}
    assert "0 breaking; this calls for a minor version bump" in format_report(diff_specs(_spec(), minor))
    major = copy.deepcopy(minor)
    del _process(major)["properties"]["score"]
    report = format_report(diff_specs(_spec(), major))
    assert "2 change(s), 1 breaking; this calls for a major version bump" in report
    assert "BREAKING  GET /process/{id} 200 body.score: property removed" in report
