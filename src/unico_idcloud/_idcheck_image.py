"""The selfie of an IDUnico + IDCheck creation, checked against Unico's limits before anything is sent.

``imageBase64`` is either the encrypted JWT Unico's SDK produced, or a base64 JPEG, PNG or WebP of at least
640 x 480 pixels whose base64 is at most 800 KB (error codes 20505, 20506 and 20807 of
https://devcenter.unico.io/idcloud/en/integrations/integration-by-client/api/errors and
https://developers.unico.io/en/docs/IDunico/Integracao/GuiaAPI/responseError).

The width and height are read from the image header by hand: three fixed layouts (JPEG's SOF segment, PNG's IHDR,
WebP's VP8/VP8L/VP8X chunk) do not justify an imaging library (Pillow is a compiled dependency of megabytes, and
decoding the whole image to learn its size is work thrown away).
"""

from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass

from .errors import InvalidImage

MAX_BASE64_BYTES = 800_000
"""20506: "O tamanho máximo suportado é até 800kb", measured on the base64 Unico receives. Read strictly: 800,000
bytes of base64 (about 600,000 bytes of image), not 800 KiB of image."""
MIN_LONG_SIDE = 640
MIN_SHORT_SIDE = 480
"""20807: "padrão HD ou ... superior a 640 x 480". A selfie is usually portrait, so the limit is read whatever the
orientation: the long side at least 640 and the short side at least 480 (480 x 640 passes)."""

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"

# 3 (signed) or 5 (encrypted) base64url segments: the compact serialisation of a JWT (RFC 7515 / 7516).
_COMPACT_JWT = re.compile(r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}(\.[A-Za-z0-9_-]*){0,2}$")
# JPEG start-of-frame markers (baseline, progressive, lossless, ...); C4, C8 and CC are other segments.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What the header says: the format and the size in pixels."""

    content_type: str
    width: int
    height: int


def image_format(content: bytes) -> str | None:
    """``image/jpeg``, ``image/png`` or ``image/webp`` from the magic bytes, or ``None``."""
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if len(content) >= 12 and content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return WEBP
    return None


def image_facts(content: bytes) -> ImageFacts:
    """The format and size of ``content``; :class:`InvalidImage` (``limit="format"``) when it is none of the three
    or its header is cut short."""
    kind = image_format(content)
    if kind is None:
        raise InvalidImage("the image is not a JPEG, PNG or WebP (Unico accepts only these)", limit="format")
    size = {JPEG: _jpeg_size, PNG: _png_size, WEBP: _webp_size}[kind](content)
    if size is None:
        raise InvalidImage(f"the {kind} header is incomplete: its size cannot be read", limit="format")
    return ImageFacts(kind, *size)


def _jpeg_size(content: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 4 <= len(content):
        if content[at] != 0xFF:
            return None
        marker = content[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # TEM and RSTn carry no length
            at += 2
            continue
        (length,) = struct.unpack_from(">H", content, at + 2)
        if marker in _SOF_MARKERS:
            if at + 9 > len(content):
                return None
            height, width = struct.unpack_from(">HH", content, at + 5)
            return width, height
        if marker == 0xDA or length < 2:  # start of scan before any frame header: not a usable JPEG
            return None
        at += 2 + length
    return None


def _png_size(content: bytes) -> tuple[int, int] | None:
    if len(content) < 24 or content[12:16] != b"IHDR":
        return None
    width, height = struct.unpack_from(">II", content, 16)
    return width, height


def _webp_size(content: bytes) -> tuple[int, int] | None:
    chunk = content[12:16]
    if chunk == b"VP8 " and len(content) >= 30 and content[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack_from("<HH", content, 26)
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(content) >= 25 and content[20] == 0x2F:
        (bits,) = struct.unpack_from("<I", content, 21)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(content) >= 30:
        width = int.from_bytes(content[24:27], "little") + 1
        height = int.from_bytes(content[27:30], "little") + 1
        return width, height
    return None


def check_image(content: bytes) -> ImageFacts:
    """``content``'s format and size once it meets every limit; otherwise :class:`InvalidImage` naming the limit
    (``format``, ``size`` or ``resolution``) and the Unico code the API would answer. Never shows image bytes."""
    facts = image_facts(content)
    encoded = 4 * ((len(content) + 2) // 3)
    if encoded > MAX_BASE64_BYTES:
        raise InvalidImage(
            f"the image is {encoded} bytes as base64, over Unico's {MAX_BASE64_BYTES} (compress it, e.g. JPEG 92)",
            limit="size",
        )
    long_side, short_side = max(facts.width, facts.height), min(facts.width, facts.height)
    if long_side < MIN_LONG_SIDE or short_side < MIN_SHORT_SIDE:
        raise InvalidImage(
            f"the image is {facts.width} x {facts.height} pixels, under Unico's minimum of "
            f"{MIN_LONG_SIDE} x {MIN_SHORT_SIDE}",
            limit="resolution",
        )
    return facts


def check_sdk_token(token: str) -> str:
    """The SDK's encrypted JWT, stripped, if it has a JWT's shape; :class:`InvalidImage` (``limit="sdk_token"``)
    otherwise. Its expiry (10 minutes) and single use only Unico can check (codes 10507, 10508)."""
    value = token.strip()
    if _COMPACT_JWT.match(value):
        return value
    if image_format(_head_of_base64(value)) is not None:
        raise InvalidImage(
            "a base64 image was given as a string: pass the image's bytes (the client encodes them), or the SDK's "
            "encrypted JWT as a string",
            limit="sdk_token",
        )
    raise InvalidImage("the string is not the SDK's encrypted JWT (three or five base64url parts)", limit="sdk_token")


def _head_of_base64(value: str) -> bytes:
    try:
        return base64.b64decode(value[:16], validate=True)
    except ValueError:
        return b""


def image_base64(image: str | bytes | bytearray | memoryview) -> str:
    """The ``imageBase64`` to send: the SDK token as it is, or the image's bytes checked and base64-encoded."""
    if isinstance(image, str):
        return check_sdk_token(image)
    if isinstance(image, bytes | bytearray | memoryview):
        content = bytes(image)
        check_image(content)
        return base64.b64encode(content).decode("ascii")
    raise InvalidImage("image must be the SDK's encrypted JWT (str) or the image's bytes", limit="format")
