"""Per-tenant rate limit on the fake's clock: 429 with no body, optional Retry-After."""

from __future__ import annotations

from unico_idcloud.testing import FakeUnico, IdCheckScenario, ManualClock, Scenario, ServiceAccount

OK = f"/client/v1/process/{Scenario.FINISHED_OK}"


def make(clock: ManualClock, key: ServiceAccount, **options: object) -> tuple[FakeUnico, dict[str, str]]:
    fake = FakeUnico(clock=clock, **options)  # type: ignore[arg-type]
    return fake, {"Authorization": f"Bearer {fake.issue_token(key)}", "APIKEY": fake.api_key}


def test_default_is_ten_per_second_per_tenant(clock: ManualClock, key_material: ServiceAccount) -> None:
    fake, auth = make(clock, key_material)
    with fake.client() as client:
        statuses = [client.get(OK, headers=auth).status_code for _ in range(11)]
        assert statuses == [200] * 10 + [429]
        limited = client.get(OK, headers=auth)
        assert (limited.status_code, limited.content, limited.headers.get("retry-after")) == (429, b"", None)
        clock.advance(1.0)
        assert client.get(OK, headers=auth).status_code == 200


def test_window_slides(clock: ManualClock, key_material: ServiceAccount) -> None:
    fake, auth = make(clock, key_material, rate_limit=2)
    with fake.client() as client:
        assert client.get(OK, headers=auth).status_code == 200
        clock.advance(0.5)
        assert client.get(OK, headers=auth).status_code == 200
        assert client.get(OK, headers=auth).status_code == 429
        clock.advance(0.5)  # the first request left the window
        assert client.get(OK, headers=auth).status_code == 200


def test_tenants_are_limited_separately_and_operations_share_a_budget(
    clock: ManualClock, key_material: ServiceAccount
) -> None:
    fake, auth = make(clock, key_material, rate_limit=2)
    other = fake.add_service_account(tenant_id="another-tenant")
    other_auth = {"Authorization": f"Bearer {fake.issue_token(other)}"}
    with fake.client() as client:
        assert client.get(OK, headers=auth).status_code == 200
        assert client.get(f"/processes/v1/{IdCheckScenario.SUCCESS}", headers=auth).status_code == 200
        assert client.get(OK + "/selfie", headers=auth).status_code == 429
        assert client.get(f"/processes/v1/{IdCheckScenario.SUCCESS}", headers=auth).status_code == 429
        assert client.get(OK, headers=other_auth).status_code == 200


def test_retry_after_and_configuration(clock: ManualClock, key_material: ServiceAccount) -> None:
    fake, auth = make(clock, key_material, rate_limit=1, retry_after=True)
    with fake.client() as client:
        client.get(OK, headers=auth)
        clock.advance(0.25)
        limited = client.get(OK, headers=auth)
        assert (limited.status_code, limited.headers["retry-after"]) == (429, "1")
        fake.rate_limit = None
        assert all(client.get(OK, headers=auth).status_code == 200 for _ in range(20))


def test_token_endpoint_and_unauthenticated_calls_are_not_counted(
    clock: ManualClock, key_material: ServiceAccount
) -> None:
    fake, auth = make(clock, key_material, rate_limit=1)
    fake.add_service_account(key_material)
    with fake.client() as client:
        for _ in range(3):
            assert client.get(OK).status_code == 401
        for offset in range(3):
            assertion = fake.make_assertion(key_material, now=clock() - offset)
            form = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}
            assert client.post("/oauth2/token", data=form).status_code == 200
        assert client.get(OK, headers=auth).status_code == 200
