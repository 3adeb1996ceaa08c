from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientV1ProcessProcessIdResponse200ProcessPersonNotificationsItem")


@_attrs_define
class GetClientV1ProcessProcessIdResponse200ProcessPersonNotificationsItem:
    """
    Attributes:
        notification_channel (str | Unset): Notification channel.
    """

    notification_channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_channel = self.notification_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_channel is not UNSET:
            field_dict["notificationChannel"] = notification_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification_channel = d.pop("notificationChannel", UNSET)

        get_client_v1_process_process_id_response_200_process_person_notifications_item = cls(
            notification_channel=notification_channel,
        )

        get_client_v1_process_process_id_response_200_process_person_notifications_item.additional_properties = d
        return get_client_v1_process_process_id_response_200_process_person_notifications_item

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
