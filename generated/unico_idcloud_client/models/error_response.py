from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="ErrorResponse")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "code",
        "message",
        "details",
    )
)


@_attrs_define
class ErrorResponse:
    """The error body of the by Unico API (400, 403, 404, 500).

    Attributes:
        code (int): Error code (3 invalid process id, 5 process not found, 99999 internal failure). Example: 3.
        message (str): Error description. Example: process id is invalid.
        details (Any | Unset):
    """

    code: int
    message: str
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        details = self.details
        if details is not UNSET:
            field_dict["details"] = details
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        code = src_dict["code"]
        if isinstance(code, bool) or not isinstance(code, int):
            raise TypeError("ErrorResponse.code is not an integer")

        message = src_dict["message"]
        if not isinstance(message, str):
            raise TypeError("ErrorResponse.message is not a string")

        details = src_dict.get("details", UNSET)

        if cls is ErrorResponse:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            error_response = _new_object(cls)
            error_response.code = code
            error_response.message = message
            error_response.details = details
            error_response.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            error_response = cls(
                code,
                message,
                details,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            error_response.additional_properties = _extra
        return error_response

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
