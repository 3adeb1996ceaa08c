"""What the webhook receiver raises. Messages say what is wrong, never the credentials or the body's contents."""

from __future__ import annotations

from ..errors import UnicoError


class WebhookError(UnicoError):
    """Base of the webhook errors. ``status_code`` is what the receiver answers Unico."""

    summary = "webhook error"
    status = 400

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, status_code=self.status)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.detail!r})"


class WebhookAuthError(WebhookError):
    """The request does not carry the configured credentials (the receiver answers 401)."""

    summary = "webhook credentials refused"
    status = 401


class InvalidNotification(WebhookError):
    """The body is not a notification: not JSON, not an object, no ``processId``, not a UUID, a field of the wrong
    type (the receiver answers 400). ``body`` is the raw body, kept for inspection; it is never in the message."""

    summary = "invalid webhook notification"
    status = 400

    def __init__(self, detail: str | None = None, *, body: bytes = b"") -> None:
        self.body = body
        super().__init__(detail)

    def __repr__(self) -> str:
        return f"InvalidNotification({self.detail!r}, body=<{len(self.body)} bytes>)"
