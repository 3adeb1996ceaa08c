"""Access tokens: the exchange with Unico's token endpoint, and a cache that many callers share.

The exchange is written once, as a generator that yields what to do next (send a request, or wait) and receives
what happened; the sync and async drivers only do the I/O. Each attempt signs a new assertion, since Unico refuses
one it has seen (1.2.7), which is why this is not left to the transport's retries.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

import anyio
import httpx

from ._assertion import JWT_BEARER_GRANT, AssertionSigner
from ._clock import Clock
from ._retry import UnicoRetry
from ._scrub import kept_secret
from ._token_answer import checked_static_token, json_body, token_from_answer, undecodable
from .errors import AuthenticationError, RateLimited, ServerError, UnicoError, transport_error

logger = logging.getLogger("unico_idcloud")

REUSED_RESIGNS = 3
"""A 1.2.7 ("already used") to an assertion never sent before means another process drew the same ``exp`` in the
same second (``_assertion``); each fresh signature draws again, so three make a failure all but impossible."""
EXPIRY_MARGIN = 60.0
"""A token is renewed this many seconds before it expires (at most half its lifetime)."""

HINTS: dict[str, str] = {
    "1.0.1": "the tenant in iss is unknown: check tenant_id",
    "1.0.14": "the application is inactive: ask Unico to activate it",
    "1.1.1": "the scope claim is missing or not '*'",
    "1.2.4": "the assertion has expired: check the clock (exp is in the past)",
    "1.2.5": "the key registered for this account does not match (or the account name or audience is wrong)",
    "1.2.6": "this key is no longer accepted: use the account's new key",
    "1.2.7": "this assertion was already used",
    "1.2.11": "the service account is inactive",
    "1.2.14": "the service account has no permission for this",
    "1.2.18": "the account is locked after too many invalid attempts: ask Unico to unlock it",
    "1.2.19": "impersonation (a sub claim) is not allowed",
    "1.2.20": "the token request or assertion is malformed",
    "1.2.21": "the assertion could not be decoded: check the clock (iat is in the future?) and that iat/exp are "
    "in seconds",
    "1.2.22": "the assertion has claims other than iss, aud, scope, iat and exp",
}
_CODE = re.compile(r"\b(\d+\.\d+\.\d+)\b")


@dataclass(frozen=True)
class AccessToken:
    """An access token and when it expires. ``repr()`` never shows the token."""

    value: str = field(repr=False)
    expires_at: dt.datetime
    expires_in: float
    obtained_at: float = field(repr=False, compare=False)
    """``Clock.monotonic()`` when it was obtained (the cache's reference, immune to wall-clock jumps)."""

    def __repr__(self) -> str:
        return f"AccessToken(value='***', expires_at={self.expires_at.isoformat()!r})"

    def fresh(self, now: float, margin: float = EXPIRY_MARGIN) -> bool:
        return now < self.obtained_at + self.expires_in - min(margin, self.expires_in / 2)


# --- the exchange ------------------------------------------------------------------------------------------------

Wait = float
Step = httpx.Request | Wait


def exchange_flow(
    signer: AssertionSigner, token_url: str, retry: UnicoRetry, clock: Clock
) -> Generator[Step, httpx.Response | None, AccessToken]:
    """Yields the requests to send and the waits between them; receives each response (``None`` after a wait);
    the driver throws ``httpx.TransportError`` into it when a request got no response. Returns the token."""
    resigned = 0
    while True:
        request = httpx.Request(
            "POST", token_url, data={"grant_type": JWT_BEARER_GRANT, "assertion": kept_secret(signer.sign())}
        )
        try:
            response = yield request
        except httpx.TransportError as exc:
            if retry.is_exhausted():
                raise transport_error(exc, "the token endpoint did not answer") from exc
            retry = retry.increment()
            yield retry.wait_for(exc)
            continue
        assert response is not None
        if retry.is_retryable_status_code(response.status_code) and not retry.is_exhausted():
            retry = retry.increment()
            yield retry.wait_for(response)
            continue
        if response.status_code == 200:
            return token_from_answer(response, clock)
        error = _token_error(response)
        if error.code == "1.2.7" and resigned < REUSED_RESIGNS:
            resigned += 1  # another process signed the same claims in the same second: sign anew
            continue
        raise error


def _token_error(response: httpx.Response) -> UnicoError:
    status = response.status_code
    if status == 429:
        return RateLimited("the token endpoint is rate limiting", status_code=status, response=response)
    if status >= 500:
        return ServerError("the token endpoint failed", status_code=status, response=response)
    body = json_body(response)
    error = body.get("error") if isinstance(body, dict) else None
    description = body.get("error_description") if isinstance(body, dict) else None
    match = _CODE.search(description) if isinstance(description, str) else None
    code = match.group(1) if match else None
    return AuthenticationError(
        hint=HINTS.get(code or ""),
        error=error if isinstance(error, str) else None,
        status_code=status,
        code=code,
        message=description if isinstance(description, str) else None,
        response=response,
    )


Flow = Generator[Step, httpx.Response | None, AccessToken]


def drive_sync(flow: Flow, http: httpx.Client, clock: Clock) -> AccessToken:
    step = next(flow)
    while True:
        try:
            if isinstance(step, httpx.Request):
                # Streamed, so that a body httpx cannot decode still leaves its response to report.
                try:
                    response = http.send(step, stream=True)
                    try:
                        response.read()
                    finally:
                        response.close()
                except httpx.TransportError as exc:
                    step = flow.throw(exc)
                    continue
                except httpx.DecodingError as exc:
                    raise undecodable(exc, response) from exc
                step = flow.send(response)
            else:
                clock.sleep(step)
                step = flow.send(None)
        except StopIteration as done:
            token: AccessToken = done.value
            return token


async def drive_async(flow: Flow, http: httpx.AsyncClient, clock: Clock) -> AccessToken:
    step = next(flow)
    while True:
        try:
            if isinstance(step, httpx.Request):
                # Streamed, so that a body httpx cannot decode still leaves its response to report.
                try:
                    response = await http.send(step, stream=True)
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
                except httpx.TransportError as exc:
                    step = flow.throw(exc)
                    continue
                except httpx.DecodingError as exc:
                    raise undecodable(exc, response) from exc
                step = flow.send(response)
            else:
                await clock.asleep(step)
                step = flow.send(None)
        except StopIteration as done:
            token: AccessToken = done.value
            return token


class TokenExchange:
    """One client's way to a token: its signer (built once, so "never the same assertion twice" holds for the
    client's whole life), the token URL, the retry policy, and the httpx client the exchange is sent with."""

    def __init__(
        self,
        signer: AssertionSigner,
        token_url: str,
        retry: UnicoRetry,
        clock: Clock,
        http: httpx.Client | httpx.AsyncClient,
    ) -> None:
        self._signer = signer
        self._token_url = token_url
        self._retry = retry
        self._clock = clock
        self._http = http

    def _flow(self) -> Flow:
        return exchange_flow(self._signer, self._token_url, self._retry, self._clock)

    def fetch(self) -> AccessToken:
        if not isinstance(self._http, httpx.Client):
            raise RuntimeError("a synchronous token fetch needs a synchronous client")
        return drive_sync(self._flow(), self._http, self._clock)

    async def afetch(self) -> AccessToken:
        if not isinstance(self._http, httpx.AsyncClient):
            raise RuntimeError("an async token fetch needs an async client")
        return await drive_async(self._flow(), self._http, self._clock)

    def __repr__(self) -> str:
        return f"TokenExchange({self._signer!r})"


# --- sources: where the auth gets a token, single-flight ---------------------------------------------------------


class TokenCache:
    """The token one client holds: fetched by one caller while the others wait for it, from threads
    (:meth:`token`) or tasks (:meth:`atoken`). The async lock is held only inside ``atoken()``, never across an auth
    flow's ``yield``, so it does not matter which task httpx resumes the flow in."""

    refreshable = True

    def __init__(self, exchange: TokenExchange, clock: Clock) -> None:
        self._exchange = exchange
        self._clock = clock
        self._token: AccessToken | None = None
        self._lock = threading.Lock()
        self._async_lock = anyio.Lock()

    def _cached(self) -> AccessToken | None:
        token = self._token
        return token if token is not None and token.fresh(self._clock.monotonic()) else None

    def token(self) -> AccessToken:
        cached = self._cached()
        if cached is not None:
            return cached
        with self._lock:
            cached = self._cached()
            if cached is None:
                cached = self._token = self._exchange.fetch()
            return cached

    async def atoken(self) -> AccessToken:
        cached = self._cached()
        if cached is not None:
            return cached
        async with self._async_lock:
            cached = self._cached()
            if cached is None:
                cached = self._token = await self._exchange.afetch()
            return cached

    def discard(self, value: str) -> None:
        """Forget ``value`` if it is still the cached token (another caller may have replaced it already)."""
        with self._lock:  # never held across an await: an async caller only waits for another thread's check-and-set
            if self._token is not None and self._token.value == value:
                self._token = None

    def __repr__(self) -> str:
        return f"TokenCache(cached={self._token is not None})"


StaticToken = str | Callable[[], str]
_NEVER = dt.datetime.max.replace(tzinfo=dt.UTC)


class StaticTokenSource:
    """A token minted elsewhere: a string, or a callable asked again after a 401."""

    def __init__(self, token: StaticToken, clock: Clock) -> None:
        self._token = token
        self._clock = clock
        self.refreshable = callable(token)
        # A string never changes: one AccessToken serves every request (it is on each call's path).
        self._fixed = None if callable(token) else self._wrap(token)

    def _wrap(self, value: str) -> AccessToken:
        return AccessToken(checked_static_token(value), _NEVER, float("inf"), self._clock.monotonic())

    def token(self) -> AccessToken:
        if self._fixed is not None:
            return self._fixed
        assert callable(self._token)
        return self._wrap(self._token())

    async def atoken(self) -> AccessToken:
        return self.token()

    def discard(self, value: str) -> None:
        """Nothing to forget: a callable is asked again on the next request."""

    def __repr__(self) -> str:
        return "StaticTokenSource()"
