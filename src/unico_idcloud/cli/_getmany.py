"""``process get-many``: ids from a file to JSON lines, with a progress bar and ``--resume``.

One line per outcome, written and flushed as it arrives, so an interrupted run loses nothing it finished;
``--resume`` reads the ids already in the output and skips them. Ids are read lazily (the bulk fetch holds a
constant number of them), so the only thing that grows with the input is the set of ids a resumed run skips.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

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


class RateColumn(ProgressColumn):
    """Ids per second (rich's own speed column counts bytes)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- ids/s" if speed is None else f"{speed:.1f} ids/s")


def read_ids(lines: IO[str], skip: set[str]) -> Iterator[str]:
    """The ids in ``lines``, one per line (blank lines and ``#`` comments ignored), minus those in ``skip``."""
    for line in lines:
        process_id = line.strip()
        if process_id and not process_id.startswith("#") and process_id not in skip:
            yield process_id


def count_ids(path: Path, skip: set[str] | None = None) -> int:
    with path.open(encoding="utf-8") as lines:
        return sum(1 for _ in read_ids(lines, skip or set()))


def done_ids(output: Path) -> set[str]:
    """The ids that already have a line in ``output``. A last line cut short by an interruption is removed, so the
    file stays one JSON object per line."""
    done: set[str] = set()
    if not output.exists():
        return done
    with output.open("r+b") as file:
        content_end = 0
        for raw in file:
            if not raw.endswith(b"\n"):
                break
            content_end += len(raw)
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                done.add(record["id"])
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
        async for outcome in client.get_processes(ids, concurrency=concurrency):
            out.write(json.dumps(outcome_line(outcome, show_pii=show_pii), ensure_ascii=False) + "\n")
            out.flush()
            if outcome.ok:
                tally.ok += 1
            else:
                tally.failed += 1
            progress.advance(task)


def open_output(output: Path | None, resume: bool) -> AbstractContextManager[IO[str]]:
    if output is None:
        return nullcontext(sys.stdout)  # not closed afterwards
    # Owner-only: with --show-pii the lines hold personal data. A resumed run appends (done_ids has cut any
    # partial last line).
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC), 0o600)
    return os.fdopen(fd, "w", encoding="utf-8")
