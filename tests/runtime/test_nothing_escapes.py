"""Nothing the network sends raises anything but a ``UnicoError`` out of the client.

Hypothesis generates hostile answers (statuses, ``Content-Encoding`` and ``Content-Type`` headers, ``Retry-After``
values, bodies: random bytes, JSON of any shape with numbers no float holds, JSON nested 100,000 deep, the
documented shapes with the wrong types, text in the wrong encoding) and an ``httpx.MockTransport`` answers them,
either from the token endpoint or from the operation, for every operation of both clients.
"""

from __future__ import annotations

import contextlib
import gzip
import json
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unico_idcloud import AsyncIDCloud, IDCloud
from unico_idcloud.errors import UnicoError
from unico_idcloud.testing import IdCheckScenario, Scenario, VirtualClock, generate_service_account

from ..fake_clients import TOKEN_OK

PID = Scenario.FINISHED_OK
ACCOUNT = generate_service_account()

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
_field = _json | st.sampled_from(["", "\n", "Bearer x\r\nX: y", "9" * 400, "1e309", "NaN", "-1", "PROCESS_STATE_X"])


def _shape(name: str, *fields: str) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries({}, optional={f: _field for f in fields}).map(lambda d: {name: d} if name else d)


_documented_shapes = st.one_of(
    _shape("", "access_token", "expires_in", "token_type", "error", "error_description"),
    _shape("process", "id", "state", "result", "flow", "capacities", "authenticationInfo", "person", "document"),
    _shape("", "code", "message"),
    _shape("error", "code", "description"),
    _shape("", "fileContents", "contentType"),
    _shape("", "id", "status", "unicoId", "liveness", "score", "createdAt"),
)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, allow_nan=True).encode()


_bodies = st.one_of(
    st.binary(max_size=64),
    _json.map(_dumps),
    _documented_shapes.map(_dumps),
    st.sampled_from(
        [
            b"[" * 100_000 + b"]" * 100_000,
            b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
            '{"message": "não"}'.encode("latin-1"),
            '{"message": "ok"}'.encode("utf-16"),
            b"\xef\xbb\xbf" + _dumps(TOKEN_OK),
            b'{"expires_in": 1' + b"0" * 5000 + b', "access_token": "t"}',
            b"<html><body>502 Bad Gateway</body></html>",
        ]
    ),
)


@st.composite
def _answers(draw: st.DrawFn) -> tuple[int, dict[str, str], bytes]:
    status = draw(st.sampled_from([200, 200, 201, 204, 302, 400, 401, 403, 404, 410, 418, 429, 500, 503]))
    body = draw(_bodies)
    headers: dict[str, str] = {}
    encoding = draw(st.sampled_from([None, None, "gzip", "gzip-real", "deflate", "br", "zstd", "x-bogus"]))
    if encoding == "gzip-real":
        body, encoding = gzip.compress(body), "gzip"
    if encoding is not None:
        headers["Content-Encoding"] = encoding
    content_type = draw(
        st.sampled_from(
            [None, "application/json", "text/html", "application/json; charset=utf-16", "text/plain; charset=bogus"]
        )
    )
    if content_type is not None:
        headers["Content-Type"] = content_type
    retry_after = draw(st.sampled_from([None, "", "-1", "1e309", "nan", "9" * 40, "Wed, 21 Oct 2015 07:28:00 GMT"]))
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return status, headers, body


def _transport(target: str, answer: tuple[int, dict[str, str], bytes]) -> httpx.MockTransport:
    status, headers, body = answer

    def handle(request: httpx.Request) -> httpx.Response:
        at_token = request.url.path == "/oauth2/token"
        if at_token == (target == "token"):
            return httpx.Response(status, headers=headers, content=body)
        return httpx.Response(200, json=TOKEN_OK)

    return httpx.MockTransport(handle)


OPERATIONS: dict[str, Callable[[IDCloud], object]] = {
    "access_token": lambda client: client.access_token(),
    "get_process": lambda client: client.get_process(PID),
    "get_selfie": lambda client: client.get_selfie(PID),
    "get_selfie_image": lambda client: client.get_selfie_image(PID),
    "get_idcheck_process": lambda client: client.get_idcheck_process(IdCheckScenario.SUCCESS),
    "get_processes": lambda client: [o.error for o in client.get_processes([PID]) if o.error is not None],
}
HOSTILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@pytest.mark.parametrize("target", ["token", "api"])
@pytest.mark.parametrize("operation", list(OPERATIONS))
@HOSTILE
@given(answer=_answers())
def test_the_sync_client_raises_only_unico_errors(
    target: str, operation: str, answer: tuple[int, dict[str, str], bytes]
) -> None:
    options: dict[str, Any] = {"max_retries": 1, "rate_limit": None, "clock": VirtualClock(), "api_key": "k" * 8}
    with IDCloud(ACCOUNT, transport=_transport(target, answer), **options) as client:
        try:
            OPERATIONS[operation](client)
        except UnicoError as error:
            assert isinstance(str(error), str) and isinstance(repr(error), str)  # both are computable


async def _async_operations(client: AsyncIDCloud) -> None:
    for call in (
        client.access_token,
        lambda: client.get_process(PID),
        lambda: client.get_selfie_image(PID),
        lambda: client.get_idcheck_process(IdCheckScenario.SUCCESS),
    ):
        with contextlib.suppress(UnicoError):
            await call()
    async for outcome in client.get_processes([PID]):
        assert outcome.ok or isinstance(outcome.error, UnicoError)


@pytest.mark.parametrize("target", ["token", "api"])
@HOSTILE
@given(answer=_answers())
def test_the_async_client_raises_only_unico_errors(target: str, answer: tuple[int, dict[str, str], bytes]) -> None:
    async def main() -> None:
        async with AsyncIDCloud(
            ACCOUNT,
            transport=_transport(target, answer),
            max_retries=1,
            rate_limit=None,
            clock=VirtualClock(),
            api_key="k" * 8,
        ) as client:
            await _async_operations(client)

    anyio.run(main)
