"""unico-idcloud: an independent client for Unico IDCloud (not published or supported by Unico).

    from unico_idcloud import IDCloud, ServiceAccount

    account = ServiceAccount.from_file("key.pem", name="my-account", tenant_id="my-tenant")
    with IDCloud(account) as client:  # Environment.UAT by default
        process = client.get_process("8263a268-5388-492a-bca2-28e1ff4a69f0")

Errors are in :mod:`unico_idcloud.errors`; the generated, low-level client is ``unico_idcloud_client``.
"""

from ._account import ServiceAccount
from ._client import AsyncIDCloud, IDCloud
from ._clock import Clock, SystemClock
from ._environment import Environment
from ._ratelimit import AdaptiveRateLimiter, RateLimiter
from ._redis_ratelimit import RedisRateLimiter
from ._token import AccessToken

__all__ = [
    "AccessToken",
    "AdaptiveRateLimiter",
    "AsyncIDCloud",
    "Clock",
    "Environment",
    "IDCloud",
    "RateLimiter",
    "RedisRateLimiter",
    "ServiceAccount",
    "SystemClock",
]
