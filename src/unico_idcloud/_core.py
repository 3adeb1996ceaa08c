"""What ``IDCloud`` and ``AsyncIDCloud`` share: options, the assembly (transport stack, token exchange, auth, the two
httpx clients) and both ends of an operation's call. The twins add only the I/O: the send, waits, ``close``.

httpx does the same with ``BaseClient``; here the base is generic in the httpx client class, the one thing the two
assemblies differ by (with the default network transport).

Two layers: a :class:`Shared` (the network transports and their connection pools, the rate limit, the token) made
once per client, and the per-configuration part (retry policy, timeout, headers, the httpx clients) that
:meth:`BaseClient.with_options` makes again over the same :class:`Shared`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, Unpack

import httpx
from unico_idcloud_client import Client

from ._account import ServiceAccount
from ._assertion import AssertionSigner
from ._auth import ServiceAccountAuth
from ._config import (
    CallOptions,
    ClientConfig,
    ClientOptions,
    ClientOverrides,
    call_headers,
    settings_from_env,
    timeout_of,
)
from ._environment import Environment
from ._operations import Api, Operation
from ._outcome import expect
from ._raw import RawResponse
from ._scrub import scrub_chain
from ._token import StaticTokenSource, TokenCache, TokenExchange
from ._token_answer import checked_api_key
from ._transport import (
    Borrowed,
    MethodAwareRetryTransport,
    RateLimitedTransport,
    ThroughClient,
    WithHeaders,
    proxy_routes,
)
from ._urls import PathJoiner
from ._version import USER_AGENT
from .errors import ConfigurationError, TransportError, UnexpectedResponse, UnicoError, transport_error

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")
Transport = httpx.BaseTransport | httpx.AsyncBaseTransport

# What the generated response parser is handed: it reads only ``raise_on_unexpected_status`` (off) from it.
_PARSER_CLIENT = Client(base_url="")
# Headers that are the client's own on an API request; the token endpoint gets neither.
_CREDENTIAL_HEADERS = ("Authorization", "APIKEY")


class no_response:
    """httpx's transport errors (after every retry) as :class:`~unico_idcloud.errors.TimeoutError`,
    :class:`~unico_idcloud.errors.ConnectionError` or :class:`~unico_idcloud.errors.TransportError`; the httpx
    error is the cause.

    A class rather than a ``@contextmanager``: it is on every call's path, where a generator and contextlib's
    machinery cost ten times its ``__enter__`` / ``__exit__`` (``BENCHMARKS.md``, *Overhead*)."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if isinstance(exc, httpx.TransportError):
            raise transport_error(exc, "no response from Unico") from scrub_chain(exc)
        if isinstance(exc, httpx.DecodingError):
            # httpx reads an answer inside send only when the auth flow goes on past it (a 401, then the retry with
            # a new token): that answer is gone, so there is no response to keep; the body was not usable either way.
            raise TransportError("an answer's body could not be decoded (Content-Encoding)") from scrub_chain(exc)


class reading:
    """Reading a response's body: one httpx cannot decode (a broken ``Content-Encoding``) is an
    :class:`UnexpectedResponse` that keeps the response; a body cut short is a transport error. A class for the
    reason :class:`no_response` is."""

    __slots__ = ("_response",)

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if isinstance(exc, httpx.DecodingError):
            raise UnexpectedResponse(
                "the response body could not be decoded (Content-Encoding)",
                status_code=self._response.status_code,
                response=self._response,
            ) from scrub_chain(exc)
        if isinstance(exc, httpx.TransportError):
            raise transport_error(exc, "the response was cut short") from scrub_chain(exc)


def network_of(
    transport: Transport | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
    http_class: type[httpx.Client] | type[httpx.AsyncClient],
) -> Transport | None:
    """The network transport a caller gave: ``transport=`` as it is, or ``http_client=`` sending each attempt."""
    if http_client is None:
        return transport
    if transport is not None:
        raise ConfigurationError("give transport= or http_client=, not both")
    if not isinstance(http_client, http_class):
        raise ConfigurationError(f"http_client must be an {http_class.__module__}.{http_class.__name__}")
    return ThroughClient(http_client)


