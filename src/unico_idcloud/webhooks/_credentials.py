"""The credentials Unico presents to the webhook endpoint, as its setup page lets a tenant configure them.

Sources: https://developer.unico.io/developers/webhooks-and-events/setup and .../security. Unico signs nothing over
the body, so the configured credential is the whole of the endpoint's protection: every comparison is constant
time, and no credential (configured or presented) reaches a message, a log or a repr.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TypeAlias

import anyio.to_thread

from ..errors import ConfigurationError
from ._calls import discard, is_async_callable
from ._errors import WebhookAuthError

logger = logging.getLogger("unico_idcloud.webhooks")

HeadersLike: TypeAlias = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
"""A mapping (``dict``, ``httpx.Headers``, Starlette's ``request.headers``) or ASGI-style ``(name, value)`` pairs."""

BearerValidator: TypeAlias = Callable[[str], bool | Awaitable[bool]]


class Headers:
    """Request headers by lower-case name, every value kept (a repeated credential header is refused)."""

    def __init__(self, headers: HeadersLike | Headers) -> None:
        self._values: dict[str, list[str]] = {}
        if isinstance(headers, Headers):
            self._values = headers._values
            return
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        for name, value in pairs:
            # HTTP header bytes are ISO-8859-1 (as in ASGI, WSGI and httpx); a str is taken as already decoded.
            key = (name.decode("latin-1") if isinstance(name, bytes) else name).lower()
            text = value.decode("latin-1") if isinstance(value, bytes) else value
            self._values.setdefault(key, []).append(text.strip())

    def single(self, name: str) -> str:
        """The one value of header ``name``; missing or repeated is refused (two credentials are ambiguous)."""
        values = self._values.get(name.lower(), [])
        if not values:
            raise WebhookAuthError(f"no {name} header")
        if len(values) > 1:
            raise WebhookAuthError(f"{name} header sent {len(values)} times")
        return values[0]

    def __repr__(self) -> str:
        return f"Headers({sorted(self._values)!r})"  # names only: values may be credentials


def _wire_bytes(text: str) -> bytes:
    try:
        return text.encode("latin-1")  # what was on the wire, for a value decoded from it
    except UnicodeEncodeError:
        return text.encode("utf-8")


def same_secret(presented: bytes, expected: bytes) -> bool:
    """Constant-time equality. ``hmac.compare_digest`` may leak the length; comparing fixed-size digests does not."""
    return hmac.compare_digest(hashlib.sha256(presented).digest(), hashlib.sha256(expected).digest())


def _scheme_credentials(value: str, scheme: str) -> str:
    """The credentials after ``scheme`` (matched case-insensitively, RFC 9110 §11.1) in an Authorization value."""
    found, _, rest = value.partition(" ")
    if found.lower() != scheme.lower() or not rest.strip():
        raise WebhookAuthError(f"Authorization is not {scheme} credentials")
    return rest.strip()


class WebhookAuth:
    """How the endpoint checks the credentials Unico presents. ``verify`` raises :class:`WebhookAuthError`."""

    def verify(self, headers: HeadersLike | Headers) -> None:
        raise NotImplementedError

    async def verify_async(self, headers: HeadersLike | Headers) -> None:
        self.verify(headers)


class BasicAuth(WebhookAuth):
    """``Authorization: Basic base64(user:pass)``; ``credentials`` is ``"user:pass"`` as configured at Unico."""

    def __init__(self, credentials: str) -> None:
        if ":" not in credentials:
            raise ConfigurationError("Basic credentials are configured as 'user:pass'")
        self._expected = credentials.encode("utf-8")

    def verify(self, headers: HeadersLike | Headers) -> None:
        encoded = _scheme_credentials(Headers(headers).single("Authorization"), "Basic")
        try:
            presented = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise WebhookAuthError("Basic credentials are not base64") from None
        if not same_secret(presented, self._expected):
            raise WebhookAuthError("Basic credentials do not match")

    def __repr__(self) -> str:
        return "BasicAuth(***)"


class ApiKeyAuth(WebhookAuth):
    """An API key in a header, written as at Unico: ``"X-API-Key:abc123"`` is header ``X-API-Key`` with value
    ``abc123``; the string splits on its *first* colon, so ``"Authorization:Bearer abc123"`` is the Authorization
    header with ``Bearer abc123``; a string with no colon (``"abc123"``) is the raw Authorization value, no scheme.
    Give ``header=`` to take ``key`` whole, colons and all.
    """

    def __init__(self, key: str, *, header: str | None = None) -> None:
        if header is None:
            name, colon, value = key.partition(":")
            header, key = (name.strip(), value) if colon else ("Authorization", key)
        key = key.strip()  # a header value carries no leading or trailing whitespace on the wire
        if not header or not key:
            raise ConfigurationError("an API key needs a header name and a value")
        self.header = header
        self._expected = key.encode("utf-8")

    def verify(self, headers: HeadersLike | Headers) -> None:
        presented = Headers(headers).single(self.header)
        if not same_secret(_wire_bytes(presented), self._expected):
            raise WebhookAuthError(f"{self.header} does not match")

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self.header!r}, value=***)"


