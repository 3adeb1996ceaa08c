"""What the token endpoint and the API may send on a bad day, each reproduction of issue 19 as a test: numbers no
float holds, JSON nested 100,000 deep, a body that lies about its encoding, a token that cannot be a header, and
personal data or an opaque token echoed in an error message."""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from unico_idcloud import AsyncIDCloud, IDCloud, RedactingFilter
from unico_idcloud._scrub import scrub
from unico_idcloud.errors import (
    AuthenticationError,
    ConfigurationError,
    InvalidProcessId,
    NotFound,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
    UnicoError,
)
from unico_idcloud.testing import Scenario, ServiceAccount, VirtualClock, generate_service_account

from ..fake_clients import TOKEN_OK

PID = Scenario.FINISHED_OK
DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
Answer = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def account() -> ServiceAccount:
    return generate_service_account()


def client_for(account: ServiceAccount, answer: Answer, **options: Any) -> IDCloud:
    options.setdefault("clock", VirtualClock())
    return IDCloud(account, transport=httpx.MockTransport(answer), max_retries=0, rate_limit=None, **options)


def token_endpoint(response: Callable[[], httpx.Response]) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return response()
        return httpx.Response(200, json={"process": {}})

    return answer


@pytest.mark.parametrize(
    "expires_in", [b"1e300", b"1e12", b"1" * 400, b'"1e300"'], ids=["1e300", "1e12", "400 digits", "string 1e300"]
)
def test_a_huge_expires_in_is_read_as_one_day(account: ServiceAccount, expires_in: bytes) -> None:
    body = b'{"access_token": "opaque-token-1", "expires_in": ' + expires_in + b"}"
    with client_for(account, token_endpoint(lambda: httpx.Response(200, content=body))) as client:
        token = client.access_token()
    assert token.expires_in == 24 * 3600


@pytest.mark.parametrize(
    "expires_in",
    [b"Infinity", b"-Infinity", b"NaN", b'"inf"', b'"nan"', b"0", b"-5", b"true", b'"soon"', b"[1]", b"null"],
)
def test_an_unusable_expires_in_is_unexpected_response(account: ServiceAccount, expires_in: bytes) -> None:
    body = b'{"access_token": "opaque-token-2", "expires_in": ' + expires_in + b"}"
    with (
        client_for(account, token_endpoint(lambda: httpx.Response(200, content=body))) as client,
        pytest.raises(UnexpectedResponse) as caught,
    ):
        client.access_token()
    assert caught.value.response is not None and caught.value.response.content == body  # the raw answer stays


def test_a_numeric_string_expires_in_is_still_accepted(account: ServiceAccount) -> None:
    body = b'{"access_token": "opaque-token-3", "expires_in": "1800"}'
    with client_for(account, token_endpoint(lambda: httpx.Response(200, content=body))) as client:
        assert client.access_token().expires_in == 1800


@pytest.mark.parametrize(
    ("status", "error"),
    [(200, UnexpectedResponse), (400, AuthenticationError), (401, AuthenticationError), (403, AuthenticationError)],
)
@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["array", "object"])
def test_json_nested_100000_deep_is_a_typed_error(
    account: ServiceAccount, status: int, error: type[UnicoError], body: bytes
) -> None:
    with client_for(account, token_endpoint(lambda: httpx.Response(status, content=body))) as client:
        with pytest.raises(error) as caught:
            client.access_token()
        with pytest.raises(error):
            client.get_process(PID)  # through an operation too
    assert caught.value.status_code == status


def test_a_token_answer_that_is_not_the_gzip_it_says_is_unexpected_response(account: ServiceAccount) -> None:
    def broken() -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b'{"access_token": "x"}')

    with client_for(account, token_endpoint(broken)) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            client.access_token()
        with pytest.raises(UnexpectedResponse):
            client.get_process(PID)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


async def test_the_async_client_turns_a_broken_gzip_token_answer_into_unexpected_response(
    account: ServiceAccount,
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip")

    async with AsyncIDCloud(account, transport=httpx.MockTransport(answer), max_retries=0, rate_limit=None) as client:
        with pytest.raises(UnexpectedResponse):
            await client.access_token()


def test_a_real_gzip_token_answer_is_read(account: ServiceAccount) -> None:
    body = gzip.compress(b'{"access_token": "opaque-token-gz", "expires_in": 60}')
    answer = token_endpoint(lambda: httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body))
    with client_for(account, answer) as client:
        assert client.access_token().value == "opaque-token-gz"


