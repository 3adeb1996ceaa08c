"""Where the typed parse of the portal's example goes, model by model: ``python -m benchmarks.parse_profile``.

Not a ``make bench`` row (no target): the figures behind *What remains in the parse* in BENCHMARKS.md. Each
model's ``from_dict`` is timed on its own part of the body (``json.loads`` of the whole body alongside, rounds
interleaved, the minimum of many short rounds, as other jobs on the machine only ever add time); a model's *self*
figure is its time minus that of the models it contains.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any

from unico_idcloud_client.models import (
    AuthenticationInfo,
    BioTokenData,
    CompanyData,
    Document,
    DocumentData,
    Person,
    PersonNotification,
    Process,
    ProcessResponse,
    ProcessService,
    ScoreEngineResult,
    SerproResult,
    ServiceDocument,
)

from .parse import BODY

ROUNDS = 300
PER_ROUND = 50


def _parts(body: Any) -> dict[str, tuple[Callable[[Any], object], Any, list[str]]]:
    """name -> (parser, its part of the body, the names of the models it contains)."""
    process = body["process"]
    service = process["services"][0]
    document = service["documents"][0]
    info = process["authenticationInfo"]
    return {
        "ProcessResponse": (ProcessResponse.from_dict, body, ["Process"]),
        "Process": (
            Process.from_dict,
            process,
            ["Person", "AuthenticationInfo", "CompanyData", "BioTokenData", "ProcessService"],
        ),
        "Person": (Person.from_dict, process["person"], ["PersonNotification"]),
        "PersonNotification": (PersonNotification.from_dict, process["person"]["notifications"][0], []),
        "AuthenticationInfo": (AuthenticationInfo.from_dict, info, ["ScoreEngineResult", "SerproResult"]),
        "ScoreEngineResult": (ScoreEngineResult.from_dict, info["scoreEngineResult"], []),
        "SerproResult": (SerproResult.from_dict, info["serproResult"], []),
        "CompanyData": (CompanyData.from_dict, process["companyData"], []),
        "BioTokenData": (BioTokenData.from_dict, process["bioTokenData"], []),
        "ProcessService": (ProcessService.from_dict, service, ["ServiceDocument"]),
        "ServiceDocument": (ServiceDocument.from_dict, document, ["Document"]),
        "Document": (Document.from_dict, document["doc"], ["DocumentData"]),
        "DocumentData": (DocumentData.from_dict, document["doc"]["data"], []),
    }


def _round(action: Callable[[], object]) -> float:
    started = time.perf_counter_ns()
    for _ in range(PER_ROUND):
        action()
    return (time.perf_counter_ns() - started) / PER_ROUND


def profile(body: bytes = BODY) -> tuple[float, dict[str, tuple[float, float, int]]]:
    """(ns for json.loads, name -> (ns in total, ns of its own, keys in its part of the body))."""
    decoded = json.loads(body)
    parts = _parts(decoded)
    actions: dict[str, Callable[[], object]] = {"json.loads": lambda: json.loads(body)}
    for name, (parser, part, _) in parts.items():
        actions[name] = lambda parser=parser, part=part: parser(part)  # type: ignore[misc]
    best = dict.fromkeys(actions, float("inf"))
    for _ in range(ROUNDS):
        for name, action in actions.items():
            best[name] = min(best[name], _round(action))
    figures = {
        name: (best[name], best[name] - sum(best[child] for child in children), len(part))
        for name, (_, part, children) in parts.items()
    }
    return best["json.loads"], figures


if __name__ == "__main__":
    loads, figures = profile()
    print(f"load average {os.getloadavg()[0]:.1f}; json.loads of the body: {loads:.0f} ns")
    print(f"{'model':20} {'total ns':>9} {'self ns':>8} {'keys':>5} {'self / loads':>13}")
    for name, (total, own, keys) in figures.items():
        print(f"{name:20} {total:9.0f} {own:8.0f} {keys:5d} {own / loads:13.3f}")
