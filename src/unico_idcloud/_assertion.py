"""The JWT-bearer assertion (RFC 7523) a service account signs to get an access token.

Unico accepts exactly ``iss``, ``aud``, ``scope``, ``iat`` and ``exp`` (any other claim is error 1.2.22), in whole
seconds, and refuses an assertion it has already seen (1.2.7). RS256 is deterministic, so two assertions signed in
the same second with the same claims are the same string: ``exp`` is varied so that each one is new.
"""

from __future__ import annotations

import secrets
import threading
from collections import deque

import jwt

from ._account import ServiceAccount
from ._clock import Clock

JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
ASSERTION_LIFETIME = 300
"""Seconds an assertion stays valid: it is used at once, so it need not live the 3600 Unico allows."""
_SPREAD = 60
"""``exp`` is drawn from the last ``_SPREAD`` seconds of the lifetime, so that workers signing for one account in the
same second (a fleet starting up) almost never produce the same assertion."""


class AssertionSigner:
    """Signs a fresh assertion on each call; never the same string twice in this process."""

    def __init__(self, account: ServiceAccount, audience: str, clock: Clock) -> None:
        self._account = account
        self._audience = audience.rstrip("/")
        self._clock = clock
        self._lock = threading.Lock()
        self._recent: deque[tuple[int, int]] = deque(maxlen=4 * _SPREAD)

    def claims(self) -> dict[str, str | int]:
        """The claims of the next assertion: integer seconds, ``exp`` unique among recent ones."""
        iat = int(self._clock.time())
        with self._lock:
            used = {exp for signed_at, exp in self._recent if signed_at == iat}
            offset = secrets.randbelow(_SPREAD)
            for step in range(_SPREAD):
                exp = iat + ASSERTION_LIFETIME - (offset + step) % _SPREAD
                if exp not in used:
                    break
            else:  # _SPREAD assertions in one second: move to the next lower lifetime band
                exp = iat + ASSERTION_LIFETIME - _SPREAD - len(used)
            self._recent.append((iat, exp))
        return {"iss": self._account.issuer, "aud": self._audience, "scope": "*", "iat": iat, "exp": exp}

    def sign(self) -> str:
        return jwt.encode(self.claims(), self._account.private_key, algorithm="RS256", headers={"typ": "JWT"})

    def __repr__(self) -> str:
        return f"AssertionSigner(account={self._account!r}, audience={self._audience!r})"
