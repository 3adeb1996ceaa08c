from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_v1_process_process_id_response_200_process import (
        GetClientV1ProcessProcessIdResponse200Process,
    )


T = TypeVar("T", bound="GetClientV1ProcessProcessIdResponse200")


@_attrs_define
class GetClientV1ProcessProcessIdResponse200:
    """
    Attributes:
        process (GetClientV1ProcessProcessIdResponse200Process | Unset): Process information from by Unico.
    """

    process: GetClientV1ProcessProcessIdResponse200Process | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process: dict[str, Any] | Unset = UNSET
        if not isinstance(self.process, Unset):
            process = self.process.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process is not UNSET:
            field_dict["process"] = process

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_v1_process_process_id_response_200_process import (
            GetClientV1ProcessProcessIdResponse200Process,
        )

        d = dict(src_dict)
        _process = d.pop("process", UNSET)
        process: GetClientV1ProcessProcessIdResponse200Process | Unset
        if isinstance(_process, Unset):
            process = UNSET
        else:
            process = GetClientV1ProcessProcessIdResponse200Process.from_dict(_process)

        get_client_v1_process_process_id_response_200 = cls(
            process=process,
        )

        get_client_v1_process_process_id_response_200.additional_properties = d
        return get_client_v1_process_process_id_response_200

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
