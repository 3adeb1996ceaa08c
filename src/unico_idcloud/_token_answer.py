"""What the token endpoint answered, read defensively: an :class:`AccessToken`, or a typed error.

Whatever the network sends (a body that is not JSON or not UTF-8, JSON nested 100,000 deep, an ``expires_in`` of
``1e300``, ``"inf"``, NaN or 400 digits, a token with a newline in it) ends as :class:`AuthenticationError` or
:class:`UnexpectedResponse`, never as a ``ValueError``, ``OverflowError`` or ``RecursionError``. The response
stays on the error.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from typing import TYPE_CHECKING, Any

import httpx

from ._scrub import remember
from .errors import AuthenticationError, ConfigurationError, UnexpectedResponse

if TYPE_CHECKING:
    from ._clock import Clock
    from ._token import AccessToken

logger = logging.getLogger("unico_idcloud")

DEFAULT_EXPIRES_IN = 3600.0
"""What Unico documents (one hour), taken when the answer has no ``expires_in``."""
MAX_EXPIRES_IN = 24 * 3600.0
"""A longer lifetime is read as this: the token is fetched again sooner than needed, never used after it ends."""

# A Bearer value must be a legal header value on its own: visible ASCII, no space, no CR/LF (RFC 9110 field-vchar).
# Anything else would be refused by h11 with the whole value in its message, or worse, split the header.
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def is_header_safe(value: object) -> bool:
    """``value`` can be sent as ``Authorization: Bearer <value>`` as it is."""
    return isinstance(value, str) and _HEADER_SAFE.fullmatch(value) is not None


def checked_static_token(value: object) -> str:
    """A token the caller gave (``token=``, or what its callable returned): header-safe, and registered as a
    secret; else :class:`ConfigurationError` (which does not quote it)."""
    if not is_header_safe(value):
        raise ConfigurationError(
            "the access token must be a non-empty string of visible ASCII characters (no spaces or line breaks)"
        )
    assert isinstance(value, str)
    remember(value)
    return value


def checked_api_key(value: str | None) -> str | None:
    """The ``APIKEY`` (or ``None``): header-safe, and registered as a secret; else :class:`ConfigurationError`."""
    if value is None or value == "":
        return value
    if not is_header_safe(value):
        raise ConfigurationError("the api_key must be visible ASCII characters (no spaces or line breaks)")
    remember(value)
    return value


def json_body(response: httpx.Response) -> Any:
    """The JSON in ``response``, or ``None`` when there is none that Python can hold: not UTF-8, not JSON, nested
    too deep, an integer too long."""
    try:
        return response.json()
    except (ValueError, RecursionError, httpx.DecodingError):  # JSONDecodeError, UnicodeDecodeError are ValueErrors
        return None


def _expires_in(body: dict[str, Any]) -> float | None:
    """Seconds the token lasts, or ``None`` when ``expires_in`` is not a positive finite number (or its string)."""
    raw = body.get("expires_in", DEFAULT_EXPIRES_IN)
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return None
    if isinstance(raw, int) and raw > MAX_EXPIRES_IN:
        return MAX_EXPIRES_IN  # 400 digits: too long for a float, and long enough
    try:
        seconds = float(raw)
    except (ValueError, OverflowError):  # "soon"; a string of 400 digits
        return None
    if not math.isfinite(seconds) or seconds <= 0:
        return None
    return min(seconds, MAX_EXPIRES_IN)


def token_from_answer(response: httpx.Response, clock: Clock) -> AccessToken:
    """The token in a 200 from the token endpoint. A body without a usable ``expires_in`` is
    :class:`UnexpectedResponse`; a token that cannot be sent in a header is :class:`AuthenticationError`."""
    from ._token import AccessToken  # _token calls this module: imported when used, not at import time

    body = json_body(response)
    value = body.get("access_token") if isinstance(body, dict) else None
    expires_in = _expires_in(body) if isinstance(body, dict) else None
    if not isinstance(value, str) or not value or expires_in is None:
        raise UnexpectedResponse(
            "the token endpoint answered 200 without a usable access token", status_code=200, response=response
        )
    remember(value)
    if not is_header_safe(value):
        raise AuthenticationError(
            "the token endpoint answered a token that cannot be sent in a header (spaces, line breaks or "
            "non-ASCII characters)",
            status_code=200,
            response=response,
        )
    expires_at = dt.datetime.fromtimestamp(clock.time() + expires_in, tz=dt.UTC)
    logger.info("obtained an access token (expires in %d s)", expires_in)
    return AccessToken(value, expires_at, expires_in, clock.monotonic())


def undecodable(exc: httpx.DecodingError, response: httpx.Response) -> UnexpectedResponse:
    """A token answer httpx could not decode (``Content-Encoding: gzip`` on a body that is not)."""
    error = UnexpectedResponse(
        "the token endpoint's answer could not be decoded (Content-Encoding)",
        status_code=response.status_code,
        response=response,
    )
    error.__cause__ = exc
    return error
