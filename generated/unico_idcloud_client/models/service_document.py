from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="ServiceDocument")

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "typified",
        "cpf_match",
        "face_match",
        "doc_id",
        "validate_doc",
        "reused_doc",
        "signed_url",
        "doc",
    )
)


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
        typified: bool | Unset
        _typified = src_dict.get("typified", UNSET)
        if _typified is UNSET:
            typified = UNSET
        else:
            typified = _typified
            if not isinstance(typified, bool):
                raise TypeError("ServiceDocument.typified is not a boolean")

        cpf_match: bool | Unset
        _cpf_match = src_dict.get("cpf_match", UNSET)
        if _cpf_match is UNSET:
            cpf_match = UNSET
        else:
            cpf_match = _cpf_match
            if not isinstance(cpf_match, bool):
                raise TypeError("ServiceDocument.cpf_match is not a boolean")

        face_match: bool | Unset
        _face_match = src_dict.get("face_match", UNSET)
        if _face_match is UNSET:
            face_match = UNSET
        else:
            face_match = _face_match
            if not isinstance(face_match, bool):
                raise TypeError("ServiceDocument.face_match is not a boolean")

        doc_id: str | Unset
        _doc_id = src_dict.get("doc_id", UNSET)
        if _doc_id is UNSET:
            doc_id = UNSET
        else:
            doc_id = _doc_id
            if not isinstance(doc_id, str):
                raise TypeError("ServiceDocument.doc_id is not a string")

        validate_doc: bool | Unset
        _validate_doc = src_dict.get("validate_doc", UNSET)
        if _validate_doc is UNSET:
            validate_doc = UNSET
        else:
            validate_doc = _validate_doc
            if not isinstance(validate_doc, bool):
                raise TypeError("ServiceDocument.validate_doc is not a boolean")

        reused_doc: bool | Unset
        _reused_doc = src_dict.get("reused_doc", UNSET)
        if _reused_doc is UNSET:
            reused_doc = UNSET
        else:
            reused_doc = _reused_doc
            if not isinstance(reused_doc, bool):
                raise TypeError("ServiceDocument.reused_doc is not a boolean")

        signed_url: str | Unset
        _signed_url = src_dict.get("signed_url", UNSET)
        if _signed_url is UNSET:
            signed_url = UNSET
        else:
            signed_url = _signed_url
            if not isinstance(signed_url, str):
                raise TypeError("ServiceDocument.signed_url is not a string")

        doc: Document | Unset
        _doc = src_dict.get("doc", UNSET)
        if _doc is UNSET:
            doc = UNSET
        else:
            doc = _parse_document(_doc)

        # Positional, in the order attrs declares the fields (required ones first).
        service_document = cls(
            typified,
            cpf_match,
            face_match,
            doc_id,
            validate_doc,
            reused_doc,
            signed_url,
            doc,
        )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            d = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
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

# Bound once: from_dict calls these for every value instead of looking the method up on its class each time.
_parse_document = Document.from_dict
