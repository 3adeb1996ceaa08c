"""Get Evidence Set decoded: the PDF checked (``%PDF-``), both ``contentType`` spellings, a typed error for anything
else (the raw response kept), and save_evidence_set's atomic 0600 write."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, EvidenceSetPdf, IDCloud
from unico_idcloud.errors import InvalidEvidenceSet, UnexpectedResponse
from unico_idcloud.testing import generate_service_account

from ..fake_clients import TOKEN_OK

PROCESS_ID = "8263a268-5388-492a-bca2-28e1ff4a69f0"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"


def answering(body: object, status: int = 200) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        assert request.url.path == f"/client/v1/process/{PROCESS_ID}/evidenceset"
        return httpx.Response(status, json=body)

    return httpx.MockTransport(handler)


def client(body: object) -> IDCloud:
    return IDCloud(generate_service_account(), transport=answering(body), rate_limit=None)


def evidence(content: bytes, content_type: str = "application/pdf") -> dict[str, str]:
    return {"fileContents": base64.b64encode(content).decode(), "contentType": content_type}


@pytest.mark.parametrize("spelling", ["application/pdf", "x-pdf"])
def test_both_spellings_give_the_pdf(spelling: str) -> None:
    with client(evidence(PDF, spelling)) as c:
        pdf = c.get_evidence_set(PROCESS_ID)
    assert pdf == EvidenceSetPdf(PDF, spelling) and pdf.content_type == "application/pdf"
    assert "%PDF" not in repr(pdf) and f"{len(PDF)} bytes" in repr(pdf)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (evidence(b"\xff\xd8\xff a JPEG"), "not a PDF"),
        (evidence(b""), "not a PDF"),
        (evidence(PDF, "image/png"), "contentType"),
        ({"fileContents": "%%% not base64 %%%", "contentType": "x-pdf"}, "base64"),
    ],
    ids=["jpeg-bytes", "empty", "png-type", "not-base64"],
)
def test_anything_but_a_pdf_is_invalid_evidence(body: dict[str, str], why: str) -> None:
    with client(body) as c, pytest.raises(InvalidEvidenceSet, match=why) as caught:
        c.get_evidence_set(PROCESS_ID)
    assert isinstance(caught.value, UnexpectedResponse) and caught.value.declared == body["contentType"]
    assert caught.value.evidence is not None and caught.value.evidence.file_contents == body["fileContents"]
    assert not body["fileContents"] or body["fileContents"] not in repr(caught.value.evidence)


def test_a_body_without_the_file_is_unexpected() -> None:
    with client({"contentType": "x-pdf"}) as c, pytest.raises(UnexpectedResponse) as caught:
        c.get_evidence_set(PROCESS_ID)
    assert caught.value.response is not None and caught.value.response.json() == {"contentType": "x-pdf"}


def test_save_writes_the_pdf_atomically_for_the_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "evidence.pdf"
    target.write_bytes(b"old")
    with client(evidence(PDF)) as c:
        c.save_evidence_set(PROCESS_ID, target)
    assert target.read_bytes() == PDF and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["evidence.pdf"]  # no temporary file left


def test_a_bad_pdf_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "evidence.pdf"
    target.write_bytes(b"old")
    with client(evidence(b"not a pdf")) as c, pytest.raises(InvalidEvidenceSet):
        c.save_evidence_set(PROCESS_ID, target)
    assert target.read_bytes() == b"old"


async def test_async_get_and_save(tmp_path: Path) -> None:
    target = tmp_path / "e.pdf"
    async with AsyncIDCloud(generate_service_account(), transport=answering(evidence(PDF, "x-pdf"))) as c:
        assert (await c.get_evidence_set(PROCESS_ID)).content == PDF
        await c.save_evidence_set(PROCESS_ID, target)
    assert target.read_bytes() == PDF and stat.S_IMODE(target.stat().st_mode) == 0o600
