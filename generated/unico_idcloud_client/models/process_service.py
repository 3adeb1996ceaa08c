from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="ProcessService")


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
        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        consent_granted = self.consent_granted

        envelope_id = self.envelope_id

        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = self.document_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if documents is not UNSET:
            field_dict["documents"] = documents
        if consent_granted is not UNSET:
            field_dict["consent_granted"] = consent_granted
        if envelope_id is not UNSET:
            field_dict["envelopeId"] = envelope_id
        if document_ids is not UNSET:
            field_dict["documentIds"] = document_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        _documents = d.pop("documents", UNSET)
        documents: list[ServiceDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = ServiceDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        consent_granted = d.pop("consent_granted", UNSET)

        envelope_id = d.pop("envelopeId", UNSET)

        document_ids = cast(list[str], d.pop("documentIds", UNSET))

        process_service = cls(
            documents=documents,
            consent_granted=consent_granted,
            envelope_id=envelope_id,
            document_ids=document_ids,
        )

        process_service.additional_properties = d
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
