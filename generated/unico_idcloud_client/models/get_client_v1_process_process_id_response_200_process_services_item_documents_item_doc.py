from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc_data import (
        GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDocData,
    )


T = TypeVar("T", bound="GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc")


@_attrs_define
class GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDoc:
    """
    Attributes:
        version (float | Unset): Document version.
        code (str | Unset): Document code.
        data (GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDocData | Unset):
    """

    version: float | Unset = UNSET
    code: str | Unset = UNSET
    data: GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDocData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc_data import (
            GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDocData,
        )

        d = dict(src_dict)
        version = d.pop("version", UNSET)

        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDocData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GetClientV1ProcessProcessIdResponse200ProcessServicesItemDocumentsItemDocData.from_dict(_data)

        get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc = cls(
            version=version,
            code=code,
            data=data,
        )

        get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc.additional_properties = d
        return get_client_v1_process_process_id_response_200_process_services_item_documents_item_doc

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
