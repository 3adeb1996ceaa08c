"""``UNICO_LOG=debug`` or ``UNICO_LOG=info``: the package's log lines on stderr without configuring ``logging`` (as
``OPENAI_LOG`` does for openai-python). Read once, when the package is imported; any other value does nothing."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
"""The logger name once per line (the messages do not repeat it)."""


class _UnicoLogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``UNICO_LOG`` adds (a class of its own, so that it is added once)."""


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    env = os.environ if environ is None else environ
    level = LEVELS.get(env.get("UNICO_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("unico_idcloud")
    if not any(isinstance(handler, _UnicoLogHandler) for handler in logger.handlers):
        handler = _UnicoLogHandler()  # stderr
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
