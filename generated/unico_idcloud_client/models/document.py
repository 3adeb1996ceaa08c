from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A captured document: its OCR schema version, type code and extracted fields.

    Attributes:
        version (int | Unset): OCR schema version.
        code (str | Unset): Document type code (e.g. CNH, RG, CIN, Passport, UNKNOWN); it decides which DocumentData
            fields can appear.
        data (DocumentData | Unset): Fields extracted by OCR from the captured document. Which appear depends on the
            document type (doc.code): CNH (driving licence), RG (general registration), CIN (national identity card),
            Passport, or UNKNOWN (no fields). A field that could not be extracted is not returned; fields not listed here
            may appear.
    """

    version: int | Unset = UNSET
    code: str | Unset = UNSET
    data: DocumentData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: DocumentData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DocumentData.from_dict(_data)

        document = cls(
            version=version,
            code=code,
            data=data,
        )

        document.additional_properties = d
        return document

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
from ..models.document_data import DocumentData  # noqa: E402
