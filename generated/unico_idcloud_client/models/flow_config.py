from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="FlowConfig")


@_attrs_define
class FlowConfig:
    """Settings of the journey.

    Attributes:
        biometry_capture (BiometryCaptureConfig | Unset): How the selfie is captured.
    """

    biometry_capture: BiometryCaptureConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        biometry_capture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.biometry_capture, Unset):
            biometry_capture = self.biometry_capture.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if biometry_capture is not UNSET:
            field_dict["biometry_capture"] = biometry_capture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        _biometry_capture = d.pop("biometry_capture", UNSET)
        biometry_capture: BiometryCaptureConfig | Unset
        if isinstance(_biometry_capture, Unset):
            biometry_capture = UNSET
        else:
            biometry_capture = BiometryCaptureConfig.from_dict(_biometry_capture)

        flow_config = cls(
            biometry_capture=biometry_capture,
        )

        flow_config.additional_properties = d
        return flow_config

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


# Imported after the class, once: models refer to each other (an import at the top could be circular), and an
# import inside from_dict ran on every call.
from ..models.biometry_capture_config import BiometryCaptureConfig  # noqa: E402
