from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dui_type import DuiType
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="CreateProcessPerson")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "duiType",
        "duiValue",
        "friendlyName",
        "phone",
        "email",
        "notifications",
    )
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["duiType"] = self.dui_type.value
        field_dict["duiValue"] = self.dui_value
        friendly_name = self.friendly_name
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        notifications = self.notifications
        if not isinstance(notifications, Unset):
            field_dict["notifications"] = [_item.to_dict() for _item in notifications]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _dui_type__raw = src_dict["duiType"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            dui_type = _dui_type_members[_dui_type__raw]
        except (KeyError, TypeError):
            if not isinstance(_dui_type__raw, str):
                raise TypeError("CreateProcessPerson.duiType is not a string") from None
            dui_type = DuiType(_dui_type__raw)

        dui_value = src_dict["duiValue"]
        if not isinstance(dui_value, str):
            raise TypeError("CreateProcessPerson.duiValue is not a string")

        friendly_name = src_dict.get("friendlyName", UNSET)
        if friendly_name is not UNSET and not isinstance(friendly_name, str):
            raise TypeError("CreateProcessPerson.friendlyName is not a string")

        phone = src_dict.get("phone", UNSET)
        if phone is not UNSET and not isinstance(phone, str):
            raise TypeError("CreateProcessPerson.phone is not a string")

        email = src_dict.get("email", UNSET)
        if email is not UNSET and not isinstance(email, str):
            raise TypeError("CreateProcessPerson.email is not a string")

        notifications: list[Notification] | Unset
        _notifications = src_dict.get("notifications", UNSET)
        if _notifications is UNSET:
            notifications = UNSET
        else:
            _notifications__raw = _notifications
            if not isinstance(_notifications__raw, list):
                raise TypeError("CreateProcessPerson.notifications is not an array")
            notifications = [_parse_notification(_item) for _item in _notifications__raw]

        if cls is CreateProcessPerson:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            create_process_person = _new_object(cls)
            create_process_person.dui_type = dui_type
            create_process_person.dui_value = dui_value
            create_process_person.friendly_name = friendly_name
            create_process_person.phone = phone
            create_process_person.email = email
            create_process_person.notifications = notifications
            create_process_person.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            create_process_person = cls(
                dui_type,
                dui_value,
                friendly_name,
                phone,
                email,
                notifications,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            create_process_person.additional_properties = _extra
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

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_dui_type_members = cast("dict[object, DuiType]", DuiType._value2member_map_)
_parse_notification = Notification.from_dict
