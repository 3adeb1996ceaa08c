"""One tenant budget shared by every process and host: :class:`RedisRateLimiter`.

It keeps :class:`AdaptiveRateLimiter`'s behaviour, with the state in Redis instead of one process's memory: requests
are spaced evenly across all workers (no bursts), a 429 seen by one worker slows every worker down, and the recovery
that follows is shared too.

Hand-written, as two short Lua scripts, because no limiter library fits. `limits` counts hits in windows (fixed,
moving, sliding counter) with whole-second granularity: a full window's worth may go out in one burst, and it answers
yes or no, so waiting workers would poll. `pyrate-limiter` 4 has a Redis GCRA store that spaces requests, but its
rate is fixed when the limiter is built (a pace shared and changed by 429s does not fit its model), it also answers
yes or no with a retry-after (every waiting worker wakes up and competes for the same slot, and a slot taken late is
lost), and it reads each worker's own wall clock. The scripts here are a GCRA-style *reservation*: each call takes
the next free slot on one shared schedule and is told how long to wait for it, so the slots are handed out back to
back whoever wakes late, and no worker retries. Time is Redis's ``TIME``: one clock for all hosts. Each script runs
atomically, so the schedule and the shared pace never race. Redis 5 or later.

Spacing and jitter: a server counting a sliding second refuses the ``rate + 1``-th request when the requests
``rate`` apart arrive less than a second apart. Spaced exactly ``1/rate`` apart, they span exactly one second, so any
network jitter (one request a little late, the one ``rate`` later a little early) produces a 429. ``headroom``
(3 % by default) spaces them ``(1 + headroom)/rate`` apart: ``rate + 1`` consecutive requests then span
``1 + headroom`` seconds, which absorbs up to 30 ms of jitter at any rate for 3 % of the budget. Two sources of
jitter the client can see are taken out of that: the wait is counted from the middle of the round trip to Redis,
and a worker that lets a request go out late (it was not scheduled in time) says so with its next reservation,
which moves the slot ``rate`` places later by as much (the script keeps every slot a second and the headroom after
the one ``rate`` places before it, as it actually went out).

When Redis cannot be reached the limiter falls back to an in-memory :class:`AdaptiveRateLimiter` at a conservative
share of the budget, logs one warning, asks Redis again at most every ``probe_interval`` seconds, and returns to the
shared budget (with one info line) when Redis answers. With a client built from a URL, no request waits on an
unreachable Redis for more than twice ``timeout`` (one retry, for a connection a restarted server closed), and none
fails because of it.
"""

from __future__ import annotations

import asyncio
import logging
import math
import secrets
import string
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread

from ._clock import SYSTEM_CLOCK, Clock
from ._ratelimit import (
    _DECREASE,
    _ESTIMATE_MARGIN,
    _FAST_RECOVERY,
    _FLOOR_SHARE,
    _SLOW_RECOVERY,
    DEFAULT_RATE,
    WINDOW,
    AdaptiveRateLimiter,
)
from ._redis import DEFAULT_TIMEOUT, RedisConnections, RedisTarget, key_name, unavailable_errors
from .errors import ConfigurationError

if TYPE_CHECKING:
    import redis
    import redis.asyncio

logger = logging.getLogger("unico_idcloud")

DEFAULT_HEADROOM = 0.03
DEFAULT_PROBE_INTERVAL = 5.0
DEFAULT_EXPECTED_WORKERS = 4
WORKER_MEMORY = 60.0  # a worker counts towards the fallback share for this long after its last request
STATE_TTL_MS = 3_600_000  # the shared state of a budget nobody used for an hour is dropped
_CHECK_AHEAD = 0.005  # a waiting caller looks for another worker's 429 this long before its slot
_LATE = 0.001  # a request that goes out later than this after its slot is reported as late

# Both scripts read time from Redis (one clock for every host) unless ARGV[1] gives it (a test's virtual clock).
# Numbers are written with %.17g: Redis formats a Lua number with 14 digits, which would round today's epoch seconds
# to 0.1 ms. The constants are AdaptiveRateLimiter's, so both limiters follow one policy.
_PRELUDE = """
local function fmt(x) return string.format('%.17g', x) end
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local rate = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
"""

