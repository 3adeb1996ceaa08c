"""The spec checker itself: it must catch what is outside the contract, or the suite proves nothing."""

from __future__ import annotations

import json

import pytest

from ._spec_check import Exchange, SpecCheck

CHECK = SpecCheck.load()
JSON = {"content-type": "application/json"}
PID = "00000000-0000-4000-8000-000000000003"


def problems(method: str, path: str, status: int, body: object, headers: dict[str, str] = JSON) -> list[str]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return CHECK.problems(Exchange(method, path, status, headers, raw))


def test_every_operation_the_fake_serves_is_in_the_spec() -> None:
    ids = {
        op.get("operationId") for item in CHECK.spec["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    assert {"getProcess", "getSelfie", "getIdCheckProcess"} <= ids
    for path in (f"/client/v1/process/{PID}", f"/client/v1/process/{PID}/selfie", f"/processes/v1/{PID}"):
        assert CHECK.operation("GET", path) is not None


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (("GET", f"/client/v1/process/{PID}", 418, {}), "status not in the spec"),
        (("GET", f"/client/v1/process/{PID}", 200, {"process": {"state": "NOPE"}}), "is not one of"),
        (("GET", f"/client/v1/process/{PID}", 401, {"message": "x"}), "is not of type 'string'"),
        (("GET", f"/client/v1/process/{PID}", 429, b"slow down"), "no body"),
        (("GET", f"/client/v1/process/{PID}/selfie", 200, {"fileContents": "%%%"}), "byte"),
        (("GET", f"/processes/v1/{PID}", 410, {"Error": {"code": 40004}}), "is not of type 'string'"),
        (
            (
                "GET",
                f"/client/v1/process/{PID}",
                200,
                b"{",
            ),
            "not JSON",
        ),
        (("GET", f"/client/v1/process/{PID}", 200, {}, {"content-type": "text/plain"}), "content type"),
        (("POST", "/oauth2/token", 200, {"access_token": "t", "expires_in": 3600}), "token_type"),
        (("POST", "/oauth2/token", 400, {"error": "x", "error_description": "nope"}), "does not match"),
        (("GET", "/elsewhere", 404, "Not Found"), "is not of type 'object'"),
        (("GET", "/elsewhere", 200, {}), "not a routing error"),
    ],
)
def test_checker_catches(args: tuple[object, ...], why: str) -> None:
    found = problems(*args)  # type: ignore[arg-type]
    assert found and why in found[0], found


def test_checker_accepts_the_documented_examples() -> None:
    assert problems("GET", f"/client/v1/process/{PID}", 400, {"code": 3, "message": "process id is invalid"}) == []
    assert problems("GET", f"/client/v1/process/{PID}", 401, "Jwt is expired") == []
    assert problems("GET", f"/client/v1/process/{PID}", 429, b"", {}) == []
