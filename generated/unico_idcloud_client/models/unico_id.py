from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unico_id_result import UnicoIdResult
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="UnicoId")

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
        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        result: UnicoIdResult | Unset
        _result = src_dict.get("result", UNSET)
        if _result is UNSET:
            result = UNSET
        else:
            result = _parse_unico_id_result(_result)

        # Positional, in the order attrs declares the fields (required ones first).
        unico_id = cls(
            result,
        )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            unico_id.additional_properties = d
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


# Bound once: from_dict calls these for every value instead of looking the method up on its class each time.
_parse_unico_id_result = UnicoIdResult.from_value
