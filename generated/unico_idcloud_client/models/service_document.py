from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="ServiceDocument")


@_attrs_define
class ServiceDocument:
    """A document captured in a service, with its OCR data and validation results.

    Attributes:
        typified (bool | Unset): Indicates if the document was typified.
        cpf_match (bool | Unset): Indicates if the CPF matches the document.
        face_match (bool | Unset): Indicates if the face matches the document.
        doc_id (str | Unset): Document ID.
        validate_doc (bool | Unset): Indicates if the document was validated.
        reused_doc (bool | Unset): Indicates if the document was reused.
        signed_url (str | Unset): Signed URL for the document.
        doc (Document | Unset): A captured document: its OCR schema version, type code and extracted fields.
    """

    typified: bool | Unset = UNSET
    cpf_match: bool | Unset = UNSET
    face_match: bool | Unset = UNSET
    doc_id: str | Unset = UNSET
    validate_doc: bool | Unset = UNSET
    reused_doc: bool | Unset = UNSET
    signed_url: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    doc: Document | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        typified = self.typified

        cpf_match = self.cpf_match

        face_match = self.face_match

        doc_id = self.doc_id

        validate_doc = self.validate_doc

        reused_doc = self.reused_doc

        signed_url = self.signed_url

        doc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.doc, Unset):
            doc = self.doc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if doc is not UNSET:
            field_dict["doc"] = doc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        typified = d.pop("typified", UNSET)

        cpf_match = d.pop("cpf_match", UNSET)

        face_match = d.pop("face_match", UNSET)

        doc_id = d.pop("doc_id", UNSET)

        validate_doc = d.pop("validate_doc", UNSET)

        reused_doc = d.pop("reused_doc", UNSET)

        signed_url = d.pop("signed_url", UNSET)

        _doc = d.pop("doc", UNSET)
        doc: Document | Unset
        if isinstance(_doc, Unset):
            doc = UNSET
        else:
            doc = Document.from_dict(_doc)

        service_document = cls(
            typified=typified,
            cpf_match=cpf_match,
            face_match=face_match,
            doc_id=doc_id,
            validate_doc=validate_doc,
            reused_doc=reused_doc,
            signed_url=signed_url,
            doc=doc,
        )

        service_document.additional_properties = d
        return service_document

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
from ..models.document import Document  # noqa: E402
