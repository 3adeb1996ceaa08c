"""From request headers and body to the generated ``ProcessNotification``, or a typed error."""

from __future__ import annotations

import json
import uuid
from typing import Any

from unico_idcloud_client.models import ProcessNotification

from ._credentials import Headers, HeadersLike, WebhookAuth, checked_auth
from ._errors import InvalidNotification

# The optional fields the spec lists; each is a string when present (null is taken as absent).
_OPTIONAL_STRINGS = ("state", "flow", "lastEvent", "lastEventDescription")


class _DuplicateKey(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different: ``{"processId": A, "processId": B}`` is ambiguous (parsers disagree
    on which one wins), so it is refused rather than read as B."""
    data: dict[str, Any] = {}
    for name, value in pairs:
        if name in data:
            raise _DuplicateKey(name)
        data[name] = value
    return data


def notification_from_body(body: bytes | str) -> ProcessNotification:
    """The notification in ``body``, or :class:`InvalidNotification` (never a bare ``ValueError``/``KeyError``).

    Unknown ``state`` and ``lastEvent`` values and unlisted fields are kept (Unico asks integrators not to fail on
    new values); only what stops a receiver from fetching the result, or a field of the wrong type, is refused.
    """
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    try:
        data: Any = json.loads(raw, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise InvalidNotification(f"the key {exc.name[:40]!r} appears twice", body=raw) from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise InvalidNotification("the body is not JSON", body=raw) from None
    if not isinstance(data, dict):
        raise InvalidNotification("the body is not a JSON object", body=raw)
    if "processId" not in data:
        raise InvalidNotification("processId is missing", body=raw)
    if not isinstance(data["processId"], str):
        raise InvalidNotification("processId is not a string", body=raw)
    for name in _OPTIONAL_STRINGS:
        if data.get(name, "") is None:
            del data[name]
        elif not isinstance(data.get(name, ""), str):
            raise InvalidNotification(f"{name} is not a string", body=raw)
    try:
        uuid.UUID(data["processId"])
    except ValueError:
        raise InvalidNotification("processId is not a UUID", body=raw) from None
    try:
        return ProcessNotification.from_dict(data)
    except (ValueError, TypeError, KeyError) as exc:  # not expected after the checks above; typed all the same
        raise InvalidNotification(f"the body is not a notification ({type(exc).__name__})", body=raw) from None


def parse_notification(
    headers: HeadersLike,
    body: bytes | str,
    *,
    auth: WebhookAuth | None,
    allow_unauthenticated: bool = False,
) -> ProcessNotification:
    """Check the credentials in ``headers``, then parse ``body``.

    Raises :class:`WebhookAuthError` (answer 401) or :class:`InvalidNotification` (answer 400). ``auth=None`` needs
    ``allow_unauthenticated=True`` and logs a warning on every call. A :class:`BearerAuth` with an async validator
    needs :func:`parse_notification_async`.
    """
    checked = checked_auth(auth, allow_unauthenticated=allow_unauthenticated)
    if checked is not None:
        checked.verify(Headers(headers))
    return notification_from_body(body)


async def parse_notification_async(
    headers: HeadersLike,
    body: bytes | str,
    *,
    auth: WebhookAuth | None,
    allow_unauthenticated: bool = False,
) -> ProcessNotification:
    """:func:`parse_notification` for async code: the Bearer validator may be a coroutine function, and a sync one
    runs in a worker thread."""
    checked = checked_auth(auth, allow_unauthenticated=allow_unauthenticated)
    if checked is not None:
        await checked.verify_async(Headers(headers))
    return notification_from_body(body)