# --- a token that cannot be a header ----------------------------------------------------------------------------

UNSAFE = ["opaque-token\n", "opaque\r\nX-Injected: 1", "opaque token", "tøken-opaque", "\x00opaque-token"]


@pytest.mark.parametrize("value", UNSAFE, ids=["newline", "header injection", "space", "non-ascii", "nul"])
def test_an_unusable_token_from_the_endpoint_is_an_authentication_error_and_never_sent(
    account: ServiceAccount, value: str
) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": value, "expires_in": 3600})
        return httpx.Response(200, json={"process": {}})

    with client_for(account, answer) as client, pytest.raises(AuthenticationError) as caught:
        client.get_process(PID)
    assert [r.url.path for r in sent] == ["/oauth2/token"]
    assert value.strip() not in _all_text(caught.value)


@pytest.mark.parametrize("value", UNSAFE, ids=["newline", "header injection", "space", "non-ascii", "nul"])
def test_an_unusable_token_given_is_a_configuration_error_that_does_not_quote_it(value: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        IDCloud(token=value, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    assert value.strip() not in _all_text(caught.value)


def test_an_unusable_token_from_a_callable_is_never_put_on_the_wire(caplog: pytest.LogCaptureFixture) -> None:
    """Before: a TransportError whose __cause__ (h11's LocalProtocolError) held the whole token."""
    caplog.set_level(logging.DEBUG)
    secret = "opaque-callable-token-7f3a\n"
    # A real transport: the check comes before h11 could see the value.
    with (
        IDCloud(token=lambda: secret, rate_limit=None, max_retries=0) as client,
        pytest.raises(ConfigurationError) as caught,
    ):
        client.get_process(PID)
    assert not isinstance(caught.value, TransportError)
    assert secret.strip() not in _all_text(caught.value)
    assert all(secret.strip() not in record.getMessage() for record in caplog.records)


# --- what an error message may echo ------------------------------------------------------------------------------


def _all_text(error: BaseException) -> str:
    """``str`` and ``repr`` of the error and of every exception chained to it."""
    parts: list[str] = []
    current: BaseException | None = error
    while current is not None:
        parts += [str(current), repr(current), *map(str, current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


PERSONAL = {
    "e-mail": "maria.souza+kyc@example.com.br",
    "phone": "+55 11 98765-4321",
    "phone (area code in parentheses)": "(11) 98765-4321",
    "RG": "12.345.678-9",
    "RG with X": "1.234.567-X",
    "CPF": "123.456.789-09",
    "CNH in groups": "123 456 789 01",
}


@pytest.mark.parametrize("value", list(PERSONAL.values()), ids=list(PERSONAL))
def test_personal_data_in_a_server_message_is_masked_in_errors_and_outcomes(
    account: ServiceAccount, value: str
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(404, json={"code": 5, "message": f"no process for {value} (holder)"})

    with client_for(account, answer) as client:
        (outcome,) = list(client.get_processes([PID]))
        with pytest.raises(NotFound) as caught:
            client.get_process(PID)
    assert value not in str(caught.value) and value not in repr(caught.value)
    assert "no process for" in str(caught.value)  # the rest of the message stays
    assert value not in repr(outcome)


def test_an_opaque_token_echoed_in_a_401_is_masked(account: ServiceAccount) -> None:
    opaque = "opaque0123456789abcdefTOKEN"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": opaque, "expires_in": 3600})
        return httpx.Response(401, json=f"token {opaque} is not valid")

    with client_for(account, answer) as client, pytest.raises(Unauthorized) as caught:
        client.get_process(PID)
    assert opaque not in str(caught.value) and opaque not in repr(caught.value)
    assert caught.value.message == f"token {opaque} is not valid"  # the raw message stays reachable


def test_a_given_token_echoed_in_a_401_is_masked() -> None:
    opaque = "user-given-opaque-token-42"
    answer = httpx.MockTransport(lambda request: httpx.Response(401, json=f"{opaque} expired"))
    with (
        IDCloud(token=opaque, transport=answer, max_retries=0, rate_limit=None) as client,
        pytest.raises(Unauthorized) as caught,
    ):
        client.get_process(PID)
    assert opaque not in str(caught.value) and opaque not in repr(caught.value)


def test_the_api_key_echoed_in_a_message_is_masked(account: ServiceAccount) -> None:
    api_key = "apikey-opaque-9d8c7b"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(400, json={"error": {"code": 3, "description": f"bad request with {api_key}"}})

    with client_for(account, answer, api_key=api_key) as client, pytest.raises(InvalidProcessId) as caught:
        client.get_idcheck_process(PID)
    assert api_key not in str(caught.value) and api_key not in repr(caught.value)


def test_short_values_are_not_registered() -> None:
    from unico_idcloud._scrub import remember

    remember("ana", "12345")
    assert scrub("ana paid 12345") == "ana paid 12345"


# --- the logging filter -------------------------------------------------------------------------------------------


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def collected() -> Iterator[Collect]:
    handler = Collect()
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def test_the_filter_masks_what_httpcore_debug_logs_print(collected: Collect) -> None:
    """httpcore at DEBUG prints every response header: a server echoing the token in one shows it."""
    from unico_idcloud.testing import FakeServer

    opaque = "opaque-debug-token-55aa"

    async def echo(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = dict(scope["headers"])
        await send(
            {
                "type": "http.response.start",
                "status": 404,
                "headers": [(b"x-echo", headers[b"authorization"]), (b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"code": 5, "message": "maria@example.com"}'})

    with (
        FakeServer(echo) as server,
        IDCloud(token=opaque, environment=server.url, rate_limit=None) as client,
        pytest.raises(NotFound),
    ):
        client.get_process(PID)
    text = "\n".join(collected.lines)
    assert "httpcore" in text and "receive_response_headers" in text  # the DEBUG lines were there
    assert opaque not in text


def test_the_filter_masks_a_traceback_and_arguments(collected: Collect) -> None:
    opaque = "opaque-in-a-traceback-77"
    from unico_idcloud._scrub import remember

    remember(opaque)
    logger = logging.getLogger("somewhere.else")
    try:
        raise RuntimeError(f"failed with {opaque}")
    except RuntimeError:
        logger.exception("call for %s failed", "maria@example.com")
    text = "\n".join(collected.lines)
    assert "RuntimeError" in text and "call for *** failed" in text
    assert opaque not in text and "maria@example.com" not in text


def test_a_process_id_stays_readable_while_the_numbers_around_it_are_masked() -> None:
    from unico_idcloud._redact import redact

    text = redact(f"process {Scenario.FINISHED_OK} of CPF 12345678909, phone 11 98765-4321")
    assert text == f"process {Scenario.FINISHED_OK} of CPF ***, phone ***"


def test_the_packages_own_records_are_filtered_without_a_handler_filter(caplog: pytest.LogCaptureFixture) -> None:
    from unico_idcloud._scrub import remember

    opaque = "opaque-package-log-token-31"
    remember(opaque)
    with caplog.at_level(logging.DEBUG, logger="unico_idcloud"):
        logging.getLogger("unico_idcloud").warning("retrying with %s for maria@example.com", opaque)
        logging.getLogger("unico_idcloud.webhooks").warning("webhook %s", opaque)
    messages = [record.getMessage() for record in caplog.records]
    assert messages == ["retrying with *** for ***", "webhook ***"]


def test_the_assertion_sent_is_registered(account: ServiceAccount) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content.decode().split("assertion=")[1])
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": f"bad {sent[-1]}"})

    with client_for(account, answer) as client, pytest.raises(AuthenticationError) as caught:
        client.access_token()
    assert scrub(sent[0]) == "***"
    assert sent[0] not in str(caught.value)


@pytest.mark.parametrize("api_key", ["key-with-newline\n", "key with space", "kéy-non-ascii"])
def test_an_api_key_that_cannot_be_a_header_is_a_configuration_error(account: ServiceAccount, api_key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client_for(account, token_endpoint(lambda: httpx.Response(200, json=TOKEN_OK)), api_key=api_key)
    assert api_key.strip() not in _all_text(caught.value)
