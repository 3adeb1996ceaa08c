from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_document_dui_type import SetDocumentDuiType
from ..types import mask_repr, mask_values_repr

T = TypeVar("T", bound="SetProcessDocumentRequest")


@_attrs_define
class SetProcessDocumentRequest:
    """The document to set on a process awaiting one.

    Attributes:
        dui_type (SetDocumentDuiType): The document types Set Process Document accepts (a subset of Create Process's
            DuiType: custom flows that allow creation without a document are validated against this list).
        dui_value (str): The document number without formatting, at most 320 characters.
    """

    dui_type: SetDocumentDuiType
    dui_value: str = _attrs_field(repr=mask_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        dui_type = self.dui_type.value

        dui_value = self.dui_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duiType": dui_type,
                "duiValue": dui_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        dui_type = SetDocumentDuiType.from_value(d.pop("duiType"))

        dui_value = d.pop("duiValue")

        set_process_document_request = cls(
            dui_type=dui_type,
            dui_value=dui_value,
        )

        set_process_document_request.additional_properties = d
        return set_process_document_request

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
