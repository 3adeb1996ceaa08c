from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc import (
        GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc,
    )


T = TypeVar("T", bound="GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItem")


@_attrs_define
class GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItem:
    """
    Attributes:
        doc (GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc | Unset):
        typified (bool | Unset): Indicates if the document was typified.
        cpf_match (bool | Unset): Indicates if the CPF matches the document.
        face_match (bool | Unset): Indicates if the face matches the document.
        doc_id (str | Unset): Document ID.
        validate_doc (bool | Unset): Indicates if the document was validated.
        reused_doc (bool | Unset): Indicates if the document was reused.
        signed_url (str | Unset): Signed URL for the document.
    """

    doc: GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc | Unset = UNSET
    typified: bool | Unset = UNSET
    cpf_match: bool | Unset = UNSET
    face_match: bool | Unset = UNSET
    doc_id: str | Unset = UNSET
    validate_doc: bool | Unset = UNSET
    reused_doc: bool | Unset = UNSET
    signed_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.doc, Unset):
            doc = self.doc.to_dict()

        typified = self.typified

        cpf_match = self.cpf_match

        face_match = self.face_match

        doc_id = self.doc_id

        validate_doc = self.validate_doc

        reused_doc = self.reused_doc

        signed_url = self.signed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc is not UNSET:
            field_dict["doc"] = doc
        if typified is not UNSET:
            field_dict["typified"] = typified
        if cpf_match is not UNSET:
            field_dict["cpf_match"] = cpf_match
        if face_match is not UNSET:
            field_dict["face_match"] = face_match
        if doc_id is not UNSET:
            field_dict["doc_id"] = doc_id
        if validate_doc is not UNSET:
            field_dict["validate_doc"] = validate_doc
        if reused_doc is not UNSET:
            field_dict["reused_doc"] = reused_doc
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc import (
            GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc,
        )

        d = dict(src_dict)
        _doc = d.pop("doc", UNSET)
        doc: GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc | Unset
        if isinstance(_doc, Unset):
            doc = UNSET
        else:
            doc = GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc.from_dict(_doc)

        typified = d.pop("typified", UNSET)

        cpf_match = d.pop("cpf_match", UNSET)

        face_match = d.pop("face_match", UNSET)

        doc_id = d.pop("doc_id", UNSET)

        validate_doc = d.pop("validate_doc", UNSET)

        reused_doc = d.pop("reused_doc", UNSET)

        signed_url = d.pop("signed_url", UNSET)

        get_client_v1_process_process_id_response_200_process_services_item_documents_item = cls(
            doc=doc,
            typified=typified,
            cpf_match=cpf_match,
            face_match=face_match,
            doc_id=doc_id,
            validate_doc=validate_doc,
            reused_doc=reused_doc,
            signed_url=signed_url,
        )

        get_client_v1_process_process_id_response_200_process_services_item_documents_item.additional_properties = d
        return get_client_v1_process_process_id_response_200_process_services_item_documents_item

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
