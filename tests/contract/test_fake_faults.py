"""Fault injection: per process, per operation or global; counted; on the in-process and the real transport."""

from __future__ import annotations

import time

import httpx
import pytest

from unico_idcloud.testing import FakeServer, FakeUnico, Fault, IdCheckScenario, Scenario

from ._spec_check import SpecCheck

OK = f"/client/v1/process/{Scenario.FINISHED_OK}"
OTHER = f"/client/v1/process/{Scenario.CREATED}"


def test_internal_error_is_the_documented_500(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR)
    response = http_client.get(OK, headers=auth)  # in the spec: validated like any other response
    assert (response.status_code, response.json()) == (
        500,
        {"code": 99999, "message": "Internal failure! Try again later"},
    )


@pytest.mark.parametrize(
    ("fault", "status", "content_type", "body"),
    [
        (Fault.BAD_GATEWAY, 502, "text/html; charset=utf-8", b"<html>"),
        (Fault.SERVICE_UNAVAILABLE, 503, None, b""),
        (Fault.STATUS_520, 520, None, b""),
    ],
)
def test_off_spec_gateway_answers(
    fake: FakeUnico,
    http_client: httpx.Client,
    auth: dict[str, str],
    spec_check: SpecCheck,
    fault: Fault,
    status: int,
    content_type: str | None,
    body: bytes,
) -> None:
    fake.inject_fault(fault)
    with spec_check.off_spec(f"injected {fault}"):
        response = http_client.get(OK, headers=auth)
    assert response.status_code == status
    assert response.headers.get("content-type") == content_type
    assert response.content.startswith(body) and (body or response.content == b"")


def test_truncated_json(
    fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str], spec_check: SpecCheck
) -> None:
    fake.inject_fault(Fault.TRUNCATED_JSON, times=1)
    with spec_check.off_spec("truncated body"):
        response = http_client.get(OK, headers=auth)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(ValueError):
        response.json()
    assert http_client.get(OK, headers=auth).json()["process"]["id"] == Scenario.FINISHED_OK


def test_dropped_connection_in_process(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION, times=1)
    with pytest.raises(httpx.TransportError):
        http_client.get(OK, headers=auth)
    assert http_client.get(OK, headers=auth).status_code == 200


async def test_dropped_connection_async(
    fake: FakeUnico, async_http_client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    fake.inject_fault(Fault.DROP_CONNECTION, times=1)
    with pytest.raises(httpx.TransportError):
        await async_http_client.get(OK, headers=auth)
    assert (await async_http_client.get(OK, headers=auth)).status_code == 200


def test_dropped_connection_on_the_real_server(fake: FakeUnico, auth: dict[str, str]) -> None:
    with FakeServer(fake) as server, httpx.Client(base_url=server.url) as client:
        fake.inject_fault(Fault.DROP_CONNECTION, times=1)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(OK, headers=auth)
        assert client.get(OK, headers=auth).status_code == 200


def test_latency(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    fake.inject_fault(Fault.LATENCY, latency=0.05, times=1)
    started = time.perf_counter()
    assert http_client.get(OK, headers=auth).status_code == 200
    assert time.perf_counter() - started >= 0.05
    with FakeServer(fake) as server, httpx.Client(base_url=server.url, timeout=0.02) as real:
        fake.inject_fault(Fault.LATENCY, latency=0.1, times=1)
        with pytest.raises(httpx.ReadTimeout):
            real.get(OK, headers=auth)


def test_per_process_times_and_clear(fake: FakeUnico, http_client: httpx.Client, auth: dict[str, str]) -> None:
    rule = fake.inject_fault(Fault.INTERNAL_ERROR, process_id=Scenario.FINISHED_OK, times=2)
    assert [http_client.get(OK, headers=auth).status_code for _ in range(3)] == [500, 500, 200]
    assert rule.fired == 2
    assert http_client.get(OTHER, headers=auth).status_code == 200
    fake.inject_fault(Fault.INTERNAL_ERROR)
    assert http_client.get(OTHER, headers=auth).status_code == 500
    fake.clear_faults()
    assert http_client.get(OTHER, headers=auth).status_code == 200


def test_per_operation(
    fake: FakeUnico,
    http_client: httpx.Client,
    auth: dict[str, str],
    idcheck_auth: dict[str, str],
    spec_check: SpecCheck,
) -> None:
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="getSelfie")
    assert http_client.get(OK, headers=auth).status_code == 200
    assert http_client.get(OK + "/selfie", headers=auth).status_code == 500
    fake.inject_fault(Fault.INTERNAL_ERROR, operation="getIdCheckProcess")
    with spec_check.off_spec("IDCheck documents no 500"):
        response = http_client.get(f"/processes/v1/{IdCheckScenario.SUCCESS}", headers=idcheck_auth)
    assert (response.status_code, response.json()["Error"]["code"]) == (500, "99999")


def test_token_endpoint_only_when_named(fake: FakeUnico, http_client: httpx.Client, spec_check: SpecCheck) -> None:
    fake.inject_fault(Fault.SERVICE_UNAVAILABLE)
    assert http_client.post("/oauth2/token", data={}).status_code == 400
    fake.inject_fault(Fault.SERVICE_UNAVAILABLE, operation="token")
    with spec_check.off_spec("token endpoint outage"):
        assert http_client.post("/oauth2/token", data={}).status_code == 503


def test_unknown_operation_is_refused(fake: FakeUnico) -> None:  # (createProcess is an operation now)
    with pytest.raises(ValueError):
        fake.inject_fault(Fault.INTERNAL_ERROR, operation="deleteProcess")
