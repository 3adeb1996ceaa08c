"""The JWT-bearer assertion (RFC 7523) a service account signs to get an access token.

Unico accepts exactly ``iss``, ``aud``, ``scope``, ``iat`` and ``exp`` (any other claim is error 1.2.22), in whole
seconds, ``exp`` at most an hour after ``iat``, and refuses an assertion it has already seen (1.2.7). RS256 is
deterministic, so two assertions signed in the same second with the same claims are the same string; with no other
claim to vary, ``exp`` is what makes each one new:

- within this process, whichever client signs, ``exp`` is never one already signed in that second (remembered per
  account, not per client: an ``IDCloud`` and an ``AsyncIDCloud``, one client per thread);
- across processes (a fleet starting up in the same second) ``exp`` is drawn at random from every lifetime Unico
  allows above ``SHORTEST_LIFETIME``: 3,301 choices, where 50 workers collide about once in three starts, each
  collision answered 1.2.7 and signed anew (``_token``).
"""

from __future__ import annotations

import secrets
import threading
from collections import deque

import jwt

from ._account import ServiceAccount
from ._clock import Clock

JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
LONGEST_LIFETIME = 3600
"""Unico's limit on ``exp - iat``."""
SHORTEST_LIFETIME = 300
"""No assertion lives less: it is exchanged at once, but a slow token endpoint or a retry must not find it expired."""
_CHOICES = LONGEST_LIFETIME - SHORTEST_LIFETIME + 1
_REMEMBERED = 1024
"""``(iat, exp)`` pairs kept per account: far more than one second's signatures, far fewer than ``_CHOICES``."""

_lock = threading.Lock()
_recent: dict[tuple[str, str], deque[tuple[int, int]]] = {}
"""What was recently signed, per ``(issuer, audience)``, shared by every signer in the process."""


def _unused_exp(iat: int, used: set[int]) -> int:
    """A random ``exp`` not in ``used``: a random start, then the next free one."""
    offset = secrets.randbelow(_CHOICES)
    for step in range(_CHOICES):
        exp = iat + SHORTEST_LIFETIME + (offset + step) % _CHOICES
        if exp not in used:
            return exp
    raise AssertionError("every lifetime used in one second: _REMEMBERED must stay under _CHOICES")


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
            recent = _recent.setdefault(self._key, deque(maxlen=_REMEMBERED))
            exp = _unused_exp(iat, {exp for signed_at, exp in recent if signed_at == iat})
            recent.append((iat, exp))
        return {"iss": self._account.issuer, "aud": self._audience, "scope": "*", "iat": iat, "exp": exp}

    def sign(self) -> str:
        return jwt.encode(self.claims(), self._account.private_key, algorithm="RS256", headers={"typ": "JWT"})

    def __repr__(self) -> str:
        return f"AssertionSigner(account={self._account!r}, audience={self._audience!r})"
