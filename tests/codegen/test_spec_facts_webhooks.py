"""What `overlays/13-webhooks.overlay.yaml` makes `spec/openapi.json` say: one documented fact per test.

The webhook pages: https://developer.unico.io/developers/webhooks-and-events/ (body) and its event-types page.
"""

from __future__ import annotations

import pytest

from tests.codegen.test_spec_facts import prop, schema

EVENT_TYPES = [
    "EVENT_TYPE_PROCESS_CREATED",
    "EVENT_TYPE_QR_CODE_READ",
    "EVENT_TYPE_PROCESS_STARTED_BY_USER",
    "EVENT_TYPE_IDENTITY_VALIDATION_STEP_FINISHED",
    "EVENT_TYPE_DOCUMENT_STEP_STARTED",
    "EVENT_TYPE_DOCUMENT_PHOTO_CAPTURED",
    "EVENT_TYPE_DOCUMENT_UPLOADED_FROM_GALLERY",
    "EVENT_TYPE_DOCUMENT_STEP_FINISHED",
    "EVENT_TYPE_SESSION_ENDED",
    "EVENT_TYPE_ERROR_ON_DOCUMENT_STEP",
]


@pytest.mark.parametrize("name", ["ProcessNotification", "ProcessEventType"])
def test_webhook_schema_is_titled_with_its_name(name: str) -> None:
    assert schema(name)["title"] == name


def test_notification_has_the_documented_fields() -> None:
    assert set(schema("ProcessNotification")["properties"]) == {
        "processId",
        "state",
        "flow",
        "lastEvent",
        "lastEventDescription",
    }


def test_notification_requires_only_the_process_id() -> None:
    assert schema("ProcessNotification")["required"] == ["processId"]


def test_notification_process_id_is_a_uuid() -> None:
    assert prop("ProcessNotification", "processId")["format"] == "uuid"


def test_notification_state_is_the_process_state() -> None:
    assert schema("ProcessNotification")["properties"]["state"] == {"$ref": "#/components/schemas/ProcessState"}


def test_notification_state_can_be_finished() -> None:
    assert "PROCESS_STATE_FINISHED" in prop("ProcessNotification", "state")["enum"]


def test_notification_flow_is_a_string() -> None:
    assert prop("ProcessNotification", "flow")["type"] == "string"


def test_notification_last_event_is_an_event_type() -> None:
    assert schema("ProcessNotification")["properties"]["lastEvent"] == {"$ref": "#/components/schemas/ProcessEventType"}


@pytest.mark.parametrize("event", EVENT_TYPES)
def test_event_type_is_listed(event: str) -> None:
    assert event in schema("ProcessEventType")["enum"]


def test_event_types_are_the_ten_documented() -> None:
    assert len(schema("ProcessEventType")["enum"]) == len(EVENT_TYPES)


def test_session_ended_is_described_as_timeout_or_new_session() -> None:
    description = schema("ProcessEventType")["description"]
    assert "EVENT_TYPE_SESSION_ENDED" in description and "timeout" in description


@pytest.mark.parametrize("field", ["lastEvent", "lastEventDescription"])
def test_last_event_fields_are_optional(field: str) -> None:
    assert field not in schema("ProcessNotification")["required"]


def test_last_event_description_is_a_string() -> None:
    assert prop("ProcessNotification", "lastEventDescription")["type"] == "string"


def test_notification_allows_unlisted_fields() -> None:
    assert schema("ProcessNotification").get("additionalProperties", True) is not False


def test_notification_example_is_the_documented_one() -> None:
    assert schema("ProcessNotification")["example"] == {
        "processId": "8263a268-5388-492a-bca2-28e1ff4a69f0",
        "state": "PROCESS_STATE_FINISHED",
        "flow": "id",
    }


def test_notification_says_delivery_is_at_least_once() -> None:
    assert "at least once" in schema("ProcessNotification")["description"]
