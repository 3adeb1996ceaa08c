"""Exit codes of the command line, one per kind of failure, so that scripts can tell them apart."""

from __future__ import annotations

from ..errors import (
    AuthenticationError,
    ConfigurationError,
    Forbidden,
    Gone,
    InvalidEvidenceSet,
    InvalidImage,
    InvalidProcessId,
    InvalidRequest,
    InvalidSelfie,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
    UnicoError,
    WaitTimeout,
)

OK = 0
UNEXPECTED = 1
USAGE = 2
SOME_FAILED = 16
FILE_ERROR = 15
INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C

# Most specific first: InvalidSelfie is an UnexpectedResponse; InvalidImage and InvalidProcessId are InvalidRequests.
# 3 is also the code of a missing cli extra. 18: a script must never simply rerun a write that may have been done.
BY_ERROR: tuple[tuple[type[UnicoError], int, str], ...] = (
    (ConfigurationError, 3, "configuration: missing or unusable credentials, key, API key or environment"),
    (AuthenticationError, 4, "the token endpoint refused the service account"),
    (Unauthorized, 5, "access token refused (401)"),
    (Forbidden, 5, "forbidden (403)"),
    (NotFound, 6, "no such process or selfie (404)"),
    (InvalidProcessId, 7, "the process id is not a UUID (or 400)"),
    (InvalidImage, 17, "idcheck create: the selfie breaks a limit (format, size, resolution, SDK token)"),
    (InvalidRequest, 7, "a write's argument refused (400; the field is named)"),
    (Gone, 8, "IDCheck process ended in error (410, status 5)"),
    (RateLimited, 9, "still rate limited after every retry (429)"),
    (ServerError, 10, "Unico failed after every retry (5xx)"),
    (TransportError, 11, "no response after every retry (connection, timeout)"),
    (InvalidSelfie, 13, "the selfie is not the image its contentType names"),
    (InvalidEvidenceSet, 13, "the evidence set is not a PDF"),
    (UnexpectedResponse, 12, "a response the API does not document"),
    (WaitTimeout, 14, "process wait: not finished within --timeout"),
    (OutcomeUnknown, 18, "a write may have been done (5xx or no answer after sending): not resent, check first"),
)


def exit_code(error: UnicoError) -> int:
    for error_class, code, _ in BY_ERROR:
        if isinstance(error, error_class):
            return code
    return UNEXPECTED


def table() -> list[tuple[int, str]]:
    """Every exit code and what it means, in order (for --help and the README)."""
    rows = [(OK, "success"), (UNEXPECTED, "unexpected error (a bug: please report it)"), (USAGE, "bad usage")]
    seen: dict[int, list[str]] = {}
    for _, code, meaning in BY_ERROR:
        seen.setdefault(code, []).append(meaning)
    rows += [(code, "; ".join(meanings)) for code, meanings in seen.items()]
    rows += [
        (FILE_ERROR, "a file could not be read or written (a missing input file included)"),
        (SOME_FAILED, "get-many: some ids got an error"),
        (
            INTERRUPTED,
            "interrupted (Ctrl-C); get-many --output: continue with --resume; a write: its outcome is unknown",
        ),
    ]
    return sorted(rows)
