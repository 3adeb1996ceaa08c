from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.score_enabled import ScoreEnabled
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="ScoreEngineResult")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "scoreEnabled",
        "score",
    )
)


@_attrs_define
class ScoreEngineResult:
    """Risk Score capacity information.

    Attributes:
        score_enabled (ScoreEnabled): Whether the Risk Score capability is enabled: SCORE_ENABLED_TRUE,
            SCORE_ENABLED_FALSE or SCORE_ENABLED_UNSPECIFIED (capability not used in the flow).
        score (float | Unset): Risk Score capability result, a number from -100 to +100. Present when
            authenticationResult = AUTHENTICATION_RESULT_INCONCLUSIVE and Risk Score is enabled; only then is it to be
            interpreted.
    """

    score_enabled: ScoreEnabled
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["scoreEnabled"] = self.score_enabled.value
        score = self.score
        if score is not UNSET:
            field_dict["score"] = score
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _score_enabled__raw = src_dict["scoreEnabled"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            score_enabled = _score_enabled_members[_score_enabled__raw]
        except (KeyError, TypeError):
            if not isinstance(_score_enabled__raw, str):
                raise TypeError("ScoreEngineResult.scoreEnabled is not a string") from None
            score_enabled = ScoreEnabled(_score_enabled__raw)

        score = src_dict.get("score", UNSET)
        if score is not UNSET and (isinstance(score, bool) or not isinstance(score, (int, float))):
            raise TypeError("ScoreEngineResult.score is not a number")

        if cls is ScoreEngineResult:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            score_engine_result = _new_object(cls)
            score_engine_result.score_enabled = score_enabled
            score_engine_result.score = score
            score_engine_result.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            score_engine_result = cls(
                score_enabled,
                score,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            score_engine_result.additional_properties = _extra
        return score_engine_result

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


# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_score_enabled_members = cast("dict[object, ScoreEnabled]", ScoreEnabled._value2member_map_)
