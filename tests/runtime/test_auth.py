"""Service-account auth: the assertion, the token cache, refresh-and-retry, single flight, token errors."""

from __future__ import annotations

import asyncio
import threading
from urllib.parse import parse_qs

import httpx
import jwt
import pytest

from unico_idcloud import AsyncIDCloud, Environment, IDCloud, _assertion
from unico_idcloud._assertion import AssertionSigner
from unico_idcloud.errors import AuthenticationError, Forbidden, Unauthorized
from unico_idcloud.testing import (
    FakeUnico,
    Fault,
    IdCheckScenario,
    Scenario,
    ServiceAccount,
    VirtualClock,
    build_process,
    generate_service_account,
    private_key_pem,
    public_key_pem,
    with_new_key,
)

from ..fake_clients import TOKEN_OK, Recorder


def _assertion_of(body: bytes) -> str:
    form = parse_qs(body.decode())
    assert form["grant_type"] == ["urn:ietf:params:oauth:grant-type:jwt-bearer"]
    return form["assertion"][0]


def _assert_new_and_accepted(recorder: Recorder, fetches: int) -> None:
    """Every token fetch sent an assertion never sent before, and the fake accepted each (no 1.2.7)."""
    assertions = [_assertion_of(sent.body) for sent in recorder.token_requests]
    assert len(assertions) == fetches and len(set(assertions)) == fetches
    assert all(sent.status == 200 for sent in recorder.token_requests)


def test_assertion_has_exactly_the_documented_claims(
    idcloud: IDCloud, recorder: Recorder, account: ServiceAccount, clock: VirtualClock
) -> None:
    idcloud.get_process(Scenario.FINISHED_OK)
    [token_request] = recorder.token_requests
    assertion = _assertion_of(token_request.body)
    header = jwt.get_unverified_header(assertion)
    claims = jwt.decode(assertion, public_key_pem(account), algorithms=["RS256"], audience=Environment.UAT.audience)
    assert header == {"alg": "RS256", "typ": "JWT"}
    assert set(claims) == {"iss", "aud", "scope", "iat", "exp"}
    assert claims["iss"] == f"{account.name}@{account.tenant_id}.iam.acesso.io"
    assert claims["aud"] == "https://identityhomolog.acesso.io"
    assert claims["scope"] == "*"
    assert type(claims["iat"]) is int and type(claims["exp"]) is int  # seconds, not floats or milliseconds
    assert claims["iat"] == int(clock.time())
    assert claims["iat"] < claims["exp"] <= claims["iat"] + 3600


def test_assertions_signed_in_the_same_second_all_differ(account: ServiceAccount) -> None:
    frozen = VirtualClock()
    signer = AssertionSigner(account, Environment.UAT.audience, frozen)
    assertions = [signer.sign() for _ in range(100)]
    assert len(set(assertions)) == 100
    claims = [jwt.decode(a, options={"verify_signature": False}) for a in assertions]
    assert {c["iat"] for c in claims} == {int(frozen.time())}
    assert all(c["iat"] < c["exp"] <= c["iat"] + 3600 for c in claims)


def test_a_busy_second_across_signers_stays_distinct_and_within_unicos_limits(account: ServiceAccount) -> None:
    frozen = VirtualClock(start=1_800_000_000)  # a second of its own: no other test signed in it
    signers = [AssertionSigner(account, Environment.UAT.audience, frozen) for _ in range(4)]
    claims = [signers[i % 4].claims() for i in range(1000)]
    lifetimes = [int(c["exp"]) - int(c["iat"]) for c in claims]
    assert len(set(lifetimes)) == 1000
    assert min(lifetimes) >= 300 and max(lifetimes) <= 3600


