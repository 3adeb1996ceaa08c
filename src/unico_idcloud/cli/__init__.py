"""The ``unico-idcloud`` command line. It needs the ``cli`` extra (click and rich):
``pip install "unico-idcloud[cli]"``. ``unico-idcloud --help`` lists the commands and exit codes."""

from __future__ import annotations

import sys

MISSING_EXTRA = 3  # a configuration problem, as exit codes go (see _exit.py)


def main(argv: list[str] | None = None) -> None:
    """The console script: run the command line, or say in one line what to install."""
    try:
        from ._app import cli
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("click", "rich"):
            raise
        print(
            f"unico-idcloud: the command line needs {exc.name.split('.')[0] if exc.name else 'click'}, "
            'from the cli extra: pip install "unico-idcloud[cli]"',
            file=sys.stderr,
        )
        raise SystemExit(MISSING_EXTRA) from None
    cli.main(args=argv, prog_name="unico-idcloud")


__all__ = ["main"]
