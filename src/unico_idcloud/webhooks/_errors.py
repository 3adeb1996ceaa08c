"""What the webhook receiver raises. Messages say what is wrong, never the credentials or the body's contents."""

from __future__ import annotations


class WebhookError(Exception):
    """Base of the webhook errors.

    Stand-in for ``unico_idcloud.errors.UnicoError`` until the runtime (issue 12) is on main; the constructor takes
    the same leading ``detail`` so that the switch is a change of base class only.
    """

    summary = "webhook error"

    def __init__(self, detail: str | None = None) -> None:
        self.detail = detail
        super().__init__(detail or self.summary)


class WebhookAuthError(WebhookError):
    """The request does not carry the configured credentials (the receiver answers 401)."""

    summary = "webhook credentials refused"


class InvalidNotification(WebhookError):
    """The body is not a notification: not JSON, not an object, no ``processId``, not a UUID, a field of the wrong
    type (the receiver answers 400). ``body`` is the raw body, kept for inspection; it is never in the message."""

    summary = "invalid webhook notification"

    def __init__(self, detail: str | None = None, *, body: bytes = b"") -> None:
        self.body = body
        super().__init__(detail)

    def __repr__(self) -> str:
        return f"InvalidNotification({self.detail!r}, body=<{len(self.body)} bytes>)"
