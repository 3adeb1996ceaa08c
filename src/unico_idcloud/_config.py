"""What ``IDCloud`` and ``AsyncIDCloud`` are configured with, checked once, shared by both."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict

import httpx

from ._account import ServiceAccount
from ._clock import SYSTEM_CLOCK, Clock
from ._environment import Environment
from ._ratelimit import DEFAULT_RATE, AdaptiveRateLimiter, RateLimiter
from ._retry import UnicoRetry
from ._token import StaticToken
from .errors import ConfigurationError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 3
DEFAULT_RETRY_DEADLINE = 60.0

RateLimitSetting = float | RateLimiter | None
ProxySetting = str | httpx.URL | httpx.Proxy | None


class ClientOptions(TypedDict, total=False):
    """The keyword options of both clients, defined once (``Unpack`` keeps every keyword visible to IDEs and mypy).
    The defaults are :meth:`ClientConfig.build`'s; ``transport`` is per I/O flavour (see below)."""

    environment: Environment | str
    token: StaticToken | None
    api_key: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    retry_deadline: float | None
    rate_limit: RateLimitSetting
    clock: Clock | None
    default_headers: Mapping[str, str] | None
    proxy: ProxySetting
    trust_env: bool


class ClientOverrides(TypedDict, total=False):
    """What :meth:`~unico_idcloud.IDCloud.with_options` may change: the rest (credentials, environment, rate limit,
    transport, proxy) is the connection pool, token and budget the copy shares."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    retry_deadline: float | None
    default_headers: Mapping[str, str] | None


class CallOptions(TypedDict, total=False):
    """Per-call options of every operation (``client.get_process(id, timeout=5, extra_headers={...})``)."""

    timeout: float | httpx.Timeout | None
    """This call's timeout per attempt, instead of the client's."""
    extra_headers: Mapping[str, str] | None
    """Headers for this call only, over ``default_headers`` (``Authorization`` and ``APIKEY`` stay the client's)."""


def split_call_options(arguments: Any) -> CallOptions:
    """Take the per-call options (``timeout``, ``extra_headers``) out of a method's keyword arguments (a
    ``TypedDict`` that adds them to its own); what is left is the request's."""
    options: dict[str, Any] = {key: arguments.pop(key) for key in CallOptions.__optional_keys__ if key in arguments}
    return options  # type: ignore[return-value]


class SyncClientOptions(ClientOptions, total=False):
    transport: httpx.BaseTransport | None
    http_client: httpx.Client | None


class AsyncClientOptions(ClientOptions, total=False):
    transport: httpx.AsyncBaseTransport | None
    http_client: httpx.AsyncClient | None


_KNOWN_OPTIONS = SyncClientOptions.__optional_keys__


@dataclass(frozen=True)
class ClientConfig:
    account: ServiceAccount | None
    environment: Environment
    token: StaticToken | None = field(repr=False)
    api_key: str | None = field(repr=False)
    timeout: httpx.Timeout
    limiter: RateLimiter | None
    retry: UnicoRetry
    clock: Clock
    default_headers: httpx.Headers = field(repr=False)
    proxy: httpx.Proxy | None = field(repr=False)
    trust_env: bool

    @classmethod
    def build(cls, account: ServiceAccount | None, options: ClientOptions) -> ClientConfig:
        """Checks the options (a keyword neither client has is a ``TypeError``, as Python raises) and applies the
        defaults."""
        unknown = sorted(options.keys() - _KNOWN_OPTIONS)
        if unknown:
            raise TypeError(f"unexpected keyword argument {unknown[0]!r}")
        token = options.get("token")
        if (account is None) == (token is None):
            raise ConfigurationError("give either a service account or a token (not both)")
        if account is not None and not isinstance(account, ServiceAccount):
            raise ConfigurationError(
                "account must be a unico_idcloud.ServiceAccount (the credentials: name, tenant id, private key)"
            )
        max_retries = options.get("max_retries", DEFAULT_MAX_RETRIES)
        if max_retries < 0:
            raise ConfigurationError("max_retries cannot be negative")
        clock = options.get("clock")
        clock = clock if clock is not None else SYSTEM_CLOCK
        environment = options.get("environment", Environment.UAT)
        return cls(
            account=account,
            environment=Environment.parse(environment) if isinstance(environment, str) else environment,
            token=token,
            api_key=options.get("api_key") or None,
            timeout=timeout_of(options.get("timeout", DEFAULT_TIMEOUT)),
            limiter=_limiter(options.get("rate_limit", DEFAULT_RATE), clock),
            retry=UnicoRetry.policy(
                max_retries, deadline=options.get("retry_deadline", DEFAULT_RETRY_DEADLINE), clock=clock
            ),
            clock=clock,
            default_headers=_headers(options.get("default_headers")),
            proxy=_proxy(options.get("proxy")),
            trust_env=bool(options.get("trust_env", True)),
        )

    def derive(self, overrides: ClientOverrides) -> ClientConfig:
        """This configuration with :meth:`~unico_idcloud.IDCloud.with_options`' changes (checked as in
        :meth:`build`); what is not overridden stays."""
        unknown = sorted(overrides.keys() - ClientOverrides.__optional_keys__)
        if unknown:
            raise TypeError(f"with_options() got an unexpected keyword argument {unknown[0]!r}")
        changes: dict[str, object] = {}
        if "timeout" in overrides:
            changes["timeout"] = timeout_of(overrides["timeout"])
        if "max_retries" in overrides or "retry_deadline" in overrides:
            max_retries = overrides.get("max_retries", self.retry.total)
            if max_retries < 0:
                raise ConfigurationError("max_retries cannot be negative")
            deadline = overrides.get("retry_deadline", self.retry.total_timeout)
            changes["retry"] = UnicoRetry.policy(max_retries, deadline=deadline, clock=self.clock)
        if "default_headers" in overrides:
            changes["default_headers"] = _headers(overrides["default_headers"])
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def timeout_of(given: float | httpx.Timeout | None) -> httpx.Timeout:
    return given if isinstance(given, httpx.Timeout) else httpx.Timeout(given)


def _proxy(given: ProxySetting) -> httpx.Proxy | None:
    if given is None or isinstance(given, httpx.Proxy):
        return given
    try:
        return httpx.Proxy(given)
    except (TypeError, ValueError):
        # The URL can carry a password: never echoed.
        raise ConfigurationError("proxy must be a URL (http://, https://, socks5://) or an httpx.Proxy") from None


def call_headers(given: Mapping[str, str] | None) -> httpx.Headers:
    """A call's ``extra_headers``, checked; ``Authorization`` and ``APIKEY`` are dropped (the client's win)."""
    headers = _headers(given, "extra_headers")
    for name in ("Authorization", "APIKEY"):
        headers.pop(name, None)
    return headers


def _headers(given: Mapping[str, str] | None, name: str = "default_headers") -> httpx.Headers:
    try:
        return httpx.Headers(given)
    except (TypeError, ValueError, AttributeError):
        # httpx's message can quote the value; a header can carry a secret.
        raise ConfigurationError(f"{name} must map header names to strings") from None


def _limiter(setting: RateLimitSetting, clock: Clock) -> RateLimiter | None:
    if setting is None or isinstance(setting, RateLimiter):
        return setting
    if isinstance(setting, bool) or not isinstance(setting, int | float):
        raise ConfigurationError("rate_limit is requests per second (a number), a RateLimiter, or None (off)")
    return AdaptiveRateLimiter(float(setting), clock=clock)


class EnvSettings(TypedDict):
    account: ServiceAccount
    environment: Environment
    api_key: str | None


def settings_from_env(
    environ: Mapping[str, str] | None = None,
    *,
    environment: str | None = None,
    account_name: str | None = None,
    tenant_id: str | None = None,
    private_key_file: str | None = None,
    api_key: str | None = None,
) -> EnvSettings:
    """``account``, ``environment`` and ``api_key`` from the ``UNICO_*`` variables; names what is missing. A value
    given here (the command line's flags) wins over its variable."""
    env = os.environ if environ is None else environ
    name = account_name or env.get("UNICO_ACCOUNT_NAME")
    tenant = tenant_id or env.get("UNICO_TENANT_ID")
    key_file, key = private_key_file or env.get("UNICO_PRIVATE_KEY_FILE"), env.get("UNICO_PRIVATE_KEY")
    missing = [var for var, value in (("UNICO_ACCOUNT_NAME", name), ("UNICO_TENANT_ID", tenant)) if not value]
    if not key_file and not key:
        missing.append("UNICO_PRIVATE_KEY_FILE (or UNICO_PRIVATE_KEY)")
    if missing:
        raise ConfigurationError(f"missing environment variables: {', '.join(missing)}")
    assert name and tenant
    if key_file:
        account = ServiceAccount.from_file(key_file, name=name, tenant_id=tenant)
    else:
        assert key
        # A PEM pasted into one line of a .env file usually has its newlines written as "\n".
        pem = key.replace("\\n", "\n") if "\n" not in key else key
        account = ServiceAccount(name=name, tenant_id=tenant, private_key=pem)
    return {
        "account": account,
        "environment": Environment.parse(environment or env.get("UNICO_ENVIRONMENT") or "uat"),
        "api_key": api_key or env.get("UNICO_API_KEY") or None,
    }


__all__ = [
    "DEFAULT_RATE",
    "AsyncClientOptions",
    "CallOptions",
    "ClientConfig",
    "ClientOptions",
    "ClientOverrides",
    "EnvSettings",
    "SyncClientOptions",
    "settings_from_env",
]
