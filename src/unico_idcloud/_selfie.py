"""Selfies as images: Get Selfie's base64 decoded and checked against its ``contentType``, and saved safely.

The two formats Unico sends are told apart by their first bytes. Hand-written: a file-type library (``filetype``,
``puremagic``) would be a dependency for two fixed signatures.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from unico_idcloud_client.models import Selfie

from .errors import InvalidSelfie

logger = logging.getLogger("unico_idcloud")

_SIGNATURES = {
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
}
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class SelfieImage:
    """A selfie's bytes and their content type (``image/jpeg`` or ``image/png``, checked against the bytes).
    ``repr()`` shows the type and size, never the image."""

    content: bytes = field(repr=False)
    content_type: str

    @property
    def extension(self) -> str:
        """``.jpg`` or ``.png``."""
        return _EXTENSIONS[self.content_type]

    def __repr__(self) -> str:
        return f"SelfieImage(content_type={self.content_type!r}, {len(self.content)} bytes)"


def detect(content: bytes) -> str | None:
    """``image/jpeg`` or ``image/png`` from the first bytes, or ``None``."""
    for content_type, signature in _SIGNATURES.items():
        if content.startswith(signature):
            return content_type
    return None


def selfie_image(selfie: Selfie, response: httpx.Response) -> SelfieImage:
    """Decode Get Selfie's ``fileContents``; raise :class:`InvalidSelfie` unless the bytes are the image its
    ``contentType`` names (``response`` is the 200 the selfie came in, kept on the error)."""
    declared = str(selfie.content_type)
    if not selfie.file_contents:
        raise InvalidSelfie("the selfie has no fileContents", declared=declared, selfie=selfie, response=response)
    try:
        content = base64.b64decode(selfie.file_contents, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidSelfie(
            "the selfie's fileContents is not base64", declared=declared, selfie=selfie, response=response
        ) from None
    detected = detect(content)
    if declared is None or declared not in _SIGNATURES:
        raise InvalidSelfie(
            f"the selfie's contentType {declared!r} is not image/jpeg or image/png",
            declared=declared,
            detected=detected,
            selfie=selfie,
            response=response,
        )
    if detected != declared:
        what = "neither JPEG nor PNG" if detected is None else detected
        raise InvalidSelfie(
            f"the selfie is labelled {declared} but its bytes are {what}",
            declared=declared,
            detected=detected,
            selfie=selfie,
            response=response,
        )
    return SelfieImage(content, declared)


def write_private(path: str | os.PathLike[str], content: bytes) -> Path:
    """Write ``content`` to ``path`` atomically (a temporary file in the same directory, then a rename), readable
    by the owner only (0600). A reader never sees a partial file; on failure ``path`` is left as it was."""
    target = Path(path)
    # mkstemp creates the file with mode 0600, before any byte is written.
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def save(image: SelfieImage, path: str | os.PathLike[str]) -> SelfieImage:
    write_private(path, image.content)
    # Type and size only: never the bytes, never the path (it may name the person).
    logger.debug("selfie saved (%s, %d bytes)", image.content_type, len(image.content))
    return image