class BearerAuth(WebhookAuth):
    """``Authorization: Bearer <token>``, the token Unico obtained from *your* OAuth2 provider (client credentials).

    ``validator(token)`` returns ``True`` to accept (anything else refuses); it may be a coroutine function. A sync
    validator runs in a worker thread under :meth:`verify_async` (it may call an introspection endpoint). A validator
    that raises refuses the request; its exception is not chained, as its text may quote the token.
    """

    def __init__(self, validator: BearerValidator) -> None:
        if not callable(validator):
            raise ConfigurationError("BearerAuth takes a callable: validator(token) -> bool")
        self.validator = validator

    def _token(self, headers: HeadersLike | Headers) -> str:
        return _scheme_credentials(Headers(headers).single("Authorization"), "Bearer")

    @staticmethod
    def _judge(accepted: object) -> None:
        if accepted is not True:
            raise WebhookAuthError("Bearer token refused by the validator")

    def verify(self, headers: HeadersLike | Headers) -> None:
        token = self._token(headers)
        try:
            accepted = self.validator(token)
        except Exception as exc:
            raise WebhookAuthError(f"the Bearer token validator raised {type(exc).__name__}") from None
        if inspect.isawaitable(accepted):
            discard(accepted)
            raise TypeError("this validator is async: use parse_notification_async or webhook_app")
        self._judge(accepted)

    async def verify_async(self, headers: HeadersLike | Headers) -> None:
        token = self._token(headers)
        try:
            if is_async_callable(self.validator):
                accepted: object = await self.validator(token)  # type: ignore[misc]
            else:
                accepted = await anyio.to_thread.run_sync(self.validator, token)
                if inspect.isawaitable(accepted):
                    accepted = await accepted
        except Exception as exc:
            raise WebhookAuthError(f"the Bearer token validator raised {type(exc).__name__}") from None
        self._judge(accepted)

    def __repr__(self) -> str:
        return f"BearerAuth(validator={getattr(self.validator, '__qualname__', type(self.validator).__name__)})"


def checked_auth(auth: WebhookAuth | None, *, allow_unauthenticated: bool) -> WebhookAuth | None:
    """``auth`` after checking the configuration: no credentials only when explicitly allowed, with a warning."""
    if auth is None:
        if not allow_unauthenticated:
            raise ConfigurationError(
                "no webhook credentials configured: pass auth=BasicAuth(...)/ApiKeyAuth(...)/BearerAuth(...), "
                "or allow_unauthenticated=True (development only)"
            )
        logger.warning("Unico webhook endpoint accepts unauthenticated requests (development only)")
        return None
    if not isinstance(auth, WebhookAuth):
        kind = type(auth).__name__
        raise ConfigurationError(f"auth must be a WebhookAuth (BasicAuth, ApiKeyAuth, BearerAuth), not {kind}")
    return auth
