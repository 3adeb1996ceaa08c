from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_client_v1_process_process_id_response_200_process_authentication_info_score_engine_result_score_enabled import (
    GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResultScoreEnabled,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResult")


@_attrs_define
class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResult:
    """Risk Score capacity information.

    Attributes:
        score_enabled (GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResultScoreEnabled |
            Unset): Indicates if the score is enabled.
        score (float | Unset): Risk Score capacity result. A score to be interpreted is only returned when the
            authenticationResult is AUTHENTICATION_RESULT_INCONCLUSIVE.
    """

    score_enabled: (
        GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResultScoreEnabled | Unset
    ) = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_enabled: str | Unset = UNSET
        if not isinstance(self.score_enabled, Unset):
            score_enabled = self.score_enabled.value

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score_enabled is not UNSET:
            field_dict["scoreEnabled"] = score_enabled
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _score_enabled = d.pop("scoreEnabled", UNSET)
        score_enabled: (
            GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResultScoreEnabled | Unset
        )
        if isinstance(_score_enabled, Unset):
            score_enabled = UNSET
        else:
            score_enabled = (
                GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResultScoreEnabled(
                    _score_enabled
                )
            )

        score = d.pop("score", UNSET)

        get_client_v1_process_process_id_response_200_process_authentication_info_score_engine_result = cls(
            score_enabled=score_enabled,
            score=score,
        )

        get_client_v1_process_process_id_response_200_process_authentication_info_score_engine_result.additional_properties = d
        return get_client_v1_process_process_id_response_200_process_authentication_info_score_engine_result

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
