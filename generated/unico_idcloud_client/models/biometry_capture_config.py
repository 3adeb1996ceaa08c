from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="BiometryCaptureConfig")


@_attrs_define
class BiometryCaptureConfig:
    """How the selfie is captured.

    Attributes:
        enabled_back_camera (bool | Unset): Whether the journey may use the back camera for the biometric capture.
    """

    enabled_back_camera: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        enabled_back_camera = self.enabled_back_camera

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_back_camera is not UNSET:
            field_dict["enabled_back_camera"] = enabled_back_camera

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled_back_camera = d.pop("enabled_back_camera", UNSET)

        biometry_capture_config = cls(
            enabled_back_camera=enabled_back_camera,
        )

        biometry_capture_config.additional_properties = d
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
