from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import mask_values_repr

T = TypeVar("T", bound="SignaturePayload")


@_attrs_define
class SignaturePayload:
    """The electronic-signature part of a process (signature flows only).

    Attributes:
        envelope_payload (EnvelopePayload): The envelope of documents to sign.
    """

    envelope_payload: EnvelopePayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        envelope_payload = self.envelope_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "envelopePayload": envelope_payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        envelope_payload = EnvelopePayload.from_dict(d.pop("envelopePayload"))

        signature_payload = cls(
            envelope_payload=envelope_payload,
        )

        signature_payload.additional_properties = d
        return signature_payload

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
from ..models.envelope_payload import EnvelopePayload  # noqa: E402
