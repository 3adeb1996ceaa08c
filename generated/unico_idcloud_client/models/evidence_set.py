from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_set_content_type import EvidenceSetContentType
from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="EvidenceSet")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "fileContents",
        "contentType",
    )
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["fileContents"] = self.file_contents
        field_dict["contentType"] = self.content_type.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        file_contents = src_dict["fileContents"]
        if not isinstance(file_contents, str):
            raise TypeError("EvidenceSet.fileContents is not a string")

        _content_type__raw = src_dict["contentType"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            content_type = _evidence_set_content_type_members[_content_type__raw]
        except (KeyError, TypeError):
            if not isinstance(_content_type__raw, str):
                raise TypeError("EvidenceSet.contentType is not a string") from None
            content_type = EvidenceSetContentType(_content_type__raw)

        if cls is EvidenceSet:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            evidence_set = _new_object(cls)
            evidence_set.file_contents = file_contents
            evidence_set.content_type = content_type
            evidence_set.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            evidence_set = cls(
                file_contents,
                content_type,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            evidence_set.additional_properties = _extra
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


# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_evidence_set_content_type_members = cast(
    "dict[object, EvidenceSetContentType]", EvidenceSetContentType._value2member_map_
)
