"""A body httpx cannot decode (a broken Content-Encoding) is a typed error, not an httpx exception."""

from __future__ import annotations

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud.errors import UnexpectedResponse
from unico_idcloud.testing import Scenario


def _broken_gzip(request: httpx.Request) -> httpx.Response:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    # A stream, as the network gives it: the body is decoded when the client reads it, not in the transport.
    return httpx.Response(200, stream=httpx.ByteStream(b"this is not gzip"), headers=headers)


def test_a_body_that_cannot_be_decoded_is_an_unexpected_response() -> None:
    client = IDCloud(token="t", transport=httpx.MockTransport(_broken_gzip), rate_limit=None)
    with client, pytest.raises(UnexpectedResponse) as caught:
        client.get_process(Scenario.FINISHED_OK)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert caught.value.status_code == 200 and caught.value.response.headers["Content-Encoding"] == "gzip"


async def test_a_body_that_cannot_be_decoded_is_an_unexpected_response_async() -> None:
    client = AsyncIDCloud(token="t", transport=httpx.MockTransport(_broken_gzip), rate_limit=None)
    async with client:
        with pytest.raises(UnexpectedResponse):
            await client.get_selfie(Scenario.FINISHED_OK)
