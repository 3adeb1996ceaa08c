"""The receiver as a plain ASGI application: mount it in Starlette or FastAPI, or serve it alone.

No web framework: the receiver reads one body and writes one short JSON answer, which ASGI does in a few lines, so
the package needs no extra for it (the ``testing`` extra's Starlette stays a test dependency).
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread
from unico_idcloud_client.models import ProcessNotification

from ..errors import ConfigurationError
from ._calls import is_async_callable
from ._credentials import BasicAuth, BearerAuth, WebhookAuth, checked_auth
from ._errors import InvalidNotification, WebhookAuthError
from ._parse import notification_from_body
from ._store import ClaimStatus, DedupeStore, InMemoryDedupeStore

logger = logging.getLogger("unico_idcloud.webhooks")

Handler = Callable[[ProcessNotification], Awaitable[None] | None]
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

DEFAULT_LEASE = 120.0
MAX_BODY = 64 * 1024  # the documented body is a few hundred bytes
BODY_TIMEOUT = 5.0
"""Seconds a sender has to deliver the whole body (a few hundred bytes); a body still incomplete then is 408."""


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class WebhookApp:
    """See :func:`webhook_app`."""

    def __init__(
        self,
        handler: Handler,
        *,
        auth: WebhookAuth | None,
        store: DedupeStore | None = None,
        allow_unauthenticated: bool = False,
        lease: float = DEFAULT_LEASE,
        max_body: int = MAX_BODY,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        if not callable(handler):
            raise ConfigurationError("handler must be callable: handler(notification)")
        self.handler = handler
        self.auth = checked_auth(auth, allow_unauthenticated=allow_unauthenticated)
        self.store: DedupeStore = store if store is not None else InMemoryDedupeStore()
        self.lease = lease
        self.max_body = max_body
        if not body_timeout > 0:
            raise ConfigurationError("body_timeout must be a positive number of seconds")
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return  # websockets: nothing to do here; closing without accepting refuses them
        status, answer, extra = await self._answer(scope, receive)
        body = json.dumps(answer).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *extra]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer(self, scope: Scope, receive: Receive) -> tuple[int, dict[str, str], list[tuple[bytes, bytes]]]:
        if scope["method"] != "POST":
            return 405, {"error": "method not allowed"}, [(b"allow", b"POST")]
        try:
            if self.auth is not None:
                await self.auth.verify_async(scope["headers"])
        except WebhookAuthError as exc:
            logger.warning("Unico webhook refused (401): %s", exc)
            return 401, {"error": "unauthorized"}, _challenge(self.auth)
        try:
            # A sender that holds the body open (a chunked body that never ends) must not hold a task forever.
            with anyio.fail_after(self.body_timeout):
                raw = await self._body(receive)
        except TimeoutError:
            logger.warning("Unico webhook refused (408): the body did not arrive within %s s", self.body_timeout)
            return 408, {"error": "request timeout"}, [(b"connection", b"close")]
        except _TooLarge:
            logger.warning("Unico webhook refused (413): body over %d bytes", self.max_body)
            return 413, {"error": "body too large"}, []
        except _Disconnected:
            return 400, {"error": "client disconnected"}, []
        try:
            notification = notification_from_body(raw)
        except InvalidNotification as exc:
            logger.warning("Unico webhook refused (400): %s", exc)
            return 400, {"error": "invalid notification", "detail": exc.detail or exc.summary}, []
        return await self._dispatch(notification)

    async def _dispatch(self, notification: ProcessNotification) -> tuple[int, dict[str, str], list[Any]]:
        key = str(notification.process_id)
        try:
            claim = await self.store.claim(key, lease=self.lease)
        except Exception:
            logger.exception("Unico webhook for process %s: the dedupe store failed (503)", key)
            return 503, {"status": "unavailable"}, []
        if claim.status is ClaimStatus.DONE:
            logger.info("Unico webhook for process %s: already handled", key)
            return 200, {"status": "duplicate"}, []
        if claim.status is ClaimStatus.BUSY or claim.token is None:
            # Another delivery holds it: do not acknowledge yet, in case that one fails; Unico's retry finds it done.
            logger.info("Unico webhook for process %s: being handled by another delivery (409)", key)
            return 409, {"status": "in progress"}, []
        handled = False
        try:
            await self._call_handler(notification)
            handled = True
        except Exception:
            logger.exception("Unico webhook for process %s: the handler raised (500; Unico will retry)", key)
            return 500, {"status": "failed"}, []
        finally:
            if not handled:
                # Any exit that did not finish the handler gives the claim up, cancellation included (a BaseException:
                # uvicorn cancels running requests when a graceful shutdown times out, on every rolling deploy), so
                # Unico's next attempt is handled instead of refused 409 until the lease ends.
                with anyio.CancelScope(shield=True):
                    await self._quietly(self.store.release(key, claim.token), key)
        await self._quietly(self.store.complete(key, claim.token), key)
        logger.info("Unico webhook for process %s: handled", key)
        return 200, {"status": "handled"}, []

    async def _call_handler(self, notification: ProcessNotification) -> None:
        if is_async_callable(self.handler):
            await self.handler(notification)  # type: ignore[misc]
            return
        # A sync handler runs in a worker thread, as Starlette runs sync endpoints: it must not block the loop.
        result = await anyio.to_thread.run_sync(self.handler, notification)
        if inspect.isawaitable(result):
            await result

    @staticmethod
    async def _quietly(operation: Awaitable[None], key: str) -> None:
        try:
            await operation
        except Exception:
            # The answer stands; a lost completion only means a later duplicate is handled again.
            logger.exception("Unico webhook for process %s: the dedupe store failed", key)

    async def _body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def __repr__(self) -> str:
        return f"WebhookApp(auth={self.auth!r}, store={self.store!r})"


def webhook_app(
    handler: Handler,
    *,
    auth: WebhookAuth | None,
    store: DedupeStore | None = None,
    allow_unauthenticated: bool = False,
    lease: float = DEFAULT_LEASE,
    max_body: int = MAX_BODY,
    body_timeout: float = BODY_TIMEOUT,
) -> WebhookApp:
    """An ASGI app that receives Unico's "process finished" notifications.

    Every POST (any path: mount it where you like) is answered:

    - 401 when the credentials do not match ``auth`` (:class:`BasicAuth`, :class:`ApiKeyAuth`, :class:`BearerAuth`;
      ``auth=None`` only with ``allow_unauthenticated=True``, which logs a warning);
    - 400 when the body is not a notification (or is ambiguous: a key given twice), 413 over ``max_body`` bytes,
      408 when the whole body has not arrived ``body_timeout`` seconds after the request (5 s by default);
    - 200 once ``handler(notification)`` returned, and for every later delivery of the same ``processId`` (the
      handler is called once per process id, remembered in ``store``; in memory by default);
    - 409 while another delivery of the same process id is being handled (Unico retries; the retry gets 200);
    - 500 when the handler raised: the claim is released so that Unico's retry calls the handler again. A handler
      that is cancelled (a server shutting down) releases its claim too.

    ``handler`` may be a coroutine function; a plain function runs in a worker thread. Keep it short (Unico times
    deliveries out): record the id, or fetch the result, and return. ``lease`` is how long a claim outlives a
    worker that died while handling it.
    """
    return WebhookApp(
        handler,
        auth=auth,
        store=store,
        allow_unauthenticated=allow_unauthenticated,
        lease=lease,
        max_body=max_body,
        body_timeout=body_timeout,
    )


def _challenge(auth: WebhookAuth | None) -> list[tuple[bytes, bytes]]:
    if isinstance(auth, BasicAuth):
        return [(b"www-authenticate", b'Basic realm="unico-webhook"')]
    if isinstance(auth, BearerAuth):
        return [(b"www-authenticate", b"Bearer")]
    return []


async def _lifespan(receive: Receive, send: Send) -> None:
    """Standalone under uvicorn: nothing to start or stop, but the lifespan protocol wants its answers."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
