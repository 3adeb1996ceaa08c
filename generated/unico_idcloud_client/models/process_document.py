from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dui_type import DuiType
from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="ProcessDocument")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "duiType",
        "duiValue",
    )
)


@_attrs_define
class ProcessDocument:
    """The document set on the process.

    Attributes:
        dui_type (DuiType): The type of the person's identifier (duiValue).
        dui_value (str): The document value set on the process.
    """

    dui_type: DuiType
    dui_value: str = _attrs_field(repr=mask_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["duiType"] = self.dui_type.value
        field_dict["duiValue"] = self.dui_value
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
                raise TypeError("ProcessDocument.duiType is not a string") from None
            dui_type = DuiType(_dui_type__raw)

        dui_value = src_dict["duiValue"]
        if not isinstance(dui_value, str):
            raise TypeError("ProcessDocument.duiValue is not a string")

        if cls is ProcessDocument:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            process_document = _new_object(cls)
            process_document.dui_type = dui_type
            process_document.dui_value = dui_value
            process_document.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            process_document = cls(
                dui_type,
                dui_value,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            process_document.additional_properties = _extra
        return process_document

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
_dui_type_members = cast("dict[object, DuiType]", DuiType._value2member_map_)
