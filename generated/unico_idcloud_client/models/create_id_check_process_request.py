from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="CreateIdCheckProcessRequest")


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
        image_base_64 = self.image_base_64

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        use_case = self.use_case

        subsidiary_id = self.subsidiary_id

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        reference_process_id = self.reference_process_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageBase64": image_base_64,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if use_case is not UNSET:
            field_dict["useCase"] = use_case
        if subsidiary_id is not UNSET:
            field_dict["subsidiaryId"] = subsidiary_id
        if references is not UNSET:
            field_dict["references"] = references
        if reference_process_id is not UNSET:
            field_dict["referenceProcessId"] = reference_process_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        image_base_64 = d.pop("imageBase64")

        _subject = d.pop("subject", UNSET)
        subject: IdCheckSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = IdCheckSubject.from_dict(_subject)

        use_case = d.pop("useCase", UNSET)

        subsidiary_id = d.pop("subsidiaryId", UNSET)

        _references = d.pop("references", UNSET)
        references: list[IdCheckReference] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = IdCheckReference.from_dict(references_item_data)

                references.append(references_item)

        reference_process_id = d.pop("referenceProcessId", UNSET)

        create_id_check_process_request = cls(
            image_base_64=image_base_64,
            subject=subject,
            use_case=use_case,
            subsidiary_id=subsidiary_id,
            references=references,
            reference_process_id=reference_process_id,
        )

        create_id_check_process_request.additional_properties = d
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
