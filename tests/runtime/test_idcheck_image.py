"""The selfie checks of IDUnico + IDCheck Create Process, read from the image header (no imaging library)."""

from __future__ import annotations

import base64
import struct

import pytest

from unico_idcloud._idcheck_image import (
    MAX_BASE64_BYTES,
    check_image,
    check_sdk_token,
    image_base64,
    image_facts,
)
from unico_idcloud.errors import InvalidImage
from unico_idcloud.testing import jpeg_image, png_image, webp_image
from unico_idcloud.testing._images import TINY_JPEG, TINY_PNG


@pytest.mark.parametrize(
    ("content", "kind", "size"),
    [
        (jpeg_image(640, 480), "image/jpeg", (640, 480)),
        (jpeg_image(1080, 1920), "image/jpeg", (1080, 1920)),
        (png_image(480, 640), "image/png", (480, 640)),
        (webp_image(1280, 720), "image/webp", (1280, 720)),
        (TINY_JPEG, "image/jpeg", (1, 1)),
        (TINY_PNG, "image/png", (1, 1)),
    ],
)
def test_the_header_gives_format_and_size(content: bytes, kind: str, size: tuple[int, int]) -> None:
    facts = image_facts(content)
    assert (facts.content_type, facts.width, facts.height) == (kind, *size)


def test_lossy_and_extended_webp_headers_are_read() -> None:
    vp8 = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", 800 | 0x4000, 600)  # scale bits are not size
    lossy = b"RIFF" + struct.pack("<I", 4 + 8 + len(vp8)) + b"WEBPVP8 " + struct.pack("<I", len(vp8)) + vp8
    assert (image_facts(lossy).width, image_facts(lossy).height) == (800, 600)
    vp8x = b"\x00" * 4 + (1023).to_bytes(3, "little") + (767).to_bytes(3, "little")
    extended = b"RIFF" + struct.pack("<I", 4 + 8 + len(vp8x)) + b"WEBPVP8X" + struct.pack("<I", len(vp8x)) + vp8x
    assert (image_facts(extended).width, image_facts(extended).height) == (1024, 768)


def test_a_jpeg_frame_after_other_segments_is_found() -> None:
    # Comments and tables before SOF0; a progressive (SOF2) frame is read too.
    big = jpeg_image(700, 500, padding=70_000)
    assert (image_facts(big).width, image_facts(big).height) == (700, 500)
    progressive = jpeg_image(900, 700).replace(b"\xff\xc0", b"\xff\xc2", 1)
    assert image_facts(progressive).width == 900


@pytest.mark.parametrize(
    "content",
    [b"", b"GIF89a" + b"\x00" * 40, b"%PDF-1.7", b"RIFF\x00\x00\x00\x00WAVEfmt ", b"hello world"],
)
def test_anything_but_jpeg_png_webp_is_refused_as_format(content: bytes) -> None:
    with pytest.raises(InvalidImage) as caught:
        check_image(content)
    assert (caught.value.limit, caught.value.code, caught.value.status_code) == ("format", "20505", None)


@pytest.mark.parametrize(
    "content", [jpeg_image(640, 480)[:6], png_image(640, 480)[:20], webp_image(640, 480)[:22], b"\xff\xd8\xff\xda"]
)
def test_a_cut_header_is_refused_as_format(content: bytes) -> None:
    with pytest.raises(InvalidImage) as caught:
        check_image(content)
    assert caught.value.limit == "format"


@pytest.mark.parametrize(("width", "height"), [(639, 480), (640, 479), (320, 240), (1920, 400), (1, 1)])
def test_under_640_by_480_is_refused_as_resolution(width: int, height: int) -> None:
    for content in (jpeg_image(width, height), png_image(width, height), webp_image(width, height)):
        with pytest.raises(InvalidImage) as caught:
            check_image(content)
        assert (caught.value.limit, caught.value.code) == ("resolution", "20807")
        assert f"{width} x {height}" in str(caught.value)


@pytest.mark.parametrize(("width", "height"), [(640, 480), (480, 640), (1920, 1080)])
def test_640_by_480_either_way_passes(width: int, height: int) -> None:
    assert check_image(png_image(width, height)).width == width


def test_size_is_measured_on_the_base64_unico_receives() -> None:
    # The largest image whose base64 is exactly the limit passes; three more bytes (four of base64) do not.
    fits = MAX_BASE64_BYTES // 4 * 3
    base = jpeg_image(640, 480)
    at_limit = jpeg_image(640, 480, padding=fits - len(base) - 4 * ((fits - len(base)) // 65533 + 1))
    at_limit += b"\x00" * (fits - len(at_limit))
    assert len(base64.b64encode(at_limit)) == MAX_BASE64_BYTES
    check_image(at_limit)
    with pytest.raises(InvalidImage) as caught:
        check_image(at_limit + b"\x00\x00\x00")
    assert (caught.value.limit, caught.value.code) == ("size", "20506")


def test_image_bytes_are_sent_as_base64_and_a_token_as_it_is() -> None:
    content = png_image(640, 480)
    assert base64.b64decode(image_base64(content)) == content
    assert image_base64(bytearray(content)) == image_base64(content)
    token = "eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn"
    assert image_base64(f"  {token}\n") == token


@pytest.mark.parametrize("value", ["", "   ", "not a token", "a.b", "a.b.c.d.e.f", "a b.c.d", "ab.cd.e!f"])
def test_a_string_that_is_not_an_sdk_token_is_refused(value: str) -> None:
    with pytest.raises(InvalidImage) as caught:
        check_sdk_token(value)
    assert caught.value.limit == "sdk_token"


def test_a_base64_image_given_as_a_string_gets_a_pointed_message() -> None:
    as_text = base64.b64encode(jpeg_image(640, 480)).decode()
    with pytest.raises(InvalidImage, match="pass the image's bytes") as caught:
        image_base64(as_text)
    assert as_text[:40] not in str(caught.value)


def test_no_image_byte_in_any_refusal() -> None:
    content = jpeg_image(100, 100)
    with pytest.raises(InvalidImage) as caught:
        check_image(content)
    encoded = base64.b64encode(content).decode()
    for text in (str(caught.value), repr(caught.value)):
        assert encoded[:24] not in text
        assert "\\xff" not in text
