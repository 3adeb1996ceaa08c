"""The API clients keep no cookies: what a response sets is not sent back (the APIs authenticate each request by its
token), in either client, and the jar cannot be replaced by accident."""

from __future__ import annotations

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, Environment, IDCloud
from unico_idcloud._cookieless import AsyncCookielessClient, CookielessClient
from unico_idcloud.errors import NotFound

PID = "8ff7ab7a-e0f4-4f7a-9a4b-cd3c5b2b7c7e"
ENVIRONMENT = Environment.from_url("https://api.example.com")


class SetsCookies(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers 404 with a Set-Cookie, and records the Cookie header each request carried."""

    def __init__(self) -> None:
        self.cookies_sent: list[str | None] = []

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.cookies_sent.append(request.headers.get("cookie"))
        headers = {"Set-Cookie": "AWSALB=sticky-tenant-a; Path=/"}
        return httpx.Response(404, headers=headers, json={"code": 40401, "message": "not found"})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


def test_a_cookie_set_by_a_response_is_never_sent() -> None:
    wire = SetsCookies()
    with IDCloud(token="t", environment=ENVIRONMENT, transport=wire, rate_limit=None) as client:
        for _ in range(3):
            with pytest.raises(NotFound):
                client.get_process(PID)
    assert wire.cookies_sent == [None, None, None]


async def test_the_async_client_keeps_none_either() -> None:
    wire = SetsCookies()
    async with AsyncIDCloud(token="t", environment=ENVIRONMENT, transport=wire, rate_limit=None) as client:
        for _ in range(3):
            with pytest.raises(NotFound):
                await client.get_process(PID)
    assert wire.cookies_sent == [None, None, None]


@pytest.mark.parametrize("client_class", [CookielessClient, AsyncCookielessClient])
def test_the_jar_stays_empty_and_cannot_be_replaced(client_class: type[httpx.Client | httpx.AsyncClient]) -> None:
    client = client_class(base_url="https://api.example.com")
    response = httpx.Response(
        200, headers={"Set-Cookie": "a=1; Path=/"}, request=httpx.Request("GET", "https://api.example.com/x")
    )
    client.cookies.extract_cookies(response)
    assert len(client.cookies) == 0
    with pytest.raises(AttributeError, match="keeps no cookies"):
        client.cookies = {"a": "1"}
