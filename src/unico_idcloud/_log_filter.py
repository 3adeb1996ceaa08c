"""A ``logging.Filter`` that masks secrets and personal data in every record it sees, for users who turn on DEBUG
logging of httpx and httpcore (which print URLs, response headers and, on a protocol error, the offending header
value), or of anything else that may quote a token."""

from __future__ import annotations

import logging

from ._redact import redact

MAX_RECORD = 20_000


class RedactingFilter(logging.Filter):
    """Masks, in a record's message and its traceback, every value the client knows to be secret or personal (its
    token, the ``APIKEY``, what a write sent) and what looks like one (JWTs, Bearer values, e-mail addresses, phone,
    CPF / RG / CNH numbers, signed URLs' queries, PEM keys). Never drops a record.

    Attach it to the *handler* (a logger's filters do not apply to its children, such as ``httpcore.http11``)::

        handler.addFilter(RedactingFilter())
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message, limit=MAX_RECORD), None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            # Formatted here, once: a formatter prints exc_text when it is set instead of formatting exc_info again
            # (exc_info stays, for handlers that want the exception object).
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info), limit=MAX_RECORD)
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, limit=MAX_RECORD)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, limit=MAX_RECORD)
        return True


# The package's own records are filtered wherever they go (a handler's filter is still needed for other loggers).
for _name in ("unico_idcloud", "unico_idcloud.webhooks"):
    logging.getLogger(_name).addFilter(RedactingFilter())
