"""What a write's failure becomes (ARCHITECTURE.md "Writes"), for both clients.

The transport never resends a write whose outcome is unknown (:meth:`._retry.UnicoRetry.for_method`); this turns
what reaches the caller into the error that says what is known:

- a 5xx, or no answer after the request was sent (a read or write timeout, a dropped connection, a protocol
  error): :class:`OutcomeUnknown`, carrying the operation, the ``client_reference`` and the request sent, the
  :class:`ServerError` or :class:`TransportError` as its cause;
- no connection at all (refused, connect timeout, no free pooled connection): the :class:`TransportError` as for a
  read, since nothing reached Unico;
- a 2xx whose body does not parse: :class:`OutcomeUnknown` too (the write was done; what it made is unreadable);
- a 400: :class:`BadRequest` (an :class:`InvalidRequest`), with ``field`` when Unico's message names one;
- the call interrupted (its task cancelled, ``asyncio.timeout()``, Ctrl-C): the interruption as it is (never
  swallowed nor replaced), with a note and one warning saying that the write may have been sent and was not resent.

Every personal value the request carried (the generated models' ``x-sensitive`` fields: document number, name,
e-mail, phone, document contents) is registered with :mod:`._scrub` before the send (so no log record or error text
shows it) and masked into the text of every error the call raises, its causes' included.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

import attrs
import httpx
from unico_idcloud_client.types import mask_repr

from ._operations import Operation
from ._retry import NOT_SENT_EXCEPTIONS
from ._scrub import remember
from .errors import (
    BadRequest,
    OutcomeUnknown,
    ServerError,
    TransportError,
    UnexpectedResponse,
    UnicoError,
)

MASK = "***"

logger = logging.getLogger("unico_idcloud")

# What interrupts a call from outside: not an error of the call's, so it passes through as it is; but the write may
# already be on the wire, and whoever catches it (asyncio.timeout() makes it a TimeoutError) must not simply retry.
_INTERRUPTIONS = (asyncio.CancelledError, KeyboardInterrupt)


# A read's failures pass through as they are: one reusable do-nothing context, no generator made per call.
_READ = nullcontext()


def write_outcome(operation: Operation[Any], args: tuple[Any, ...]) -> AbstractContextManager[None]:
    """Around a call's send and result: a write's failures as described above; a read's pass through."""
    if operation.write is None:
        return _READ
    return _write_outcome(operation.write, args)


@contextmanager
def _write_outcome(name: str, args: tuple[Any, ...]) -> Iterator[None]:
    personal = personal_values(args)
    # Registered before the send: any log record or error text from here on, in any module, is scrubbed of them.
    remember(*personal)
    try:
        yield
    except UnicoError as error:
        # And masked into this call's errors now: the registry is bounded and skips short values (a short name).
        outcome = _for_write(name, args, error)
        if outcome is error:  # passed through: keep its own cause (``from error`` would make it its own)
            raise _masked_chain(error, personal) from error.__cause__
        raise _masked(outcome, personal) from _masked_chain(error, personal)
    except _INTERRUPTIONS as interruption:
        interruption.add_note(
            f"{name} was interrupted and may have been sent; it was not resent: its outcome is unknown, reconcile "
            'before writing again (README, "Safe writes")'
        )
        logger.warning(
            "%s interrupted (%s): it may have been sent and was not resent; its outcome is unknown",
            name,
            type(interruption).__name__,
        )
        raise


def _for_write(name: str, args: tuple[Any, ...], error: UnicoError) -> UnicoError:
    if (
        isinstance(error, ServerError)
        or _unparsed_success(error)
        or (isinstance(error, TransportError) and not _never_sent(error))
    ):
        return OutcomeUnknown(
            f"{name}: {error.detail or error.summary}; not resent (the write may have been done)",
            operation=name,
            client_reference=client_reference_of(args),
            request=_request_of(error),
            status_code=error.status_code,
            response=error.response,
        )
    # A 400 names its field in Unico's message; an operation that reads its own codes (Operation.refine: the IDCheck
    # creation) has already named it.
    if isinstance(error, BadRequest) and error.field is None:
        field = field_named(error.message, person=any(hasattr(arg, "person") for arg in args))
        if field is None:
            return error
        return type(error)(
            error.detail,
            field=field,
            status_code=error.status_code,
            code=error.code,
            message=error.message,
            response=error.response,
        )
    return error


