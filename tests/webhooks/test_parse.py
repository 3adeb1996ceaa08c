"""parse_notification: the generated ProcessNotification, or a typed error that keeps the raw body."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import pytest
from unico_idcloud_client.models import ProcessEventType, ProcessNotification, ProcessState

from unico_idcloud.webhooks import (
    ApiKeyAuth,
    BearerAuth,
    InvalidNotification,
    WebhookAuthError,
    parse_notification,
    parse_notification_async,
)

PID = "8263a268-5388-492a-bca2-28e1ff4a69f0"
AUTH = ApiKeyAuth("X-API-Key:k")
HEADERS = {"X-API-Key": "k"}


def parse(body: bytes | str) -> ProcessNotification:
    return parse_notification(HEADERS, body, auth=AUTH)


def test_docs_example() -> None:
    notification = parse(json.dumps({"processId": PID, "state": "PROCESS_STATE_FINISHED", "flow": "id"}))
    assert (notification.process_id, notification.state, notification.flow) == (
        UUID(PID),
        ProcessState.PROCESS_STATE_FINISHED,
        "id",
    )


def test_expired_process_carries_its_last_event() -> None:
    body = {"processId": PID, "state": "PROCESS_STATE_FINISHED", "flow": "id"}
    body |= {"lastEvent": "EVENT_TYPE_SESSION_ENDED", "lastEventDescription": "Session ended"}
    notification = parse(json.dumps(body).encode())
    assert notification.last_event is ProcessEventType.EVENT_TYPE_SESSION_ENDED
    assert notification.last_event_description == "Session ended"


def test_unknown_state_and_event_are_kept() -> None:
    body = {"processId": PID, "state": "PROCESS_STATE_NEW", "lastEvent": "EVENT_TYPE_NEW", "extra": {"a": 1}}
    notification = parse(json.dumps(body))
    assert (str(notification.state), notification.state.is_known) == ("PROCESS_STATE_NEW", False)  # type: ignore[union-attr]
    assert str(notification.last_event) == "EVENT_TYPE_NEW"
    assert notification["extra"] == {"a": 1}


def test_null_optional_fields_count_as_absent() -> None:
    notification = parse(json.dumps({"processId": PID, "lastEvent": None, "lastEventDescription": None}))
    assert notification.to_dict() == {"processId": PID}


def test_process_id_in_upper_case_is_the_same_uuid() -> None:
    assert parse(json.dumps({"processId": PID.upper()})).process_id == UUID(PID)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not JSON"),
        (b"{", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[" * 100_000, "not JSON"),
        (b'["processId"]', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b'{"state": "PROCESS_STATE_FINISHED"}', "processId is missing"),
        (b'{"processId": 42}', "processId is not a string"),
        (b'{"processId": null}', "processId is not a string"),
        (b'{"processId": "not-a-uuid"}', "processId is not a UUID"),
        (b'{"processId": "8263a268-5388-492a-bca2-28e1ff4a69f"}', "processId is not a UUID"),
        (json.dumps({"processId": PID, "state": 1}).encode(), "state is not a string"),
        (json.dumps({"processId": PID, "flow": ["id"]}).encode(), "flow is not a string"),
        (json.dumps({"processId": PID, "lastEvent": {}}).encode(), "lastEvent is not a string"),
    ],
)
def test_malformed_body_is_a_typed_error_keeping_the_body(body: bytes, reason: str) -> None:
    with pytest.raises(InvalidNotification, match=reason) as caught:
        parse(body)
    assert (caught.value.body, caught.value.status_code) == (body, 400)


def test_error_text_does_not_quote_the_body() -> None:
    body = json.dumps({"processId": "cpf 12345678909", "name": "Fulano de Tal"}).encode()
    with pytest.raises(InvalidNotification) as caught:
        parse(body)
    for text in (str(caught.value), repr(caught.value)):
        assert "12345678909" not in text and "Fulano" not in text


def test_credentials_are_checked_before_the_body() -> None:
    with pytest.raises(WebhookAuthError):
        parse_notification({"X-API-Key": "wrong"}, b"not json", auth=AUTH)


async def test_async_parse_awaits_an_async_validator() -> None:
    async def validator(token: str) -> bool:
        return token == "t"

    notification = await parse_notification_async(
        {"Authorization": "Bearer t"}, json.dumps({"processId": PID}), auth=BearerAuth(validator)
    )
    assert notification.process_id == UUID(PID)
    with pytest.raises(WebhookAuthError):
        await parse_notification_async({"Authorization": "Bearer x"}, b"{}", auth=BearerAuth(validator))


def test_generated_model_round_trips_the_docs_example() -> None:
    example: dict[str, Any] = {"processId": PID, "state": "PROCESS_STATE_FINISHED", "flow": "id"}
    assert ProcessNotification.from_dict(example).to_dict() == example


def test_generated_client_exports_the_notification_models() -> None:
    from unico_idcloud_client import models

    assert (models.ProcessNotification.__name__, models.ProcessEventType.__name__) == (
        "ProcessNotification",
        "ProcessEventType",
    )
    assert len(models.ProcessEventType) == 10
