"""Defence in depth for text that may reach logs or exception messages: mask what is or looks like a secret or a
personal datum.

Messages are built from the documented fields only (status, code, message); this masks what a server might still
echo inside a message: the values the client knows to be secret (``_scrub``: its token, the ``APIKEY``, what a
write sent), JWTs, bearer tokens, e-mail addresses, phone numbers, CPF / RG / CNH numbers and other long digit
runs, signed URLs' query strings, PEM blocks.
"""

from __future__ import annotations

import re

from ._scrub import scrub

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # PEM blocks first: their base64 would otherwise be cut into pieces by the patterns below.
    (re.compile(r"-----BEGIN [A-Z ]+-----.*?(-----END [A-Z ]+-----|$)", re.DOTALL), "***"),
    # JWTs (three base64url segments, the first a JSON header starting with '{"' = 'eyJ').
    (re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*"), "***"),
    (re.compile(r"(?i)\b(bearer|basic)\s+[\w.~+/=-]+"), r"\1 ***"),
    # Signed URLs carry their credentials in the query string (before the e-mail pattern: a query may hold one).
    (re.compile(r"(https?://[^\s?#\"']+)\?[^\s\"']*"), r"\1?***"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "***"),
)
# Numbers, masked everywhere except inside a UUID (a process id is what a message is about, and the fake's ids are
# all digits, which the digit-run rule would eat).
_NUMBERS: tuple[re.Pattern[str], ...] = (
    # CPF (000.000.000-00), RG (00.000.000-0, the last digit may be X), CNH in groups (000 000 000 00).
    re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}"),
    re.compile(r"\b\d{1,2}\.\d{3}\.\d{3}-[\dXx]\b"),
    re.compile(r"\b\d{3}[ .]\d{3}[ .]\d{3}[ .-]\d{2}\b"),
    # Phone numbers: +55 11 98765-4321, (11) 98765-4321, 11 98765 4321, 98765-4321.
    re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2}\)\s?|\b\d{2}[\s.-])?\b\d{4,5}[\s.-]\d{4}\b"),
    # Any run of 8+ digits (CPF, RG, CNH, passport and phone numbers written without separators).
    re.compile(r"\d{8,}"),
)
_UUID = re.compile(r"(?i)(\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)")


def _mask_numbers(text: str) -> str:
    for pattern in _NUMBERS:
        text = pattern.sub("***", text)
    return text


MAX_MESSAGE = 300


def redact(text: object, *, limit: int = MAX_MESSAGE) -> str:
    """``text`` with known secrets, secret-looking values and personal numbers masked, cut to ``limit``
    characters. Not a string (a server's ``message`` can be any JSON): its ``str()``, masked the same way."""
    text = scrub(text if isinstance(text, str) else str(text))
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    # split() with a group keeps the UUIDs at the odd places: mask the numbers between them.
    pieces = _UUID.split(text)
    text = "".join(piece if index % 2 else _mask_numbers(piece) for index, piece in enumerate(pieces))
    return text if len(text) <= limit else text[: limit - 1] + "…"
