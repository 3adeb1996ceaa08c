from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..types import mask_values_repr

T = TypeVar("T", bound="Notification")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(("notificationChannel",))


@_attrs_define
class Notification:
    """A channel to send the journey link through. SMS and WhatsApp need person.phone; e-mail needs person.email.

    Attributes:
        notification_channel (NotificationChannel): How Unico sends the journey link to the person.
    """

    notification_channel: NotificationChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["notificationChannel"] = self.notification_channel.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _notification_channel__raw = src_dict["notificationChannel"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            notification_channel = _notification_channel_members[_notification_channel__raw]
        except (KeyError, TypeError):
            if not isinstance(_notification_channel__raw, str):
                raise TypeError("Notification.notificationChannel is not a string") from None
            notification_channel = NotificationChannel(_notification_channel__raw)

        if cls is Notification:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            notification = _new_object(cls)
            notification.notification_channel = notification_channel
            notification.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            notification = cls(
                notification_channel,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            notification.additional_properties = _extra
        return notification

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
_notification_channel_members = cast("dict[object, NotificationChannel]", NotificationChannel._value2member_map_)
