"""The transport stack under the client: retries (outside) around the rate limit (inside) around the network.

Every attempt, retries included, waits for the limiter and reports back to it, and each is logged. Both clients of
an :class:`~unico_idcloud.IDCloud` (the by Unico API and the IDCheck API) send through one stack, so they share one
tenant budget.
"""

from __future__ import annotations

import logging

import httpx
from httpx_retries import RetryTransport

from ._clock import Clock
from ._ratelimit import RateLimiter
from ._retry import UnicoRetry, retry_after_seconds
from ._telemetry import count_attempt, count_attempt_async

logger = logging.getLogger("unico_idcloud")


class RateLimitedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Waits for the limiter before each request, tells it about 429s, and logs each attempt."""

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, limiter: RateLimiter | None, clock: Clock
    ) -> None:
        self._inner = inner
        self._limiter = limiter
        self._clock = clock

    def _started(self) -> float | None:
        # Timing is only for the DEBUG line: with DEBUG off (the usual case) an attempt costs no clock reads.
        return self._clock.monotonic() if logger.isEnabledFor(logging.DEBUG) else None

    def _done(self, request: httpx.Request, response: httpx.Response, started: float | None) -> httpx.Response:
        if started is not None:
            elapsed = (self._clock.monotonic() - started) * 1000
            logger.debug("%s %s -> %d (%.0f ms)", request.method, request.url.path, response.status_code, elapsed)
        if self._limiter is not None:
            throttled = response.status_code == 429
            self._limiter.on_response(
                throttled=throttled, retry_after=retry_after_seconds(response.headers) if throttled else None
            )
        return response

    def _failed(self, request: httpx.Request, exc: Exception) -> None:
        logger.debug("%s %s -> %s", request.method, request.url.path, type(exc).__name__)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise RuntimeError("a synchronous request needs a synchronous transport")
        if self._limiter is not None:
            self._limiter.acquire()
        count_attempt(request)
        started = self._started()
        try:
            response = self._inner.handle_request(request)
        except httpx.TransportError as exc:
            self._failed(request, exc)
            raise
        return self._done(request, response, started)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise RuntimeError("an async request needs an async transport")
        if self._limiter is not None:
            await self._limiter.acquire_async()
        count_attempt_async(request)
        started = self._started()
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            self._failed(request, exc)
            raise
        return self._done(request, response, started)

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


class MethodAwareRetryTransport(RetryTransport):
    """httpx-retries' transport with the policy chosen per request by its method (:meth:`UnicoRetry.for_method`):
    reads retried freely, writes only when nothing was sent or the answer was 429. The library reads a policy from
    the request's ``retry`` extension when one is there; this puts the right one there.

    Closing it leaves the transport below open: that is a route shared by every configuration of one client (its
    :meth:`~unico_idcloud.IDCloud.with_options` copies), closed once by its owner."""

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, retry: UnicoRetry) -> None:
        super().__init__(transport=transport, retry=retry)
        self._policy = retry
        # One policy per method, made once: for_method copies the policy for a write.
        self._by_method: dict[str, UnicoRetry] = {}

    def _choose(self, request: httpx.Request) -> None:
        if "retry" in request.extensions:
            return
        method = request.method
        policy = self._by_method.get(method)
        if policy is None:
            policy = self._by_method[method] = self._policy.for_method(method)
        request.extensions["retry"] = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return await super().handle_async_request(request)

    def close(self) -> None:
        pass  # the route below is shared; its owner closes it

    async def aclose(self) -> None:
        pass


def api_stack(
    network: httpx.BaseTransport | httpx.AsyncBaseTransport,
    limiter: RateLimiter | None,
    retry: UnicoRetry,
    clock: Clock,
) -> RetryTransport:
    return MethodAwareRetryTransport(RateLimitedTransport(network, limiter, clock), retry)


class Borrowed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport lent to one of several httpx clients: closing the client leaves it open for the others;
    its owner closes it once."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def proxy_routes(proxy: httpx.Proxy | None, trust_env: bool) -> dict[str, httpx.Proxy | None]:
    """httpx's own proxy map (``httpx.Client._get_proxy_map``): ``proxy=`` for every URL, else, with
    ``trust_env``, ``HTTP(S)_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` (``None``: no proxy for that pattern).

    Written again here because httpx only reads the environment for a client it builds its own transport for, and
    ours wraps the network in retries and a rate limit; the environment parsing itself is httpx's."""
    if proxy is not None:
        return {"all://": proxy}
    if not trust_env:
        return {}
    # httpx._utils is private, but this is the function httpx.Client itself calls: NO_PROXY rules stay httpx's.
    from httpx._utils import get_environment_proxies

    return {pattern: None if url is None else httpx.Proxy(url) for pattern, url in get_environment_proxies().items()}


class WithHeaders(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Adds ``headers`` a request does not have. The token exchange's sans-I/O flow builds its own
    ``httpx.Request``s, and httpx merges a client's ``headers=`` only into requests the client builds."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, headers: httpx.Headers) -> None:
        self._inner = inner
        self._headers = headers

    def _add(self, request: httpx.Request) -> None:
        for name, value in self._headers.multi_items():
            request.headers.setdefault(name, value)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        self._add(request)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        self._add(request)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        pass  # borrowed: the owner closes the inner transport

    async def aclose(self) -> None:
        pass


class ThroughClient(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each attempt with a caller's httpx client (``http_client=``): its transport, mounts and proxies, TLS
    settings and event hooks apply, under this client's retries and rate limit. The caller closes it."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.Client):
            raise RuntimeError("IDCloud(http_client=) needs an httpx.Client")
        return self._client.send(request, stream=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.AsyncClient):
            raise RuntimeError("AsyncIDCloud(http_client=) needs an httpx.AsyncClient")
        return await self._client.send(request, stream=True)

    def close(self) -> None:
        pass  # the caller's client

    async def aclose(self) -> None:
        pass
