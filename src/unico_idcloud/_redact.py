"""Defence in depth for text that may reach logs or exception messages: mask what looks like a secret or personal datum.

Messages are built from the documented fields only (status, code, message); this masks what a server might still
echo inside a message: JWTs, bearer tokens, CPFs and other long digit runs, signed URLs' query strings.
"""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # JWTs (three base64url segments, the first a JSON header starting with '{"' = 'eyJ').
    (re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*"), "***"),
    (re.compile(r"(?i)\b(bearer|basic)\s+[\w.~+/=-]+"), r"\1 ***"),
    # CPF (000.000.000-00) and any run of 8+ digits (RG, CNH, passport numbers, phone numbers).
    (re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}"), "***"),
    (re.compile(r"\d{8,}"), "***"),
    # Signed URLs carry their credentials in the query string.
    (re.compile(r"(https?://[^\s?#\"']+)\?[^\s\"']*"), r"\1?***"),
    # PEM blocks.
    (re.compile(r"-----BEGIN [A-Z ]+-----.*?(-----END [A-Z ]+-----|$)", re.DOTALL), "***"),
)
MAX_MESSAGE = 300


def redact(text: str, *, limit: int = MAX_MESSAGE) -> str:
    """``text`` with secrets and personal numbers masked, cut to ``limit`` characters."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
