from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="Person")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "duiType",
        "duiValue",
        "friendlyName",
        "notifications",
    )
)


@_attrs_define
class Person:
    """The person the process was created for (identification provided on creation).

    Attributes:
        dui_type (str | Unset): Identification document type.
        dui_value (str | Unset): Identification document value.
        friendly_name (str | Unset): Person's name.
        notifications (list[PersonNotification] | Unset): Notifications information.
    """

    dui_type: str | Unset = UNSET
    dui_value: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    friendly_name: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    notifications: list[PersonNotification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        dui_type = self.dui_type
        if dui_type is not UNSET:
            field_dict["duiType"] = dui_type
        dui_value = self.dui_value
        if dui_value is not UNSET:
            field_dict["duiValue"] = dui_value
        friendly_name = self.friendly_name
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        notifications = self.notifications
        if not isinstance(notifications, Unset):
            field_dict["notifications"] = [_item.to_dict() for _item in notifications]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        dui_type = src_dict.get("duiType", UNSET)
        if dui_type is not UNSET and not isinstance(dui_type, str):
            raise TypeError("Person.duiType is not a string")

        dui_value = src_dict.get("duiValue", UNSET)
        if dui_value is not UNSET and not isinstance(dui_value, str):
            raise TypeError("Person.duiValue is not a string")

        friendly_name = src_dict.get("friendlyName", UNSET)
        if friendly_name is not UNSET and not isinstance(friendly_name, str):
            raise TypeError("Person.friendlyName is not a string")

        notifications: list[PersonNotification] | Unset
        _notifications = src_dict.get("notifications", UNSET)
        if _notifications is UNSET:
            notifications = UNSET
        else:
            _notifications__raw = _notifications
            if not isinstance(_notifications__raw, list):
                raise TypeError("Person.notifications is not an array")
            notifications = [_parse_person_notification(_item) for _item in _notifications__raw]

        if cls is Person:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            person = _new_object(cls)
            person.dui_type = dui_type
            person.dui_value = dui_value
            person.friendly_name = friendly_name
            person.notifications = notifications
            person.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            person = cls(
                dui_type,
                dui_value,
                friendly_name,
                notifications,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            person.additional_properties = _extra
        return person

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


# Imported after the class, once: models refer to each other (an import at the top could be circular), and an
# import inside from_dict ran on every call.
from ..models.person_notification import PersonNotification  # noqa: E402

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_person_notification = PersonNotification.from_dict
