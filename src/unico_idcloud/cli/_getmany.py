"""``process get-many``: ids from a file to JSON lines, with a progress bar and ``--resume``.

One line per outcome, written and flushed as it arrives, so an interrupted run loses nothing it finished;
``--resume`` reads the ids already in the output and skips those whose outcome is final (found, 400, 403, 404,
410); an id whose line is a 429, a 5xx, a timeout or any other transient failure is fetched again and gets a new
line (the last line for an id is its outcome). Ids are read lazily (the bulk fetch holds a constant number of
them); what grows with the input is one small key per distinct id (each id is fetched once per run).
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import AsyncGenerator, Iterable, Iterator
from contextlib import AbstractContextManager, aclosing, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast
from uuid import UUID

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .._bulk import ProcessOutcome
from .._client import AsyncIDCloud
from ._exit import exit_code
from ._mask import to_json
from ._render import stderr

FINAL_STATUSES = frozenset({400, 403, 404, 410})
"""An error with one of these will be the same next time: a resumed run does not ask again."""
_FINAL_TYPES = frozenset({"InvalidProcessId"})  # refused before any request: not a UUID
_BOM = "\ufeff"

Key = int | str


class RateColumn(ProgressColumn):
    """Ids per second (rich's own speed column counts bytes)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- ids/s" if speed is None else f"{speed:.1f} ids/s")


def id_key(process_id: str) -> Key:
    """What makes two lines the same id: a UUID however it is written (case, braces), as its 128-bit integer (a
    small int, not a 36-character string: 100,000 of them take a few MiB); anything else as its text."""
    try:
        return UUID(process_id).int
    except ValueError:
        return process_id


def stdin_lines() -> Iterator[str]:
    """The lines of stdin decoded as UTF-8, strictly: the text layer of stdin follows the locale, and under the C
    locale it would turn bytes that are not UTF-8 into surrogates instead of an error."""
    for raw in sys.stdin.buffer:
        yield raw.decode("utf-8")


def _lines(source: Iterable[str], name: str) -> Iterator[str]:
    """The lines of ``source`` without a leading BOM; a file that is not UTF-8 is an ``OSError`` (exit 15) that
    says so, instead of a ``UnicodeDecodeError``."""
    number = 0
    try:
        for number, line in enumerate(source, start=1):
            yield line.removeprefix(_BOM) if number == 1 else line
    except UnicodeDecodeError:
        raise OSError(errno.EILSEQ, f"not UTF-8 text (near line {number + 1}); save the ids as UTF-8", name) from None


def read_ids(lines: Iterable[str], skip: set[Key], *, name: str = "<input>") -> Iterator[str]:
    """The ids in ``lines``, one per line (blank lines and ``#`` comments ignored), each once: an id in ``skip``
    (done in an earlier run) or seen before in this run is left out. ``skip`` grows with each id read."""
    for line in _lines(lines, name):
        process_id = line.strip()
        if not process_id or process_id.startswith("#"):
            continue
        key = id_key(process_id)
        if key not in skip:
            skip.add(key)
            yield process_id


def count_ids(path: Path, skip: set[Key] | None = None) -> int:
    """How many ids a run over ``path`` will fetch (``skip`` is not changed). Reads the whole file, so a file that
    is not UTF-8 fails here, before any request."""
    seen = set(skip or ())
    with path.open(encoding="utf-8") as lines:
        return sum(1 for _ in read_ids(lines, seen, name=str(path)))


def is_final(record: dict[str, Any]) -> bool:
    """A line whose outcome a new request would not change: the process, or an error that is the id's own."""
    if record.get("ok") is True:
        return True
    error = record.get("error")
    if not isinstance(error, dict):
        return False
    return error.get("status_code") in FINAL_STATUSES or error.get("type") in _FINAL_TYPES


def done_ids(output: Path) -> set[Key]:
    """The ids whose outcome in ``output`` is final. A last line cut short by an interruption is removed, so the
    file stays one JSON object per line."""
    done: set[Key] = set()
    if not output.exists() or not output.is_file():
        return done
    with output.open("r+b") as file:
        content_end = 0
        for raw in file:
            if not raw.endswith(b"\n"):
                break
            content_end += len(raw)
            try:
                record = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str) and is_final(record):
                done.add(id_key(record["id"]))
        file.truncate(content_end)
    return done


def outcome_line(outcome: ProcessOutcome, *, show_pii: bool) -> dict[str, Any]:
    if outcome.process is not None:
        return {"id": outcome.process_id, "ok": True, "process": to_json(outcome.process, show_pii=show_pii)}
    error = outcome.error
    assert error is not None
    return {
        "id": outcome.process_id,
        "ok": False,
        "error": {
            "type": type(error).__name__,
            "exit_code": exit_code(error),
            "status_code": error.status_code,
            "code": error.code,
            "message": str(error),
        },
    }


@dataclass
class Tally:
    ok: int = 0
    failed: int = 0
    skipped: int = 0


async def run(
    client: AsyncIDCloud,
    ids: Iterator[str],
    out: IO[str],
    *,
    total: int | None,
    concurrency: int,
    show_pii: bool,
    tally: Tally,
) -> None:
    await client.access_token()  # a refused account is one error, not one per id
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=stderr(), transient=False) as progress:
        task = progress.add_task("processes", total=total)
        # get_processes is an async generator (typed as the iterator it promises): it has aclose().
        outcomes = cast("AsyncGenerator[ProcessOutcome, None]", client.get_processes(ids, concurrency=concurrency))
        # Closed here, in this task, whatever happens to a write (a full disk, a closed pipe): left to the garbage
        # collector, the generator's task group would be exited from another task, with a traceback.
        async with aclosing(outcomes):
            async for outcome in outcomes:
                out.write(json.dumps(outcome_line(outcome, show_pii=show_pii), ensure_ascii=False) + "\n")
                out.flush()
                if outcome.ok:
                    tally.ok += 1
                else:
                    tally.failed += 1
                progress.advance(task)


def same_file(input_path: Path, output: Path) -> bool:
    """``output`` is ``input_path`` (the same file, under any name or link)."""
    try:
        return output.exists() and os.path.samefile(input_path, output)
    except OSError:
        return False


def open_output(output: Path | None, resume: bool) -> AbstractContextManager[IO[str]]:
    if output is None:
        return nullcontext(sys.stdout)  # not closed afterwards
    # Owner-only: with --show-pii the lines hold personal data. A resumed run appends (done_ids has cut any
    # partial last line).
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC), 0o600)
    try:
        # The mode of os.open applies only to a file it creates: an existing file keeps its own (0644) unless
        # changed here. Only a regular file: never chmod a device (-o /dev/stdout, /dev/null).
        if stat.S_ISREG(os.fstat(fd).st_mode):
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "w", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


def quiet_broken_stdout() -> None:
    """After a closed pipe (``| head -1``), point stdout at /dev/null so that the interpreter's last flush does
    not print "Exception ignored ... BrokenPipeError" (what the Python docs recommend for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (a test runner's): nothing to quiet
        pass
    finally:
        os.close(devnull)


def first_leaf(error: BaseException) -> BaseException:
    """The first exception inside (nested) exception groups: a worker's error, as the task group reported it."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error
