"""Webhook dedupe shared by several receivers: :class:`RedisDedupeStore`, a :class:`DedupeStore` in Redis.

A process id is a Redis key whose value says who holds it: a claim token while one receiver handles it (with the
lease as the key's expiry, so a receiver that dies mid-handler blocks the id for ``lease`` seconds at most), then
``done`` for ``remember`` seconds once handled. Claim, complete and release are each one short Lua script, so
"is it done, is it claimed, claim it" cannot interleave between two receivers, and a receiver whose lease ran out
cannot complete or release the claim another one took since (the compare-and-set the plain ``SET NX`` lacks).
Expiry is Redis's own clock: receivers on different hosts need not agree on the time.

There is no local fallback here: a receiver that cannot reach Redis could not know whether another one handled the
id, so the store raises and the receiver answers 503, which Unico retries.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Sequence
from typing import Any

import anyio.to_thread

from .._redis import DEFAULT_TIMEOUT, RedisConnections, RedisTarget, key_name
from ._store import Claim, ClaimStatus

DEFAULT_REMEMBER = 24 * 3600.0
_DONE = "done"

# KEYS: the id's key. ARGV: a new token, the lease in ms. Returns 'acquired', 'busy' or 'done'.
_CLAIM = """
local held = redis.call('GET', KEYS[1])
if held == 'done' then return 'done' end
if held then return 'busy' end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 'acquired'
"""

# KEYS: the id's key. ARGV: the token, how long to remember it in ms. Returns 1 if the token held the claim.
_COMPLETE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
return 1
"""

# KEYS: the id's key. ARGV: the token. Returns 1 if the token held the claim.
_RELEASE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
"""


def _ms(seconds: float) -> str:
    return str(max(1, math.ceil(seconds * 1000)))


class RedisDedupeStore:
    """A webhook dedupe store in Redis, shared by every receiver that uses the same ``namespace``:
    ``webhook_app(handler, auth=..., store=RedisDedupeStore("redis://..."))`` in each of them.

    Args:
        redis: a ``redis://`` URL, a ``redis.asyncio.Redis`` or a ``redis.Redis`` (its commands then run in a
            worker thread).
        namespace: the name of this set of ids in Redis (e.g. the tenant id).
        remember: how long a handled id is remembered (seconds; 24 h by default).
        timeout: connect and read timeout for a client built from a URL (seconds).
    """

    def __init__(
        self,
        redis: RedisTarget,
        *,
        namespace: str = "default",
        remember: float = DEFAULT_REMEMBER,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._connections = RedisConnections(redis, timeout=timeout, what="RedisDedupeStore")
        self.namespace = namespace
        self.remember = remember

    def _key(self, key: str) -> str:
        return key_name("webhook", self.namespace, key)

    async def _run(self, script: str, key: str, args: Sequence[str]) -> Any:
        client = self._connections.for_running_loop()
        if client is not None:
            return await client.register_script(script)([self._key(key)], list(args))
        sync_script = self._connections.sync().register_script(script)
        return await anyio.to_thread.run_sync(sync_script, [self._key(key)], list(args))

    async def claim(self, key: str, *, lease: float) -> Claim:
        token = f"claim:{secrets.token_hex(16)}"  # never equal to 'done'
        reply = await self._run(_CLAIM, key, [token, _ms(lease)])
        status = ClaimStatus(reply.decode() if isinstance(reply, bytes) else reply)
        return Claim(status, token if status is ClaimStatus.ACQUIRED else None)

    async def complete(self, key: str, token: str) -> None:
        await self._run(_COMPLETE, key, [token, _ms(self.remember)])

    async def release(self, key: str, token: str) -> None:
        await self._run(_RELEASE, key, [token])

    def close(self) -> None:
        """Close the synchronous client this store made from a URL (a client you passed stays open)."""
        self._connections.close()

    async def aclose(self) -> None:
        """Close the clients this store made from a URL for the running loop."""
        await self._connections.aclose()

    def __repr__(self) -> str:
        return f"RedisDedupeStore({self._connections.where!r}, namespace={self.namespace!r})"
