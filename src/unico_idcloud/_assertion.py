"""The JWT-bearer assertion (RFC 7523) a service account signs to get an access token.

Unico accepts exactly ``iss``, ``aud``, ``scope``, ``iat`` and ``exp`` (any other claim is error 1.2.22), in whole
seconds, and refuses an assertion it has already seen (1.2.7). RS256 is deterministic, so two assertions signed in
the same second with the same claims are the same string: ``exp`` is varied so that each one is new. What was signed
is remembered for the whole process, not per client, so that two clients of one account in one process (an
``IDCloud`` and an ``AsyncIDCloud``, one per thread) never sign the same assertion either.
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


_SHORTEST_LIFETIME = 60
"""No assertion is signed to live less than this, however many share a second."""


def _unused_exp(iat: int, used: set[int]) -> int:
    """A random ``exp`` from the top band if one is free there (what keeps other processes apart), else the
    longest free lifetime below it; past that (240 in one second) a random one, which Unico may refuse as reused
    (1.2.7), answered by one fresh signature."""
    top = iat + ASSERTION_LIFETIME
    offset = secrets.randbelow(_SPREAD)
    band = [top - (offset + step) % _SPREAD for step in range(_SPREAD)]
    below = range(top - _SPREAD, iat + _SHORTEST_LIFETIME - 1, -1)
    return next((exp for exp in (*band, *below) if exp not in used), band[0])


_lock = threading.Lock()
_recent: dict[tuple[str, str], deque[tuple[int, int]]] = {}
"""``(iat, exp)`` pairs recently signed, per ``(issuer, audience)``, shared by every signer in the process: one per
account and environment, each bounded."""


class AssertionSigner:
    """Signs a fresh assertion on each call; never the same string twice in this process, whichever signer."""

    def __init__(self, account: ServiceAccount, audience: str, clock: Clock) -> None:
        self._account = account
        self._audience = audience.rstrip("/")
        self._clock = clock
        self._key = (account.issuer, self._audience)

    def claims(self) -> dict[str, str | int]:
        """The claims of the next assertion: integer seconds, ``exp`` unique among recent ones."""
        iat = int(self._clock.time())
        with _lock:
            recent = _recent.setdefault(self._key, deque(maxlen=ASSERTION_LIFETIME - _SHORTEST_LIFETIME))
            used = {exp for signed_at, exp in recent if signed_at == iat}
            exp = _unused_exp(iat, used)
            recent.append((iat, exp))
        return {"iss": self._account.issuer, "aud": self._audience, "scope": "*", "iat": iat, "exp": exp}

    def sign(self) -> str:
        return jwt.encode(self.claims(), self._account.private_key, algorithm="RS256", headers={"typ": "JWT"})

    def __repr__(self) -> str:
        return f"AssertionSigner(account={self._account!r}, audience={self._audience!r})"