# KEYS: state (hash), sent (zset: slot number -> when it went out), workers (zset: worker id -> last request)
# ARGV: now, rate, ttl, headroom, worker id, then pairs (slot number, seconds it went out late) this worker saw
# Returns: {wait seconds, epoch, workers seen in the last WORKER_MEMORY seconds, pace, slot number}
_RESERVE = string.Template(
    _PRELUDE
    + """
local headroom = tonumber(ARGV[4])
for i = 6, #ARGV - 1, 2 do
  local at = redis.call('ZSCORE', KEYS[2], ARGV[i])
  if at then redis.call('ZADD', KEYS[2], 'XX', fmt(tonumber(at) + tonumber(ARGV[i + 1])), ARGV[i]) end
end
local s = redis.call('HMGET', KEYS[1], 'next', 'pace', 'ceiling', 'hold', 'last', 'epoch')
local next_slot = tonumber(s[1]) or now
local pace = math.min(tonumber(s[2]) or rate, rate)
local ceiling = tonumber(s[3]) or math.huge
local hold = tonumber(s[4]) or 0
local last = tonumber(s[5]) or now
-- Recovery follows traffic (an idle minute does not count as a minute of successes): quickly back to just under the
-- level that failed, then slowly beyond it.
if pace < rate and now >= hold then
  local elapsed = math.min($window, now - math.max(last, hold))
  if elapsed > 0 then
    local below = ceiling * $margin
    if pace < below then
      pace = math.min(below, pace * (1 + $fast * elapsed))
    else
      pace = pace * (1 + $slow * elapsed)
    end
    pace = math.min(rate, pace)
  end
end
local slot = math.max(now, next_slot)
-- A request that went out late (its worker was not scheduled in time) moves the slot ``rate`` places after it by as
-- much, so that the two stay a second and the headroom apart, as the server's sliding second needs.
local n = math.max(1, math.floor(rate))
local nth = redis.call('ZREVRANGE', KEYS[2], n - 1, n - 1, 'WITHSCORES')
local guard = nth[2] and tonumber(nth[2]) + n * (1 + headroom) / rate
if guard and guard > slot + 0.0005 then slot = guard end  -- not for rounding: lateness under 1 ms is not reported
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('HSET', KEYS[1], 'next', fmt(slot + (1 + headroom) / pace), 'pace', fmt(pace), 'last', fmt(now))
redis.call('ZADD', KEYS[2], fmt(slot), seq)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', fmt(now - 2 * $window))
redis.call('ZADD', KEYS[3], fmt(now), ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', fmt(now - $memory))
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ttl) end
return {fmt(slot - now), tonumber(s[6]) or 0, redis.call('ZCARD', KEYS[3]), fmt(pace), seq}
"""
).substitute(window=WINDOW, margin=_ESTIMATE_MARGIN, fast=_FAST_RECOVERY, slow=_SLOW_RECOVERY, memory=WORKER_MEMORY)

# KEYS: state, sent, throttled (zset: when 429s came back)
# ARGV: now, rate, ttl, min rate, Retry-After seconds ('' if none)
# Returns: the new pace
_THROTTLE = string.Template(
    _PRELUDE
    + """
local min_rate = tonumber(ARGV[4])
local retry_after = tonumber(ARGV[5])
local s = redis.call('HMGET', KEYS[1], 'next', 'pace', 'hold')
local next_slot = tonumber(s[1]) or now
local pace = math.min(tonumber(s[2]) or rate, rate)
local hold = tonumber(s[3]) or 0
local since = '(' .. fmt(now - $window)
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('ZADD', KEYS[3], fmt(now), seq)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', fmt(now - 2 * $window))
-- What got through in the last second, all workers together: the slots handed out, less the 429s.
local got = math.max(0, redis.call('ZCOUNT', KEYS[2], since, fmt(now)) - redis.call('ZCOUNT', KEYS[3], since, fmt(now)))
-- One decrease per window, however many workers' requests in flight come back 429.
if now >= hold then
  local target = math.max(got / $window * $margin, pace * $floor)
  pace = math.max(min_rate, math.min(pace * $decrease, target))
  local ceiling = math.max(got / $window, pace)
  redis.call('HSET', KEYS[1], 'ceiling', fmt(ceiling), 'hold', fmt(now + $window), 'pace', fmt(pace))
end
-- Nothing more goes out until the requests of the last second have left the server's window.
local pause = retry_after
if not pause then
  local oldest = redis.call('ZRANGEBYSCORE', KEYS[2], since, fmt(now), 'WITHSCORES', 'LIMIT', 0, 1)
  pause = oldest[2] and (tonumber(oldest[2]) + $window - now) or 0
end
redis.call('HSET', KEYS[1], 'next', fmt(math.max(next_slot, now + math.max(pause, 1 / pace))))
redis.call('HINCRBY', KEYS[1], 'epoch', 1)
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ttl) end
return fmt(pace)
"""
).substitute(window=WINDOW, margin=_ESTIMATE_MARGIN, floor=_FLOOR_SHARE, decrease=_DECREASE)


