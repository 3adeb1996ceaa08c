from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_check_gender import IdCheckGender
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="IdCheckSubject")


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
        code = self.code

        name = self.name

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        _gender = d.pop("gender", UNSET)
        gender: IdCheckGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = IdCheckGender.from_value(_gender)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        id_check_subject = cls(
            code=code,
            name=name,
            gender=gender,
            birth_date=birth_date,
            email=email,
            phone=phone,
        )

        id_check_subject.additional_properties = d
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
