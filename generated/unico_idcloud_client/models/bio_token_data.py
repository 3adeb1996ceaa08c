from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="BioTokenData")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "referenceProcessId",
        "authenticationId",
    )
)


@_attrs_define
class BioTokenData:
    """Reference process information for the biometric token.

    Attributes:
        reference_process_id (str | Unset):
        authentication_id (str | Unset):
    """

    reference_process_id: str | Unset = UNSET
    authentication_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        reference_process_id = self.reference_process_id
        if reference_process_id is not UNSET:
            field_dict["referenceProcessId"] = reference_process_id
        authentication_id = self.authentication_id
        if authentication_id is not UNSET:
            field_dict["authenticationId"] = authentication_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        reference_process_id = src_dict.get("referenceProcessId", UNSET)
        if reference_process_id is not UNSET and not isinstance(reference_process_id, str):
            raise TypeError("BioTokenData.referenceProcessId is not a string")

        authentication_id = src_dict.get("authenticationId", UNSET)
        if authentication_id is not UNSET and not isinstance(authentication_id, str):
            raise TypeError("BioTokenData.authenticationId is not a string")

        if cls is BioTokenData:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            bio_token_data = _new_object(cls)
            bio_token_data.reference_process_id = reference_process_id
            bio_token_data.authentication_id = authentication_id
            bio_token_data.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            bio_token_data = cls(
                reference_process_id,
                authentication_id,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            bio_token_data.additional_properties = _extra
        return bio_token_data

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
