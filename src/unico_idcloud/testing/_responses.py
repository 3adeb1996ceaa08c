"""The bodies the fake answers with, in the shapes the spec and the docs give. No schemas here: just data."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

JSON = "application/json"

# by Unico (grpc-gateway style {"code", "message"}; codes are gRPC status codes)
INVALID_PROCESS_ID = {"code": 3, "message": "process id is invalid"}
PROCESS_NOT_FOUND = {"code": 5, "message": "error getting process: rpc error: code = NotFound desc = process not found"}
SELFIE_NOT_FOUND = {"code": 5, "message": "error getting selfie: rpc error: code = NotFound desc = selfie not found"}
SELFIE_FORBIDDEN = {
    "code": 7,
    "message": "error getting selfie: rpc error: code = PermissionDenied desc = permission denied",
}
ROUTE_NOT_FOUND = {"code": 5, "message": "Not Found"}
METHOD_NOT_ALLOWED = {"code": 12, "message": "Method Not Allowed"}
INTERNAL_FAILURE = {"code": 99999, "message": "Internal failure! Try again later"}


# IDUnico + IDCheck ({"Error": {"code": "<digits>", "description"}})
def idcheck_error(code: str, description: str) -> dict[str, Any]:
    return {"Error": {"code": code, "description": description}}


IDCHECK_INVALID_ID = idcheck_error("40004", "process id is invalid")
IDCHECK_NOT_FOUND = idcheck_error("40404", "process not found")
IDCHECK_GONE = idcheck_error("41001", "process finished with error (status 5)")
IDCHECK_BAD_APIKEY = idcheck_error("10201", "O AppKey informado é inválido")
IDCHECK_BAD_TOKEN = idcheck_error("10501", "O token informado é inválido")
IDCHECK_EXPIRED_TOKEN = idcheck_error("10502", "O token informado está expirado")
IDCHECK_INTERNAL_FAILURE = idcheck_error("99999", "Internal failure! Try again later")


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    """JSON exactly as given (a bare string stays a JSON string), compact, UTF-8."""
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(content, status_code=status, media_type=JSON, headers=headers)


def empty_response(status: int, headers: dict[str, str] | None = None) -> Response:
    """No body at all (``Content-Length: 0``, no content type)."""
    return Response(b"", status_code=status, headers=headers)
