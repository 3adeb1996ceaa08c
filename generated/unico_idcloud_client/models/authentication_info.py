from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_result import AuthenticationResult
from ..models.bio_token_engine_result import BioTokenEngineResult
from ..models.face_with_other_id_result import FaceWithOtherIdResult
from ..models.frictionless_result import FrictionlessResult
from ..models.id_age_result import IdAgeResult
from ..models.identity_fraudsters_result import IdentityFraudstersResult
from ..models.liveness_result import LivenessResult
from ..models.risk_level_result import RiskLevelResult
from ..models.smart_revalidation_result import SmartRevalidationResult
from ..models.trust_result import TrustResult
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="AuthenticationInfo")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "authenticationId",
        "scoreEngineResult",
        "authenticationResult",
        "livenessResult",
        "bioTokenEngineResult",
        "identityFraudstersResult",
        "smartRevalidationResult",
        "idAgeResult",
        "serproResult",
        "trustResult",
        "faceWithOtherIdResult",
        "frictionlessResult",
        "riskLevelResult",
    )
)


@_attrs_define
class AuthenticationInfo:
    """Per-capability results. All fields are always returned regardless of the flow; capabilities not used in the flow
    return *_UNSPECIFIED.

        Attributes:
            authentication_id (str): Authentication ID.
            score_engine_result (ScoreEngineResult): Risk Score capacity information.
            authentication_result (AuthenticationResult): Identity Verification capacity result. Possible values:
                'AUTHENTICATION_RESULT_UNSPECIFIED' - returned if the Identity Verification flow is not used or if there is a
                failure; 'AUTHENTICATION_RESULT_INCONCLUSIVE' - we cannot precisely confirm if the face belongs to the CPF
                holder. Only return where orchestration with Risk Score will occur; 'AUTHENTICATION_RESULT_POSITIVE' - the face
                is the CPF holder's; AUTHENTICATION_RESULT_NEGATIVE - the face is not the CPF holder's.
            liveness_result (LivenessResult): Liveness capacity result. Possible values: 'LIVENESS_RESULT_UNSPECIFIED' -
                associated with some failure; 'LIVENESS_RESULT_LIVE' - the user was live at the time of capture;
                'LIVENESS_RESULT_NOT_LIVE' - the user was not live at the time of capture.
            bio_token_engine_result (BioTokenEngineResult): 1:1 Validation capacity result. Possible values:
                'BIO_TOKEN_ENGINE_RESULT_UNSPECIFIED' - returned if the 1:1 Validation flow is not used or if there is a
                failure; 'BIO_TOKEN_ENGINE_RESULT_POSITIVE' - the user's face is the same as the reference process;
                'BIO_TOKEN_ENGINE_RESULT_NEGATIVE' - the user's face is not the same as the reference process.
            identity_fraudsters_result (IdentityFraudstersResult): Behavior Alert capacity result. Possible values:
                'TRUST_RESULT_UNSPECIFIED' - returned if the Behavior Alert flow is not used or if there is a failure;
                'TRUST_RESULT_INCONCLUSIVE' - we found no indication of fraud with this face; 'TRUST_RESULT_YES' - we found
                fraud associated with this face.
            smart_revalidation_result (SmartRevalidationResult): Smart Revalidation capacity result. Possible values:
                'IDSMART_RESULT_UNSPECIFIED' - returned if the Smart Revalidation flow is not used or if there is a failure;
                'IDSMART_RESULT_POSITIVE' - the user is the same as the reference process; 'IDSMART_RESULT_NEGATIVE' - the user
                is not the same as the reference process.
            id_age_result (IdAgeResult): Result of the age validation. Possible values: 'ID_AGE_RESULT_UNSPECIFIED' -
                returned if the idAge flow is not used or if there is a failure; 'ID_AGE_RESULT_POSITIVE' - The person has been
                verified as of legal age (18+); 'ID_AGE_RESULT_NEGATIVE' - The person has been verified as below legal age
                (under 18); 'ID_AGE_RESULT_INCONCLUSIVE' - The legal age verification could not be performed due to insufficient
                or conflicting data.
            serpro_result (SerproResult | Unset): Serpro similarity score information. Only returned for flows with
                idSerpro.
            trust_result (TrustResult | Unset): Deprecated field; always TRUST_RESULT_UNSPECIFIED. Do not base decisions on
                it.
            face_with_other_id_result (FaceWithOtherIdResult | Unset): Deprecated field; always TRUST_RESULT_UNSPECIFIED. Do
                not base decisions on it.
            frictionless_result (FrictionlessResult | Unset): Deprecated field; always FRICTIONLESS_RESULT_UNSPECIFIED. Do
                not base decisions on it.
            risk_level_result (RiskLevelResult | Unset): Deprecated field; always TRUST_RESULT_UNSPECIFIED. Do not base
                decisions on it.
    """

    authentication_id: str
    score_engine_result: ScoreEngineResult
    authentication_result: AuthenticationResult
    liveness_result: LivenessResult
    bio_token_engine_result: BioTokenEngineResult
    identity_fraudsters_result: IdentityFraudstersResult
    smart_revalidation_result: SmartRevalidationResult
    id_age_result: IdAgeResult
    serpro_result: SerproResult | Unset = UNSET
    trust_result: TrustResult | Unset = UNSET
    face_with_other_id_result: FaceWithOtherIdResult | Unset = UNSET
    frictionless_result: FrictionlessResult | Unset = UNSET
    risk_level_result: RiskLevelResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["authenticationId"] = self.authentication_id
        field_dict["scoreEngineResult"] = self.score_engine_result.to_dict()
        field_dict["authenticationResult"] = self.authentication_result.value
        field_dict["livenessResult"] = self.liveness_result.value
        field_dict["bioTokenEngineResult"] = self.bio_token_engine_result.value
        field_dict["identityFraudstersResult"] = self.identity_fraudsters_result.value
        field_dict["smartRevalidationResult"] = self.smart_revalidation_result.value
        field_dict["idAgeResult"] = self.id_age_result.value
        serpro_result = self.serpro_result
        if not isinstance(serpro_result, Unset):
            field_dict["serproResult"] = serpro_result.to_dict()
        trust_result = self.trust_result
        if not isinstance(trust_result, Unset):
            field_dict["trustResult"] = trust_result.value
        face_with_other_id_result = self.face_with_other_id_result
        if not isinstance(face_with_other_id_result, Unset):
            field_dict["faceWithOtherIdResult"] = face_with_other_id_result.value
        frictionless_result = self.frictionless_result
        if not isinstance(frictionless_result, Unset):
            field_dict["frictionlessResult"] = frictionless_result.value
        risk_level_result = self.risk_level_result
        if not isinstance(risk_level_result, Unset):
            field_dict["riskLevelResult"] = risk_level_result.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        authentication_id = src_dict["authenticationId"]
        if not isinstance(authentication_id, str):
            raise TypeError("AuthenticationInfo.authenticationId is not a string")

        score_engine_result = _parse_score_engine_result(src_dict["scoreEngineResult"])

        _authentication_result__raw = src_dict["authenticationResult"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            authentication_result = _authentication_result_members[_authentication_result__raw]
        except (KeyError, TypeError):
            if not isinstance(_authentication_result__raw, str):
                raise TypeError("AuthenticationInfo.authenticationResult is not a string") from None
            authentication_result = AuthenticationResult(_authentication_result__raw)

        _liveness_result__raw = src_dict["livenessResult"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            liveness_result = _liveness_result_members[_liveness_result__raw]
        except (KeyError, TypeError):
            if not isinstance(_liveness_result__raw, str):
                raise TypeError("AuthenticationInfo.livenessResult is not a string") from None
            liveness_result = LivenessResult(_liveness_result__raw)

        _bio_token_engine_result__raw = src_dict["bioTokenEngineResult"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            bio_token_engine_result = _bio_token_engine_result_members[_bio_token_engine_result__raw]
        except (KeyError, TypeError):
            if not isinstance(_bio_token_engine_result__raw, str):
                raise TypeError("AuthenticationInfo.bioTokenEngineResult is not a string") from None
            bio_token_engine_result = BioTokenEngineResult(_bio_token_engine_result__raw)

        _identity_fraudsters_result__raw = src_dict["identityFraudstersResult"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            identity_fraudsters_result = _identity_fraudsters_result_members[_identity_fraudsters_result__raw]
        except (KeyError, TypeError):
            if not isinstance(_identity_fraudsters_result__raw, str):
                raise TypeError("AuthenticationInfo.identityFraudstersResult is not a string") from None
            identity_fraudsters_result = IdentityFraudstersResult(_identity_fraudsters_result__raw)

        _smart_revalidation_result__raw = src_dict["smartRevalidationResult"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            smart_revalidation_result = _smart_revalidation_result_members[_smart_revalidation_result__raw]
        except (KeyError, TypeError):
            if not isinstance(_smart_revalidation_result__raw, str):
                raise TypeError("AuthenticationInfo.smartRevalidationResult is not a string") from None
            smart_revalidation_result = SmartRevalidationResult(_smart_revalidation_result__raw)

        _id_age_result__raw = src_dict["idAgeResult"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            id_age_result = _id_age_result_members[_id_age_result__raw]
        except (KeyError, TypeError):
            if not isinstance(_id_age_result__raw, str):
                raise TypeError("AuthenticationInfo.idAgeResult is not a string") from None
            id_age_result = IdAgeResult(_id_age_result__raw)

        serpro_result: SerproResult | Unset
        _serpro_result = src_dict.get("serproResult", UNSET)
        if _serpro_result is UNSET:
            serpro_result = UNSET
        else:
            serpro_result = _parse_serpro_result(_serpro_result)

        trust_result: TrustResult | Unset
        _trust_result = src_dict.get("trustResult", UNSET)
        if _trust_result is UNSET:
            trust_result = UNSET
        else:
            _trust_result__raw = _trust_result
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                trust_result = _trust_result_members[_trust_result__raw]
            except (KeyError, TypeError):
                if not isinstance(_trust_result__raw, str):
                    raise TypeError("AuthenticationInfo.trustResult is not a string") from None
                trust_result = TrustResult(_trust_result__raw)

        face_with_other_id_result: FaceWithOtherIdResult | Unset
        _face_with_other_id_result = src_dict.get("faceWithOtherIdResult", UNSET)
        if _face_with_other_id_result is UNSET:
            face_with_other_id_result = UNSET
        else:
            _face_with_other_id_result__raw = _face_with_other_id_result
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                face_with_other_id_result = _face_with_other_id_result_members[_face_with_other_id_result__raw]
            except (KeyError, TypeError):
                if not isinstance(_face_with_other_id_result__raw, str):
                    raise TypeError("AuthenticationInfo.faceWithOtherIdResult is not a string") from None
                face_with_other_id_result = FaceWithOtherIdResult(_face_with_other_id_result__raw)

        frictionless_result: FrictionlessResult | Unset
        _frictionless_result = src_dict.get("frictionlessResult", UNSET)
        if _frictionless_result is UNSET:
            frictionless_result = UNSET
        else:
            _frictionless_result__raw = _frictionless_result
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                frictionless_result = _frictionless_result_members[_frictionless_result__raw]
            except (KeyError, TypeError):
                if not isinstance(_frictionless_result__raw, str):
                    raise TypeError("AuthenticationInfo.frictionlessResult is not a string") from None
                frictionless_result = FrictionlessResult(_frictionless_result__raw)

        risk_level_result: RiskLevelResult | Unset
        _risk_level_result = src_dict.get("riskLevelResult", UNSET)
        if _risk_level_result is UNSET:
            risk_level_result = UNSET
        else:
            _risk_level_result__raw = _risk_level_result
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                risk_level_result = _risk_level_result_members[_risk_level_result__raw]
            except (KeyError, TypeError):
                if not isinstance(_risk_level_result__raw, str):
                    raise TypeError("AuthenticationInfo.riskLevelResult is not a string") from None
                risk_level_result = RiskLevelResult(_risk_level_result__raw)

        if cls is AuthenticationInfo:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            authentication_info = _new_object(cls)
            authentication_info.authentication_id = authentication_id
            authentication_info.score_engine_result = score_engine_result
            authentication_info.authentication_result = authentication_result
            authentication_info.liveness_result = liveness_result
            authentication_info.bio_token_engine_result = bio_token_engine_result
            authentication_info.identity_fraudsters_result = identity_fraudsters_result
            authentication_info.smart_revalidation_result = smart_revalidation_result
            authentication_info.id_age_result = id_age_result
            authentication_info.serpro_result = serpro_result
            authentication_info.trust_result = trust_result
            authentication_info.face_with_other_id_result = face_with_other_id_result
            authentication_info.frictionless_result = frictionless_result
            authentication_info.risk_level_result = risk_level_result
            authentication_info.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            authentication_info = cls(
                authentication_id,
                score_engine_result,
                authentication_result,
                liveness_result,
                bio_token_engine_result,
                identity_fraudsters_result,
                smart_revalidation_result,
                id_age_result,
                serpro_result,
                trust_result,
                face_with_other_id_result,
                frictionless_result,
                risk_level_result,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            authentication_info.additional_properties = _extra
        return authentication_info

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
from ..models.score_engine_result import ScoreEngineResult  # noqa: E402
from ..models.serpro_result import SerproResult  # noqa: E402

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_authentication_result_members = cast("dict[object, AuthenticationResult]", AuthenticationResult._value2member_map_)
_bio_token_engine_result_members = cast("dict[object, BioTokenEngineResult]", BioTokenEngineResult._value2member_map_)
_face_with_other_id_result_members = cast(
    "dict[object, FaceWithOtherIdResult]", FaceWithOtherIdResult._value2member_map_
)
_frictionless_result_members = cast("dict[object, FrictionlessResult]", FrictionlessResult._value2member_map_)
_id_age_result_members = cast("dict[object, IdAgeResult]", IdAgeResult._value2member_map_)
_identity_fraudsters_result_members = cast(
    "dict[object, IdentityFraudstersResult]", IdentityFraudstersResult._value2member_map_
)
_liveness_result_members = cast("dict[object, LivenessResult]", LivenessResult._value2member_map_)
_risk_level_result_members = cast("dict[object, RiskLevelResult]", RiskLevelResult._value2member_map_)
_parse_score_engine_result = ScoreEngineResult.from_dict
_parse_serpro_result = SerproResult.from_dict
_smart_revalidation_result_members = cast(
    "dict[object, SmartRevalidationResult]", SmartRevalidationResult._value2member_map_
)
_trust_result_members = cast("dict[object, TrustResult]", TrustResult._value2member_map_)
