from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="SignatureDocument")


@_attrs_define
class SignatureDocument:
    """A document the person signs.

    Attributes:
        document_name (str): The document's name, shown to the person.
        file_contents (str): The PDF to sign, base64-encoded.
    """

    document_name: str
    file_contents: str = _attrs_field(repr=mask_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        document_name = self.document_name

        file_contents = self.file_contents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentName": document_name,
                "fileContents": file_contents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        document_name = d.pop("documentName")

        file_contents = d.pop("fileContents")

        signature_document = cls(
            document_name=document_name,
            file_contents=file_contents,
        )

        signature_document.additional_properties = d
        return signature_document

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
