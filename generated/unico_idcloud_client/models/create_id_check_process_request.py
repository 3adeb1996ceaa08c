from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="CreateIdCheckProcessRequest")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "imageBase64",
        "subject",
        "useCase",
        "subsidiaryId",
        "references",
        "referenceProcessId",
    )
)


@_attrs_define
class CreateIdCheckProcessRequest:
    """The body of IDUnico + IDCheck Create Process. Onboarding sends subject; transactional sends references. The APIKEY
    decides which use case runs.

        Attributes:
            image_base_64 (str): The selfie: the encrypted JWT Unico's SDK produced (valid for 10 minutes, usable once), or
                a base64 JPEG, PNG or WebP image of at least 640 x 480 pixels and at most 800 KB.
            subject (IdCheckSubject | Unset): The person whose selfie is checked (onboarding).
            use_case (str | Unset): The operation's context (e.g. Onboarding), used to segment operations.
            subsidiary_id (str | Unset): The branch the process belongs to; only needed when the service account has
                several.
            references (list[IdCheckReference] | Unset): Transactional only. The references the selfie is compared with.
            reference_process_id (str | Unset): Transactional only, deprecated (use references): the id of the reference
                onboarding process. A transactional creation needs referenceProcessId or references.
    """

    image_base_64: str = _attrs_field(repr=mask_repr)
    subject: IdCheckSubject | Unset = UNSET
    use_case: str | Unset = UNSET
    subsidiary_id: str | Unset = UNSET
    references: list[IdCheckReference] | Unset = UNSET
    reference_process_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["imageBase64"] = self.image_base_64
        subject = self.subject
        if not isinstance(subject, Unset):
            field_dict["subject"] = subject.to_dict()
        use_case = self.use_case
        if use_case is not UNSET:
            field_dict["useCase"] = use_case
        subsidiary_id = self.subsidiary_id
        if subsidiary_id is not UNSET:
            field_dict["subsidiaryId"] = subsidiary_id
        references = self.references
        if not isinstance(references, Unset):
            field_dict["references"] = [_item.to_dict() for _item in references]
        reference_process_id = self.reference_process_id
        if reference_process_id is not UNSET:
            field_dict["referenceProcessId"] = reference_process_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        image_base_64 = src_dict["imageBase64"]
        if not isinstance(image_base_64, str):
            raise TypeError("CreateIdCheckProcessRequest.imageBase64 is not a string")

        subject: IdCheckSubject | Unset
        _subject = src_dict.get("subject", UNSET)
        if _subject is UNSET:
            subject = UNSET
        else:
            subject = _parse_id_check_subject(_subject)

        use_case = src_dict.get("useCase", UNSET)
        if use_case is not UNSET and not isinstance(use_case, str):
            raise TypeError("CreateIdCheckProcessRequest.useCase is not a string")

        subsidiary_id = src_dict.get("subsidiaryId", UNSET)
        if subsidiary_id is not UNSET and not isinstance(subsidiary_id, str):
            raise TypeError("CreateIdCheckProcessRequest.subsidiaryId is not a string")

        references: list[IdCheckReference] | Unset
        _references = src_dict.get("references", UNSET)
        if _references is UNSET:
            references = UNSET
        else:
            _references__raw = _references
            if not isinstance(_references__raw, list):
                raise TypeError("CreateIdCheckProcessRequest.references is not an array")
            references = [_parse_id_check_reference(_item) for _item in _references__raw]

        reference_process_id = src_dict.get("referenceProcessId", UNSET)
        if reference_process_id is not UNSET and not isinstance(reference_process_id, str):
            raise TypeError("CreateIdCheckProcessRequest.referenceProcessId is not a string")

        if cls is CreateIdCheckProcessRequest:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            create_id_check_process_request = _new_object(cls)
            create_id_check_process_request.image_base_64 = image_base_64
            create_id_check_process_request.subject = subject
            create_id_check_process_request.use_case = use_case
            create_id_check_process_request.subsidiary_id = subsidiary_id
            create_id_check_process_request.references = references
            create_id_check_process_request.reference_process_id = reference_process_id
            create_id_check_process_request.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            create_id_check_process_request = cls(
                image_base_64,
                subject,
                use_case,
                subsidiary_id,
                references,
                reference_process_id,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            create_id_check_process_request.additional_properties = _extra
        return create_id_check_process_request

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
from ..models.id_check_reference import IdCheckReference  # noqa: E402
from ..models.id_check_subject import IdCheckSubject  # noqa: E402

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_id_check_reference = IdCheckReference.from_dict
_parse_id_check_subject = IdCheckSubject.from_dict
