"""Evidence sets as PDFs: Get Evidence Set's base64 decoded, checked to be a PDF, and saved safely.

A PDF starts with ``%PDF-`` (ISO 32000-1, 7.5.2); that one signature is checked by hand rather than with a file-type
library, as :mod:`._selfie` does for its two. Unico labels the file ``application/pdf`` (developer.unico.io) or
``x-pdf`` (devcenter): both are accepted, and :attr:`EvidenceSetPdf.content_type` is the MIME type either way.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from dataclasses import dataclass, field

import httpx
from unico_idcloud_client.models import EvidenceSet

from ._selfie import write_private
from .errors import InvalidEvidenceSet

logger = logging.getLogger("unico_idcloud")

PDF_SIGNATURE = b"%PDF-"
PDF_TYPE = "application/pdf"
# The two spellings Unico's pages use (https://developer.unico.io/developers/api-reference/web-sdk/get-evidence-set,
# the devcenter "Get Evidence Set" page), and the registered alias.
_PDF_LABELS = frozenset({"application/pdf", "x-pdf", "application/x-pdf"})


@dataclass(frozen=True)
class EvidenceSetPdf:
    """An evidence set's PDF bytes (checked: they start with ``%PDF-``) and ``content_type``
    (``application/pdf``); ``declared`` is the ``contentType`` Unico sent. ``repr()`` shows the size, never the
    document."""

    content: bytes = field(repr=False)
    declared: str
    content_type: str = PDF_TYPE

    def __repr__(self) -> str:
        return f"EvidenceSetPdf(declared={self.declared!r}, {len(self.content)} bytes)"


def evidence_pdf(evidence: EvidenceSet, response: httpx.Response) -> EvidenceSetPdf:
    """Decode Get Evidence Set's ``fileContents``; raise :class:`InvalidEvidenceSet` (keeping ``response``, the 200
    it came in) unless it is a PDF labelled as one."""
    declared = str(evidence.content_type)
    if declared.lower() not in _PDF_LABELS:
        raise InvalidEvidenceSet(
            f"the evidence set's contentType {declared!r} is not a PDF type",
            declared=declared,
            evidence=evidence,
            response=response,
        )
    try:
        content = base64.b64decode(evidence.file_contents, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidEvidenceSet(
            "the evidence set's fileContents is not base64", declared=declared, evidence=evidence, response=response
        ) from None
    if not content.startswith(PDF_SIGNATURE):
        raise InvalidEvidenceSet(
            "the evidence set's bytes are not a PDF (no %PDF- header)",
            declared=declared,
            evidence=evidence,
            response=response,
        )
    return EvidenceSetPdf(content, declared)


def save_pdf(pdf: EvidenceSetPdf, path: str | os.PathLike[str]) -> EvidenceSetPdf:
    write_private(path, pdf.content)
    # The size only: never the bytes, never the path (it may name the person).
    logger.debug("evidence set saved (%d bytes)", len(pdf.content))
    return pdf
