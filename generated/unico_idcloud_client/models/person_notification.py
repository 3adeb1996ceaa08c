from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="PersonNotification")

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(("notificationChannel",))


@_attrs_define
class PersonNotification:
    """A notification channel configured for the journey.

    Attributes:
        notification_channel (str | Unset): Notification channel.
    """

    notification_channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        notification_channel = self.notification_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_channel is not UNSET:
            field_dict["notificationChannel"] = notification_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        notification_channel: str | Unset
        _notification_channel = src_dict.get("notificationChannel", UNSET)
        if _notification_channel is UNSET:
            notification_channel = UNSET
        else:
            notification_channel = _notification_channel
            if not isinstance(notification_channel, str):
                raise TypeError("PersonNotification.notificationChannel is not a string")

        # Positional, in the order attrs declares the fields (required ones first).
        person_notification = cls(
            notification_channel,
        )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            person_notification.additional_properties = d
        return person_notification

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
