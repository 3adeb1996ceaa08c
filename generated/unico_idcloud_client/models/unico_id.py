from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unico_id_result import UnicoIdResult
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="UnicoId")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(("result",))


@_attrs_define
class UnicoId:
    """The IDUnico verdict on the authenticity of the CPF.

    Attributes:
        result (UnicoIdResult | Unset): The authenticity of the CPF (the page's prose names Yes and Inconclusive; its
            example is lowercase).
    """

    result: UnicoIdResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = result.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        result: UnicoIdResult | Unset
        _result = src_dict.get("result", UNSET)
        if _result is UNSET:
            result = UNSET
        else:
            _result__raw = _result
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                result = _unico_id_result_members[_result__raw]
            except (KeyError, TypeError):
                if not isinstance(_result__raw, str):
                    raise TypeError("UnicoId.result is not a string") from None
                result = UnicoIdResult(_result__raw)

        if cls is UnicoId:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            unico_id = _new_object(cls)
            unico_id.result = result
            unico_id.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            unico_id = cls(
                result,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            unico_id.additional_properties = _extra
        return unico_id

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
_unico_id_result_members = cast("dict[object, UnicoIdResult]", UnicoIdResult._value2member_map_)
