from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="ServiceDocument")

_new_object = object.__new__

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        typified = self.typified
        if typified is not UNSET:
            field_dict["typified"] = typified
        cpf_match = self.cpf_match
        if cpf_match is not UNSET:
            field_dict["cpf_match"] = cpf_match
        face_match = self.face_match
        if face_match is not UNSET:
            field_dict["face_match"] = face_match
        doc_id = self.doc_id
        if doc_id is not UNSET:
            field_dict["doc_id"] = doc_id
        validate_doc = self.validate_doc
        if validate_doc is not UNSET:
            field_dict["validate_doc"] = validate_doc
        reused_doc = self.reused_doc
        if reused_doc is not UNSET:
            field_dict["reused_doc"] = reused_doc
        signed_url = self.signed_url
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        doc = self.doc
        if not isinstance(doc, Unset):
            field_dict["doc"] = doc.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        typified = src_dict.get("typified", UNSET)
        if typified is not UNSET and not isinstance(typified, bool):
            raise TypeError("ServiceDocument.typified is not a boolean")

        cpf_match = src_dict.get("cpf_match", UNSET)
        if cpf_match is not UNSET and not isinstance(cpf_match, bool):
            raise TypeError("ServiceDocument.cpf_match is not a boolean")

        face_match = src_dict.get("face_match", UNSET)
        if face_match is not UNSET and not isinstance(face_match, bool):
            raise TypeError("ServiceDocument.face_match is not a boolean")

        doc_id = src_dict.get("doc_id", UNSET)
        if doc_id is not UNSET and not isinstance(doc_id, str):
            raise TypeError("ServiceDocument.doc_id is not a string")

        validate_doc = src_dict.get("validate_doc", UNSET)
        if validate_doc is not UNSET and not isinstance(validate_doc, bool):
            raise TypeError("ServiceDocument.validate_doc is not a boolean")

        reused_doc = src_dict.get("reused_doc", UNSET)
        if reused_doc is not UNSET and not isinstance(reused_doc, bool):
            raise TypeError("ServiceDocument.reused_doc is not a boolean")

        signed_url = src_dict.get("signed_url", UNSET)
        if signed_url is not UNSET and not isinstance(signed_url, str):
            raise TypeError("ServiceDocument.signed_url is not a string")

        doc: Document | Unset
        _doc = src_dict.get("doc", UNSET)
        if _doc is UNSET:
            doc = UNSET
        else:
            doc = _parse_document(_doc)

        if cls is ServiceDocument:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            service_document = _new_object(cls)
            service_document.typified = typified
            service_document.cpf_match = cpf_match
            service_document.face_match = face_match
            service_document.doc_id = doc_id
            service_document.validate_doc = validate_doc
            service_document.reused_doc = reused_doc
            service_document.signed_url = signed_url
            service_document.doc = doc
            service_document.additional_properties = {}
        else:  # a subclass may have its own __init__
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
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            service_document.additional_properties = _extra
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

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_document = Document.from_dict
