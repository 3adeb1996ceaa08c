"""No secret or personal datum in any log record, exception text or repr, across a session that touches them all."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from unico_idcloud import IDCloud
from unico_idcloud._auth import ServiceAccountAuth
from unico_idcloud.errors import UnicoError
from unico_idcloud.testing import (
    FakeUnico,
    Fault,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    VirtualClock,
    private_key_pem,
)
from unico_idcloud.testing._bodies import FAKE_CPF, FAKE_NAME

from ..fake_clients import Recorder


def _secrets(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, tokens: list[str], selfie: str
) -> Iterator[str]:
    yield from tokens
    yield fake.api_key
    pem = private_key_pem(account).decode()
    yield from (line for line in pem.splitlines() if "PRIVATE KEY" not in line and len(line) > 20)
    for sent in recorder.token_requests:
        yield sent.body.decode().split("assertion=")[1]
    yield FAKE_CPF
    yield "123.456.789-09"
    yield FAKE_NAME
    yield selfie[:40]
    yield "?token=fake"  # the signed URLs' credentials


def test_nothing_secret_reaches_logs_errors_or_reprs(
    fake: FakeUnico,
    account: ServiceAccount,
    recorder: Recorder,
    idcloud: IDCloud,
    clock: VirtualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    for process_id in (Scenario.FINISHED_OK, Scenario.DOCUMENT_CNH, Scenario.DOCUMENT_PASSPORT):
        texts.append(repr(idcloud.get_process(process_id)))
    selfie = idcloud.get_selfie(Scenario.FINISHED_OK)
    assert isinstance(selfie.file_contents, str)
    texts.append(repr(selfie))
    tokens = [idcloud.access_token().value]
    texts.append(repr(idcloud.get_idcheck_process(IdCheckScenario.SUCCESS)))
    texts.append(repr(idcloud.access_token()))
    fake.revoke_tokens()  # a refresh
    idcloud.get_process(Scenario.FINISHED_OK)
    tokens.append(idcloud.access_token().value)
    fake.inject_fault(Fault.BAD_GATEWAY, times=2)  # retries
    idcloud.get_process(Scenario.FINISHED_OK)
    errors: list[BaseException] = []
    for operation in (
        lambda: idcloud.get_process("123.456.789-09"),
        lambda: idcloud.get_process("00000000-0000-4000-8000-0000000000ff"),
        lambda: idcloud.get_selfie(Scenario.SELFIE_FORBIDDEN),
        lambda: idcloud.get_idcheck_process(IdCheckScenario.ERROR),
    ):
        with pytest.raises(UnicoError) as caught:
            operation()
        errors.append(caught.value)
    fake.revoke_key(account)
    fake.revoke_tokens()
    with pytest.raises(UnicoError) as caught:
        idcloud.get_process(Scenario.FINISHED_OK)  # 401, then the token endpoint refuses the key (1.2.6)
    errors.append(caught.value)

    texts += [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [repr(idcloud), repr(account), repr(account)]
    texts += [repr(ServiceAccountAuth(idcloud._tokens)), repr(idcloud._tokens)]  # type: ignore[arg-type]
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
    assert len(caplog.records) > 10
    haystack = "\n".join(texts)
    found = [
        secret[:12]
        for secret in _secrets(fake, account, recorder, tokens, selfie.file_contents)
        if secret and secret in haystack
    ]
    assert found == []


def test_exception_messages_redact_what_a_server_might_echo() -> None:
    message = "token eyJhbGciOi.eyJzdWIi.c2ln for CPF 123.456.789-09 at https://x.test/a.pdf?sig=abc, Bearer abc.def"
    error = UnicoError(status_code=400, code=3, message=message, response=httpx.Response(400))
    for text in (str(error), repr(error)):
        for secret in ("eyJhbGciOi", "123.456.789-09", "sig=abc", "abc.def"):
            assert secret not in text
    assert error.message == message  # the raw message stays reachable on the attribute
