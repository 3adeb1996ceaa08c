"""The generated `from_dict` gives what the schema-driven reference parse gives
(tests/generated_client/reference_parse.py).

Every example body in tests/fixtures/, then a few thousand mutations of them (a value swapped for one of another
JSON type, a null, a key deleted, an unknown key added, an enum value the spec does not list), each parsed both
ways: the same model (attrs equality, `additional_properties` included), or the same failure (the same exception
class). Mutations come from a seeded `random.Random`, so every run checks the same bodies; a failure prints the
seed's case number and the mutated path, never the body (the fixtures hold the docs' fake personal data, but a
mutated body is still a body).
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import unico_idcloud_client.models as models

from . import reference_parse

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# fixture file -> the component its body follows (401 bodies are JSON strings, checked at the endpoint level).
BODIES = {
    **{path.name: "ProcessResponse" for path in FIXTURES.glob("get-process.*.json") if "error" not in path.name},
    "get-process.error-400.json": "ErrorResponse",
    "get-process.error-404.json": "ErrorResponse",
    "get-process.error-500.json": "ErrorResponse",
    "get-selfie.developer-portal.json": "Selfie",
    "idcheck.get-process.json": "IdCheckProcess",
    "idcheck.error.json": "IdCheckErrorResponse",
}
SEED = 21
MUTATED_PER_FIXTURE = 300
# What a value is swapped for: every JSON type, the formats' edge cases, ints beyond 64 bits, bool-for-int.
REPLACEMENTS: list[Any] = [
    None, True, False, 0, 1, -7, 2**70, 1.5, -0.0, 1e300, "", "x", "PROCESS_STATE_FINISHED", "NOT_A_LISTED_VALUE",
    "5b7e3c1a-0d5f-4a3e-9a43-9f0c1f3b8e21", "5B7E3C1A0D5F4A3E9A439F0C1F3B8E21", "not-a-uuid",
    "2024-01-01T10:00:00Z", "2024-01-01", "yesterday", [], ["a"], [1, 2], [{}], {}, {"k": "v"}, {"code": 1},
]  # fmt: skip
FAILURES = (TypeError, ValueError, KeyError)


def _outcome(parse: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "model", parse()
    except FAILURES as exc:
        return "fails", type(exc)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key or index path into ``value`` (the root excluded)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, child in items:
        yield (*prefix, key)
        yield from _paths(child, (*prefix, key))


def _replacement(rng: random.Random) -> Any:
    return copy.deepcopy(rng.choice(REPLACEMENTS))  # a fresh list or dict each time: a shared one could cycle


def _mutate(body: Any, rng: random.Random) -> tuple[Any, list[str]]:
    """A copy of ``body`` with one to three mutations, and what each one did (paths and kinds, no values)."""
    body = json.loads(json.dumps(body))
    done: list[str] = []
    for _ in range(rng.randint(1, 3)):
        paths = list(_paths(body))
        if not paths:
            break
        path = rng.choice(paths)
        parent = body
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        kind = rng.choice(["replace", "replace", "replace", "null", "delete", "extra"])
        if kind == "replace":
            parent[last] = _replacement(rng)
        elif kind == "null":
            parent[last] = None
        elif kind == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[rng.choice(["unknownKey", "id", "state", "code", "x-extra"]) + str(rng.randint(0, 3))] = (
                _replacement(rng)
            )
        else:
            parent.append(_replacement(rng))
        done.append(f"{kind} at {'/'.join(map(str, path))}")
    return body, done


def _check(schema: str, body: Any, what: str) -> str:
    snapshot = json.dumps(body)
    generated = _outcome(lambda: getattr(models, schema).from_dict(body))
    reference = _outcome(lambda: reference_parse.parse(schema, body))
    assert generated == reference, what
    assert json.dumps(body) == snapshot, f"{what}: from_dict changed its input"
    return generated[0]


@pytest.mark.parametrize("fixture", sorted(BODIES))
def test_every_fixture_parses_to_the_reference_model(fixture: str) -> None:
    body = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    assert _check(BODIES[fixture], body, fixture) == "model"


@pytest.mark.parametrize("fixture", sorted(BODIES))
def test_mutated_bodies_parse_or_fail_as_the_reference_does(fixture: str) -> None:
    original = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    rng = random.Random(f"{SEED}:{fixture}")
    outcomes = {"model": 0, "fails": 0}
    for case in range(MUTATED_PER_FIXTURE):
        body, done = _mutate(original, rng)
        outcomes[_check(BODIES[fixture], body, f"{fixture} case {case}: {'; '.join(done)}")] += 1
    # The mutations reach both sides of the rule: some bodies still parse, some do not.
    assert outcomes["model"] > 0 and outcomes["fails"] > 0, outcomes
