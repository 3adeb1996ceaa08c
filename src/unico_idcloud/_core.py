"""What ``IDCloud`` and ``AsyncIDCloud`` share: options, the assembly (transport stack, token exchange, auth, the two
httpx clients) and both ends of an operation's call. The twins add only the I/O: the send, waits, ``close``.

httpx does the same with ``BaseClient``; here the base is generic in the httpx client class, the one thing the two
assemblies differ by (with the default network transport).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Generic, Self, TypeVar

import httpx
from unico_idcloud_client import Client

from ._account import ServiceAccount
from ._assertion import AssertionSigner
from ._auth import ServiceAccountAuth
from ._config import ClientConfig, ClientOptions, settings_from_env
from ._environment import Environment
from ._operations import Api, Operation
from ._outcome import expect
from ._scrub import scrub_chain
from ._token import StaticTokenSource, TokenCache, TokenExchange
from ._token_answer import checked_api_key
from ._transport import Borrowed, api_stack
from .errors import ConfigurationError, TransportError, UnexpectedResponse, UnicoError

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")

# What the generated response parser is handed: it reads only ``raise_on_unexpected_status`` (off) from it.
_PARSER_CLIENT = Client(base_url="")


@contextmanager
def no_response() -> Iterator[None]:
    """httpx's transport errors (after every retry) as :class:`TransportError`, and a body httpx cannot decode
    (a broken ``Content-Encoding``) as :class:`UnexpectedResponse`; the httpx error is the cause."""
    try:
        yield
    except httpx.TransportError as exc:
        raise TransportError(f"no response from Unico ({type(exc).__name__})") from scrub_chain(exc)
    except httpx.DecodingError as exc:
        raise UnexpectedResponse("the response body could not be decoded (Content-Encoding)") from scrub_chain(exc)


class BaseClient(Generic[HttpT]):
    """The whole client but its I/O. ``http_class`` is ``httpx.Client`` or ``httpx.AsyncClient``; ``network`` makes
    the default network transport of that flavour."""

    def __init__(
        self,
        account: ServiceAccount | None,
        options: ClientOptions,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        http_class: type[HttpT],
        network: Callable[[], httpx.BaseTransport | httpx.AsyncBaseTransport],
    ) -> None:
        self._config = config = ClientConfig.build(account, options)
        wire = transport if transport is not None else network()
        self._stack = api_stack(wire, config.limiter, config.retry, config.clock)
        self._token_http: HttpT = http_class(transport=Borrowed(wire), timeout=config.timeout)
        self._tokens: TokenCache | StaticTokenSource
        if config.token is not None:
            self._tokens = StaticTokenSource(config.token, config.clock)
        else:
            assert config.account is not None
            signer = AssertionSigner(config.account, config.environment.audience, config.clock)
            exchange = TokenExchange(signer, config.environment.token_url, config.retry, config.clock, self._token_http)
            self._tokens = TokenCache(exchange, config.clock)
        # One transport stack under both httpx clients: one rate limit, one tenant budget.
        common: dict[str, Any] = {
            "transport": Borrowed(self._stack),
            "auth": ServiceAccountAuth(self._tokens),
            "timeout": config.timeout,
        }
        idcheck_headers = httpx.Headers(config.default_headers)
        if config.api_key:
            # Sent as a header, and a secret: refused here if it could break the header (and echo itself in an error).
            checked_api_key(config.api_key)
            idcheck_headers["APIKEY"] = config.api_key
        self._http: dict[Api, HttpT] = {
            Api.BY_UNICO: http_class(base_url=config.environment.api_url, headers=config.default_headers, **common),
            Api.IDCHECK: http_class(base_url=config.environment.idcheck_url, headers=idcheck_headers, **common),
        }

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

    # --- the two ends of every operation's call; the twins' ``_call`` sends in between ---------------------------

    def _request(self, operation: Operation[Any], args: tuple[Any, ...]) -> tuple[HttpT, dict[str, Any]]:
        """The httpx client to send with and the request's keyword arguments (checked before anything is sent)."""
        if operation.needs_api_key and not self._config.api_key:
            raise ConfigurationError("IDUnico + IDCheck needs an api_key (UNICO_API_KEY)")
        return self._http[operation.api], operation.request(*args)

    def _result(self, operation: Operation[T], response: httpx.Response) -> T:
        """The model, or the typed error (which keeps the raw response)."""
        parsed = operation.response(client=_PARSER_CLIENT, response=response)
        try:
            return expect(parsed, operation.documented, operation.unwrap)
        except UnicoError as error:
            refined = operation.refine(error) if operation.refine is not None else error
            if refined is error:
                raise
            raise refined from None

    def _http_clients(self) -> list[HttpT]:
        """Every httpx client this client made, to close (the stack is closed after them)."""
        clients = list(self._http.values())
        clients.append(self._token_http)
        return clients

    def __repr__(self) -> str:
        who = f"account={self._config.account!r}" if self._config.account else "token=***"
        return f"{type(self).__name__}({who}, environment={self._config.environment.name!r})"