def _unparsed_success(error: UnicoError) -> bool:
    """A 2xx whose body does not parse: Unico acted on the write, and what it made cannot be read."""
    return isinstance(error, UnexpectedResponse) and error.status_code is not None and 200 <= error.status_code < 300


def _never_sent(error: TransportError) -> bool:
    return isinstance(error.__cause__, NOT_SENT_EXCEPTIONS)


def _request_of(error: UnicoError) -> httpx.Request | None:
    if error.response is not None:
        return error.response.request
    cause = error.__cause__
    if isinstance(cause, httpx.RequestError):
        try:
            return cause.request
        except RuntimeError:  # httpx raises it when the error was made without a request
            return None
    return None


def client_reference_of(args: Iterable[Any]) -> str | None:
    """The ``client_reference`` a write's request model carries, if any."""
    for arg in args:
        value = getattr(arg, "client_reference", None)
        if isinstance(value, str):
            return value
    return None


def personal_values(value: Any) -> frozenset[str]:
    """Every string in ``value`` (request models, nested, in lists) held by a field the spec marks ``x-sensitive``
    (the generated models mask exactly those in ``repr()``: that is how they are found)."""
    found: set[str] = set()
    _collect(value, found, sensitive=False)
    return frozenset(v for v in found if v.strip())


def _collect(value: Any, found: set[str], *, sensitive: bool) -> None:
    if isinstance(value, str):
        if sensitive:
            found.add(value)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _collect(getattr(value, field.name), found, sensitive=sensitive or field.repr is mask_repr)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _collect(item, found, sensitive=sensitive)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found, sensitive=sensitive)


def mask(text: str, values: Iterable[str]) -> str:
    """``text`` with each of ``values`` replaced by ``***`` (longest first, so a value containing another goes
    whole)."""
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, MASK)
    return text


def _masked(error: UnicoError, values: frozenset[str]) -> UnicoError:
    if values:
        if error.message is not None:
            error.message = mask(error.message, values)
        if error.detail is not None:
            error.detail = mask(error.detail, values)
        error.args = (str(error),)
    return error


def _masked_chain(error: BaseException, values: frozenset[str]) -> BaseException:
    """``error`` and its causes with ``values`` masked in their text; returns ``error``."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, UnicoError):
            _masked(current, values)
        elif values:
            current.args = tuple(mask(a, values) if isinstance(a, str) else a for a in current.args)
        current = current.__cause__ or current.__context__
    return error


# Unico's 400 messages name the field first ("invalid flow", "invalid callbackUri: ...", "invalid person: friendly
# name exceeds 50 characters."); the document number is named only inside its validator's message.
_INVALID = re.compile(r"^invalid (?P<field>[A-Za-z_]+)\b(?::\s*(?P<rest>.*))?", re.DOTALL)
_PERSON_FIELDS = (
    ("friendly name", "friendly_name"),
    ("friendlyname", "friendly_name"),
    ("email", "email"),
    ("e-mail", "email"),
    ("phone", "phone"),
    ("notification", "notifications"),
    ("duivalue", "dui_value"),
    ("dui value", "dui_value"),
    ("duitype", "dui_type"),
)
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def field_named(message: str | None, *, person: bool = False) -> str | None:
    """The request field a 400 message names, as the Python argument is spelled (``"callback_uri"``,
    ``"person.friendly_name"``, ``"dui_value"``), or ``None``. ``person``: the body keeps the document number under
    ``person`` (Create Process), not at its top (Set Process Document)."""
    if not message:
        return None
    text = message.strip()
    if "invalid dui value" in text.lower():
        return "person.dui_value" if person else "dui_value"
    found = _INVALID.match(text)
    if found is None:
        return None
    field = _snake(found.group("field"))
    if field == "request":  # "invalid request body: ..." names no field
        return None
    rest = (found.group("rest") or "").lower()
    if field == "person":
        for words, name in _PERSON_FIELDS:
            if rest.startswith(words) or f" {words}" in f" {rest}":
                return f"person.{name}"
    return field


def _snake(name: str) -> str:
    return _CAMEL.sub("_", name).lower()
