"""``IDCloud`` and ``AsyncIDCloud``: the generated operations behind service-account auth, retries, a rate limit and
typed errors."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self
from uuid import UUID

import anyio.to_thread
import httpx
from unico_idcloud_client import AuthenticatedClient
from unico_idcloud_client.api.idunico_idcheck import get_id_check_process
from unico_idcloud_client.api.process import get_process
from unico_idcloud_client.api.selfie import get_selfie
from unico_idcloud_client.models import IdCheckProcess, Process, ProcessResponse, Selfie

from ._account import ServiceAccount
from ._assertion import AssertionSigner
from ._auth import AsyncServiceAccountAuth, ServiceAccountAuth
from ._bulk import DEFAULT_CONCURRENCY, ProcessId, ProcessOutcome, check_concurrency, iterate_async, iterate_sync
from ._clock import Clock
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_DEADLINE,
    DEFAULT_TIMEOUT,
    ClientConfig,
    RateLimitSetting,
    settings_from_env,
)
from ._environment import Environment
from ._outcome import expect, process_id_of
from ._ratelimit import DEFAULT_RATE
from ._scrub import scrub_chain
from ._selfie import SelfieImage, save, selfie_image
from ._token import (
    AccessToken,
    AsyncTokenSource,
    StaticToken,
    StaticTokenSource,
    TokenSource,
    drive_async,
    drive_sync,
    exchange_flow,
)
from ._token_answer import checked_api_key
from ._transport import Borrowed, api_stack
from ._wait import DEFAULT_WAIT_TIMEOUT, FIRST_INTERVAL, MAX_INTERVAL, Poller, wait_async, wait_sync
from .errors import ConfigurationError, TransportError, UnexpectedResponse


def _process(parsed: Any) -> Process | None:
    return parsed.process if isinstance(parsed, ProcessResponse) else None


def _selfie(parsed: Any) -> Selfie | None:
    return parsed if isinstance(parsed, Selfie) else None


def _idcheck(parsed: Any) -> IdCheckProcess | None:
    return parsed if isinstance(parsed, IdCheckProcess) else None


@contextmanager
def _no_response() -> Iterator[None]:
    """httpx's transport errors (after every retry) as :class:`TransportError`, and a body httpx cannot decode
    (a broken ``Content-Encoding``) as :class:`UnexpectedResponse`; the httpx error is the cause."""
    try:
        yield
    except httpx.TransportError as exc:
        raise TransportError(f"no response from Unico ({type(exc).__name__})") from scrub_chain(exc)
    except httpx.DecodingError as exc:
        raise UnexpectedResponse("the response body could not be decoded (Content-Encoding)") from scrub_chain(exc)


class _Base:
    """What both clients share: configuration, ``from_env`` and ``repr``."""

    _config: ClientConfig

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """A client from ``UNICO_ACCOUNT_NAME``, ``UNICO_TENANT_ID``, ``UNICO_PRIVATE_KEY_FILE`` (or
        ``UNICO_PRIVATE_KEY``), ``UNICO_ENVIRONMENT`` (``uat`` by default, ``production``, or a URL) and
        ``UNICO_API_KEY`` (IDCheck only). ``options`` are passed on (``rate_limit``, ``transport``, ...)."""
        settings = settings_from_env(environ)
        return cls(**{**settings, **options})

    @property
    def environment(self) -> Environment:
        return self._config.environment

    def _signer(self) -> AssertionSigner:
        assert self._config.account is not None
        return AssertionSigner(self._config.account, self._config.environment.audience, self._config.clock)

    def _http_options(
        self, stack: httpx.BaseTransport | httpx.AsyncBaseTransport, auth: httpx.Auth
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The keyword arguments of the two httpx clients (by Unico, IDCheck): one transport stack, so one budget."""
        config = self._config
        common: dict[str, Any] = {"transport": Borrowed(stack), "auth": auth, "timeout": config.timeout}
        by_unico = {"base_url": config.environment.api_url, **common}
        idcheck = {"base_url": config.environment.idcheck_url, "headers": self._idcheck_headers(), **common}
        return by_unico, idcheck

    def _api_client(self, base_url: str, http: httpx.Client | httpx.AsyncClient) -> AuthenticatedClient:
        # The generated client only carries the httpx client: auth, headers and timeouts live on the latter.
        client = AuthenticatedClient(base_url=base_url, token="")
        if isinstance(http, httpx.AsyncClient):
            return client.set_async_httpx_client(http)
        return client.set_httpx_client(http)

    def _idcheck_headers(self) -> dict[str, str]:
        checked_api_key(self._config.api_key)  # sent as a header, and a secret: never in an error text or a log
        return {"APIKEY": self._config.api_key} if self._config.api_key else {}

    def _require_api_key(self) -> None:
        if not self._config.api_key:
            raise ConfigurationError("IDUnico + IDCheck needs an api_key (UNICO_API_KEY)")

    def __repr__(self) -> str:
        who = f"account={self._config.account!r}" if self._config.account else "token=***"
        return f"{type(self).__name__}({who}, environment={self._config.environment.name!r})"


