from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_state import ProcessState
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="CreatedProcess")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "userRedirectUrl",
        "token",
        "state",
        "createdAt",
    )
)


@_attrs_define
class CreatedProcess:
    """The process just created. Send the user to userRedirectUrl, or start the SDK with token.

    Attributes:
        id (UUID): The process id (what Get Process, Get Selfie, Get Evidence Set and Set Process Document take).
        user_redirect_url (str | Unset): The journey link to send the user to (redirect or window.open).
        token (str | Unset): A signed token that starts the web SDK (iframe) or a native SDK for this process.
        state (ProcessState | Unset): Process state. 'PROCESS_STATE_CREATED' - process created, the user has not
            completed the journey yet; 'AWAITING_FOR_DOCUMENT' - process created without an identification document, waiting
            for it to be set via Set Process Document (only when the Custom Flow allows an optional document; note the
            missing PROCESS_STATE_ prefix, a known naming inconsistency of the API); 'PROCESS_STATE_FINISHED' - journey
            completed, check result and authenticationInfo; 'PROCESS_STATE_FAILED' - processing error.
        created_at (datetime.datetime | Unset): When the process was created.
    """

    id: UUID
    user_redirect_url: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    token: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    state: ProcessState | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = str(self.id)
        user_redirect_url = self.user_redirect_url
        if user_redirect_url is not UNSET:
            field_dict["userRedirectUrl"] = user_redirect_url
        token = self.token
        if token is not UNSET:
            field_dict["token"] = token
        state = self.state
        if not isinstance(state, Unset):
            field_dict["state"] = state.value
        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = created_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _id__raw = src_dict["id"]
        if not isinstance(_id__raw, str):
            raise TypeError("CreatedProcess.id is not a string")
        id = UUID(_id__raw)

        user_redirect_url = src_dict.get("userRedirectUrl", UNSET)
        if user_redirect_url is not UNSET and not isinstance(user_redirect_url, str):
            raise TypeError("CreatedProcess.userRedirectUrl is not a string")

        token = src_dict.get("token", UNSET)
        if token is not UNSET and not isinstance(token, str):
            raise TypeError("CreatedProcess.token is not a string")

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
                    raise TypeError("CreatedProcess.state is not a string") from None
                state = ProcessState(_state__raw)

        created_at: datetime.datetime | Unset
        _created_at = src_dict.get("createdAt", UNSET)
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if cls is CreatedProcess:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            created_process = _new_object(cls)
            created_process.id = id
            created_process.user_redirect_url = user_redirect_url
            created_process.token = token
            created_process.state = state
            created_process.created_at = created_at
            created_process.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            created_process = cls(
                id,
                user_redirect_url,
                token,
                state,
                created_at,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            created_process.additional_properties = _extra
        return created_process

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
_process_state_members = cast("dict[object, ProcessState]", ProcessState._value2member_map_)
