from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_state import ProcessState
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="CreatedProcess")


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
        id = str(self.id)

        user_redirect_url = self.user_redirect_url

        token = self.token

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_redirect_url is not UNSET:
            field_dict["userRedirectUrl"] = user_redirect_url
        if token is not UNSET:
            field_dict["token"] = token
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_redirect_url = d.pop("userRedirectUrl", UNSET)

        token = d.pop("token", UNSET)

        _state = d.pop("state", UNSET)
        state: ProcessState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ProcessState.from_value(_state)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_process = cls(
            id=id,
            user_redirect_url=user_redirect_url,
            token=token,
            state=state,
            created_at=created_at,
        )

        created_process.additional_properties = d
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