def test_processes_signing_in_one_second_draw_exp_from_the_whole_allowed_hour(
    account: ServiceAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each "process" starts with nothing remembered: only the spread of exp keeps a fleet's assertions apart.
    frozen = VirtualClock(start=1_800_000_001)
    lifetimes = []
    for _ in range(1000):
        monkeypatch.setattr(_assertion, "_recent", {})
        claims = AssertionSigner(account, Environment.UAT.audience, frozen).claims()
        lifetimes.append(int(claims["exp"]) - int(claims["iat"]))
    assert min(lifetimes) >= 300 and max(lifetimes) <= 3600
    assert len(set(lifetimes)) > 700  # of 3,301 choices, 1,000 draws give ~860 distinct (sd ~13); 60 gave 60


def test_production_audience_is_the_production_token_host() -> None:
    assert Environment.PRODUCTION.audience == "https://identity.acesso.io"
    assert Environment.PRODUCTION.token_url == "https://identity.acesso.io/oauth2/token"


def test_token_is_cached_across_calls_and_operations(idcloud: IDCloud, recorder: Recorder) -> None:
    idcloud.get_process(Scenario.FINISHED_OK)
    idcloud.get_selfie(Scenario.FINISHED_OK)
    idcloud.get_idcheck_process(IdCheckScenario.SUCCESS)
    idcloud.get_process(Scenario.CREATED)
    assert len(recorder.token_requests) == 1
    tokens = {s.headers["authorization"] for s in recorder.api_requests}
    assert len(tokens) == 1 and tokens.pop().startswith("Bearer ")


def test_token_is_renewed_before_it_expires(idcloud: IDCloud, recorder: Recorder, clock: VirtualClock) -> None:
    idcloud.get_process(Scenario.FINISHED_OK)
    clock.advance(3600 - 59)  # 59 s left: inside the 60 s renewal margin, still valid for the fake
    idcloud.get_process(Scenario.FINISHED_OK)
    assert len(recorder.token_requests) == 2
    assert [s.status for s in recorder.api_requests] == [200, 200]  # renewed before any 401


def test_a_refused_token_is_refreshed_and_the_request_retried_once(
    idcloud: IDCloud, recorder: Recorder, fake: FakeUnico
) -> None:
    idcloud.get_process(Scenario.FINISHED_OK)
    fake.revoke_tokens()
    process = idcloud.get_process(Scenario.FINISHED_OK)
    assert str(process.id) == Scenario.FINISHED_OK
    assert [s.status for s in recorder.api_requests] == [200, 401, 200]
    assert len(recorder.token_requests) == 2


def test_one_client_never_sends_the_same_assertion_twice(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    # The signer lives as long as the client: 100 token fetches in one (frozen) second each sign a new assertion,
    # where 100 draws of exp (3,301 choices) with nothing remembered collide 3 times in 4 (the fake answers 1.2.7).
    fake.rate_limit = None
    second = int(clock.time())
    with IDCloud(account, transport=recorder, clock=clock, rate_limit=None) as client:
        for _ in range(100):
            fake.revoke_tokens()
            client.get_process(Scenario.FINISHED_OK)
    assert int(clock.time()) == second
    _assert_new_and_accepted(recorder, 100)


def test_clients_of_one_account_in_one_second_never_share_an_assertion(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    # Each client has its own signer; what they signed is remembered process-wide. With a memory per signer, 100
    # clients drawing exp from 3,301 choices would collide 3 times in 4 (and the fake answers 1.2.7 to a reused one).
    fake.rate_limit = None
    second = int(clock.time())
    for _ in range(100):
        with IDCloud(account, transport=recorder, clock=clock, rate_limit=None) as client:
            client.get_process(Scenario.FINISHED_OK)
    assert int(clock.time()) == second
    _assert_new_and_accepted(recorder, 100)


def test_a_token_refused_twice_raises_unauthorized_after_one_refresh(clock: VirtualClock) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(401, json="Jwt is expired")

    account = generate_service_account()
    with (
        IDCloud(account, transport=httpx.MockTransport(handler), clock=clock) as client,
        pytest.raises(Unauthorized) as caught,
    ):
        client.get_process(Scenario.FINISHED_OK)
    assert caught.value.status_code == 401 and caught.value.message == "Jwt is expired"
    assert sent.count("/oauth2/token") == 2
    assert sent.count(f"/client/v1/process/{Scenario.FINISHED_OK}") == 2


def test_idcheck_403_with_a_wrong_api_key_refreshes_once_then_raises_forbidden(
    fake: FakeUnico, account: ServiceAccount, recorder: Recorder, clock: VirtualClock
) -> None:
    with (
        IDCloud(account, api_key="wrong", transport=recorder, clock=clock) as client,
        pytest.raises(Forbidden) as caught,
    ):
        client.get_idcheck_process(IdCheckScenario.SUCCESS)
    assert caught.value.code == "10201"
    assert [s.status for s in recorder.api_requests] == [403, 403]
    assert all(s.headers["apikey"] == "wrong" for s in recorder.api_requests)


def test_only_idcheck_requests_carry_the_api_key(idcloud: IDCloud, recorder: Recorder) -> None:
    idcloud.get_process(Scenario.FINISHED_OK)
    idcloud.get_idcheck_process(IdCheckScenario.SUCCESS)
    by_unico, idcheck = recorder.api_requests
    assert "apikey" not in by_unico.headers and "apikey" in idcheck.headers


def test_twenty_threads_share_one_token_request(fake: FakeUnico, account: ServiceAccount) -> None:
    recorder = Recorder(fake.transport(), lambda: 0.0)
    fake.rate_limit = None
    fake.inject_fault(Fault.LATENCY, operation="token", latency=0.2)  # keep the first request in flight
    barrier = threading.Barrier(20)
    errors: list[BaseException] = []
    with IDCloud(account, transport=recorder, rate_limit=None) as client:

        def call() -> None:
            barrier.wait()
            try:
                client.get_process(Scenario.FINISHED_OK)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(recorder.token_requests) == 1
    assert len(recorder.api_requests) == 20


async def test_fifty_tasks_share_one_token_request(fake: FakeUnico, account: ServiceAccount) -> None:
    recorder = Recorder(fake.async_transport(), lambda: 0.0)
    fake.rate_limit = None
    fake.inject_fault(Fault.LATENCY, operation="token", latency=0.2)
    async with AsyncIDCloud(account, transport=recorder, rate_limit=None) as client:
        processes = await asyncio.gather(*(client.get_process(Scenario.FINISHED_OK) for _ in range(50)))
    assert len(processes) == 50
    assert len(recorder.token_requests) == 1
    assert len(recorder.api_requests) == 50


async def test_async_refresh_and_retry_once(
    async_idcloud: AsyncIDCloud, async_recorder: Recorder, fake: FakeUnico
) -> None:
    await async_idcloud.get_process(Scenario.FINISHED_OK)
    fake.revoke_tokens()
    await async_idcloud.get_process(Scenario.FINISHED_OK)
    assert [s.status for s in async_recorder.api_requests] == [200, 401, 200]
    assert len(async_recorder.token_requests) == 2


# --- token errors ---------------------------------------------------------------------------------------------------


def _fetch_error(fake: FakeUnico, account: ServiceAccount, clock: VirtualClock) -> AuthenticationError:
    with (
        IDCloud(account, transport=fake.transport(), clock=clock) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.get_process(Scenario.FINISHED_OK)
    return caught.value


def test_an_unregistered_key_is_1_2_5_with_a_hint(
    fake: FakeUnico, account: ServiceAccount, clock: VirtualClock
) -> None:
    error = _fetch_error(fake, with_new_key(account), clock)
    assert (error.code, error.status_code) == ("1.2.5", 401)
    assert error.hint is not None and "key registered for this account does not match" in error.hint
    assert "1.2.5" in str(error) and error.hint in str(error)
    assert error.response is not None and error.response.status_code == 401


def test_a_revoked_key_is_1_2_6(fake: FakeUnico, account: ServiceAccount, clock: VirtualClock) -> None:
    fake.revoke_key(account)
    assert _fetch_error(fake, account, clock).code == "1.2.6"


def test_an_unknown_tenant_is_1_0_1(fake: FakeUnico, account: ServiceAccount, clock: VirtualClock) -> None:
    stranger = ServiceAccount(name=account.name, tenant_id="another-tenant", private_key=private_key_pem(account))
    error = _fetch_error(fake, stranger, clock)
    assert error.code == "1.0.1" and error.hint is not None and "tenant" in error.hint


@pytest.mark.parametrize(
    ("switch", "code"),
    [("active", "1.2.11"), ("application_active", "1.0.14"), ("permitted", "1.2.14"), ("locked", "1.2.18")],
)
def test_account_states_give_their_codes(
    fake: FakeUnico, account: ServiceAccount, clock: VirtualClock, switch: str, code: str
) -> None:
    setattr(fake.account_state(account), switch, switch == "locked")
    error = _fetch_error(fake, account, clock)
    assert error.code == code and error.status_code in (401, 403) and error.hint


def test_a_slow_clock_gives_an_expired_assertion_and_says_check_the_clock(
    fake: FakeUnico, account: ServiceAccount
) -> None:
    behind = VirtualClock(start=fake.clock.time() - 7200)
    error = _fetch_error(fake, account, behind)
    assert error.code == "1.2.4" and error.hint is not None and "check the clock" in error.hint


def test_a_fast_clock_gives_iat_in_the_future_and_says_check_the_clock(
    fake: FakeUnico, account: ServiceAccount
) -> None:
    ahead = VirtualClock(start=fake.clock.time() + 600)
    error = _fetch_error(fake, account, ahead)
    assert error.code == "1.2.21" and error.hint is not None and "iat is in the future" in error.hint


def test_token_endpoint_failures_are_retried_with_a_new_assertion(clock: VirtualClock) -> None:
    assertions: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            assertions.append(_assertion_of(request.read()))
            return httpx.Response(503) if len(assertions) < 3 else httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(200, json={"process": build_process(Scenario.FINISHED_OK, state="PROCESS_STATE_CREATED")})

    with IDCloud(generate_service_account(), transport=httpx.MockTransport(handler), clock=clock) as client:
        client.get_process(Scenario.FINISHED_OK)
    assert len(assertions) == 3 and len(set(assertions)) == 3
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("refusals", [1, 3, 4])
def test_an_assertion_refused_as_reused_is_signed_anew_up_to_three_times(clock: VirtualClock, refusals: int) -> None:
    assertions: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            assertions.append(_assertion_of(request.read()))
            if len(assertions) <= refusals:
                return httpx.Response(
                    401, json={"error": "invalid_grant", "error_description": "Falha na autenticação 1.2.7"}
                )
            return httpx.Response(200, json=TOKEN_OK)
        return httpx.Response(200, json={"process": build_process(Scenario.FINISHED_OK, state="PROCESS_STATE_CREATED")})

    with IDCloud(generate_service_account(), transport=httpx.MockTransport(handler), clock=clock) as client:
        if refusals <= 3:
            client.get_process(Scenario.FINISHED_OK)
        else:
            with pytest.raises(AuthenticationError) as caught:
                client.get_process(Scenario.FINISHED_OK)
            assert caught.value.code == "1.2.7"
    assert len(assertions) == min(refusals + 1, 4) and len(set(assertions)) == len(assertions)


def test_a_token_endpoint_answer_without_a_token_is_unexpected(clock: VirtualClock) -> None:
    from unico_idcloud.errors import UnexpectedResponse

    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="<html>login</html>"))
    with (
        IDCloud(generate_service_account(), transport=transport, clock=clock) as client,
        pytest.raises(UnexpectedResponse) as caught,
    ):
        client.access_token()
    assert caught.value.status_code == 200 and caught.value.response is not None
    assert caught.value.response.text == "<html>login</html>"


# --- tokens minted elsewhere ---------------------------------------------------------------------------------------


def test_a_static_token_is_sent_as_is_and_not_refreshed(fake: FakeUnico, clock: VirtualClock) -> None:
    recorder = Recorder(fake.transport(), clock.monotonic)
    with IDCloud(token="not-a-jwt", transport=recorder, clock=clock) as client, pytest.raises(Unauthorized) as caught:
        client.get_process(Scenario.FINISHED_OK)
    assert caught.value.message == "Jwt header is an invalid JSON"
    assert recorder.token_requests == []
    assert [s.headers["authorization"] for s in recorder.api_requests] == ["Bearer not-a-jwt"]


def test_a_token_callable_is_asked_again_after_a_401(
    fake: FakeUnico, account: ServiceAccount, clock: VirtualClock
) -> None:
    stale = fake.issue_token(account)
    fake.revoke_tokens()
    handed_out: list[str] = []

    def mint() -> str:
        handed_out.append(stale if not handed_out else fake.issue_token(account))
        return handed_out[-1]

    recorder = Recorder(fake.transport(), clock.monotonic)
    with IDCloud(token=mint, transport=recorder, clock=clock) as client:
        client.get_process(Scenario.FINISHED_OK)
    assert len(handed_out) == 2
    assert [s.status for s in recorder.api_requests] == [401, 200]
    assert [s.headers["authorization"] for s in recorder.api_requests] == [f"Bearer {t}" for t in handed_out]
