from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_check_liveness import IdCheckLiveness
from ..models.id_check_status import IdCheckStatus
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="CreatedIdCheckProcess")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "status",
        "unicoId",
        "liveness",
        "score",
    )
)


@_attrs_define
class CreatedIdCheckProcess:
    """The IDUnico + IDCheck process just created. When status is already final (3 or 5) there is no need to call Get
    Process; decide only on status 3.

        Attributes:
            id (UUID): The process id (what IDCheck Get Process takes).
            status (IdCheckStatus): Process status: 1 processing, 2 divergence, 3 finished with success, 4 canceled, 5
                error. Only 3, 4 and 5 are final; decide only on 3. A process in status 5 is answered with 410 Gone instead of
                200.
            unico_id (UnicoId | Unset): The IDUnico verdict on the authenticity of the CPF.
            liveness (IdCheckLiveness | Unset): Whether the photo is of a live person: 1 passed, 2 failed.
            score (int | Unset): The Authentication Score, when unicoId.result is inconclusive and risk scoring is active.
    """

    id: UUID
    status: IdCheckStatus
    unico_id: UnicoId | Unset = UNSET
    liveness: IdCheckLiveness | Unset = UNSET
    score: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = str(self.id)
        field_dict["status"] = self.status.value
        unico_id = self.unico_id
        if not isinstance(unico_id, Unset):
            field_dict["unicoId"] = unico_id.to_dict()
        liveness = self.liveness
        if not isinstance(liveness, Unset):
            field_dict["liveness"] = liveness.value
        score = self.score
        if score is not UNSET:
            field_dict["score"] = score
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _id__raw = src_dict["id"]
        if not isinstance(_id__raw, str):
            raise TypeError("CreatedIdCheckProcess.id is not a string")
        id = UUID(_id__raw)

        _status__raw = src_dict["status"]
        if isinstance(_status__raw, bool) or not isinstance(_status__raw, int):
            raise TypeError("CreatedIdCheckProcess.status is not an integer")  # True and 1.0 find member 1 in the map
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            status = _id_check_status_members[_status__raw]
        except (KeyError, TypeError):
            status = IdCheckStatus(_status__raw)

        unico_id: UnicoId | Unset
        _unico_id = src_dict.get("unicoId", UNSET)
        if _unico_id is UNSET:
            unico_id = UNSET
        else:
            unico_id = _parse_unico_id(_unico_id)

        liveness: IdCheckLiveness | Unset
        _liveness = src_dict.get("liveness", UNSET)
        if _liveness is UNSET:
            liveness = UNSET
        else:
            _liveness__raw = _liveness
            if isinstance(_liveness__raw, bool) or not isinstance(_liveness__raw, int):
                raise TypeError(
                    "CreatedIdCheckProcess.liveness is not an integer"
                )  # True and 1.0 find member 1 in the map
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                liveness = _id_check_liveness_members[_liveness__raw]
            except (KeyError, TypeError):
                liveness = IdCheckLiveness(_liveness__raw)

        score = src_dict.get("score", UNSET)
        if score is not UNSET and (isinstance(score, bool) or not isinstance(score, int)):
            raise TypeError("CreatedIdCheckProcess.score is not an integer")

        if cls is CreatedIdCheckProcess:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            created_id_check_process = _new_object(cls)
            created_id_check_process.id = id
            created_id_check_process.status = status
            created_id_check_process.unico_id = unico_id
            created_id_check_process.liveness = liveness
            created_id_check_process.score = score
            created_id_check_process.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            created_id_check_process = cls(
                id,
                status,
                unico_id,
                liveness,
                score,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            created_id_check_process.additional_properties = _extra
        return created_id_check_process

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
from ..models.unico_id import UnicoId  # noqa: E402

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_id_check_liveness_members = cast("dict[object, IdCheckLiveness]", IdCheckLiveness._value2member_map_)
_id_check_status_members = cast("dict[object, IdCheckStatus]", IdCheckStatus._value2member_map_)
_parse_unico_id = UnicoId.from_dict
