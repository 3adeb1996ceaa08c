"""A suite that passes a broken server is worthless: each mutant of the fake has one defect, and the schemathesis
suite (the engine behind `schemathesis run`, with schemathesis.toml) must fail on it, through the check meant to
catch that defect. The unchanged fake passes the same suite (test_schemathesis_fake.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from unico_idcloud.testing import FakeUnico, ServiceAccount

from ._spec_check import SpecCheck
from .schemathesis_support import OPERATIONS, access_token, auth_headers, load_schema, run_suite

Headers = list[tuple[bytes, bytes]]
Answer = tuple[int, Headers, bytes]


def _pattern(operation: str) -> re.Pattern[str]:
    template = OPERATIONS[operation].split(" ", 1)[1]
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


@dataclass
class Mutant:
    """The fake, except for one operation: its requests go through ``request`` and its answers through ``answer``."""

    fake: FakeUnico
    operation: str
    request: Callable[[Headers], Headers] = lambda headers: headers
    answer: Callable[[Answer], Answer] = lambda answer: answer

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not _pattern(self.operation).match(scope["path"]):
            await self.fake(scope, receive, send)
            return
        scope = {**scope, "headers": self.request(list(scope["headers"]))}
        sent: list[Any] = []

        async def capture(message: Any) -> None:
            sent.append(message)

        await self.fake(scope, receive, capture)
        start = next(m for m in sent if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        status, headers, body = self.answer((start["status"], list(start.get("headers", [])), body))
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})


def _with_header(name: bytes, value: bytes, *, only_if_sent: bool = False) -> Callable[[Headers], Headers]:
    def rewrite(headers: Headers) -> Headers:
        if only_if_sent and not any(k.lower() == name for k, _ in headers):
            return headers
        return [(k, v) for k, v in headers if k.lower() != name] + [(name, value)]

    return rewrite


def _json_body(status: int, change: Callable[[Any], Any]) -> Callable[[Answer], Answer]:
    def rewrite(answer: Answer) -> Answer:
        code, headers, body = answer
        if code != status:
            return answer
        return code, headers, json.dumps(change(json.loads(body))).encode()

    return rewrite


def _status(old: int, new: int) -> Callable[[Answer], Answer]:
    return lambda answer: (new, answer[1], answer[2]) if answer[0] == old else answer


def _answer(old: int, new: int, body: Any) -> Callable[[Answer], Answer]:
    return lambda answer: (new, answer[1], json.dumps(body).encode()) if answer[0] == old else answer


CREATED = {"process": {"id": "00000000-0000-4000-8000-0000000000aa"}}


@pytest.fixture
def mutant_fake() -> FakeUnico:
    return FakeUnico(rate_limit=None)


@pytest.fixture
def token(mutant_fake: FakeUnico, key_material: ServiceAccount) -> str:
    return access_token(mutant_fake, mutant_fake.add_service_account(key_material))


def _mutants(fake: FakeUnico, token: str) -> dict[str, tuple[Mutant, str]]:
    """name -> (the mutant, the check that must catch it)."""
    valid_auth = f"Bearer {token}".encode()
    return {
        "Get Selfie ignores the access token": (
            Mutant(fake, "getSelfie", request=_with_header(b"authorization", valid_auth)),
            "ignored_auth",
        ),
        "IDCheck accepts any APIKEY with a valid token": (
            Mutant(
                fake, "getIdCheckProcess", request=_with_header(b"apikey", fake.api_key.encode(), only_if_sent=True)
            ),
            "api_key_enforced",
        ),
        "IDCheck sends status as a string": (
            Mutant(
                fake, "getIdCheckProcess", answer=_json_body(200, lambda body: {**body, "status": str(body["status"])})
            ),
            "response_schema_conformance",
        ),
        "Get Process answers an invalid id with 422": (
            Mutant(fake, "getProcess", answer=_status(400, 422)),
            "status_code_conformance",
        ),
        "Get Process 404 body without code and message": (
            Mutant(fake, "getProcess", answer=_json_body(404, lambda body: {"error": "not found"})),
            "response_schema_conformance",
        ),
        "Create Process refuses valid bodies for a reason no documented rule gives": (
            Mutant(fake, "createProcess", answer=_answer(200, 400, {"code": 3, "message": "invalid flow"})),
            "writes_refuse_valid_bodies_only_for_documented_rules",
        ),
        "Create Process creates from invalid bodies": (
            Mutant(fake, "createProcess", answer=_answer(400, 200, CREATED)),
            "negative_data_rejection",
        ),
        "Create Process answers a refused body with 500": (
            Mutant(fake, "createProcess", answer=_status(400, 500)),
            "not_a_server_error",
        ),
        "Set Process Document answers 404, which the spec does not document": (
            Mutant(fake, "setProcessDocument", answer=_status(400, 404)),
            "status_code_conformance",
        ),
    }


MUTANTS = list(_mutants(FakeUnico(seed=False), "t"))


@pytest.mark.parametrize("name", MUTANTS)
def test_the_suite_fails_on_the_mutant(mutant_fake: FakeUnico, token: str, spec_check: SpecCheck, name: str) -> None:
    mutant, check = _mutants(mutant_fake, token)[name]
    schema = load_schema(app=mutant).include(operation_id=mutant.operation)
    with spec_check.off_spec(f"mutant: {name}"):
        result = run_suite(schema, headers=auth_headers(token, mutant_fake.api_key), first_failure=True)
    assert not result.errors
    assert check in result.failures.get(OPERATIONS[mutant.operation], set()), result.failures