class Shared:
    """What a client and its :meth:`~BaseClient.with_options` copies share, made once: the network transports
    (one per proxy route, each with its connection pool) under one rate limit, the token and its httpx client.
    Closed once, by the client that made it."""

    def __init__(
        self,
        config: ClientConfig,
        transport: Transport | None,
        http_class: type[httpx.Client] | type[httpx.AsyncClient],
        network: Callable[..., Transport],
    ) -> None:
        # pattern -> network transport; "" is the default route. A given transport is used as is (no proxy).
        # trust_env reaches the network transports too: httpx's SSL_CERT_FILE / SSL_CERT_DIR, as in httpx.Client.
        wires: dict[str, Transport] = {"": transport if transport is not None else network(trust_env=config.trust_env)}
        self.no_proxy: list[str] = []
        if transport is None:
            for pattern, proxy in proxy_routes(config.proxy, config.trust_env).items():
                if proxy is None:
                    self.no_proxy.append(pattern)
                else:
                    wires[pattern] = network(proxy=proxy, trust_env=config.trust_env)
        self.wires = wires
        # Every route waits for the same limiter: one tenant budget, whichever way the request leaves.
        self.limited = {
            pattern: RateLimitedTransport(wire, config.limiter, config.clock) for pattern, wire in wires.items()
        }
        token_headers = httpx.Headers({"User-Agent": USER_AGENT})
        token_headers.update(config.default_headers)
        for name in _CREDENTIAL_HEADERS:
            token_headers.pop(name, None)
        self.token_http = http_class(
            timeout=config.timeout,
            **_routing(wires, self.no_proxy, lambda wire: WithHeaders(Borrowed(wire), token_headers)),
        )
        self.tokens: TokenCache | StaticTokenSource
        if config.token is not None:
            self.tokens = StaticTokenSource(config.token, config.clock)
        else:
            assert config.account is not None
            signer = AssertionSigner(config.account, config.environment.audience, config.clock)
            exchange = TokenExchange(signer, config.environment.token_url, config.retry, config.clock, self.token_http)
            self.tokens = TokenCache(exchange, config.clock)


def _routing(transports: Mapping[str, Any], no_proxy: list[str], wrap: Callable[[Any], Transport]) -> dict[str, Any]:
    """``transport=`` and ``mounts=`` for an httpx client: the default route and one mount per proxy pattern
    (``None``: the default transport, as httpx maps ``NO_PROXY``)."""
    mounts: dict[str, Transport | None] = {pattern: None for pattern in no_proxy}
    mounts.update({pattern: wrap(transport) for pattern, transport in transports.items() if pattern})
    return {"transport": wrap(transports[""]), "mounts": mounts}


