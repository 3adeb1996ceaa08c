from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_check_gender import IdCheckGender
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="IdCheckSubject")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "code",
        "name",
        "gender",
        "birthDate",
        "email",
        "phone",
    )
)


@_attrs_define
class IdCheckSubject:
    """The person whose selfie is checked (onboarding).

    Attributes:
        code (str): The user's identifier, the CPF (BR) or CURP (MX), without dots or dashes.
        name (str): The person's full name (no two spaces in a row).
        gender (IdCheckGender | Unset): The person's gender, M or F.
        birth_date (datetime.date | Unset): Date of birth (yyyy-MM-dd).
        email (str | Unset): E-mail address.
        phone (str | Unset): Phone number, country code + area code + number (e.g. 5519725570707).
    """

    code: str = _attrs_field(repr=mask_repr)
    name: str = _attrs_field(repr=mask_repr)
    gender: IdCheckGender | Unset = UNSET
    birth_date: datetime.date | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    email: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    phone: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["name"] = self.name
        gender = self.gender
        if not isinstance(gender, Unset):
            field_dict["gender"] = gender.value
        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        # How many known keys the body has: more keys than that are unknown ones. Counting the optional keys found
        # costs less than a subset test of every key per object (~120 ns per object on the portal's example).
        _known = 2
        code = src_dict["code"]
        if not isinstance(code, str):
            raise TypeError("IdCheckSubject.code is not a string")

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError("IdCheckSubject.name is not a string")

        gender: IdCheckGender | Unset
        if "gender" in src_dict:
            _gender__raw = src_dict["gender"]
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                gender = _id_check_gender_members[_gender__raw]
            except (KeyError, TypeError):
                if not isinstance(_gender__raw, str):
                    raise TypeError("IdCheckSubject.gender is not a string") from None
                gender = IdCheckGender(_gender__raw)
            _known += 1
        else:
            gender = UNSET

        birth_date: datetime.date | Unset
        if "birthDate" in src_dict:
            birth_date = datetime.date.fromisoformat(src_dict["birthDate"])
            _known += 1
        else:
            birth_date = UNSET

        if "email" in src_dict:
            email = src_dict["email"]
            if not isinstance(email, str):
                raise TypeError("IdCheckSubject.email is not a string")
            _known += 1
        else:
            email = UNSET

        if "phone" in src_dict:
            phone = src_dict["phone"]
            if not isinstance(phone, str):
                raise TypeError("IdCheckSubject.phone is not a string")
            _known += 1
        else:
            phone = UNSET

        if cls is IdCheckSubject:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            id_check_subject = _new_object(cls)
            id_check_subject.code = code
            id_check_subject.name = name
            id_check_subject.gender = gender
            id_check_subject.birth_date = birth_date
            id_check_subject.email = email
            id_check_subject.phone = phone
            id_check_subject.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            id_check_subject = cls(
                code,
                name,
                gender,
                birth_date,
                email,
                phone,
            )

        # Each key counted is a distinct known key of the body: the body has an unknown key exactly when it has more.
        if len(src_dict) != _known:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            id_check_subject.additional_properties = _extra
        return id_check_subject

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
_id_check_gender_members = cast("dict[object, IdCheckGender]", IdCheckGender._value2member_map_)
