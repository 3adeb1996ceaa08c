"""One Redis, reached from threads and from asyncio tasks: what the shared rate limit and the webhook dedupe store
have in common.

``redis`` is an optional dependency (the ``redis`` extra): it is imported when a Redis-backed object is built, never
when ``unico_idcloud`` is. A client built here from a URL fails fast (1 s timeouts, one immediate retry for a pooled
connection that a restarted server closed) instead of redis-py's default of ten retries with backoff: a caller that
cannot reach Redis should hear it within a second and fall back, not wait. A client you pass keeps its own settings.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

from .errors import ConfigurationError

if TYPE_CHECKING:
    import redis
    import redis.asyncio

    RedisTarget: TypeAlias = str | redis.Redis | redis.asyncio.Redis
else:
    RedisTarget: TypeAlias = Any

DEFAULT_TIMEOUT = 1.0
KEY_PREFIX = "unico-idcloud"


def require_redis(what: str) -> None:
    """Import ``redis`` or say how to install it."""
    try:
        import redis.asyncio  # noqa: F401  (imports redis too)
    except ImportError as exc:
        raise ConfigurationError(f"{what} needs the redis client: pip install 'unico-idcloud[redis]'") from exc


def unavailable_errors() -> tuple[type[Exception], ...]:
    """What a Redis that is down, restarting or unreachable raises (``redis`` must be importable)."""
    import redis.exceptions

    return (redis.exceptions.RedisError, OSError)


def key_name(kind: str, name: str, part: str) -> str:
    """``unico-idcloud:<kind>:{<name>}:<part>``: the braces keep one name's keys in one Redis Cluster slot, which a
    script touching several of them needs."""
    return f"{KEY_PREFIX}:{kind}:{{{name}}}:{part}"


def _where_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{parts.hostname or 'localhost'}:{port or 6379}"


def _where_client(client: redis.Redis | redis.asyncio.Redis) -> str:
    kwargs: dict[str, Any] = client.connection_pool.connection_kwargs
    if "path" in kwargs:
        return str(kwargs["path"])
    return f"{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}"


class RedisConnections:
    """Clients for one Redis: a ``redis.Redis`` for threads and one ``redis.asyncio.Redis`` per event loop (an asyncio
    client belongs to the loop it first ran on).

    Built from a URL, it makes both kinds as needed. Given a ``redis.Redis``, async callers run its commands in a
    worker thread; given a ``redis.asyncio.Redis``, only async callers are served. ``where`` names the server
    (host and port, never the password a URL may carry).
    """

    def __init__(self, target: RedisTarget, *, timeout: float, what: str) -> None:
        require_redis(what)
        import redis
        import redis.asyncio

        self._what = what
        self._timeout = timeout
        self._url: str | None = None
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        if isinstance(target, str):
            self._url = target
            self.where = _where_url(target)
        elif isinstance(target, redis.asyncio.Redis):
            self._async = target
            self.where = _where_client(target)
        elif isinstance(target, redis.Redis):
            self._sync = target
            self.where = _where_client(target)
        else:
            raise ConfigurationError(f"{what} takes a redis:// URL, a redis.Redis or a redis.asyncio.Redis")
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, redis.asyncio.Redis] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()

    def _options(self) -> dict[str, Any]:
        return {"socket_timeout": self._timeout, "socket_connect_timeout": self._timeout}

    def sync(self) -> redis.Redis:
        """The client for threads; a :class:`ConfigurationError` if only an asyncio client was given."""
        if self._sync is not None:
            return self._sync
        if self._url is None:
            raise ConfigurationError(
                f"{self._what} was given a redis.asyncio.Redis: synchronous callers need a URL or a redis.Redis"
            )
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        with self._lock:
            if self._sync is None:
                self._sync = redis.Redis.from_url(self._url, retry=Retry(NoBackoff(), 1), **self._options())
            return self._sync

    def for_running_loop(self) -> redis.asyncio.Redis | None:
        """The asyncio client for the running loop; ``None`` outside asyncio (trio, or no loop) or when only a
        ``redis.Redis`` was given: the caller then runs :meth:`sync`'s commands in a worker thread."""
        if self._async is not None:
            return self._async
        if self._url is None:
            return None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        import redis.asyncio
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        with self._lock:
            client = self._per_loop.get(loop)
            if client is None:
                client = redis.asyncio.Redis.from_url(self._url, retry=Retry(NoBackoff(), 1), **self._options())
                self._per_loop[loop] = client
            return client

    def close(self) -> None:
        """Close the clients this object made (not one that was passed in)."""
        if self._url is not None and self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        """:meth:`close`, and the asyncio client of the running loop."""
        self.close()
        if self._url is None:
            return
        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._per_loop.pop(loop, None)
        if client is not None:
            await client.aclose()
