"""The fake identity provider: the JWT-bearer grant (RFC 7523) as Unico runs it, and bearer-token checks.

Error codes are Unico's ("Falha na autenticação x.x.x"); the HTTP statuses are this fake's choice, as the
docs give none: 400 for a request or assertion that is malformed, 401 for credentials that do not check
out, 403 for an account that is valid but not allowed. ``TOKEN_ERRORS`` is the full table.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from .._account import ServiceAccount
from ._accounts import parse_issuer, public_key_pem
from ._assertion import JWT_BEARER_GRANT, UAT_TOKEN_HOST
from ._clock import Clock

ALLOWED_CLAIMS = frozenset({"iss", "aud", "scope", "iat", "exp"})
MAX_ASSERTION_LIFETIME = 3600
MAX_CLOCK_SKEW = 60
_MILLISECONDS_THRESHOLD = 100_000_000_000  # year 5138 in seconds; any real ms timestamp is above it

# code -> (HTTP status, OAuth "error", when)
TOKEN_ERRORS: dict[str, tuple[int, str, str]] = {
    "1.2.20": (400, "invalid_request", "grant_type is not jwt-bearer, assertion missing, or not a JWT"),
    "1.2.21": (
        400,
        "invalid_grant",
        "header/claims undecodable, alg not RS256, a required claim missing or mistyped, "
        "iat/exp in milliseconds, exp <= iat, exp > iat + 3600, iat in the future",
    ),
    "1.2.22": (400, "invalid_grant", "claims other than iss, aud, scope, iat, exp"),
    "1.2.19": (400, "invalid_grant", "a sub claim (impersonation) and nothing else extra"),
    "1.1.1": (400, "invalid_scope", "scope claim missing or not '*'"),
    "1.0.1": (401, "invalid_client", "iss is not <account>@<tenant>.iam.acesso.io or the tenant is unknown"),
    "1.2.5": (401, "invalid_grant", "unknown account, signature not valid for its keys, or aud not the token host"),
    "1.2.6": (401, "invalid_client", "signed with a key that has been revoked"),
    "1.2.4": (401, "invalid_grant", "exp is in the past"),
    "1.2.7": (401, "invalid_grant", "assertion already exchanged"),
    "1.2.11": (403, "access_denied", "account deactivated"),
    "1.0.14": (403, "access_denied", "application deactivated"),
    "1.2.14": (403, "access_denied", "account lacks permission"),
    "1.2.18": (403, "access_denied", "account locked after too many invalid signatures"),
}


class TokenError(Exception):
    """A refused token request. The message is the code only: never the assertion or key."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
        self.status, self.error, _ = TOKEN_ERRORS[code]

    @property
    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": f"Falha na autenticação {self.code}"}


class BearerError(Exception):
    """A refused access token; ``message`` is the JSON string body the gateway answers with."""

    MISSING = "Jwt is missing"
    MALFORMED = "Jwt header is an invalid JSON"
    NOT_OURS = "Jwt verification fails"
    EXPIRED = "Jwt is expired"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Caller:
    """Who an accepted access token belongs to."""

    tenant_id: str
    account: str  # the service account's name, as ServiceAccount.name


@dataclass
class AccountState:
    """A registered account and the switches a test can flip."""

    account: ServiceAccount
    public_keys: list[bytes]
    revoked_keys: list[bytes] = field(default_factory=list)
    active: bool = True
    application_active: bool = True
    permitted: bool = True
    failures: int = 0
    locked: bool = False


