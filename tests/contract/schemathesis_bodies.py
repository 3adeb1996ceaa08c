"""Valid IDUnico + IDCheck creations for schemathesis' positive cases: a body valid against the schema can still
break rules JSON Schema cannot say (a real image of at least 640 x 480, a CPF's check digits, onboarding needs a
subject), so each positive case gets a real selfie and a valid CPF, and a subject when it has no references. The
case stays valid against the schema (tests/contract/test_schemathesis_bodies.py checks), so "valid data is
accepted" still means it. Negative cases are left exactly as generated. Importing this module registers the hook
for every run here (pytest, ``make contract``, ``make contract-sandbox``).
"""

from __future__ import annotations

import base64
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.generation import GenerationMode

from unico_idcloud.testing import jpeg_image

OPERATION_ID = "createIdcheckProcess"
SELFIE = base64.b64encode(jpeg_image(640, 480)).decode("ascii")
CPF = "73689290074"  # the docs' example CPF (valid check digits)
NAME = "Luke Skywalker"


def valid_creation(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with the values only Unico's rules constrain made valid; the rest as generated."""
    fixed = {**body, "imageBase64": SELFIE}
    subject = fixed.get("subject")
    if isinstance(subject, dict):
        fixed["subject"] = {**subject, "code": CPF}
    elif not fixed.get("references") and not fixed.get("referenceProcessId"):
        fixed["subject"] = {"code": CPF, "name": NAME}
    return fixed


@schemathesis.hook
def map_case(context: schemathesis.HookContext, case: Case) -> Case:
    operation = context.operation
    if operation is None or operation.definition.raw.get("operationId") != OPERATION_ID:
        return case
    if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
        return case
    if isinstance(case.body, dict):
        case.body = valid_creation(case.body)
    return case
