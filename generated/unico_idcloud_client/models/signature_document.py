from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="SignatureDocument")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "documentName",
        "fileContents",
    )
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["documentName"] = self.document_name
        field_dict["fileContents"] = self.file_contents
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        document_name = src_dict["documentName"]
        if not isinstance(document_name, str):
            raise TypeError("SignatureDocument.documentName is not a string")

        file_contents = src_dict["fileContents"]
        if not isinstance(file_contents, str):
            raise TypeError("SignatureDocument.fileContents is not a string")

        if cls is SignatureDocument:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            signature_document = _new_object(cls)
            signature_document.document_name = document_name
            signature_document.file_contents = file_contents
            signature_document.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            signature_document = cls(
                document_name,
                file_contents,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            signature_document.additional_properties = _extra
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
