from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="Document")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "version",
        "code",
        "data",
    )
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        version = self.version
        if version is not UNSET:
            field_dict["version"] = version
        code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        data = self.data
        if not isinstance(data, Unset):
            field_dict["data"] = data.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        version = src_dict.get("version", UNSET)
        if version is not UNSET and (isinstance(version, bool) or not isinstance(version, int)):
            raise TypeError("Document.version is not an integer")

        code = src_dict.get("code", UNSET)
        if code is not UNSET and not isinstance(code, str):
            raise TypeError("Document.code is not a string")

        data: DocumentData | Unset
        _data = src_dict.get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            data = _parse_document_data(_data)

        if cls is Document:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            document = _new_object(cls)
            document.version = version
            document.code = code
            document.data = data
            document.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            document = cls(
                version,
                code,
                data,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            document.additional_properties = _extra
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

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_document_data = DocumentData.from_dict
