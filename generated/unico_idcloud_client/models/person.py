from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="Person")


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
        dui_type = self.dui_type

        dui_value = self.dui_value

        friendly_name = self.friendly_name

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dui_type is not UNSET:
            field_dict["duiType"] = dui_type
        if dui_value is not UNSET:
            field_dict["duiValue"] = dui_value
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        dui_type = d.pop("duiType", UNSET)

        dui_value = d.pop("duiValue", UNSET)

        friendly_name = d.pop("friendlyName", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: list[PersonNotification] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = PersonNotification.from_dict(notifications_item_data)

                notifications.append(notifications_item)

        person = cls(
            dui_type=dui_type,
            dui_value=dui_value,
            friendly_name=friendly_name,
            notifications=notifications,
        )

        person.additional_properties = d
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
