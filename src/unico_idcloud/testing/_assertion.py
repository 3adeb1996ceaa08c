"""Sign the JWT-bearer assertion a client sends to the token endpoint, rightly or in the classic wrong ways."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._account import ServiceAccount
from .._assertion import JWT_BEARER_GRANT
from .._environment import Environment


def _token_host(environment: Environment) -> str:
    """The ``aud`` of an assertion: the origin of the environment's token URL."""
    url = httpx.URL(environment.token_url)
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


UAT_TOKEN_HOST = _token_host(Environment.UAT)
PRODUCTION_TOKEN_HOST = _token_host(Environment.PRODUCTION)

__all__ = ["JWT_BEARER_GRANT", "PRODUCTION_TOKEN_HOST", "UAT_TOKEN_HOST", "make_assertion"]


def make_assertion(
    account: ServiceAccount,
    *,
    audience: str = UAT_TOKEN_HOST,
    now: float | None = None,
    lifetime: int = 3600,
    scope: str | None = "*",
    milliseconds: bool = False,
    trailing_slash: bool = False,
    swap_iat_exp: bool = False,
    extra_claims: Mapping[str, Any] | None = None,
    omit: Iterable[str] = (),
    issuer: str | None = None,
    private_key_pem: bytes | RSAPrivateKey | None = None,
    algorithm: str = "RS256",
) -> str:
    """A signed assertion for ``account``; the defaults produce one the fake (and Unico) accepts.

    The knobs reproduce the mistakes seen in public integrations: ``milliseconds`` (``iat``/``exp`` in ms),
    ``trailing_slash`` (``aud`` ending in ``/``), ``extra_claims`` (``sub``, ``jti``, ... are rejected),
    ``swap_iat_exp``, ``omit`` (drop claims, e.g. ``("scope",)``), ``scope=None`` (same as omitting it),
    ``private_key_pem`` (sign with another key: PEM bytes or a key object) and ``issuer`` (override ``iss``).
    """
    issued = int(time.time() if now is None else now)
    iat, exp = issued, issued + lifetime
    if swap_iat_exp:
        iat, exp = exp, iat
    if milliseconds:
        iat, exp = iat * 1000, exp * 1000
    claims: dict[str, Any] = {
        "iss": account.issuer if issuer is None else issuer,
        "aud": audience.rstrip("/") + ("/" if trailing_slash else ""),
        "scope": scope,
        "iat": iat,
        "exp": exp,
    }
    if scope is None:
        del claims["scope"]
    for name in omit:
        claims.pop(name, None)
    claims.update(extra_claims or {})
    key = account.private_key if private_key_pem is None else private_key_pem
    return jwt.encode(claims, key, algorithm=algorithm, headers={"typ": "JWT"})
