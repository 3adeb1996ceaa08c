from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="BiometryCaptureConfig")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(("enabled_back_camera",))


@_attrs_define
class BiometryCaptureConfig:
    """How the selfie is captured.

    Attributes:
        enabled_back_camera (bool | Unset): Whether the journey may use the back camera for the biometric capture.
    """

    enabled_back_camera: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enabled_back_camera = self.enabled_back_camera
        if enabled_back_camera is not UNSET:
            field_dict["enabled_back_camera"] = enabled_back_camera
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        enabled_back_camera = src_dict.get("enabled_back_camera", UNSET)
        if enabled_back_camera is not UNSET and not isinstance(enabled_back_camera, bool):
            raise TypeError("BiometryCaptureConfig.enabled_back_camera is not a boolean")

        if cls is BiometryCaptureConfig:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            biometry_capture_config = _new_object(cls)
            biometry_capture_config.enabled_back_camera = enabled_back_camera
            biometry_capture_config.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            biometry_capture_config = cls(
                enabled_back_camera,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            biometry_capture_config.additional_properties = _extra
        return biometry_capture_config

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
