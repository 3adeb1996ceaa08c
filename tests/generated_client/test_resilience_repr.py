"""Safe repr (issue 4): properties the spec marks `x-sensitive`, and additional properties, never show values."""

from __future__ import annotations

import datetime
import json
from typing import Any
from uuid import UUID

import httpx
import pytest
import unico_idcloud_client.models as models
from unico_idcloud_client.api.idunico_idcheck import get_id_check_process
from unico_idcloud_client.api.process import get_process
from unico_idcloud_client.api.selfie import get_selfie
from unico_idcloud_client.client import AuthenticatedClient
from unico_idcloud_client.models import IdCheckProcess, IdCheckStatus, Person, ProcessResponse, Selfie
from unico_idcloud_client.types import Unset

from .resilience_support import (
    BASE_URL,
    CPF,
    IDCHECK_ID,
    IDCHECK_PROCESS,
    NAME,
    PROCESS_ID,
    PROCESS_RESPONSE,
    SCHEMAS,
    SDK_TOKEN,
    SECRETS,
    SELFIE,
    SELFIE_BASE64,
    SIGNED_URL,
    Mode,
    call,
    client_for,
    minimal_body,
    sensitive_properties,
    snake,
)

MODES: list[Mode] = ["sync", "async"]


def _ok(body: Any) -> Any:
    return lambda request: httpx.Response(200, json=body)


def test_the_spec_marks_the_personal_data_and_secrets() -> None:
    assert {
        "Person.duiValue",
        "Person.friendlyName",
        "Process.token",
        "Selfie.fileContents",
        "ServiceDocument.signed_url",
        "DocumentData.cpfNumero",
        "DocumentData.nomeCivil",
        "DocumentData.rgNumero",
        "DocumentData.numero",
        "DocumentData.renachNumero",
    } <= sensitive_properties()


@pytest.mark.parametrize("mode", MODES)
async def test_a_parsed_process_shows_no_personal_data(mode: Mode) -> None:
    response = await call(mode, get_process, client_for(_ok(PROCESS_RESPONSE)), process_id=PROCESS_ID)
    parsed = response.parsed
    assert isinstance(parsed, ProcessResponse)
    shown = [repr(parsed), str(parsed), repr(parsed.process), str(parsed.process), repr(response), str(response)]
    for secret in SECRETS:
        assert all(secret not in text for text in shown), secret
    assert "dui_value='***'" in repr(parsed) and "friendly_name='***'" in repr(parsed)

    # Still there for the code that needs it.
    process = parsed.process
    assert not isinstance(process, Unset)
    assert isinstance(process.person, Person)
    assert process.person.dui_value == CPF and process.person.friendly_name == NAME
    assert process.token == SDK_TOKEN
    dumped = json.dumps(parsed.to_dict())
    assert all(secret in dumped for secret in SECRETS if secret != SELFIE_BASE64)
    assert parsed.to_dict() == PROCESS_RESPONSE


@pytest.mark.parametrize("mode", MODES)
async def test_a_selfie_shows_no_image(mode: Mode) -> None:
    response = await call(mode, get_selfie, client_for(_ok(SELFIE)), process_id=PROCESS_ID)
    assert isinstance(response.parsed, Selfie)
    assert SELFIE_BASE64 not in repr(response) and SELFIE_BASE64 not in str(response.parsed)
    assert "file_contents='***'" in repr(response.parsed)
    assert response.parsed.file_contents == SELFIE_BASE64
    assert response.parsed.to_dict()["fileContents"] == SELFIE_BASE64


@pytest.mark.parametrize("mode", MODES)
async def test_additional_properties_show_keys_only(mode: Mode) -> None:
    body = {**IDCHECK_PROCESS, "status": 9, "cpf": CPF, "name": NAME}
    response = await call(mode, get_id_check_process, client_for(_ok(body)), process_id=UUID(IDCHECK_ID))
    parsed = response.parsed
    assert isinstance(parsed, IdCheckProcess)
    text = repr(parsed)
    assert "'cpf': '***'" in text and "'name': '***'" in text
    assert CPF not in text and NAME not in text and CPF not in repr(response)
    assert parsed["cpf"] == CPF and parsed.to_dict()["name"] == NAME
    assert isinstance(parsed.status, IdCheckStatus) and not parsed.status.is_known and "9" in repr(parsed.status)


def _sample(schema: dict[str, Any]) -> tuple[Any, str]:
    """A JSON value for a sensitive property, and a fragment of it that must not show in repr()."""
    if schema.get("type") == "array":
        return ["Sentinel-Filiacao-Value"], "Sentinel-Filiacao-Value"
    if schema.get("format") == "date-time":
        return "1987-06-05T04:03:02", "1987"
    if schema.get("format") == "date":
        return "1987-06-05", "1987"
    return "Sentinel-Sensitive-Value", "Sentinel-Sensitive-Value"


@pytest.mark.parametrize("qualified", sorted(sensitive_properties()))
def test_every_property_marked_sensitive_is_masked(qualified: str) -> None:
    schema_name, prop = qualified.split(".")
    model = getattr(models, schema_name)
    value, fragment = _sample(SCHEMAS[schema_name]["properties"][prop])
    instance = model.from_dict({**minimal_body(schema_name), prop: value})
    assert fragment not in repr(instance) and fragment not in str(instance)
    assert f"{snake(prop)}='***'" in repr(instance)
    shown = getattr(instance, snake(prop))
    assert shown == value or isinstance(shown, datetime.date)  # date and date-time fields parse (datetime is a date)
    assert instance.to_dict()[prop] is not None


def test_an_unset_or_null_sensitive_property_says_so() -> None:
    person = Person()
    assert "dui_value='***'" not in repr(person) and "Unset" in repr(person)


def test_the_client_repr_shows_no_token() -> None:
    client = AuthenticatedClient(base_url=BASE_URL, token=SDK_TOKEN, headers={"X-Api-Key": SIGNED_URL})
    client.get_httpx_client()
    client.get_async_httpx_client()
    assert SDK_TOKEN not in repr(client) and SIGNED_URL not in repr(client)
    assert client.token == SDK_TOKEN


def test_an_unset_field_shows_as_unset_not_an_object_address() -> None:
    text = repr(Person(dui_type="DUI_TYPE_BR_CPF"))
    assert "Unset object at" not in text and "notifications=Unset" in text
