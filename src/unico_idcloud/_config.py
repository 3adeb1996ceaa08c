"""What ``IDCloud`` and ``AsyncIDCloud`` are configured with, checked once, shared by both."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ClientConfig:
    account: ServiceAccount | None
    environment: Environment
    token: StaticToken | None
    api_key: str | None
    timeout: httpx.Timeout
    limiter: RateLimiter | None
    retry: UnicoRetry
    clock: Clock

    @classmethod
    def build(
        cls,
        account: ServiceAccount | None,
        *,
        environment: Environment | str,
        token: StaticToken | None,
        api_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_deadline: float | None,
        rate_limit: RateLimitSetting,
        clock: Clock | None,
    ) -> ClientConfig:
        if (account is None) == (token is None):
            raise ConfigurationError("give either a service account or a token (not both)")
        if account is not None and not isinstance(account, ServiceAccount):
            raise ConfigurationError(
                "account must be a unico_idcloud.ServiceAccount (the fake's accounts convert with .credentials)"
            )
        if max_retries < 0:
            raise ConfigurationError("max_retries cannot be negative")
        clock = clock if clock is not None else SYSTEM_CLOCK
        env = Environment.parse(environment) if isinstance(environment, str) else environment
        return cls(
            account=account,
            environment=env,
            token=token,
            api_key=api_key or None,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            limiter=_limiter(rate_limit, clock),
            retry=UnicoRetry.policy(max_retries, deadline=retry_deadline, clock=clock),
            clock=clock,
        )


def _limiter(setting: RateLimitSetting, clock: Clock) -> RateLimiter | None:
    if setting is None or isinstance(setting, RateLimiter):
        return setting
    if isinstance(setting, bool) or not isinstance(setting, int | float):
        raise ConfigurationError("rate_limit is requests per second (a number), a RateLimiter, or None (off)")
    return AdaptiveRateLimiter(float(setting), clock=clock)


ENV_VARIABLES = (
    "UNICO_ACCOUNT_NAME",
    "UNICO_TENANT_ID",
    "UNICO_PRIVATE_KEY_FILE",
    "UNICO_PRIVATE_KEY",
    "UNICO_ENVIRONMENT",
    "UNICO_API_KEY",
)


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, object]:
    """``account``, ``environment`` and ``api_key`` from the ``UNICO_*`` variables; names what is missing."""
    env = os.environ if environ is None else environ
    name, tenant = env.get("UNICO_ACCOUNT_NAME"), env.get("UNICO_TENANT_ID")
    key_file, key = env.get("UNICO_PRIVATE_KEY_FILE"), env.get("UNICO_PRIVATE_KEY")
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
        "environment": Environment.parse(env.get("UNICO_ENVIRONMENT") or "uat"),
        "api_key": env.get("UNICO_API_KEY") or None,
    }


__all__ = ["DEFAULT_RATE", "ClientConfig", "settings_from_env"]
