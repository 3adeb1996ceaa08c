from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="CompanyData")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "branchId",
        "countryCode",
    )
)


@_attrs_define
class CompanyData:
    """Company information where the process was created. Refers to the 'companyBranchId' field, used during process
    creation.

        Attributes:
            branch_id (str | Unset): Branch identifier (the companyBranchId used when the process was created).
            country_code (str | Unset): ISO 3166-1 alpha-2 country code.
    """

    branch_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        branch_id = self.branch_id
        if branch_id is not UNSET:
            field_dict["branchId"] = branch_id
        country_code = self.country_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        branch_id = src_dict.get("branchId", UNSET)
        if branch_id is not UNSET and not isinstance(branch_id, str):
            raise TypeError("CompanyData.branchId is not a string")

        country_code = src_dict.get("countryCode", UNSET)
        if country_code is not UNSET and not isinstance(country_code, str):
            raise TypeError("CompanyData.countryCode is not a string")

        if cls is CompanyData:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            company_data = _new_object(cls)
            company_data.branch_id = branch_id
            company_data.country_code = country_code
            company_data.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            company_data = cls(
                branch_id,
                country_code,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            company_data.additional_properties = _extra
        return company_data

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
