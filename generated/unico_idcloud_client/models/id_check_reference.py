from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_check_reference_type import IdCheckReferenceType
from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="IdCheckReference")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "referenceType",
        "referenceContent",
    )
)


@_attrs_define
class IdCheckReference:
    """A reference to compare the selfie with (transactional, 1:1).

    Attributes:
        reference_type (IdCheckReferenceType): What referenceContent holds.
        reference_content (str): A base64-encoded image, or the id of an earlier process, as referenceType says.
    """

    reference_type: IdCheckReferenceType
    reference_content: str = _attrs_field(repr=mask_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["referenceType"] = self.reference_type.value
        field_dict["referenceContent"] = self.reference_content
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _reference_type__raw = src_dict["referenceType"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            reference_type = _id_check_reference_type_members[_reference_type__raw]
        except (KeyError, TypeError):
            if not isinstance(_reference_type__raw, str):
                raise TypeError("IdCheckReference.referenceType is not a string") from None
            reference_type = IdCheckReferenceType(_reference_type__raw)

        reference_content = src_dict["referenceContent"]
        if not isinstance(reference_content, str):
            raise TypeError("IdCheckReference.referenceContent is not a string")

        if cls is IdCheckReference:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            id_check_reference = _new_object(cls)
            id_check_reference.reference_type = reference_type
            id_check_reference.reference_content = reference_content
            id_check_reference.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            id_check_reference = cls(
                reference_type,
                reference_content,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            id_check_reference.additional_properties = _extra
        return id_check_reference

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
_id_check_reference_type_members = cast("dict[object, IdCheckReferenceType]", IdCheckReferenceType._value2member_map_)
