"""The URL each operation is sent to, built by :class:`~unico_idcloud._urls.PathJoiner` without httpx parsing it
twice, is exactly the URL httpx builds itself; anything the joiner cannot vouch for is left to httpx."""

from __future__ import annotations

import uuid

import httpx
import pytest

from unico_idcloud import Environment, IDCloud
from unico_idcloud._urls import DIRECT_JOIN, PathJoiner
from unico_idcloud.errors import NotFound

PID = "8ff7ab7a-e0f4-4f7a-9a4b-cd3c5b2b7c7e"
BASES = [
    "https://api.cadastro.uat.unico.app",
    "https://api.cadastro.uat.unico.app/",
    "http://127.0.0.1:8080",
    "http://127.0.0.1:8080/gateway/v2",
    "https://user:secret@[::1]:8443/a%20b/",
    "HTTPS://API.Example.COM:443/Prefix",
]
PATHS = [
    f"/client/v1/process/{PID}",
    f"/client/v1/process/{PID}/selfie",
    "/client/v1/process",
    f"/processes/v1/{PID}",
    "/",
]


def test_the_direct_join_is_on_with_the_pinned_httpx() -> None:
    # Off would still be correct (httpx joins), only slower: this says when an httpx upgrade turns it off.
    assert DIRECT_JOIN


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_a_joined_url_is_the_one_httpx_builds(base: str, path: str) -> None:
    client = httpx.Client(base_url=base)
    joined = PathJoiner(client.base_url)(path)
    assert isinstance(joined, httpx.URL)
    ours, httpx_own = client.build_request("GET", joined).url, client.build_request("GET", path).url
    assert ours == httpx_own
    assert (str(ours), ours.raw_path, ours.host, ours.port, ours.netloc) == (
        str(httpx_own),
        httpx_own.raw_path,
        httpx_own.host,
        httpx_own.port,
        httpx_own.netloc,
    )


@pytest.mark.parametrize(
    "path", ["/a b", "/x/../y", "/./x", "/%41", "/café", "/a?b=1", "/a#b", "client/v1", "//evil.example/x", ""]
)
def test_a_path_httpx_would_change_is_left_to_httpx(path: str) -> None:
    joiner = PathJoiner(httpx.Client(base_url="https://api.example.com/base").base_url)
    assert joiner(path) == path


@pytest.mark.parametrize("base", ["https://api.example.com/?tenant=1", "https://api.example.com/#top"])
def test_a_base_with_a_query_or_fragment_is_left_to_httpx(base: str) -> None:
    assert PathJoiner(httpx.URL(base))(f"/client/v1/process/{PID}") == f"/client/v1/process/{PID}"


def test_every_call_is_sent_to_its_operation_url_under_a_prefixed_base() -> None:
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(404, json={"code": 40401, "message": "not found"})

    environment = Environment.from_url("https://gateway.example.com/unico/v3")
    process_id = uuid.UUID(PID)
    with IDCloud(token="t", environment=environment, transport=httpx.MockTransport(answer), rate_limit=None) as client:
        for call in (client.get_process, client.get_selfie):
            with pytest.raises(NotFound):
                call(process_id)
    assert [str(url) for url in seen] == [
        f"https://gateway.example.com/unico/v3/client/v1/process/{PID}",
        f"https://gateway.example.com/unico/v3/client/v1/process/{PID}/selfie",
    ]
