"""What every schemathesis run here shares: the committed configuration (schemathesis.toml), the spec as
schemathesis loads it, a real access token, and the tally that fails a run in which too few answers had a body
worth checking (with only 404s and 429s, every check passes and nothing was tested)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.schemas import BaseSchema

from tests.spec_file import SPEC_PATH, load_spec
from unico_idcloud import Environment, IDCloud
from unico_idcloud.testing import FakeUnico, ServiceAccount

from . import (
    schemathesis_bodies,  # noqa: F401  (registers the valid-creation hook for every run)
    schemathesis_checks,  # noqa: F401  (registers api_key_enforced for every run)
)

ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = ROOT / "schemathesis.toml"

# Each operation must have answered at least this many 200s (a body schemathesis checked against its schema),
# or the run fails. The seeded ids make most positive cases hit a process, so a sound run has dozens.
MIN_OK_ANSWERS = 5
OPERATIONS = {
    "getProcess": "GET /client/v1/process/{processId}",
    "getSelfie": "GET /client/v1/process/{processId}/selfie",
    "getIdCheckProcess": "GET /processes/v1/{processId}",
    "createProcess": "POST /client/v1/process",
    "setProcessDocument": "POST /client/v1/process/{processId}/document",
    "getEvidenceSet": "GET /client/v1/process/{processId}/evidenceset",
    "createIdcheckProcess": "POST /processes/v1",
}
# A document is set once: outside the stateful phase (which sets those of the processes it creates), a run has one
# process awaiting a document to set, so one 200 is all it can get (schemathesis.toml, "awaiting-process-ids").
MIN_OK_ANSWERS_FOR = {OPERATIONS["setProcessDocument"]: 1}


def load_config(*, reports: bool = False) -> schemathesis.Config:
    """schemathesis.toml. Its JUnit report is written by ``make contract`` (the CLI); in pytest, schemathesis 4.32.5
    imports allure_commons for any report it writes, so the pytest runs leave reports to pytest (--junitxml)."""
    config = schemathesis.Config.from_path(CONFIG_PATH)
    if not reports:
        config.reports.junit.enabled = False
    return config


def load_schema(*, app: Any = None, config: schemathesis.Config | None = None) -> BaseSchema:
    """spec/openapi.json as schemathesis tests it, under schemathesis.toml; ``app``: call this ASGI app in-process."""
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config or load_config())
    if app is not None:
        schema.app = app
    return schema


def tested_operation_ids(schema: BaseSchema | None = None) -> frozenset[str]:
    """The operation ids of the spec that every contract run tests (and so the fake must serve)."""
    schema = schema if schema is not None else load_schema()
    return frozenset(op.ok().definition.raw["operationId"] for op in schema.get_all_operations())


# Until the fake implements the writes: the spec's operations schemathesis.toml turns off for every contract run
# (its "until the fake implements the writes" entry, the one place they are excluded), derived from it here.
PENDING_OPERATIONS = (
    frozenset(
        op["operationId"]
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    )
    - tested_operation_ids()
)


def fake_environment(fake: FakeUnico, base_url: str) -> Environment:
    """Every API and the token endpoint at ``base_url``, with the audience ``fake`` expects in assertions."""
    return Environment(
        api_url=base_url, idcheck_url=base_url, token_url=f"{base_url}/oauth2/token", audience=fake.token_host
    )


def access_token(fake: FakeUnico, account: ServiceAccount, base_url: str | None = None) -> str:
    """A real token: the runtime signs an assertion for ``account`` and exchanges it at the fake's token endpoint
    (in-process, or over HTTP at ``base_url``), as ``make contract-sandbox`` does with Unico's."""
    if base_url is None:
        client = IDCloud(account, transport=fake.transport(), rate_limit=None)
    else:
        client = IDCloud(account, environment=fake_environment(fake, base_url), rate_limit=None)
    with client:
        return client.access_token().value


def auth_headers(token: str, api_key: str) -> dict[str, str]:
    """Both credentials on every request: IDUnico + IDCheck needs the APIKEY as well; by Unico ignores it."""
    return {"Authorization": f"Bearer {token}", "APIKEY": api_key}


@dataclass
class Tally:
    """How many answers of each status every operation got. Thread-safe (the CLI may run workers)."""

    counts: dict[str, Counter[int]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, operation: str, status: int) -> None:
        with self._lock:
            self.counts.setdefault(operation, Counter())[status] += 1

    def record_scenario(self, recorder: ScenarioRecorder) -> None:
        """Every answer of one engine scenario (``events.ScenarioFinished.recorder``), probes included."""
        for case_id, interaction in recorder.interactions.items():
            node = recorder.cases.get(case_id)
            if node is not None and interaction.response is not None:
                self.record(node.value.operation.label, interaction.response.status_code)

    def ok(self, operation: str) -> int:
        with self._lock:
            return self.counts.get(operation, Counter())[200]

    def problems(self, operations: Iterable[str], minimum: int = MIN_OK_ANSWERS) -> list[str]:
        """Why the run tested too little: each operation with fewer than ``minimum`` 200s."""
        found = []
        for operation in operations:
            with self._lock:
                seen = dict(sorted(self.counts.get(operation, Counter()).items()))
            needed = min(minimum, MIN_OK_ANSWERS_FOR.get(operation, minimum))
            if seen.get(200, 0) < needed:
                found.append(
                    f"{operation}: {seen.get(200, 0)} answers were 200 (at least {needed} needed to have checked "
                    f"any body); statuses seen: {seen or 'none'}"
                )
        return found

    def table(self) -> str:
        with self._lock:
            rows = {op: dict(sorted(c.items())) for op, c in sorted(self.counts.items())}
        return "\n".join(f"  {op}: {statuses}" for op, statuses in rows.items())


@dataclass
class SuiteResult:
    """What one engine run found: failing checks per operation, errors, and the tally of answers."""

    failures: dict[str, set[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    @property
    def failed_checks(self) -> set[str]:
        return {check for checks in self.failures.values() for check in checks}


def run_suite(
    schema: BaseSchema, *, headers: dict[str, str], base_url: str | None = None, first_failure: bool = False
) -> SuiteResult:
    """The engine behind ``schemathesis run`` (every phase, every check of schemathesis.toml) over ``schema``.

    ``first_failure``: stop at the first failure, unshrunk (a test that only needs to know the run fails)."""
    schema.config.update(headers=headers, base_url=base_url)
    if first_failure:
        schema.config.max_failures = 1
        schema.config.generation.update(no_shrink=True)
    result = SuiteResult()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            result.tally.record_scenario(event.recorder)
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.status == Status.FAILURE:
                        result.failures.setdefault(event.recorder.label, set()).add(check.name)
        elif isinstance(event, events.NonFatalError | events.FatalError):
            result.errors.append(repr(getattr(event, "value", None) or getattr(event, "exception", None)))
    return result
