"""Every error the client raises, in one hierarchy under :class:`UnicoError`::

    UnicoError
    ├── ConfigurationError        the client is missing something (raised before any request)
    ├── InvalidRequest            the request is invalid: refused by Unico (a BadRequest) or before sending
    │   └── InvalidProcessId      not a UUID (before sending: no response), or Unico's 400 on a process id
    ├── APIStatusError            Unico answered: status_code (int) and response (httpx.Response) always set
    │   ├── BadRequest            400 (also an InvalidRequest); on a process id: ProcessIdRejected
    │   ├── AuthenticationError   the token endpoint refused the service account
    │   ├── Unauthorized          401
    │   ├── Forbidden             403
    │   ├── NotFound              404
    │   ├── Gone                  410 (IDCheck status 5)
    │   ├── RateLimited           429 after every retry
    │   ├── ServerError           5xx after every retry
    │   └── UnexpectedResponse    a status no family covers, or a body that does not parse
    │       └── InvalidSelfie     a 200 selfie whose bytes are not the image it names
    ├── TransportError            no response (after every retry); status_code and response are None
    │   ├── TimeoutError          a timeout (connect, read, write, pool)
    │   └── ConnectionError       refused, DNS, TLS, a proxy, a dropped connection
    ├── OutcomeUnknown            a write was sent and not resent (the cause: a ServerError or TransportError)
    └── WaitTimeout               wait_for_result ran out of time

The status family decides the class on every operation (a 403 is :class:`Forbidden` wherever it comes from).
Each error keeps what the server said: the documented ``code`` and ``message`` when the body had them, and the raw
``response``. ``str()`` and ``repr()`` show the status, code and a redacted message, never a token, key, document
number, name, selfie or signed URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import httpx

from ._redact import redact

if TYPE_CHECKING:
    from unico_idcloud_client.models import EvidenceSet, Process, ProcessState, Selfie

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "BadRequest",
    "ConfigurationError",
    "ConnectionError",
    "Forbidden",
    "Gone",
    "ImageRejected",
    "InvalidEvidenceSet",
    "InvalidImage",
    "InvalidProcessId",
    "InvalidRequest",
    "InvalidSelfie",
    "NotFound",
    "OutcomeUnknown",
    "ProcessIdRejected",
    "RateLimited",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "UnicoError",
    "WaitTimeout",
]


class UnicoError(Exception):
    """Base class of everything this package raises. ``status_code`` and ``response`` are ``None`` here; the
    classes below narrow them (``int`` and ``httpx.Response`` under :class:`APIStatusError`)."""

    summary = "Unico IDCloud error"

    def __init__(
        self,
        detail: str | None = None,
        *,
        status_code: int | None = None,
        code: int | str | None = None,
        message: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self._status_code = status_code
        self._response = response
        self.code = code
        self.message = message
        self.detail = detail
        super().__init__(self._text())

    @property
    def status_code(self) -> int | None:
        return self._status_code

    @property
    def response(self) -> httpx.Response | None:
        return self._response

    def _text(self) -> str:
        facts = []
        if self.status_code is not None:
            facts.append(f"HTTP {self.status_code}")
        if self.code is not None:
            facts.append(f"code {self.code}")
        if self.message:
            facts.append(repr(redact(self.message)))
        head = self.detail or self.summary
        return f"{head} ({', '.join(facts)})" if facts else head

    def __str__(self) -> str:
        return self._text()

    def __repr__(self) -> str:
        message = None if self.message is None else redact(self.message)
        return f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, message={message!r})"


class ConfigurationError(UnicoError):
    """The client is missing something it needs (credentials, an API key, a readable private key)."""

    summary = "configuration error"


class InvalidRequest(UnicoError):
    """The request is invalid: Unico refused it with a 400 (then it is also a :class:`BadRequest`, with
    ``status_code`` and ``response``), or the client refused it before sending (then both are ``None``). ``field``
    names the request field when Unico's message names one (``None`` otherwise); the values the request carried are
    never part of the text."""

    summary = "invalid request"

    def __init__(self, detail: str | None = None, *, field: str | None = None, **facts: Any) -> None:
        self.field = field
        super().__init__(detail, **facts)


class InvalidProcessId(InvalidRequest):
    """The process id is not a UUID (raised before any request: no response), or Unico answered 400 on it (then
    it is a :class:`ProcessIdRejected`)."""

    summary = "invalid process id"


class APIStatusError(UnicoError):
    """Unico answered, with a status that is not the operation's success (after every retry): ``status_code`` and
    ``response`` (the raw ``httpx.Response``) are always there."""

    summary = "Unico answered with an error"

    def __init__(self, detail: str | None = None, *, status_code: int, response: httpx.Response, **facts: Any) -> None:
        self._status = status_code
        self._http_response = response
        super().__init__(detail, status_code=status_code, response=response, **facts)

    @property
    def status_code(self) -> int:
        return self._status

    @property
    def response(self) -> httpx.Response:
        return self._http_response


class BadRequest(APIStatusError, InvalidRequest):
    """400: Unico refused the request as invalid (code 3 on by Unico)."""

    summary = "invalid request"

    @property
    def status_code(self) -> Literal[400]:
        return 400


class ProcessIdRejected(BadRequest, InvalidProcessId):
    """400 on an operation that takes a process id: Unico refused the id (code 3)."""

    summary = "invalid process id"


class AuthenticationError(APIStatusError):
    """The token endpoint refused the service account (``code`` is Unico's, such as ``"1.2.5"``; ``hint`` says
    what usually causes it)."""

    summary = "the token endpoint refused the service account"

    def __init__(
        self,
        detail: str | None = None,
        *,
        hint: str | None = None,
        error: str | None = None,
        status_code: int,
        response: httpx.Response,
        **facts: Any,
    ) -> None:
        self.hint = hint
        self.error = error
        super().__init__(detail, status_code=status_code, response=response, **facts)

    def _text(self) -> str:
        text = super()._text()
        return f"{text}: {self.hint}" if self.hint else text


class InvalidImage(InvalidRequest):
    """The selfie of an IDUnico + IDCheck creation breaks one of Unico's limits. ``limit`` names it: ``"format"``
    (not a JPEG, PNG or WebP; code 20505), ``"size"`` (base64 over 800 KB; 20506), ``"resolution"`` (under
    640 x 480; 20807), ``"base64"`` (20900), ``"missing"`` (20009), ``"sdk_token"`` (not the SDK's JWT, checked
    before sending), ``"sdk_bundle"`` (10506), ``"sdk_token_expired"`` (10507: older than 10 minutes) or
    ``"sdk_token_used"`` (10508: it can be sent once). Raised before any request when the client can tell
    (``status_code`` is then ``None`` and ``code`` the one Unico would answer); never shows the image."""

    summary = "invalid image"

    CODES: ClassVar[Mapping[str, str]] = {
        "missing": "20009",
        "format": "20505",
        "size": "20506",
        "resolution": "20807",
        "base64": "20900",
        "sdk_bundle": "10506",
        "sdk_token_expired": "10507",
        "sdk_token_used": "10508",
    }

    def __init__(
        self,
        detail: str | None = None,
        *,
        limit: str,
        status_code: int | None = None,
        code: int | str | None = None,
        message: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.limit = limit
        code = self.CODES.get(limit) if code is None else code
        super().__init__(
            detail, field="imageBase64", status_code=status_code, code=code, message=message, response=response
        )

    def __repr__(self) -> str:
        return f"InvalidImage(limit={self.limit!r}, status_code={self.status_code!r}, code={self.code!r})"


class ImageRejected(BadRequest, InvalidImage):
    """400 on the IDCheck creation with one of the image codes: Unico refused the selfie (``limit`` as in
    :class:`InvalidImage`, ``status_code`` and ``response`` always there)."""

    summary = "invalid image"


class Unauthorized(APIStatusError):
    """401: the access token was refused, even after fetching a new one."""

    summary = "access token refused"

    @property
    def status_code(self) -> Literal[401]:
        return 401


class Forbidden(APIStatusError):
    """403 on any operation: the account may not do this (a selfie it has no access to, a permission Unico
    documents, a gateway refusing the caller's IP; IDCheck: a bad token or APIKEY)."""

    summary = "forbidden"

    @property
    def status_code(self) -> Literal[403]:
        return 403


class NotFound(APIStatusError):
    """404 (code 5): no such process (or selfie) for this tenant."""

    summary = "not found"

    @property
    def status_code(self) -> Literal[404]:
        return 404


class Gone(APIStatusError):
    """410: an IDUnico + IDCheck process that ended in error (status 5)."""

    summary = "process ended in error (status 5)"

    @property
    def status_code(self) -> Literal[410]:
        return 410


class RateLimited(APIStatusError):
    """429 after every retry. ``retry_after`` is the server's ``Retry-After`` in seconds, when it sent one."""

    summary = "rate limited"

    def __init__(
        self,
        detail: str | None = None,
        *,
        retry_after: float | None = None,
        status_code: int,
        response: httpx.Response,
        **facts: Any,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(detail, status_code=status_code, response=response, **facts)

    @property
    def status_code(self) -> Literal[429]:
        return 429


class ServerError(APIStatusError):
    """Any 5xx after every retry, whatever its body (JSON, an HTML error page, nothing)."""

    summary = "server error"


class UnexpectedResponse(APIStatusError):
    """A status no family covers (a 418, a 410 where it is not documented), a 2xx whose body does not parse into
    the documented model, or a body that cannot be decoded (a broken ``Content-Encoding``)."""

    summary = "unexpected response"


class TransportError(UnicoError):
    """No response: the connection failed or timed out, after every retry. The httpx error is ``__cause__``;
    ``status_code`` and ``response`` are ``None``."""

    summary = "no response from Unico"

    @property
    def status_code(self) -> None:
        return None

    @property
    def response(self) -> None:
        return None


class TimeoutError(TransportError):  # openai-python's name; use errors.TimeoutError, not the builtin
    """A timeout (connecting, reading, writing, or waiting for a pooled connection), after every retry."""

    summary = "Unico did not answer in time"


class ConnectionError(TransportError):
    """The connection failed: refused, a name that does not resolve, TLS, a proxy, or a dropped connection."""

    summary = "could not reach Unico"


def _reason(exc: BaseException) -> str:
    """What the operating system said (``Connection refused``, ``Name or service not known``), else the httpx
    class name: never the URL or a header."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            return f"{type(exc).__name__}: {seen.strerror}"
        seen = seen.__cause__ or seen.__context__
    return type(exc).__name__


def transport_error(exc: httpx.TransportError, where: str) -> TransportError:
    """The error for an httpx transport failure (raise it ``from exc``): :class:`TimeoutError` for a timeout,
    :class:`ConnectionError` for a failed or dropped connection, else :class:`TransportError`; the text says why."""
    detail = f"{where} ({_reason(exc)})"
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(detail)
    if isinstance(exc, httpx.NetworkError | httpx.ProxyError | httpx.RemoteProtocolError):
        return ConnectionError(detail)
    return TransportError(detail)


class InvalidSelfie(UnexpectedResponse):
    """Get Selfie answered 200, but its image cannot be used: ``fileContents`` is not base64, or its bytes are not
    the image ``contentType`` names (a JPEG labelled PNG). ``declared`` is the ``contentType`` sent, ``detected``
    what the bytes are (``"image/jpeg"``, ``"image/png"`` or ``None``); ``selfie`` is the model as received and
    ``response`` the 200 it came in."""

    summary = "the selfie does not match its content type"

    def __init__(
        self,
        detail: str | None = None,
        *,
        declared: str | None = None,
        detected: str | None = None,
        selfie: Selfie | None = None,
        response: httpx.Response,
    ) -> None:
        self.declared = declared
        self.detected = detected
        self.selfie = selfie
        super().__init__(detail, status_code=response.status_code, response=response)

    def _text(self) -> str:
        return self.detail or self.summary  # the status is always 200: it tells nothing

    def __repr__(self) -> str:
        return f"InvalidSelfie(declared={self.declared!r}, detected={self.detected!r})"


class InvalidEvidenceSet(UnexpectedResponse):
    """Get Evidence Set answered 200, but its file cannot be used: ``contentType`` is not a PDF type, or
    ``fileContents`` is not base64, or its bytes do not start with ``%PDF-``. ``declared`` is the ``contentType``
    sent; ``evidence`` is the model as received (its ``repr`` masks the file), ``response`` the 200 it came in."""

    summary = "the evidence set is not a PDF"

    def __init__(
        self,
        detail: str | None = None,
        *,
        declared: str | None = None,
        evidence: EvidenceSet | None = None,
        response: httpx.Response,
    ) -> None:
        self.declared = declared
        self.evidence = evidence
        super().__init__(detail, status_code=response.status_code, response=response)

    def _text(self) -> str:
        return self.detail or self.summary  # the status is always 200: it tells nothing

    def __repr__(self) -> str:
        return f"InvalidEvidenceSet(declared={self.declared!r})"


class WaitTimeout(UnicoError):
    """:meth:`~unico_idcloud.IDCloud.wait_for_result` gave up: the process was not finished when ``timeout`` ran
    out. ``last_state`` and ``last_process`` are what the last successful poll saw (``None`` if none succeeded;
    then ``__cause__`` is the last error); ``polls`` counts the requests made, ``waited`` the seconds spent."""

    summary = "the process did not finish in time"

    def __init__(
        self,
        detail: str | None = None,
        *,
        last_process: Process | None = None,
        last_state: ProcessState | None = None,
        polls: int = 0,
        waited: float = 0.0,
    ) -> None:
        self.last_process = last_process
        self.last_state = last_state
        self.polls = polls
        self.waited = waited
        super().__init__(detail)

    def __repr__(self) -> str:
        state = None if self.last_state is None else str(self.last_state)
        return f"WaitTimeout(last_state={state!r}, polls={self.polls!r}, waited={self.waited:.1f})"


class OutcomeUnknown(UnicoError):
    """A write (``POST``) was sent and nothing says whether Unico acted on it: a timeout after sending, a dropped
    connection, or any 5xx. It was **not** resent: Unico documents no idempotency key, and a second creation is a
    second, billable verification. ``operation`` names the write (``"create_process"``), ``client_reference`` is the
    one the request carried (``None`` if none), ``request`` the ``httpx.Request`` that was sent; ``__cause__`` is the
    :class:`ServerError` or :class:`TransportError` that made the outcome unknown. See the README ("Safe writes") for
    how to reconcile.

    It sits directly under :class:`UnicoError`, not under :class:`APIStatusError`: when the cause is a
    :class:`TransportError` there was no response (``status_code`` and ``response`` are then ``None``)."""

    summary = "the outcome of the write is unknown; it was not resent"

    def __init__(
        self,
        detail: str | None = None,
        *,
        operation: str,
        client_reference: str | None = None,
        request: httpx.Request | None = None,
        status_code: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.operation = operation
        self.client_reference = client_reference
        self.request = request
        super().__init__(detail, status_code=status_code, response=response)

    def __repr__(self) -> str:
        return f"OutcomeUnknown(operation={self.operation!r}, status_code={self.status_code!r})"
