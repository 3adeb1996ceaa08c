"""A run that tests nothing must fail.

Against the fake left at its default 10 requests/s, an unpaced run gets mostly 429s and every check passes: no
body was ever checked. Two things fail such a run here: schemathesis.toml does not accept 429 for valid data
(`positive_data_acceptance`), and the tally of answers (schemathesis_support.Tally, used by the pytest runs and
`make contract*`) requires MIN_OK_ANSWERS 200s per operation. The fake's clock is frozen, so its one-second window
never moves: after 10 requests everything is 429, whatever the machine's speed.
"""

from __future__ import annotations

import time
import tomllib
from collections import Counter

import pytest
import schemathesis

from unico_idcloud.testing import FakeUnico, ManualClock, generate_service_account

from .schemathesis_support import (
    CONFIG_PATH,
    MIN_OK_ANSWERS,
    OPERATIONS,
    ROOT,
    Tally,
    access_token,
    auth_headers,
    load_schema,
    run_suite,
)


@pytest.fixture
def flooded() -> tuple[FakeUnico, str]:
    fake = FakeUnico(clock=ManualClock(time.time()))  # the default 10 requests per second per tenant
    token = access_token(fake, fake.add_service_account(generate_service_account()))
    return fake, token


def _config_accepting_429() -> schemathesis.Config:
    """schemathesis.toml with schemathesis' default expected statuses for valid data (which accept 429)."""
    data = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    data["checks"].pop("positive_data_acceptance")
    for operation in data["operations"]:
        operation.get("checks", {}).pop("positive_data_acceptance", None)
    data["reports"]["junit"]["enabled"] = False
    data["phases"] = {"stateful": {"enabled": False}}  # GET sequences add time, not 200s
    return schemathesis.Config.from_dict(data, base_dir=str(ROOT))


def test_schemathesis_alone_passes_a_run_of_429s_and_the_tally_fails_it(flooded: tuple[FakeUnico, str]) -> None:
    fake, token = flooded
    result = run_suite(load_schema(app=fake, config=_config_accepting_429()), headers=auth_headers(token, fake.api_key))
    served = sum(counts[200] for counts in result.tally.counts.values())
    throttled = sum(counts[429] for counts in result.tally.counts.values())
    assert served <= 10 < throttled  # one window's budget was served, the rest refused...
    assert result.failures == {} and not result.errors  # ...and schemathesis saw nothing wrong
    problems = result.tally.problems(OPERATIONS.values())
    assert problems and all("answers were 200" in problem for problem in problems)


def test_the_committed_configuration_refuses_429_for_valid_data(flooded: tuple[FakeUnico, str]) -> None:
    fake, token = flooded
    result = run_suite(load_schema(app=fake), headers=auth_headers(token, fake.api_key), first_failure=True)
    assert "positive_data_acceptance" in result.failed_checks


def test_the_tally_needs_enough_200s_for_every_operation() -> None:
    tally = Tally()
    for _ in range(MIN_OK_ANSWERS):
        tally.record("A", 200)
    for _ in range(MIN_OK_ANSWERS - 1):
        tally.record("B", 200)
    tally.record("B", 404)
    assert tally.problems(["A"]) == []
    (problem,) = tally.problems(["A", "B"])
    assert problem.startswith(f"B: {MIN_OK_ANSWERS - 1} answers were 200") and "404: 1" in problem
    (never,) = tally.problems(["C"])
    assert "statuses seen: none" in never
    assert tally.counts["B"] == Counter({200: MIN_OK_ANSWERS - 1, 404: 1})


def test_set_process_document_needs_one_200_the_others_five() -> None:
    """One seeded process awaits a document: outside the stateful phase one 200 is all Set Process Document can get."""
    tally = Tally()
    tally.record(OPERATIONS["setProcessDocument"], 200)
    tally.record(OPERATIONS["getEvidenceSet"], 200)
    problems = tally.problems([OPERATIONS["setProcessDocument"], OPERATIONS["getEvidenceSet"]])
    assert [p.split(":")[0] for p in problems] == [OPERATIONS["getEvidenceSet"]]
    assert not Tally().problems([]) and Tally().problems([OPERATIONS["setProcessDocument"]])
