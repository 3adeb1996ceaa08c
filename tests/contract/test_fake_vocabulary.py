"""The fake speaks the runtime's vocabulary: its accounts are the client's ``ServiceAccount``, its clocks are the
client's ``Clock``, and the constants it shares with the runtime are the runtime's own objects."""

from __future__ import annotations

import warnings

import jwt
import pytest

import unico_idcloud
import unico_idcloud.testing
from unico_idcloud import Environment, IDCloud
from unico_idcloud._account import ISSUER_DOMAIN
from unico_idcloud._assertion import JWT_BEARER_GRANT
from unico_idcloud._clock import Clock
from unico_idcloud.testing import (
    FakeUnico,
    ManualClock,
    OffsetClock,
    Scenario,
    VirtualClock,
    generate_service_account,
    private_key_pem,
    public_key_pem,
    with_new_key,
    write_private_key,
)


def test_the_fake_s_accounts_are_the_client_s_service_account(key_material: unico_idcloud.ServiceAccount) -> None:
    fake = FakeUnico(rate_limit=None)
    account = fake.add_service_account(key_material)
    assert isinstance(account, unico_idcloud.ServiceAccount)
    assert unico_idcloud.testing.ServiceAccount is unico_idcloud.ServiceAccount
    assert isinstance(fake.add_service_account(), unico_idcloud.ServiceAccount)
    with IDCloud(account, api_key=fake.api_key, transport=fake.transport()) as client:
        assert str(client.get_process(Scenario.FINISHED_OK).id) == Scenario.FINISHED_OK


def test_an_account_the_user_built_is_registered_as_it_is(key_material: unico_idcloud.ServiceAccount) -> None:
    fake = FakeUnico(rate_limit=None)
    mine = unico_idcloud.ServiceAccount(name="mine", tenant_id="my-tenant", private_key=private_key_pem(key_material))
    assert fake.add_service_account(mine) is mine
    with IDCloud(mine, transport=fake.transport()) as client:
        assert str(client.get_process(Scenario.FINISHED_OK).id) == Scenario.FINISHED_OK


def test_credentials_still_works_for_one_release_and_says_it_is_deprecated(
    key_material: unico_idcloud.ServiceAccount,
) -> None:
    with pytest.warns(DeprecationWarning, match=r"pass the account itself, not \.credentials"):
        credentials = key_material.credentials  # type: ignore[attr-defined]
    assert credentials is key_material


def test_using_the_account_directly_warns_nothing(key_material: unico_idcloud.ServiceAccount) -> None:
    fake = FakeUnico(rate_limit=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        account = fake.add_service_account(key_material)
        IDCloud(account, transport=fake.transport()).close()


def test_generated_accounts_carry_the_requested_names() -> None:
    account = generate_service_account(name="acc", tenant_id="ten")
    assert (account.name, account.tenant_id) == ("acc", "ten")
    assert account.issuer == f"acc@ten.{ISSUER_DOMAIN}"
    other = generate_service_account()
    assert other.name.startswith("fake-account-") and other.tenant_id.startswith("fake-tenant-")


def test_key_material_round_trips(key_material: unico_idcloud.ServiceAccount) -> None:
    pem = private_key_pem(key_material)
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert unico_idcloud.ServiceAccount(name="a", tenant_id="t", private_key=pem).private_key.private_numbers() == (
        key_material.private_key.private_numbers()
    )
    token = jwt.encode({"x": 1}, key_material.private_key, algorithm="RS256")
    assert jwt.decode(token, public_key_pem(key_material), algorithms=["RS256"]) == {"x": 1}


def test_a_written_key_file_loads_as_the_same_account(key_material: unico_idcloud.ServiceAccount) -> None:
    path = write_private_key(key_material)
    try:
        assert path.stat().st_mode & 0o777 == 0o600
        loaded = unico_idcloud.ServiceAccount.from_file(path, name=key_material.name, tenant_id=key_material.tenant_id)
        assert loaded == key_material
    finally:
        path.unlink()


def test_a_new_key_keeps_the_account_and_changes_the_key(key_material: unico_idcloud.ServiceAccount) -> None:
    rotated = with_new_key(key_material)
    assert (rotated.name, rotated.tenant_id) == (key_material.name, key_material.tenant_id)
    assert public_key_pem(rotated) != public_key_pem(key_material)
    assert rotated != key_material


def test_repr_shows_no_key() -> None:
    text = repr(generate_service_account(name="acc", tenant_id="ten"))
    assert text == "ServiceAccount(name='acc', tenant_id='ten')"
    assert "PRIVATE" not in text


@pytest.mark.parametrize("clock", [VirtualClock(), ManualClock(1_700_000_000), OffsetClock()], ids=type)
def test_the_fake_s_clocks_are_the_runtime_s_clock(clock: Clock) -> None:
    assert all(callable(getattr(clock, name, None)) for name in ("monotonic", "time", "sleep", "asleep"))
    before = clock.time()
    fake = FakeUnico(clock=clock, rate_limit=None)
    assert fake.clock is clock
    assert fake.advance_clock(30) == pytest.approx(before + 30, abs=1.0)
    assert clock.time() >= before + 30


def test_the_testing_clock_name_is_the_runtime_protocol() -> None:
    assert unico_idcloud.testing.Clock is unico_idcloud.Clock
    assert ManualClock is VirtualClock


def test_an_offset_clock_moves_monotonic_time_too() -> None:
    clock = OffsetClock()
    start = clock.monotonic()
    clock.advance(100)
    assert clock.monotonic() - start >= 100


def test_a_bare_callable_clock_still_works_for_one_release_and_warns() -> None:
    now = [1_700_000_000.0]
    with pytest.warns(DeprecationWarning, match="bare callable as the fake's clock"):
        fake = FakeUnico(clock=lambda: now[0], rate_limit=None)
    assert fake.clock.time() == 1_700_000_000.0
    now[0] += 5
    assert fake.clock.time() == 1_700_000_005.0
    with pytest.raises(TypeError, match="cannot be advanced"):
        fake.advance_clock(1)


def test_a_bare_callable_with_advance_can_still_be_advanced() -> None:
    class Legacy:
        def __init__(self) -> None:
            self.now = 100.0

        def __call__(self) -> float:
            return self.now

        def advance(self, seconds: float) -> float:
            self.now += seconds
            return self.now

    with pytest.warns(DeprecationWarning):
        fake = FakeUnico(clock=Legacy(), rate_limit=None)
    assert fake.advance_clock(10) == 110.0
    assert fake.clock.time() == 110.0


def test_a_runtime_clock_is_taken_as_it_is_without_a_warning() -> None:
    clock = VirtualClock()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert FakeUnico(clock=clock).clock is clock


def test_constants_are_defined_once() -> None:
    assert unico_idcloud.testing.JWT_BEARER_GRANT is JWT_BEARER_GRANT
    assert Environment.UAT.token_url == f"{unico_idcloud.testing.UAT_TOKEN_HOST}/oauth2/token"
    assert Environment.PRODUCTION.token_url == f"{unico_idcloud.testing.PRODUCTION_TOKEN_HOST}/oauth2/token"
