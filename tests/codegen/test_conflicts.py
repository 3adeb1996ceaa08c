"""Overlay actions whose effect no longer fits their target, on small documents and on the project itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.conflicts import find_conflicts
from codegen.overlay import OverlayReport, apply_overlay
from codegen.pipeline import Layout, build_spec


def _conflicts(document: dict[str, Any], update: dict[str, Any], baseline: dict[str, Any] | None = None) -> list[str]:
    report = OverlayReport()
    overlay = {"actions": [{"target": "$.components.schemas.S", "update": update, "description": "d"}]}
    apply_overlay(document, overlay, file="04-x.overlay.yaml", report=report)
    return [str(c) for c in find_conflicts(document, report.effects, baseline)]


def _doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": {"S": schema}}}


@pytest.mark.parametrize(
    ("schema", "update", "problem"),
    [
        (
            {"type": "string"},
            {"minimum": -100, "maximum": 100},
            "adds maximum, minimum (for number or integer) to a schema of type string",
        ),
        ({"type": "integer"}, {"maxLength": 2}, "adds maxLength (for string) to a schema of type integer"),
        ({"description": "untyped"}, {"minItems": 1}, "adds minItems (for array) to a schema of type (none)"),
        ({"type": "integer"}, {"format": "date-time"}, "sets format date-time on a schema of type integer"),
        ({"type": "string"}, {"format": "int64"}, "sets format int64 on a schema of type string"),
        (
            {"type": "string", "enum": ["RESULT_OK", "RESULT_ERROR"]},
            {"description": "RESULT_OK, RESULT_ERROR or RESULT_EXPIRED; see STATE_FINISHED."},
            "its description names enum value(s) RESULT_EXPIRED that the enum no longer lists",
        ),
    ],
    ids=[
        "numeric-on-string",
        "string-on-integer",
        "array-on-untyped",
        "date-time-on-integer",
        "int64-on-string",
        "enum",
    ],
)
def test_an_effect_that_no_longer_fits_is_named(schema: dict[str, Any], update: dict[str, Any], problem: str) -> None:
    assert _conflicts(_doc(schema), update) == [
        f"04-x.overlay.yaml action #1 (d): {problem} (at /components/schemas/S)"
    ]


@pytest.mark.parametrize(
    ("schema", "update"),
    [
        ({"type": "number"}, {"minimum": -2, "maximum": 100}),
        ({"type": "string"}, {"format": "uuid", "pattern": "^[A-Z]{2}$"}),
        ({"type": "string"}, {"format": "x-vendor-format"}),  # formats OpenAPI does not define are not judged
        ({"type": "string", "enum": ["A_B", "A_C"]}, {"description": "A_B or A_C (see OTHER_THING)"}),
        ({"type": "string", "enum": ["CREATED", "AWAITING_FOR_DOCUMENT"]}, {"description": "not PROCESS_STATE_X"}),
    ],
    ids=["numeric-on-number", "string-keywords-on-string", "unknown-format", "listed-values", "no-common-prefix"],
)
def test_an_effect_that_fits_is_not_a_conflict(schema: dict[str, Any], update: dict[str, Any]) -> None:
    assert _conflicts(_doc(schema), update) == []


def test_a_value_the_baseline_listed_and_the_description_still_names_is_named_without_a_prefix() -> None:
    baseline = _doc({"type": "string", "enum": ["CREATED", "WAITING", "GONE"]})
    found = _conflicts(
        _doc({"type": "string", "enum": ["CREATED", "WAITING"]}), {"description": "CREATED, WAITING or GONE"}, baseline
    )
    assert [c.split(": ", 1)[1] for c in found] == [
        "its description names enum value(s) GONE that the enum no longer lists (at /components/schemas/S)"
    ]


def test_a_later_action_that_fixes_the_type_clears_the_conflict() -> None:
    document = _doc({"type": "string"})
    report = OverlayReport()
    overlay = {
        "actions": [
            {"target": "$.components.schemas.S", "update": {"maximum": 5}, "description": "range"},
            {"target": "$.components.schemas.S", "update": {"type": "integer"}, "description": "type"},
        ]
    }
    apply_overlay(document, overlay, file="f", report=report)
    assert find_conflicts(document, report.effects) == []


def test_the_project_overlays_have_no_conflict_and_nothing_redundant(repo_root: Path) -> None:
    built = build_spec(Layout(repo_root))
    assert built.conflicts == []
    assert built.overlays.redundant == []
