"""Human output (rich) and machine output (JSON) of the command line. Personal data is masked unless asked for."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click
from rich.console import Console
from rich.text import Text
from unico_idcloud_client.models import CreatedIdCheckProcess, IdCheckProcess, Process
from unico_idcloud_client.types import Unset

from .._decide import Verdict
from ._mask import MASK, to_json


def stdout() -> Console:
    # Built per call: click's test runner swaps sys.stdout; markup and highlighting off (values are data).
    return Console(highlight=False, soft_wrap=True)  # soft_wrap: long values are not cut or folded


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=str))


def _text(value: Any) -> str:
    if value is None or isinstance(value, Unset):
        return "-"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def _grid(rows: list[tuple[str, Any]]) -> Text:
    """``key  value`` lines, keys aligned; a value's own lines are indented under it (no wrapping, no padding)."""
    width = max((len(key) for key, _ in rows), default=0) + 2
    out = Text()
    for key, value in rows:
        text = value if isinstance(value, Text) else Text(_text(value))
        for number, line in enumerate(text.split("\n")):
            out.append((key if number == 0 else "").ljust(width), style="bold" if number == 0 else "")
            out.append_text(line)
            out.append("\n")
    out.rstrip()
    return out


def _verdict_text(verdict: Verdict) -> Text:
    style = {"approved": "green", "rejected": "red", "pending": "yellow"}.get(verdict.decision.value, "magenta")
    return Text.assemble((verdict.decision.value, f"bold {style}"), f"  {verdict.reason}")


def _capabilities(verdict: Verdict) -> str:
    parts = []
    for capability in verdict.capabilities:
        value = capability.value or ""
        if capability.score is not None:
            value = f"{value} {capability.score:g}".strip()
        flag = "" if capability.known else " (not in the spec)"
        parts.append(f"{capability.name} {value}{flag}")
    return "\n".join(parts) or "-"


def _person(process: Process, show_pii: bool) -> str:
    person = process.person
    if isinstance(person, Unset):
        return "-"
    dui = _text(person.dui_value) if show_pii else MASK
    name = _text(person.friendly_name) if show_pii else MASK
    return f"{_text(person.dui_type)} {dui}, name {name}"


def _documents(process: Process, show_pii: bool) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    services = [] if isinstance(process.services, Unset) else process.services
    for service in services:
        documents = [] if isinstance(service.documents, Unset) else service.documents
        for document in documents:
            doc = document.doc
            code = "-" if isinstance(doc, Unset) else _text(doc.code)
            checks = [
                name
                for name, value in (
                    ("typified", document.typified),
                    ("cpf match", document.cpf_match),
                    ("face match", document.face_match),
                    ("valid", document.validate_doc),
                    ("reused", document.reused_doc),
                )
                if value is True
            ]
            rows.append(("document", f"{code}: {', '.join(checks) or 'no checks passed'}"))
            if show_pii and not isinstance(doc, Unset) and not isinstance(doc.data, Unset):
                data = doc.data.to_dict()
                rows.append(("  data", "\n".join(f"{k}: {v}" for k, v in data.items()) or "-"))
    return rows


def show_process(process: Process, verdict: Verdict, *, show_pii: bool) -> None:
    rows: list[tuple[str, Any]] = [
        ("process", process.id),
        ("flow", process.flow),
        ("state", process.state),
        ("result", process.result),
        ("verdict", _verdict_text(verdict)),
        ("capabilities", _capabilities(verdict)),
        ("created", process.created_at),
        ("finished", process.finished_at),
        ("expires", process.expires_at),
        ("purpose", process.purpose),
        ("reference", process.client_reference),
        ("person", _person(process, show_pii)),
        *_documents(process, show_pii),
    ]
    stdout().print(_grid(rows))


def show_verdict(verdict: Verdict, process_id: str) -> None:
    rows: list[tuple[str, Any]] = [
        ("process", process_id),
        ("verdict", _verdict_text(verdict)),
        ("state", verdict.state),
        ("result", verdict.result),
        ("capabilities", _capabilities(verdict)),
    ]
    stdout().print(_grid(rows))


def show_idcheck(process: IdCheckProcess | CreatedIdCheckProcess, verdict: Verdict) -> None:
    status = process.status
    unico_id = "-" if isinstance(process.unico_id, Unset) else _text(process.unico_id.result)
    rows: list[tuple[str, Any]] = [
        ("process", process.id),
        ("status", "-" if isinstance(status, Unset) else f"{status.value} ({status.name.lower()})"),
        ("unicoId", unico_id),
        ("liveness", "-" if isinstance(process.liveness, Unset) else process.liveness.name.lower()),
        ("score", process.score),
        ("verdict", _verdict_text(verdict)),
    ]
    stdout().print(_grid(rows))


def show_rows(rows: list[tuple[str, Any]]) -> None:
    stdout().print(_grid(rows))


__all__ = ["emit_json", "show_idcheck", "show_process", "show_rows", "show_verdict", "stderr", "stdout", "to_json"]