class BaseClient(Generic[HttpT]):
    """The whole client but its I/O. ``http_class`` is ``httpx.Client`` or ``httpx.AsyncClient``; ``network`` makes
    the network transport of that flavour (called with ``proxy=`` for a proxy route)."""

    _config: ClientConfig
    _http_class: type[HttpT]
    _shared: Shared
    _owner: bool
    _http: dict[Api, HttpT]
    _joiners: dict[Api, PathJoiner]

    def __init__(
        self,
        account: ServiceAccount | None,
        options: ClientOptions,
        transport: Transport | None,
        http_class: type[HttpT],
        network: Callable[..., Transport],
    ) -> None:
        config = ClientConfig.build(account, options)
        self._http_class = http_class
        self._shared = Shared(config, transport, http_class, network)
        self._owner = True
        self._assemble(config)

    def _assemble(self, config: ClientConfig) -> None:
        """The per-configuration part: retries over the shared rate-limited routes, and the two API clients."""
        self._config = config
        shared = self._shared
        stacks = {
            pattern: MethodAwareRetryTransport(limited, config.retry) for pattern, limited in shared.limited.items()
        }
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(config.default_headers)
        common: dict[str, Any] = {
            "auth": ServiceAccountAuth(shared.tokens),
            "timeout": config.timeout,
            # No Borrowed wrapper: a retry transport never closes the shared route below it (one call layer less).
            **_routing(stacks, shared.no_proxy, lambda stack: stack),
        }
        idcheck_headers = httpx.Headers(headers)
        if config.api_key:
            # Sent as a header, and a secret: refused here if it could break the header (and echo itself in an error).
            checked_api_key(config.api_key)
            idcheck_headers["APIKEY"] = config.api_key
        self._http = {
            Api.BY_UNICO: self._http_class(base_url=config.environment.api_url, headers=headers, **common),
            Api.IDCHECK: self._http_class(base_url=config.environment.idcheck_url, headers=idcheck_headers, **common),
        }
        self._joiners = {api: PathJoiner(http.base_url) for api, http in self._http.items()}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """A client from ``UNICO_ACCOUNT_NAME``, ``UNICO_TENANT_ID``, ``UNICO_PRIVATE_KEY_FILE`` (or
        ``UNICO_PRIVATE_KEY``), ``UNICO_ENVIRONMENT`` (``uat`` by default, ``production``, or a URL) and
        ``UNICO_API_KEY`` (IDCheck only). ``options`` are passed on (``rate_limit``, ``transport``, ...)."""
        settings = settings_from_env(environ)
        return cls(**{**settings, **options})

    def with_options(self, **overrides: Unpack[ClientOverrides]) -> Self:
        """A copy of this client with other ``timeout``, ``max_retries``, ``retry_deadline`` or
        ``default_headers`` (they replace the client's), sharing this one's connection pool, token and rate limiter
        (``client.with_options(max_retries=0).get_process(id)``). Closing the copy closes nothing shared; close the
        original."""
        copy = object.__new__(type(self))
        copy._http_class = self._http_class
        copy._shared = self._shared
        copy._owner = False
        copy._assemble(self._config.derive(overrides))
        return copy

    @property
    def _tokens(self) -> TokenCache | StaticTokenSource:
        return self._shared.tokens

    @property
    def environment(self) -> Environment:
        return self._config.environment

    # --- the two ends of every operation's call; the twins' ``_send`` sends in between ---------------------------

    def _request(
        self, operation: Operation[Any], args: tuple[Any, ...], options: CallOptions
    ) -> tuple[HttpT, httpx.Request]:
        """The httpx client to send with and the request (checked before anything is sent), with the call's
        ``timeout`` and ``extra_headers``."""
        if operation.needs_api_key and not self._config.api_key:
            raise ConfigurationError("IDUnico + IDCheck needs an api_key (UNICO_API_KEY)")
        http = self._http[operation.api]
        kwargs = operation.request(*args)
        kwargs["url"] = self._joiners[operation.api](kwargs["url"])
        if options:  # most calls give none: skip the checks
            unknown = sorted(options.keys() - CallOptions.__optional_keys__)
            if unknown:
                raise TypeError(f"{operation.name}: unexpected keyword argument {unknown[0]!r}")
            extra = options.get("extra_headers")
            if extra:
                headers = httpx.Headers(kwargs.pop("headers", None))
                headers.update(call_headers(extra))
                kwargs["headers"] = headers
            if "timeout" in options:
                kwargs["timeout"] = timeout_of(options["timeout"])
        return http, http.build_request(**kwargs)

    def _raw(self, operation: Operation[T], response: httpx.Response) -> RawResponse[T]:
        """A successful response, to parse when asked; any other status raises its typed error now."""
        raw = RawResponse(response, lambda r: self._result(operation, r))
        if response.status_code != 200 or operation.write is not None:
            # Raises for any status but 200. A write is parsed now too: a done write whose answer cannot be read
            # is an OutcomeUnknown, which only the call path (its write_outcome) can say.
            raw.parse()
        return raw

    def _result(self, operation: Operation[T], response: httpx.Response) -> T:
        """The model, or the typed error (which keeps the raw response)."""
        parsed = operation.response(client=_PARSER_CLIENT, response=response)
        try:
            return expect(parsed, operation.documented, operation.unwrap, operation.bad_request)
        except UnicoError as error:
            refined = operation.refine(error) if operation.refine is not None else error
            if refined is error:
                raise
            raise refined from None

    def _http_clients(self) -> list[HttpT]:
        """The httpx clients to close: this copy's, and the token's for the owner (whose ``Shared`` also closes the
        network transports, after them)."""
        clients = list(self._http.values())
        if self._owner:
            clients.append(self._shared.token_http)  # type: ignore[arg-type]
        return clients

    def _transports(self) -> list[RateLimitedTransport]:
        """The network routes to close (each closes its network transport): the owner's job only."""
        return list(self._shared.limited.values()) if self._owner else []

    def __repr__(self) -> str:
        who = f"account={self._config.account!r}" if self._config.account else "token=***"
        return f"{type(self).__name__}({who}, environment={self._config.environment.name!r})"
