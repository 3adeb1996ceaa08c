from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_set_content_type import EvidenceSetContentType
from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="EvidenceSet")


@_attrs_define
class EvidenceSet:
    """The evidence set of a finished process (a PDF).

    Attributes:
        file_contents (str): The evidence set PDF, base64-encoded (decode with base64.b64decode; it starts with %PDF-).
        content_type (EvidenceSetContentType): MIME type of the evidence set; the portal says application/pdf, the
            devcenter x-pdf.
    """

    file_contents: str = _attrs_field(repr=mask_repr)
    content_type: EvidenceSetContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        file_contents = self.file_contents

        content_type = self.content_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileContents": file_contents,
                "contentType": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        file_contents = d.pop("fileContents")

        content_type = EvidenceSetContentType.from_value(d.pop("contentType"))

        evidence_set = cls(
            file_contents=file_contents,
            content_type=content_type,
        )

        evidence_set.additional_properties = d
        return evidence_set

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
