"""schemathesis' stateful phase against the fake, in-process: it creates processes and follows the spec's OpenAPI
links from the creation's ``process.id`` to Get Process, Get Selfie, Get Evidence Set and Set Process Document, and
from the IDCheck creation's ``id`` to IDCheck Get Process,
every check of schemathesis.toml on every step (the same phase `make contract` runs, over HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case, GenerationMode, Response

from unico_idcloud.testing import FakeUnico, ServiceAccount

from .schemathesis_support import access_token, auth_headers
from .test_schemathesis_fake import ASGI_SCHEMA, RUNNING

LINK_TARGETS = ("getProcess", "getSelfie", "getEvidenceSet", "setProcessDocument")
IDCHECK_PAIR = ("createIdcheckProcess", "getIdCheckProcess")


@pytest.fixture
def stateful_fake(key_material: ServiceAccount) -> Iterator[tuple[FakeUnico, dict[str, str]]]:
    fake = FakeUnico(rate_limit=None)
    headers = auth_headers(access_token(fake, fake.add_service_account(key_material)), fake.api_key)
    RUNNING.fake = fake
    yield fake, headers
    RUNNING.fake = None


def test_the_stateful_phase_walks_from_creation_to_every_linked_operation(
    stateful_fake: tuple[FakeUnico, dict[str, str]],
) -> None:
    fake, headers = stateful_fake
    calls: list[tuple[str, str | None, int]] = []
    awaiting: set[str] = set()  # created without a person: awaiting a document
    first_valid_set: dict[str, int] = {}  # the status of the first valid Set Process Document on each

    # The by Unico operations only: the IDCheck pair has its own walk below (sharing the steps, neither got enough).
    class Machine(ASGI_SCHEMA.exclude(operation_id=list(IDCHECK_PAIR)).as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"headers": headers}

        def after_call(self, response: Response, case: Case) -> None:
            super().after_call(response, case)
            operation = case.operation.definition.raw["operationId"]
            process_id = (case.path_parameters or {}).get("processId")
            calls.append((operation, process_id, response.status_code))
            sent = case.body if isinstance(case.body, dict) else {}
            if operation == "createProcess" and response.status_code == 200 and "person" not in sent:
                awaiting.add(response.json()["process"]["id"])
            valid = case.meta is not None and case.meta.generation.mode is GenerationMode.POSITIVE
            if operation == "setProcessDocument" and valid and process_id in awaiting:
                first_valid_set.setdefault(process_id, response.status_code)

    Machine.run(
        settings=settings(
            max_examples=25,
            stateful_step_count=5,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    created = set(fake.created_processes)
    assert len(created) >= 3, calls
    for target in LINK_TARGETS:
        linked = [status for operation, pid, status in calls if operation == target and pid in created]
        assert linked, f"no {target} call took a created process's id: the link was not walked"
    # A process created without a document takes the first valid one it is sent (then it is set, for good).
    assert first_valid_set and set(first_valid_set.values()) == {200}, (first_valid_set, calls)


def test_the_stateful_phase_walks_from_the_idcheck_creation_to_its_get(
    stateful_fake: tuple[FakeUnico, dict[str, str]],
) -> None:
    fake, headers = stateful_fake
    calls: list[tuple[str, str | None, int]] = []
    others = [
        op.ok().definition.raw["operationId"]
        for op in ASGI_SCHEMA.get_all_operations()
        if op.ok().definition.raw["operationId"] not in IDCHECK_PAIR
    ]

    class Machine(ASGI_SCHEMA.exclude(operation_id=others).as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"headers": headers}

        def after_call(self, response: Response, case: Case) -> None:
            super().after_call(response, case)
            process_id = (case.path_parameters or {}).get("processId")
            calls.append((case.operation.definition.raw["operationId"], process_id, response.status_code))

    Machine.run(
        settings=settings(
            max_examples=10,
            stateful_step_count=4,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    created = set(fake.created_idcheck_processes)
    assert created, calls
    linked = [status for operation, pid, status in calls if operation == "getIdCheckProcess" and pid in created]
    assert linked and set(linked) == {200}, calls  # a created process is read back (status 1 until it finishes)
