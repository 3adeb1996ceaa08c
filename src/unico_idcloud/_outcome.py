"""From what the generated client returns (a ``Response`` with ``parsed``) to a model or a typed error."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar
from uuid import UUID

from unico_idcloud_client.models import ErrorResponse, IdCheckErrorResponse
from unico_idcloud_client.types import Response, parse_uuid

from ._retry import retry_after_seconds
from .errors import (
    APIStatusError,
    BadRequest,
    Forbidden,
    Gone,
    InvalidProcessId,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    UnexpectedResponse,
)

T = TypeVar("T")

# The status families: each decides the class on every operation, documented there or not.
_BY_FAMILY: dict[int, type[APIStatusError]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    429: RateLimited,
}


def process_id_of(value: UUID | str) -> UUID:
    """A process id as a UUID; anything else raises :class:`InvalidProcessId` before a request is made."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return parse_uuid(value.strip())
        except ValueError:
            pass
    # The value is not echoed: a wrong argument can be a CPF or a name.
    raise InvalidProcessId("the process id must be a UUID (uuid.UUID or its string form)")


def _code_and_message(parsed: Any) -> tuple[int | str | None, str | None]:
    # Both error bodies' fields are required by the spec (overlay 14): a body without them does not parse.
    if isinstance(parsed, ErrorResponse):
        return parsed.code, parsed.message
    if isinstance(parsed, IdCheckErrorResponse):
        return parsed.error.code, parsed.error.description
    if isinstance(parsed, str):
        return None, parsed
    return None, None


def _undocumented_body(content: bytes) -> Any:
    """An error body the operation does not document may still have one of the API's two error shapes."""
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return None
    for model in (IdCheckErrorResponse, ErrorResponse):
        try:
            parsed = model.from_dict(body)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if _code_and_message(parsed) != (None, None):
            return parsed
    return None


def error_for(
    response: Response[Any], documented: Callable[[int], bool], bad_request: type[BadRequest] = BadRequest
) -> APIStatusError:
    """The typed error for a response that is not the operation's success. The status family decides the class
    (``bad_request`` is the operation's 400); a 410 is :class:`Gone` only where documented (IDCheck's status 5),
    and what fits no family, or a 2xx whose body does not parse, is :class:`UnexpectedResponse`."""
    status = int(response.status_code)
    parsed = response.parsed if response.parsed is not None else _undocumented_body(response.content)
    code, message = _code_and_message(parsed)
    facts: dict[str, Any] = {"status_code": status, "code": code, "message": message, "response": response.raw}
    if 200 <= status < 300:
        return UnexpectedResponse("the body does not match the documented model", **facts)
    error_class: type[APIStatusError] | None
    if status >= 500:
        error_class = ServerError
    elif status == 400:
        error_class = bad_request
    elif status == 410:
        error_class = Gone if documented(status) else None
    else:
        error_class = _BY_FAMILY.get(status)
    if error_class is None:
        return UnexpectedResponse("a status no error family covers", **facts)
    detail = None if documented(status) or status >= 500 else f"{error_class.summary} (undocumented here)"
    if error_class is RateLimited:
        return RateLimited(detail, retry_after=retry_after_seconds(response.headers), **facts)
    return error_class(detail, **facts)


def expect(
    response: Response[Any],
    documented: Callable[[int], bool],
    unwrap: Callable[[Any], T | None],
    bad_request: type[BadRequest] = BadRequest,
) -> T:
    """The model ``unwrap`` finds in a 200 response, or the typed error for anything else."""
    if response.status_code == 200:
        model = unwrap(response.parsed)
        if model is not None:
            return model
    raise error_for(response, documented, bad_request)
