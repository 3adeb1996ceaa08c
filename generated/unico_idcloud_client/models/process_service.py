from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="ProcessService")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "documents",
        "consent_granted",
        "envelopeId",
        "documentIds",
    )
)


@_attrs_define
class ProcessService:
    """
    Attributes:
        documents (list[ServiceDocument] | Unset):
        consent_granted (bool | Unset): Indicates if consent was granted.
        envelope_id (str | Unset): Document envelope ID.
        document_ids (list[str] | Unset): Document IDs.
    """

    documents: list[ServiceDocument] | Unset = UNSET
    consent_granted: bool | Unset = UNSET
    envelope_id: str | Unset = UNSET
    document_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        documents = self.documents
        if not isinstance(documents, Unset):
            field_dict["documents"] = [_item.to_dict() for _item in documents]
        consent_granted = self.consent_granted
        if consent_granted is not UNSET:
            field_dict["consent_granted"] = consent_granted
        envelope_id = self.envelope_id
        if envelope_id is not UNSET:
            field_dict["envelopeId"] = envelope_id
        document_ids = self.document_ids
        if document_ids is not UNSET:
            field_dict["documentIds"] = document_ids
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        documents: list[ServiceDocument] | Unset
        _documents = src_dict.get("documents", UNSET)
        if _documents is UNSET:
            documents = UNSET
        else:
            _documents__raw = _documents
            if not isinstance(_documents__raw, list):
                raise TypeError("ProcessService.documents is not an array")
            documents = [_parse_service_document(_item) for _item in _documents__raw]

        consent_granted = src_dict.get("consent_granted", UNSET)
        if consent_granted is not UNSET and not isinstance(consent_granted, bool):
            raise TypeError("ProcessService.consent_granted is not a boolean")

        envelope_id = src_dict.get("envelopeId", UNSET)
        if envelope_id is not UNSET and not isinstance(envelope_id, str):
            raise TypeError("ProcessService.envelopeId is not a string")

        document_ids = src_dict.get("documentIds", UNSET)
        if document_ids is not UNSET:
            if not isinstance(document_ids, list):
                raise TypeError("ProcessService.documentIds is not an array")
            for _item in document_ids:
                if not isinstance(_item, str):
                    raise TypeError("ProcessService.documentIds holds a value that is not a string")

        if cls is ProcessService:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            process_service = _new_object(cls)
            process_service.documents = documents
            process_service.consent_granted = consent_granted
            process_service.envelope_id = envelope_id
            process_service.document_ids = document_ids
            process_service.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            process_service = cls(
                documents,
                consent_granted,
                envelope_id,
                document_ids,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            process_service.additional_properties = _extra
        return process_service

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
from ..models.service_document import ServiceDocument  # noqa: E402

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_service_document = ServiceDocument.from_dict
