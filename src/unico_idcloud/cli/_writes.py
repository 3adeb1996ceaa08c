"""The write commands: ``process create``, ``process set-document`` and ``evidence get``.

Each is one client call; a write is sent once unless Unico provably did not act on it, and an unknown outcome exits
18 (never rerun it blindly: see the README, "Safe writes").
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from unico_idcloud_client.models import (
    BiometryCaptureConfig,
    CreateProcessPerson,
    DuiType,
    EnvelopePayload,
    FlowConfig,
    Notification,
    NotificationChannel,
    SetDocumentDuiType,
    SignatureDocument,
    SignaturePayload,
)
from unico_idcloud_client.types import UNSET

from ._mask import MASK, to_json
from ._personal import HOW, OR, PERSONAL
from ._render import emit_json, show_rows

if TYPE_CHECKING:
    from ._app import Connection

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]

_CHANNELS = {
    "email": NotificationChannel.EMAIL,
    "sms": NotificationChannel.SMS,
    "whatsapp": NotificationChannel.WHATSAPP,
}


def _person(
    dui_type: str | None,
    dui_value: str | None,
    name: str | None,
    email: str | None,
    phone: str | None,
    notify: tuple[str, ...],
) -> CreateProcessPerson | None:
    if dui_value is None:
        if any((name, email, phone, notify)):
            raise click.UsageError("--name, --email, --phone and --notify describe a person: give --dui-value too")
        return None
    return CreateProcessPerson(
        dui_type=DuiType.from_value(dui_type or DuiType.BR_CPF),
        dui_value=dui_value,
        friendly_name=name or UNSET,
        email=email or UNSET,
        phone=phone or UNSET,
        notifications=[Notification(notification_channel=_CHANNELS[c]) for c in notify] if notify else UNSET,
    )


def _payload(documents: tuple[Path, ...]) -> list[SignaturePayload] | None:
    if not documents:
        return None
    files = [
        SignatureDocument(document_name=p.name, file_contents=base64.b64encode(p.read_bytes()).decode())
        for p in documents
    ]
    return [SignaturePayload(envelope_payload=EnvelopePayload(documents=files))]


def register(
    process: click.Group, cli: click.Group, connection: Decorator, json_option: Decorator, pii: Decorator
) -> None:
    """Add the write commands to the ``process`` group and an ``evidence`` group to ``cli``."""

    @process.command("create")
    @click.option("--flow", required=True, help="The journey: idlive, idunicosign, iddocs, ... (Unico's flow names).")
    @click.option("--purpose", required=True, help="The business purpose: creditprocess, biometryonboarding, ...")
    @click.option("--callback-uri", default="/", show_default=True, help='Where the user goes at the end ("/": none).')
    @click.option("--dui-type", metavar="TYPE", help="The person's document type [default DUI_TYPE_BR_CPF].")
    @click.option(
        "--dui-value",
        type=PERSONAL,
        metavar="NUMBER",
        help=f"The document number, digits only (omit: set it later; {HOW}).",
    )
    @click.option("--name", type=PERSONAL, help=f"The name shown to the person (at most 50 characters; {OR}).")
    @click.option("--email", type=PERSONAL, help=f"E-mail (electronic-signature flows need it; {OR}).")
    @click.option(
        "--phone",
        type=PERSONAL,
        help=f"Phone, country + area code + number, digits only (SMS and WhatsApp need it; {OR}).",
    )
    @click.option("--notify", type=click.Choice(sorted(_CHANNELS)), multiple=True, help="Send the link (repeatable).")
    @click.option("--client-reference", help="Your id for the process (keep it: it is how you reconcile).")
    @click.option("--company-branch-id", help="The branch, when the account has several.")
    @click.option("--bio-token-id", help="idtoken flows: the id of a finished process.")
    @click.option("--use-case", help="The use case (the idsmart flow needs it).")
    @click.option("--expires-in", type=click.IntRange(min=1), metavar="SECONDS", help="How long it stays open.")
    @click.option("--back-camera", is_flag=True, help="Let the selfie capture use the back camera.")
    @click.option(
        "--sign-document",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        multiple=True,
        help="A PDF to sign (signature flows; repeatable).",
    )
    @json_option
    @pii
    @connection
    def process_create(
        flow: str,
        purpose: str,
        callback_uri: str,
        dui_type: str | None,
        dui_value: str | None,
        name: str | None,
        email: str | None,
        phone: str | None,
        notify: tuple[str, ...],
        client_reference: str | None,
        company_branch_id: str | None,
        bio_token_id: str | None,
        use_case: str | None,
        expires_in: int | None,
        back_camera: bool,
        sign_document: tuple[Path, ...],
        as_json: bool,
        show_pii: bool,
        conn: Connection,
    ) -> None:
        """Create Process: prints the process id and the link to send the user to (userRedirectUrl). Sent once
        unless Unico provably did not get it; exit 18 means its outcome is unknown: do not simply rerun."""
        flow_config = (
            FlowConfig(biometry_capture=BiometryCaptureConfig(enabled_back_camera=True)) if back_camera else None
        )
        with conn.client() as client:
            created = client.create_process(
                flow=flow,
                purpose=purpose,
                callback_uri=callback_uri,
                person=_person(dui_type, dui_value, name, email, phone, notify),
                client_reference=client_reference,
                company_branch_id=company_branch_id,
                bio_token_id=bio_token_id,
                use_case=use_case,
                expires_in=None if expires_in is None else timedelta(seconds=expires_in),
                flow_config=flow_config,
                payload=_payload(sign_document),
            )
        redirect = created.user_redirect_url or None
        if as_json:
            # The journey link is what this command is for: shown; the SDK token only with --show-pii.
            emit_json({**to_json(created, show_pii=show_pii), "userRedirectUrl": redirect})
        else:
            rows: list[tuple[str, Any]] = [("id", str(created.id)), ("redirect", redirect or "(none)")]
            if created.token:
                rows.append(("sdk token", created.token if show_pii else MASK))
            show_rows(rows)

    @process.command("set-document")
    @click.argument("process_id", metavar="ID")
    @click.option(
        "--dui-type",
        type=click.Choice([t.value for t in SetDocumentDuiType]),
        default=SetDocumentDuiType.BR_CPF.value,
        show_default=True,
    )
    @click.option(
        "--dui-value", required=True, type=PERSONAL, metavar="NUMBER", help=f"The document number, unformatted ({HOW})."
    )
    @json_option
    @pii
    @connection
    def process_set_document(
        process_id: str, dui_type: str, dui_value: str, as_json: bool, show_pii: bool, conn: Connection
    ) -> None:
        """Set Process Document, for a process in AWAITING_FOR_DOCUMENT."""
        with conn.client() as client:
            result = client.set_process_document(process_id, dui_type=dui_type, dui_value=dui_value)
        if as_json:
            emit_json(to_json(result, show_pii=show_pii))
        else:
            value = result.person.dui_value if show_pii else MASK
            show_rows([("id", str(result.id)), ("document", f"{result.person.dui_type} {value}")])

    @cli.group()
    def evidence() -> None:
        """Evidence sets (PDF) of finished by Unico processes."""

    @evidence.command("get")
    @click.argument("process_id", metavar="ID")
    @click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Where to save the PDF."
    )
    @json_option
    @connection
    def evidence_get(process_id: str, output: Path, as_json: bool, conn: Connection) -> None:
        """Save the evidence set (a PDF, checked; written atomically, mode 0600). Unico keeps it for about two hours
        after the process finishes."""
        with conn.client() as client:
            pdf = client.save_evidence_set(process_id, output)
        if as_json:
            emit_json(
                {"id": process_id, "path": str(output), "content_type": pdf.content_type, "bytes": len(pdf.content)}
            )
        else:
            show_rows([("saved", str(output)), ("type", pdf.content_type), ("size", f"{len(pdf.content)} bytes")])
