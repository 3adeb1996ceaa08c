"""Receive Unico's "process finished" webhook: check the credentials Unico presents, parse the notification,
call your handler once per process id however often Unico delivers it, and fetch the result.

    from unico_idcloud.webhooks import BasicAuth, webhook_app

    async def on_finished(notification):          # a ProcessNotification
        process, verdict = await fetch_and_decide_async(client, notification)

    app = webhook_app(on_finished, auth=BasicAuth("unico:s3cret"))   # ASGI: mount it, or serve it alone

Without a framework: :func:`parse_notification` (headers, body) -> ``ProcessNotification`` or a typed error.
"""

from unico_idcloud_client.models import ProcessEventType, ProcessNotification

from ._app import Handler, WebhookApp, webhook_app
from ._credentials import ApiKeyAuth, BasicAuth, BearerAuth, BearerValidator, HeadersLike, WebhookAuth
from ._errors import InvalidNotification, WebhookAuthError, WebhookError
from ._fetch import (
    AsyncProcessReader,
    Decided,
    ProcessReader,
    fetch_and_decide,
    fetch_and_decide_async,
    fetch_process,
    fetch_process_async,
)
from ._parse import parse_notification, parse_notification_async
from ._redis_store import RedisDedupeStore
from ._store import Claim, ClaimStatus, DedupeStore, InMemoryDedupeStore

__all__ = [
    "ApiKeyAuth",
    "AsyncProcessReader",
    "BasicAuth",
    "BearerAuth",
    "BearerValidator",
    "Claim",
    "ClaimStatus",
    "Decided",
    "DedupeStore",
    "Handler",
    "HeadersLike",
    "InMemoryDedupeStore",
    "InvalidNotification",
    "ProcessEventType",
    "ProcessNotification",
    "ProcessReader",
    "RedisDedupeStore",
    "WebhookApp",
    "WebhookAuth",
    "WebhookAuthError",
    "WebhookError",
    "fetch_and_decide",
    "fetch_and_decide_async",
    "fetch_process",
    "fetch_process_async",
    "parse_notification",
    "parse_notification_async",
    "webhook_app",
]
