"""Tiny real images for selfie bodies: a 1x1 grey baseline JPEG and a 1x1 grey PNG, built at import time."""

from __future__ import annotations

import struct
import zlib


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload


def _tiny_jpeg() -> bytes:
    """Baseline JPEG, one 8x8 block whose DC and AC coefficients are all zero (mid grey).

    Both Huffman tables hold a single 1-bit code ``0`` (DC category 0, AC end-of-block), so the whole
    entropy-coded segment is the bits ``00`` padded with ones: ``0x3F``.
    """
    single_code = b"\x01" + b"\x00" * 15 + b"\x00"  # one code of length 1, for symbol 0x00
    return (
        b"\xff\xd8"
        + _jpeg_segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _jpeg_segment(0xDB, b"\x00" + b"\x01" * 64)
        + _jpeg_segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00")
        + _jpeg_segment(0xC4, b"\x00" + single_code)
        + _jpeg_segment(0xC4, b"\x10" + single_code)
        + _jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + b"\x3f"
        + b"\xff\xd9"
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _tiny_png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + _png_chunk(b"IEND", b"")
    )


TINY_JPEG = _tiny_jpeg()
TINY_PNG = _tiny_png()


# --- selfies of any size, for IDUnico + IDCheck creations (the runtime checks format, size and resolution) -------


def _comments(padding: int) -> bytes:
    """``padding`` bytes of JPEG comment segments (COM, at most 65,533 bytes each): a bigger file, same image."""
    out = b""
    while padding > 0:
        size = min(padding, 65533)
        out += _jpeg_segment(0xFE, b"\x00" * size)
        padding -= size
    return out


def jpeg_image(width: int, height: int, *, padding: int = 0) -> bytes:
    """A real mid-grey baseline JPEG of ``width`` x ``height``: every 8x8 block is the two zero bits of
    :func:`_tiny_jpeg`'s tables, so the scan is a quarter byte per block. ``padding`` adds comment bytes."""
    blocks = -(-width // 8) * -(-height // 8)
    bits = 2 * blocks
    scan = b"\x00" * (bits // 8) + (bytes([0xFF >> (bits % 8)]) if bits % 8 else b"")
    single_code = b"\x01" + b"\x00" * 15 + b"\x00"
    frame = b"\x08" + struct.pack(">HH", height, width) + b"\x01\x01\x11\x00"
    return (
        b"\xff\xd8"
        + _jpeg_segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _comments(padding)
        + _jpeg_segment(0xDB, b"\x00" + b"\x01" * 64)
        + _jpeg_segment(0xC0, frame)
        + _jpeg_segment(0xC4, b"\x00" + single_code)
        + _jpeg_segment(0xC4, b"\x10" + single_code)
        + _jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + scan
        + b"\xff\xd9"
    )


def png_image(width: int, height: int) -> bytes:
    """A real black 8-bit greyscale PNG of ``width`` x ``height`` (rows of zeros compress to almost nothing)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = (b"\x00" + b"\x00" * width) * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(rows, 9))
        + _png_chunk(b"IEND", b"")
    )


def webp_image(width: int, height: int) -> bytes:
    """A lossless WebP (VP8L) header of ``width`` x ``height``, then padding: enough for a size check, which reads
    only the header (the pixels are not a decodable bitstream)."""
    bits = (width - 1) | ((height - 1) << 14)
    payload = b"\x2f" + struct.pack("<I", bits) + b"\x00" * 11
    chunk = b"VP8L" + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk
