from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dui_type import DuiType
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="CreateProcessPerson")


@_attrs_define
class CreateProcessPerson:
    """The person the process is created for.

    Attributes:
        dui_type (DuiType): The type of the person's identifier (duiValue).
        dui_value (str): The identifier's value without formatting (for a CPF, its 11 digits).
        friendly_name (str | Unset): The name shown to the person in the journey, at most 50 characters.
        phone (str | Unset): Phone number as country code + area code + number, digits only (e.g. 5511999999999).
            Required to notify through SMS or WhatsApp.
        email (str | Unset): E-mail address. Required for flows with electronic signature (idsign, iddocssign, ...).
        notifications (list[Notification] | Unset): Channels through which Unico sends the journey link to the person.
    """

    dui_type: DuiType
    dui_value: str = _attrs_field(repr=mask_repr)
    friendly_name: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    phone: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    email: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    notifications: list[Notification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        dui_type = self.dui_type.value

        dui_value = self.dui_value

        friendly_name = self.friendly_name

        phone = self.phone

        email = self.email

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duiType": dui_type,
                "duiValue": dui_value,
            }
        )
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        dui_type = DuiType.from_value(d.pop("duiType"))

        dui_value = d.pop("duiValue")

        friendly_name = d.pop("friendlyName", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: list[Notification] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = Notification.from_dict(notifications_item_data)

                notifications.append(notifications_item)

        create_process_person = cls(
            dui_type=dui_type,
            dui_value=dui_value,
            friendly_name=friendly_name,
            phone=phone,
            email=email,
            notifications=notifications,
        )

        create_process_person.additional_properties = d
        return create_process_person

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
from ..models.notification import Notification  # noqa: E402
