"""The evidence set the fake serves: a real, one-page PDF that says it is test data.

Written by hand: the file is fixed apart from one line of ASCII text, and the byte offsets of its cross-reference
table are all a PDF reader needs; a PDF library would be a dependency of the ``testing`` extra for ten objects.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^A-Za-z0-9 .:_-]")


def evidence_pdf(process_id: str) -> bytes:
    """A valid PDF 1.4 file (``%PDF-`` header, xref offsets, trailer, ``%%EOF``) naming ``process_id``."""
    text = _UNSAFE.sub("", f"Fake Unico evidence set - process {process_id} - test data only")
    stream = f"BT /F1 12 Tf 36 800 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")  # the binary comment line marks the file as binary
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
