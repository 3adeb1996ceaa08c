from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_event_type import ProcessEventType
from ..models.process_state import ProcessState
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="ProcessNotification")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "processId",
        "state",
        "flow",
        "lastEvent",
        "lastEventDescription",
    )
)


@_attrs_define
class ProcessNotification:
    """The notification Unico POSTs (JSON) to the integrator's URL when a process reaches PROCESS_STATE_FINISHED. Delivery
    is at least once: be idempotent on processId. Any 2xx acknowledges; any other answer is retried with exponential
    backoff up to the configured attempts. The notification carries no outcome: fetch it with Get Process. Webhooks fire
    only at PROCESS_STATE_FINISHED, so state is that value today.

        Example:
            {'processId': '8263a268-5388-492a-bca2-28e1ff4a69f0', 'state': 'PROCESS_STATE_FINISHED', 'flow': 'id'}

        Attributes:
            process_id (UUID): The id of the process that finished (the id Get Process takes).
            state (ProcessState | Unset): Process state. 'PROCESS_STATE_CREATED' - process created, the user has not
                completed the journey yet; 'AWAITING_FOR_DOCUMENT' - process created without an identification document, waiting
                for it to be set via Set Process Document (only when the Custom Flow allows an optional document; note the
                missing PROCESS_STATE_ prefix, a known naming inconsistency of the API); 'PROCESS_STATE_FINISHED' - journey
                completed, check result and authenticationInfo; 'PROCESS_STATE_FAILED' - processing error.
            flow (str | Unset): The flow of the process, e.g. id or idtoken.
            last_event (ProcessEventType | Unset): The last event of a process. EVENT_TYPE_SESSION_ENDED: the session ended
                by timeout or because a new session started. New values may appear: handle what you know, log the rest.
            last_event_description (str | Unset): What lastEvent means, in words. Present only when the process expired
                before the user finished.
    """

    process_id: UUID
    state: ProcessState | Unset = UNSET
    flow: str | Unset = UNSET
    last_event: ProcessEventType | Unset = UNSET
    last_event_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["processId"] = str(self.process_id)
        state = self.state
        if not isinstance(state, Unset):
            field_dict["state"] = state.value
        flow = self.flow
        if flow is not UNSET:
            field_dict["flow"] = flow
        last_event = self.last_event
        if not isinstance(last_event, Unset):
            field_dict["lastEvent"] = last_event.value
        last_event_description = self.last_event_description
        if last_event_description is not UNSET:
            field_dict["lastEventDescription"] = last_event_description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _process_id__raw = src_dict["processId"]
        if not isinstance(_process_id__raw, str):
            raise TypeError("ProcessNotification.processId is not a string")
        process_id = UUID(_process_id__raw)

        state: ProcessState | Unset
        _state = src_dict.get("state", UNSET)
        if _state is UNSET:
            state = UNSET
        else:
            _state__raw = _state
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                state = _process_state_members[_state__raw]
            except (KeyError, TypeError):
                if not isinstance(_state__raw, str):
                    raise TypeError("ProcessNotification.state is not a string") from None
                state = ProcessState(_state__raw)

        flow = src_dict.get("flow", UNSET)
        if flow is not UNSET and not isinstance(flow, str):
            raise TypeError("ProcessNotification.flow is not a string")

        last_event: ProcessEventType | Unset
        _last_event = src_dict.get("lastEvent", UNSET)
        if _last_event is UNSET:
            last_event = UNSET
        else:
            _last_event__raw = _last_event
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                last_event = _process_event_type_members[_last_event__raw]
            except (KeyError, TypeError):
                if not isinstance(_last_event__raw, str):
                    raise TypeError("ProcessNotification.lastEvent is not a string") from None
                last_event = ProcessEventType(_last_event__raw)

        last_event_description = src_dict.get("lastEventDescription", UNSET)
        if last_event_description is not UNSET and not isinstance(last_event_description, str):
            raise TypeError("ProcessNotification.lastEventDescription is not a string")

        if cls is ProcessNotification:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            process_notification = _new_object(cls)
            process_notification.process_id = process_id
            process_notification.state = state
            process_notification.flow = flow
            process_notification.last_event = last_event
            process_notification.last_event_description = last_event_description
            process_notification.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            process_notification = cls(
                process_id,
                state,
                flow,
                last_event,
                last_event_description,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            process_notification.additional_properties = _extra
        return process_notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_process_event_type_members = cast("dict[object, ProcessEventType]", ProcessEventType._value2member_map_)
_process_state_members = cast("dict[object, ProcessState]", ProcessState._value2member_map_)