class Authority:
    """Issues access tokens for registered service accounts and checks them on API calls."""

    def __init__(
        self,
        clock: Clock,
        *,
        token_host: str = UAT_TOKEN_HOST,
        token_lifetime: int = 3600,
        lock_after_failures: int | None = None,
    ) -> None:
        self.clock = clock
        self.token_host = token_host.rstrip("/")
        self.token_lifetime = token_lifetime
        self.lock_after_failures = lock_after_failures
        self._accounts: dict[tuple[str, str], AccountState] = {}
        self._used: dict[str, float] = {}  # sha256(assertion) -> its exp
        self._secret = secrets.token_bytes(32)

    # --- accounts -------------------------------------------------------------------------------------

    def register(self, account: ServiceAccount) -> AccountState:
        key, public_key = (account.tenant_id, account.name), public_key_pem(account)
        state = self._accounts.get(key)
        if state is None:
            state = self._accounts[key] = AccountState(account, [public_key])
        elif public_key not in state.public_keys:
            state.public_keys.append(public_key)
        return state

    def state(self, account: ServiceAccount) -> AccountState:
        return self._accounts[(account.tenant_id, account.name)]

    def revoke_key(self, account: ServiceAccount) -> None:
        """Stop accepting assertions signed with ``account``'s current key (answers 1.2.6)."""
        state, public_key = self.state(account), public_key_pem(account)
        if public_key in state.public_keys:
            state.public_keys.remove(public_key)
            state.revoked_keys.append(public_key)

    def revoke_tokens(self) -> None:
        """Invalidate every access token issued so far (they then answer 401 "Jwt verification fails")."""
        self._secret = secrets.token_bytes(32)

    def tenants(self) -> set[str]:
        return {tenant for tenant, _ in self._accounts}

    # --- token endpoint -------------------------------------------------------------------------------

    def exchange(self, form: Mapping[str, str]) -> dict[str, Any]:
        """Check a token request's form fields; return the success body or raise :class:`TokenError`."""
        assertion = form.get("assertion")
        if form.get("grant_type") != JWT_BEARER_GRANT or not assertion:
            raise TokenError("1.2.20")
        claims = self._decode_unverified(assertion)
        state = self._account_for(claims)
        self._verify_signature(state, assertion)
        if claims["aud"] != self.token_host:
            raise TokenError("1.2.5")
        self._check_times(claims)
        if not state.active:
            raise TokenError("1.2.11")
        if not state.application_active:
            raise TokenError("1.0.14")
        if not state.permitted:
            raise TokenError("1.2.14")
        self._spend(assertion, float(claims["exp"]))
        state.failures = 0
        return {
            "access_token": self.issue(state.account),
            "expires_in": self.token_lifetime,
            "token_type": "Bearer",
        }

    def _decode_unverified(self, assertion: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(assertion)
        except jwt.PyJWTError:
            raise TokenError("1.2.20") from None
        if header.get("alg") != "RS256":
            raise TokenError("1.2.21")
        try:
            claims = jwt.decode(assertion, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise TokenError("1.2.21") from None
        extra = set(claims) - ALLOWED_CLAIMS
        if extra == {"sub"}:
            raise TokenError("1.2.19")
        if extra:
            raise TokenError("1.2.22")
        if claims.get("scope") != "*":
            raise TokenError("1.1.1")
        for name in ("iss", "aud"):
            if not isinstance(claims.get(name), str):
                raise TokenError("1.2.21")
        for name in ("iat", "exp"):
            value = claims.get(name)
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise TokenError("1.2.21")
        return claims

    def _account_for(self, claims: Mapping[str, Any]) -> AccountState:
        parsed = parse_issuer(claims["iss"])
        if parsed is None or parsed[1] not in self.tenants():
            raise TokenError("1.0.1")
        state = self._accounts.get((parsed[1], parsed[0]))
        if state is None:
            raise TokenError("1.2.5")
        return state

    def _verify_signature(self, state: AccountState, assertion: str) -> None:
        if state.locked:
            raise TokenError("1.2.18")
        if any(_signed_by(assertion, key) for key in state.public_keys):
            return
        if any(_signed_by(assertion, key) for key in state.revoked_keys):
            raise TokenError("1.2.6")
        state.failures += 1
        if self.lock_after_failures is not None and state.failures >= self.lock_after_failures:
            state.locked = True
        raise TokenError("1.2.5")

    def _check_times(self, claims: Mapping[str, Any]) -> None:
        iat, exp, now = float(claims["iat"]), float(claims["exp"]), self.clock.time()
        if iat >= _MILLISECONDS_THRESHOLD or exp >= _MILLISECONDS_THRESHOLD:
            raise TokenError("1.2.21")
        if exp <= now:
            raise TokenError("1.2.4")
        if exp <= iat or exp - iat > MAX_ASSERTION_LIFETIME or iat > now + MAX_CLOCK_SKEW:
            raise TokenError("1.2.21")

    def _spend(self, assertion: str, exp: float) -> None:
        now = self.clock.time()
        for digest, until in list(self._used.items()):
            if until <= now:
                del self._used[digest]
        digest = hashlib.sha256(assertion.encode()).hexdigest()
        if digest in self._used:
            raise TokenError("1.2.7")
        self._used[digest] = exp

    def issue(self, account: ServiceAccount) -> str:
        now = int(self.clock.time())
        claims = {
            "iss": "unico-idcloud-fake",
            "sub": account.issuer,
            "tenant": account.tenant_id,
            "account": account.name,
            "iat": now,
            "exp": now + self.token_lifetime,
            "jti": secrets.token_hex(8),
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")

    # --- API calls ------------------------------------------------------------------------------------

    def check_bearer(self, authorization: str | None) -> Caller:
        """The caller behind an ``Authorization`` header, or :class:`BearerError`."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise BearerError(BearerError.MISSING)
        token = token.strip()
        try:
            jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise BearerError(BearerError.MALFORMED) from None
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError:
            raise BearerError(BearerError.NOT_OURS) from None
        if float(claims.get("exp", 0)) <= self.clock.time():
            raise BearerError(BearerError.EXPIRED)
        return Caller(tenant_id=str(claims.get("tenant")), account=str(claims.get("account")))


def _signed_by(assertion: str, public_key_pem: bytes) -> bool:
    try:
        jwt.decode(
            assertion,
            load_pem_public_key(public_key_pem),  # type: ignore[arg-type]
            algorithms=["RS256"],
            options={"verify_exp": False, "verify_iat": False, "verify_nbf": False, "verify_aud": False},
        )
    except jwt.PyJWTError:
        return False
    return True