class IDCloud(_Base):
    """A synchronous client for Unico IDCloud. Thread-safe: share one per process (it holds the token, the
    connection pool and the rate limit).

    Args:
        account: the service account (see :class:`ServiceAccount`); or give ``token`` instead.
        environment: :attr:`Environment.UAT` (default), :attr:`Environment.PRODUCTION`, a custom
            :class:`Environment`, or its name.
        token: an access token minted elsewhere: a string, or a callable returning one (asked again after a 401).
        api_key: the ``APIKEY`` of IDUnico + IDCheck (only :meth:`get_idcheck_process` needs it).
        timeout: per attempt, in seconds or as an ``httpx.Timeout`` (default 30 s, 5 s to connect).
        max_retries: retries of a request on 429, 5xx, connection errors and timeouts (default 3).
        retry_deadline: the most time one call spends waiting between its retries (default 60 s).
        rate_limit: requests per second for this client (default 10, Unico's default per tenant), a
            :class:`RateLimiter` shared with other clients, or ``None`` for no limit.
        transport: any httpx transport (for example ``FakeUnico().transport()`` in tests).
        clock: where time is read and waited for (tests pass a virtual clock).
    """

    def __init__(
        self,
        account: ServiceAccount | None = None,
        *,
        environment: Environment | str = Environment.UAT,
        token: StaticToken | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_deadline: float | None = DEFAULT_RETRY_DEADLINE,
        rate_limit: RateLimitSetting = DEFAULT_RATE,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._config = ClientConfig.build(
            account,
            environment=environment,
            token=token,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            retry_deadline=retry_deadline,
            rate_limit=rate_limit,
            clock=clock,
        )
        config = self._config
        network = transport if transport is not None else httpx.HTTPTransport()
        self._stack = api_stack(network, config.limiter, config.retry, config.clock)
        self._token_http = httpx.Client(transport=Borrowed(network), timeout=config.timeout)
        source: TokenSource | StaticTokenSource
        if config.token is not None:
            source = StaticTokenSource(config.token, config.clock)
        else:
            source = TokenSource(self._fetch_token, config.clock)
        self._tokens = source
        by_unico, idcheck = self._http_options(self._stack, ServiceAccountAuth(source))
        self._by_unico_http = httpx.Client(**by_unico)
        self._idcheck_http = httpx.Client(**idcheck)
        self._by_unico = self._api_client(config.environment.api_url, self._by_unico_http)
        self._idcheck = self._api_client(config.environment.idcheck_url, self._idcheck_http)

    def _fetch_token(self) -> AccessToken:
        flow = exchange_flow(self._signer(), self._config.environment.token_url, self._config.retry, self._config.clock)
        token: AccessToken = drive_sync(flow, self._token_http, self._config.clock)
        return token

    def access_token(self) -> AccessToken:
        """The current access token (fetched if there is none or it is about to expire)."""
        return self._tokens.token()

    def get_process(self, process_id: UUID | str) -> Process:
        """Get Process (by Unico): the process, its state, result and per-capability results."""
        pid = process_id_of(process_id)
        with _no_response():
            response = get_process.sync_detailed(pid, client=self._by_unico)
        return expect(response, get_process.is_documented_status, _process)

    def get_selfie(self, process_id: UUID | str) -> Selfie:
        """Get Selfie (by Unico): the selfie of a finished process, base64 in ``file_contents``."""
        pid = process_id_of(process_id)
        with _no_response():
            response = get_selfie.sync_detailed(pid, client=self._by_unico)
        return expect(response, get_selfie.is_documented_status, _selfie)

    def get_idcheck_process(self, process_id: UUID | str) -> IdCheckProcess:
        """Get Process (IDUnico + IDCheck); status 5 (error) raises :class:`~unico_idcloud.errors.Gone`."""
        pid = process_id_of(process_id)
        self._require_api_key()
        with _no_response():
            response = get_id_check_process.sync_detailed(pid, client=self._idcheck)
        return expect(response, get_id_check_process.is_documented_status, _idcheck)

    def wait_for_result(
        self,
        process_id: UUID | str,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        *,
        first_interval: float = FIRST_INTERVAL,
        max_interval: float = MAX_INTERVAL,
    ) -> Process:
        """Poll Get Process until the process is final (``PROCESS_STATE_FINISHED`` or ``PROCESS_STATE_FAILED``) and
        return it; raise :class:`~unico_idcloud.errors.WaitTimeout` (with the last state seen) after ``timeout``
        seconds.

        Unico recommends webhooks (sent when a process finishes) and polling only as a fallback: use this where a
        webhook cannot reach you, or to catch one that was missed. Polls start ``first_interval`` apart and spread
        out by half each time up to ``max_interval``; each goes through the client's rate limit and retries. A poll
        that fails after its retries (429, 5xx, no response) does not end the wait; any other error is raised."""
        pid = process_id_of(process_id)
        poller = Poller(self._config.clock, timeout, first_interval, max_interval)
        return wait_sync(lambda: self.get_process(pid), poller, self._config.clock)

    def get_selfie_image(self, process_id: UUID | str) -> SelfieImage:
        """Get Selfie, decoded: the image bytes and their content type, checked against each other
        (:class:`~unico_idcloud.errors.InvalidSelfie` if they disagree)."""
        return selfie_image(self.get_selfie(process_id))

    def save_selfie(self, process_id: UUID | str, path: str | os.PathLike[str]) -> SelfieImage:
        """Get the selfie and write it to ``path`` atomically, readable by the owner only (0600)."""
        return save(self.get_selfie_image(process_id), path)

    def get_processes(
        self, ids: Iterable[ProcessId], *, concurrency: int = DEFAULT_CONCURRENCY
    ) -> Iterator[ProcessOutcome]:
        """Get Process for many ids, ``concurrency`` at a time (threads): one :class:`ProcessOutcome` per id, in
        the order they finish, never dropped or repeated. ``ids`` is read lazily, so memory stays bounded."""
        return iterate_sync(self.get_process, ids, check_concurrency(concurrency))

    def close(self) -> None:
        self._by_unico_http.close()
        self._idcheck_http.close()
        self._token_http.close()
        self._stack.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncIDCloud(_Base):
    """:class:`IDCloud` for asyncio (and trio): the same arguments, ``async`` methods, ``async with``. Share one per
    event loop; every task using it shares its token and rate limit."""

    def __init__(
        self,
        account: ServiceAccount | None = None,
        *,
        environment: Environment | str = Environment.UAT,
        token: StaticToken | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_deadline: float | None = DEFAULT_RETRY_DEADLINE,
        rate_limit: RateLimitSetting = DEFAULT_RATE,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._config = ClientConfig.build(
            account,
            environment=environment,
            token=token,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            retry_deadline=retry_deadline,
            rate_limit=rate_limit,
            clock=clock,
        )
        config = self._config
        network = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._stack = api_stack(network, config.limiter, config.retry, config.clock)
        self._token_http = httpx.AsyncClient(transport=Borrowed(network), timeout=config.timeout)
        source: AsyncTokenSource | StaticTokenSource
        if config.token is not None:
            source = StaticTokenSource(config.token, config.clock)
        else:
            source = AsyncTokenSource(self._fetch_token, config.clock)
        self._tokens = source
        by_unico, idcheck = self._http_options(self._stack, AsyncServiceAccountAuth(source))
        self._by_unico_http = httpx.AsyncClient(**by_unico)
        self._idcheck_http = httpx.AsyncClient(**idcheck)
        self._by_unico = self._api_client(config.environment.api_url, self._by_unico_http)
        self._idcheck = self._api_client(config.environment.idcheck_url, self._idcheck_http)

    async def _fetch_token(self) -> AccessToken:
        flow = exchange_flow(self._signer(), self._config.environment.token_url, self._config.retry, self._config.clock)
        token: AccessToken = await drive_async(flow, self._token_http, self._config.clock)
        return token

    async def access_token(self) -> AccessToken:
        """The current access token (fetched if there is none or it is about to expire)."""
        if isinstance(self._tokens, StaticTokenSource):
            return self._tokens.token()
        return await self._tokens.token()

    async def get_process(self, process_id: UUID | str) -> Process:
        """Get Process (by Unico): the process, its state, result and per-capability results."""
        pid = process_id_of(process_id)
        with _no_response():
            response = await get_process.asyncio_detailed(pid, client=self._by_unico)
        return expect(response, get_process.is_documented_status, _process)

    async def get_selfie(self, process_id: UUID | str) -> Selfie:
        """Get Selfie (by Unico): the selfie of a finished process, base64 in ``file_contents``."""
        pid = process_id_of(process_id)
        with _no_response():
            response = await get_selfie.asyncio_detailed(pid, client=self._by_unico)
        return expect(response, get_selfie.is_documented_status, _selfie)

    async def get_idcheck_process(self, process_id: UUID | str) -> IdCheckProcess:
        """Get Process (IDUnico + IDCheck); status 5 (error) raises :class:`~unico_idcloud.errors.Gone`."""
        pid = process_id_of(process_id)
        self._require_api_key()
        with _no_response():
            response = await get_id_check_process.asyncio_detailed(pid, client=self._idcheck)
        return expect(response, get_id_check_process.is_documented_status, _idcheck)

    async def wait_for_result(
        self,
        process_id: UUID | str,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        *,
        first_interval: float = FIRST_INTERVAL,
        max_interval: float = MAX_INTERVAL,
    ) -> Process:
        """Poll Get Process until the process is final (``PROCESS_STATE_FINISHED`` or ``PROCESS_STATE_FAILED``) and
        return it; raise :class:`~unico_idcloud.errors.WaitTimeout` (with the last state seen) after ``timeout``
        seconds.

        Unico recommends webhooks (sent when a process finishes) and polling only as a fallback: use this where a
        webhook cannot reach you, or to catch one that was missed. Polls start ``first_interval`` apart and spread
        out by half each time up to ``max_interval``; each goes through the client's rate limit and retries. A poll
        that fails after its retries (429, 5xx, no response) does not end the wait; any other error is raised."""
        pid = process_id_of(process_id)
        poller = Poller(self._config.clock, timeout, first_interval, max_interval)
        return await wait_async(lambda: self.get_process(pid), poller, self._config.clock)

    async def get_selfie_image(self, process_id: UUID | str) -> SelfieImage:
        """Get Selfie, decoded: the image bytes and their content type, checked against each other
        (:class:`~unico_idcloud.errors.InvalidSelfie` if they disagree)."""
        return selfie_image(await self.get_selfie(process_id))

    async def save_selfie(self, process_id: UUID | str, path: str | os.PathLike[str]) -> SelfieImage:
        """Get the selfie and write it to ``path`` atomically, readable by the owner only (0600)."""
        image = await self.get_selfie_image(process_id)
        return await anyio.to_thread.run_sync(save, image, path)

    def get_processes(
        self, ids: Iterable[ProcessId] | AsyncIterable[ProcessId], *, concurrency: int = DEFAULT_CONCURRENCY
    ) -> AsyncIterator[ProcessOutcome]:
        """Get Process for many ids, ``concurrency`` at a time: ``async for outcome in client.get_processes(ids)``
        yields one :class:`ProcessOutcome` per id (the process or the typed error), in the order they finish, never
        dropped or repeated. ``ids`` (an iterable or async iterable) is read lazily and at most ``concurrency``
        outcomes are held, so 100,000 ids take no more memory than 10. To stop early, close the iterator
        (``async with contextlib.aclosing(client.get_processes(ids)) as outcomes:``)."""
        return iterate_async(self.get_process, ids, check_concurrency(concurrency))

    async def aclose(self) -> None:
        await self._by_unico_http.aclose()
        await self._idcheck_http.aclose()
        await self._token_http.aclose()
        await self._stack.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
