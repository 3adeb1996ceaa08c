from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_check_reference_type import IdCheckReferenceType
from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="IdCheckReference")


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
        reference_type = self.reference_type.value

        reference_content = self.reference_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceType": reference_type,
                "referenceContent": reference_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        reference_type = IdCheckReferenceType.from_value(d.pop("referenceType"))

        reference_content = d.pop("referenceContent")

        id_check_reference = cls(
            reference_type=reference_type,
            reference_content=reference_content,
        )

        id_check_reference.additional_properties = d
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
