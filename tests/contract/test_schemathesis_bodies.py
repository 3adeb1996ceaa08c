"""The valid-creation hook (schemathesis_bodies.py) keeps positive cases valid against the schema, and leaves
negative ones as generated: otherwise "valid data is accepted" would test bodies the spec does not describe."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from schemathesis import Case
from schemathesis.generation import GenerationMode

from unico_idcloud.testing import _spec as fake_spec

from .schemathesis_bodies import CPF, SELFIE, valid_creation
from .schemathesis_support import load_schema

OPERATION = load_schema()["/processes/v1"]["POST"]
VALIDATOR = fake_spec.request_validator("CreateIdCheckProcessRequest")
SETTINGS = settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@given(case=OPERATION.as_strategy(generation_mode=GenerationMode.POSITIVE))
@SETTINGS
def test_positive_cases_stay_valid_and_get_a_selfie_and_a_cpf(case: Case) -> None:
    body: Any = case.body
    assert not list(VALIDATOR.iter_errors(body))
    assert body["imageBase64"] == SELFIE
    assert body.get("subject", {}).get("code", CPF) == CPF
    assert "subject" in body or body.get("references") or body.get("referenceProcessId")


@given(case=OPERATION.as_strategy(generation_mode=GenerationMode.NEGATIVE))
@SETTINGS
def test_negative_cases_are_left_as_generated(case: Case) -> None:
    body: Any = case.body
    if isinstance(body, dict):
        assert body.get("imageBase64") != SELFIE


def test_valid_creation_adds_a_subject_only_without_references() -> None:
    transactional = {
        "imageBase64": "x",
        "references": [{"referenceType": "REFERENCE_TYPE_PROCESS_ID", "referenceContent": "p"}],
    }
    assert "subject" not in valid_creation(transactional)
    assert valid_creation({"imageBase64": "x"})["subject"]["code"] == CPF
    assert valid_creation({"imageBase64": "x", "subject": {"code": "1", "name": "N", "gender": "F"}})["subject"] == {
        "code": CPF,
        "name": "N",
        "gender": "F",
    }
