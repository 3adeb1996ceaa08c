"""Selfies as images: decoded, checked against contentType (a JPEG labelled PNG is an error), saved 0600."""

from __future__ import annotations

import base64
import logging
import stat
from pathlib import Path

import httpx
import pytest
from unico_idcloud_client.models import Selfie as SelfieModel
from unico_idcloud_client.models import SelfieContentType

from unico_idcloud import AsyncIDCloud, IDCloud, InvalidSelfie, SelfieImage
from unico_idcloud.errors import Forbidden, NotFound, UnexpectedResponse
from unico_idcloud.testing import JPEG_SELFIE, PNG_SELFIE, FakeUnico, Scenario, Selfie


def test_a_jpeg_selfie(idcloud: IDCloud) -> None:
    image = idcloud.get_selfie_image(Scenario.FINISHED_OK)
    assert image == SelfieImage(JPEG_SELFIE.content, "image/jpeg")
    assert image.extension == ".jpg"


async def test_a_png_selfie(async_idcloud: AsyncIDCloud) -> None:
    image = await async_idcloud.get_selfie_image(Scenario.SELFIE_PNG)
    assert (image.content, image.content_type, image.extension) == (PNG_SELFIE.content, "image/png", ".png")


def test_a_jpeg_labelled_png_is_a_typed_error(idcloud: IDCloud, fake: FakeUnico) -> None:
    pid = fake.add_process(selfie=Selfie(JPEG_SELFIE.content, "image/png"))
    with pytest.raises(InvalidSelfie) as caught:
        idcloud.get_selfie_image(pid)
    error = caught.value
    assert (error.declared, error.detected) == ("image/png", "image/jpeg")
    assert str(error) == "the selfie is labelled image/png but its bytes are image/jpeg"
    assert isinstance(error, UnexpectedResponse)  # a 200 whose body is not what it says
    assert error.selfie is not None and error.selfie.file_contents == base64.b64encode(JPEG_SELFIE.content).decode()


async def test_a_png_labelled_jpeg_is_a_typed_error_async(async_idcloud: AsyncIDCloud, fake: FakeUnico) -> None:
    pid = fake.add_process(selfie=Selfie(PNG_SELFIE.content, "image/jpeg"))
    with pytest.raises(InvalidSelfie) as caught:
        await async_idcloud.get_selfie_image(pid)
    assert (caught.value.declared, caught.value.detected) == ("image/jpeg", "image/png")


@pytest.mark.parametrize(
    ("contents", "content_type", "message"),
    [
        ("not base64!", "image/jpeg", "not base64"),
        (base64.b64encode(b"GIF89a....").decode(), "image/jpeg", "neither JPEG nor PNG"),
        (base64.b64encode(JPEG_SELFIE.content).decode(), "image/webp", "'image/webp' is not image/jpeg or image/png"),
        ("", "image/jpeg", "no fileContents"),
    ],
)
def test_a_selfie_that_is_not_what_it_says_is_a_typed_error(
    idcloud: IDCloud, fake: FakeUnico, contents: str, content_type: str, message: str
) -> None:
    pid = fake.add_process(selfie=None)
    fake.store.by_unico[pid].stage.selfie = _RawSelfie(contents, content_type)
    with pytest.raises(InvalidSelfie) as caught:
        idcloud.get_selfie_image(pid)
    assert message in str(caught.value)


class _RawSelfie(Selfie):
    """A selfie body with arbitrary fileContents (the fake's Selfie always encodes real bytes)."""

    def __init__(self, contents: str, content_type: str) -> None:
        super().__init__(b"", content_type)
        object.__setattr__(self, "contents", contents)

    def body(self) -> dict[str, str]:
        return {"fileContents": self.contents, "contentType": self.content_type}


def test_a_selfie_image_never_shows_its_bytes() -> None:
    image = SelfieImage(JPEG_SELFIE.content, "image/jpeg")
    assert repr(image) == f"SelfieImage(content_type='image/jpeg', {len(JPEG_SELFIE.content)} bytes)"
    selfie = SelfieModel("AAAA", SelfieContentType.IMAGE_PNG)
    response = httpx.Response(200, json=selfie.to_dict())
    error = InvalidSelfie("x", declared="image/png", detected="image/jpeg", selfie=selfie, response=response)
    assert "AAAA" not in repr(error) + str(error)


def test_save_selfie_writes_atomically_for_the_owner_only(
    idcloud: IDCloud, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    target = tmp_path / "selfie.jpg"
    target.write_bytes(b"an older file")
    target.chmod(0o644)
    with caplog.at_level(logging.DEBUG, logger="unico_idcloud"):
        image = idcloud.save_selfie(Scenario.FINISHED_OK, target)
    assert target.read_bytes() == JPEG_SELFIE.content == image.content
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["selfie.jpg"]  # no temporary file left behind
    logged = "".join(r.getMessage() for r in caplog.records)
    assert "selfie saved (image/jpeg" in logged
    assert base64.b64encode(JPEG_SELFIE.content).decode()[:16] not in logged and "selfie.jpg" not in logged


async def test_save_selfie_async(async_idcloud: AsyncIDCloud, tmp_path: Path) -> None:
    image = await async_idcloud.save_selfie(Scenario.SELFIE_PNG, tmp_path / "s.png")
    assert (tmp_path / "s.png").read_bytes() == image.content == PNG_SELFIE.content
    assert stat.S_IMODE((tmp_path / "s.png").stat().st_mode) == 0o600


def test_a_selfie_that_cannot_be_saved_leaves_the_old_file_alone(
    idcloud: IDCloud, fake: FakeUnico, tmp_path: Path
) -> None:
    target = tmp_path / "selfie.png"
    target.write_bytes(b"keep me")
    pid = fake.add_process(selfie=Selfie(JPEG_SELFIE.content, "image/png"))
    with pytest.raises(InvalidSelfie):
        idcloud.save_selfie(pid, target)
    with pytest.raises(NotFound):
        idcloud.save_selfie(Scenario.SMART_REVALIDATION_POSITIVE, target)  # no selfie in this flow
    with pytest.raises(Forbidden):
        idcloud.save_selfie(Scenario.SELFIE_FORBIDDEN, target)
    with pytest.raises(IsADirectoryError):
        idcloud.save_selfie(Scenario.FINISHED_OK, tmp_path)
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["selfie.png"]
