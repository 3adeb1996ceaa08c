"""Personal values (a CPF, a name, an e-mail address, a phone) kept off the command line.

A value typed as an argument stays in the shell's history and shows in ``ps`` to every user of the machine; under
LGPD that is a leak. Each option that takes one also accepts ``-`` (the next line of standard input, so
``read -s``, a pipe or a secret manager can supply it) and ``@PATH`` (the first line of a file), as curl's ``-d @file``
does. Errors name the option and the file, never the value.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # generic in the click this is checked with; older ones the package allows (8.1) are not
    _ParamType = click.ParamType[str, Any]
else:
    _ParamType = click.ParamType

HOW = "'-': read it from standard input; '@PATH': from a file"
OR = "'-' or '@PATH'"
"""``HOW`` once more, for the options after the first of a command."""


class PersonalValue(_ParamType):
    """The value as given, ``-`` for the next line of standard input, or ``@PATH`` for the first line of a file."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if not isinstance(value, str) or not (value == "-" or value.startswith("@")):
            return str(value)
        if value == "-":
            text = sys.stdin.readline()
            where = "standard input"
        else:
            path = Path(value[1:]).expanduser()
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                reason = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
                self.fail(f"cannot read {path}: {reason}", param, ctx)
            where = str(path)
        line = text.splitlines()[0].strip() if text.strip() else ""
        if not line:
            self.fail(f"nothing to read from {where}", param, ctx)
        return line


PERSONAL = PersonalValue()