@dataclass(frozen=True)
class _Grant:
    at: float  # the slot, on this process's monotonic clock
    epoch: int
    seq: int  # its number in Redis


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Sleep:
    seconds: float


_Command = Callable[["redis.Redis | redis.asyncio.Redis"], Any]
"""One Redis command, given a client: a ``redis.Redis`` returns the reply, a ``redis.asyncio.Redis`` an awaitable."""
_Flow = Generator[_Sleep | _Command, Any, T]
"""What the limiter does, as steps (a wait, or a command whose reply is sent back, or whose Redis error is thrown
in): written once, run by ``_run`` (threads) or ``_arun`` (tasks), as ``_token.exchange_flow`` is."""


def _script(script: str, keys: list[str], args: list[str]) -> _Command:
    return lambda client: client.register_script(script)(keys, args)


def _hget(key: str, field: str) -> _Command:
    return lambda client: client.hget(key, field)


class RedisRateLimiter:
    """A :class:`~unico_idcloud.RateLimiter` whose budget lives in Redis and is shared by every process and host
    that uses the same ``key`` (give each tenant its own key).

    Args:
        redis: a ``redis://`` (or ``rediss://``, ``unix://``) URL, a ``redis.Redis`` or a ``redis.asyncio.Redis``.
        rate: the tenant's budget in requests per second, all workers together (Unico's default is 10).
        key: the name of the budget in Redis (e.g. the tenant id).
        min_rate: the pace never drops below this after 429s (default ``rate / 10``).
        headroom: the share of the budget left unused to absorb network jitter (see the module docs).
        fallback_rate: requests per second this process allows itself while Redis is unreachable. By default the
            budget divided by the number of workers that used it in the last minute, as last seen in Redis (or by
            ``expected_workers`` if this process never reached Redis).
        expected_workers: see ``fallback_rate``.
        probe_interval: while Redis is unreachable, how often (seconds) it is tried again.
        timeout: connect and read timeout for a client built from a URL (seconds).
        clock: tests only: a clock whose ``time()`` replaces Redis's and whose waits replace real ones.
    """

    def __init__(
        self,
        redis: RedisTarget,
        rate: float = DEFAULT_RATE,
        *,
        key: str = "default",
        min_rate: float | None = None,
        headroom: float = DEFAULT_HEADROOM,
        fallback_rate: float | None = None,
        expected_workers: int = DEFAULT_EXPECTED_WORKERS,
        probe_interval: float = DEFAULT_PROBE_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
    ) -> None:
        for name, value in (("rate", rate), ("fallback_rate", fallback_rate), ("min_rate", min_rate)):
            if value is not None and (not value > 0 or math.isinf(value)):
                raise ConfigurationError(f"{name} must be a positive number of requests per second, not {value!r}")
        if not 0 <= headroom < 1:
            raise ConfigurationError(f"headroom is a share of the budget in [0, 1), not {headroom!r}")
        if expected_workers < 1:
            raise ConfigurationError("expected_workers must be at least 1")
        self._connections = RedisConnections(redis, timeout=timeout, what="RedisRateLimiter")
        self.rate = float(rate)
        self.key = key
        self.min_rate = float(min_rate) if min_rate is not None else self.rate / 10
        self.headroom = headroom
        self.fallback_rate = fallback_rate
        self.expected_workers = expected_workers
        self.probe_interval = probe_interval
        self._clock = clock if clock is not None else SYSTEM_CLOCK
        self._redis_time = clock is None
        self._worker = secrets.token_hex(8)
        self._reserve_keys = [key_name("ratelimit", key, part) for part in ("state", "sent", "workers")]
        self._throttle_keys = [key_name("ratelimit", key, part) for part in ("state", "sent", "throttled")]
        self._unavailable = unavailable_errors()
        self._lock = threading.Lock()
        self._down = False
        self._next_probe = -math.inf
        self._local: AdaptiveRateLimiter | None = None
        self._workers_seen: int | None = None
        self._pace = self.rate
        self._tasks: set[asyncio.Future[Any]] = set()
        self._late: list[tuple[int, float]] = []

    # --- what the transport calls -------------------------------------------------------------------------------

    def acquire(self) -> None:
        if not self._run(self._acquire_flow()):
            self._fallback().acquire()

    async def acquire_async(self) -> None:
        if not await self._arun(self._acquire_flow()):
            await self._fallback().acquire_async()

    def on_response(self, *, throttled: bool, retry_after: float | None = None) -> None:
        local = self._local
        if self._down and local is not None:
            local.on_response(throttled=throttled, retry_after=retry_after)
            return
        if not throttled:
            return  # successes cost no round trip: what got through is counted from the slots handed out
        flow = self._throttle_flow(self._throttle_args(retry_after), retry_after)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._run(flow)
            return
        # Called from an async client's transport: tell Redis without blocking the loop.
        future = loop.create_task(self._arun(flow))
        self._tasks.add(future)
        future.add_done_callback(self._tasks.discard)

    # --- state ---------------------------------------------------------------------------------------------------

    @property
    def pace(self) -> float:
        """The shared pace as last seen in Redis (``rate`` until a 429), or the fallback's while Redis is away."""
        local = self._local
        return local.pace if self._down and local is not None else self._pace

    @property
    def shared(self) -> bool:
        """``False`` while Redis is unreachable and this process paces itself."""
        return not self._down

    def close(self) -> None:
        """Close the Redis clients this limiter made from a URL (a client you passed stays open)."""
        self._connections.close()

    async def aclose(self) -> None:
        """:meth:`close`, and the asyncio client of the running loop."""
        await self._connections.aclose()

    def __repr__(self) -> str:
        where = self._connections.where
        state = "shared" if not self._down else "fallback"
        return f"RedisRateLimiter({where!r}, rate={self.rate!r}, key={self.key!r}, pace={self.pace:.3g}, {state})"

    # --- Redis calls ---------------------------------------------------------------------------------------------

    def _now_arg(self) -> str:
        return "" if self._redis_time else repr(self._clock.time())

    def _reserve_args(self) -> list[str]:
        with self._lock:
            late, self._late = self._late, []
        reports = [str(value) if isinstance(value, int) else repr(value) for pair in late for value in pair]
        return [self._now_arg(), repr(self.rate), str(STATE_TTL_MS), repr(self.headroom), self._worker, *reports]

    def _sent(self, grant: _Grant) -> None:
        """Note how late this process let the request go (it was not scheduled in time): told to Redis with the
        next reservation, so that the slot ``rate`` places later keeps its distance."""
        late = self._clock.monotonic() - grant.at
        if late > _LATE:
            with self._lock:
                self._late.append((grant.seq, late))

    def _throttle_args(self, retry_after: float | None) -> list[str]:
        return [
            self._now_arg(),
            repr(self.rate),
            str(STATE_TTL_MS),
            repr(self.min_rate),
            "" if retry_after is None else repr(float(retry_after)),
        ]

    # --- what to do, written once: generators that yield Redis commands and waits (sans-I/O) ------------------

    def _acquire_flow(self) -> _Flow[bool]:
        """Wait for a slot on the shared schedule; ``False``: Redis is away, take the fallback's turn instead."""
        while True:
            grant = yield from self._reserve_flow()
            if grant is None:
                return False
            wait = grant.at - self._clock.monotonic()
            if wait > 0:
                # Check for another worker's 429 just before the slot, so the round trip does not delay the request.
                yield _Sleep(max(0.0, wait - _CHECK_AHEAD))
                if not (yield from self._still_valid_flow(grant.epoch)):
                    continue
                yield _Sleep(max(0.0, grant.at - self._clock.monotonic()))
            self._sent(grant)
            return True

    def _reserve_flow(self) -> _Flow[_Grant | None]:
        if not self._may_use_redis():
            return None
        sent = self._clock.monotonic()
        try:
            reply = yield _script(_RESERVE, self._reserve_keys, self._reserve_args())
        except self._unavailable as exc:
            self._went_down(exc)
            return None
        return self._granted(reply, sent)

    def _still_valid_flow(self, epoch: int) -> _Flow[bool]:
        """After waiting for a slot: has a 429 (any worker's) moved the schedule meanwhile?"""
        if self._down:
            return True
        try:
            current = yield _hget(self._reserve_keys[0], "epoch")
        except self._unavailable as exc:
            self._went_down(exc)
            return True  # the slot was granted: send rather than lose it
        return int(current or 0) == epoch

    def _throttle_flow(self, args: list[str], retry_after: float | None) -> _Flow[None]:
        try:
            reply = yield _script(_THROTTLE, self._throttle_keys, args)
        except self._unavailable as exc:
            self._went_down(exc)
            self._fallback().on_response(throttled=True, retry_after=retry_after)
            return
        self._pace = float(reply)

    # --- the I/O: one driver per flavour -------------------------------------------------------------------------

    def _run(self, flow: _Flow[T]) -> T:
        """Runs ``flow`` in this thread: commands on the synchronous client, waits on the clock."""
        reply: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as done:
                result: T = done.value
                return result
            reply, error = None, None
            if isinstance(step, _Sleep):
                self._clock.sleep(step.seconds)
                continue
            try:
                reply = step(self._connections.sync())
            except self._unavailable as exc:
                error = exc  # the flow decides: fall back, or keep a slot already granted

    async def _arun(self, flow: _Flow[T]) -> T:
        """Runs ``flow`` without blocking the event loop: commands on the loop's asyncio client, or on the
        synchronous client in a worker thread (trio, or a ``redis.Redis`` given)."""
        reply: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as done:
                result: T = done.value
                return result
            reply, error = None, None
            if isinstance(step, _Sleep):
                await self._clock.asleep(step.seconds)
                continue
            client = self._connections.for_running_loop()
            try:
                if client is not None:
                    reply = await step(client)
                else:
                    reply = await anyio.to_thread.run_sync(step, self._connections.sync())
            except self._unavailable as exc:
                error = exc

    # --- falling back and coming back ----------------------------------------------------------------------------

    def _may_use_redis(self) -> bool:
        """While Redis is down, one caller per ``probe_interval`` tries it again; the others go on locally."""
        with self._lock:
            if not self._down:
                return True
            now = self._clock.monotonic()
            if now < self._next_probe:
                return False
            self._next_probe = now + self.probe_interval
            return True

    def _granted(self, reply: list[Any], sent: float) -> _Grant:
        """The slot on this process's clock. Redis computed the wait somewhere between sending and receiving: count
        from the middle, so that a slow round trip neither delays the request by all of it nor sends it early."""
        wait, epoch, workers, pace, seq = reply
        at = (sent + self._clock.monotonic()) / 2 + float(wait)
        with self._lock:
            self._workers_seen, self._pace = int(workers), float(pace)
            if self._down:
                self._down = False
                logger.info("Redis at %s is back: the shared rate limit applies again", self.where)
        return _Grant(at, int(epoch), int(seq))

    def _went_down(self, exc: BaseException) -> None:
        with self._lock:
            self._next_probe = self._clock.monotonic() + self.probe_interval
            if self._down:
                return
            self._down = True
            share = self._fallback_share()
            self._local = AdaptiveRateLimiter(share, clock=self._clock)
        logger.warning(
            "Redis at %s is unreachable (%s): this process now paces itself at %.3g requests/s "
            "(its share of the %.3g/s budget) and retries Redis every %g s",
            self.where,
            type(exc).__name__,
            share,
            self.rate,
            self.probe_interval,
        )

    def _fallback_share(self) -> float:
        if self.fallback_rate is not None:
            return self.fallback_rate
        workers = self._workers_seen or self.expected_workers
        return max(self.min_rate / workers, min(self._pace, self.rate) / workers / (1 + self.headroom))

    def _fallback(self) -> AdaptiveRateLimiter:
        with self._lock:
            if self._local is None:  # only an outage creates it; this is for safety
                self._local = AdaptiveRateLimiter(self._fallback_share(), clock=self._clock)
            return self._local

    @property
    def where(self) -> str:
        """The Redis server (host and port; never a password)."""
        return self._connections.where
