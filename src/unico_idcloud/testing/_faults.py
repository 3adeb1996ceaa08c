"""Fault injection: what a flaky network and an unwell Unico do to a client, switched on by a test."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum

API_OPERATIONS = frozenset(
    {
        "getProcess",
        "getSelfie",
        "getIdCheckProcess",
        "createProcess",
        "setProcessDocument",
        "getEvidenceSet",
        "createIdcheckProcess",
    }
)
# A fault on a write hits after the fake has acted on it (stored the process, set the document): the client's
# worst case, where Unico did the work and the answer was lost. Only a resend could then create a second process.
WRITE_OPERATIONS = frozenset({"createProcess", "setProcessDocument", "createIdcheckProcess"})
TOKEN_OPERATION = "token"


class Fault(StrEnum):
    """Ways a response can go wrong. Only ``INTERNAL_ERROR`` (500) is in the spec; the rest are off-spec on purpose."""

    INTERNAL_ERROR = "internal_error"
    """500 ``{"code": 99999, "message": "Internal failure! Try again later"}`` (the documented body)."""
    BAD_GATEWAY = "bad_gateway"
    """502 with an HTML page, as a load balancer answers."""
    SERVICE_UNAVAILABLE = "service_unavailable"
    """503 with an empty body."""
    STATUS_520 = "status_520"
    """520 (a CDN's "unknown error") with an empty body."""
    TRUNCATED_JSON = "truncated_json"
    """The real status and headers, but only the first half of the JSON body."""
    LATENCY = "latency"
    """Wait ``latency`` seconds (real time) before answering normally; combines with the other faults."""
    DROP_CONNECTION = "drop_connection"
    """No response at all: the connection is closed (real server) or the transport raises (in-process)."""


INTERNAL_ERROR_BODY = {"code": 99999, "message": "Internal failure! Try again later"}
BAD_GATEWAY_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


@dataclass
class FaultRule:
    """One switched-on fault. ``times=None`` means until cleared; otherwise it fires that many times."""

    fault: Fault
    process_id: str | None = None
    operation: str | None = None
    times: int | None = None
    latency: float = 0.0
    fired: int = 0

    def matches(self, operation: str, process_id: str | None) -> bool:
        if self.times is not None and self.fired >= self.times:
            return False
        if self.operation is None:
            if operation not in API_OPERATIONS:
                return False
        elif self.operation != operation:
            return False
        return self.process_id is None or self.process_id == process_id


@dataclass(frozen=True)
class Plan:
    """What to do to one request: wait ``latency`` seconds, then apply ``fault`` (``None``: answer normally)."""

    fault: Fault | None
    latency: float


class Faults:
    """The switched-on faults of one fake. Thread-safe: the real server runs in another thread."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def inject(
        self,
        fault: Fault | str,
        *,
        process_id: str | None = None,
        operation: str | None = None,
        times: int | None = None,
        latency: float = 0.1,
    ) -> FaultRule:
        """Switch a fault on for one process, one operation, or (by default) every API operation.

        ``operation`` is an operation id of the spec (``"getProcess"``, ``"createProcess"``, ...) or ``"token"``
        (the token endpoint is only affected when named). ``latency`` is used by :attr:`Fault.LATENCY` only.
        On a write (``"createProcess"``, ``"setProcessDocument"``) the fault strikes after the fake has acted on the
        request: the process is stored, then the answer is a 5xx or the connection drops.
        """
        fault = Fault(fault)
        if operation is not None and operation not in API_OPERATIONS | {TOKEN_OPERATION}:
            raise ValueError(f"unknown operation {operation!r}")
        rule = FaultRule(fault, process_id, operation, times, latency if fault is Fault.LATENCY else 0.0)
        with self._lock:
            self._rules.append(rule)
        return rule

    def remove(self, rule: FaultRule) -> None:
        with self._lock:
            if rule in self._rules:
                self._rules.remove(rule)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def plan(self, operation: str, process_id: str | None) -> Plan:
        """Decide (and count) what happens to a request; the first matching non-latency fault wins."""
        latency = 0.0
        chosen: Fault | None = None
        with self._lock:
            for rule in self._rules:
                if not rule.matches(operation, process_id):
                    continue
                if rule.fault is Fault.LATENCY:
                    latency += rule.latency
                elif chosen is None:
                    chosen = rule.fault
                else:
                    continue
                rule.fired += 1
        return Plan(chosen, latency)
