from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_check_liveness import IdCheckLiveness
from ..models.id_check_status import IdCheckStatus
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="CreatedIdCheckProcess")


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
        id = str(self.id)

        status = self.status.value

        unico_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unico_id, Unset):
            unico_id = self.unico_id.to_dict()

        liveness: int | Unset = UNSET
        if not isinstance(self.liveness, Unset):
            liveness = self.liveness.value

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if unico_id is not UNSET:
            field_dict["unicoId"] = unico_id
        if liveness is not UNSET:
            field_dict["liveness"] = liveness
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = IdCheckStatus.from_value(d.pop("status"))

        _unico_id = d.pop("unicoId", UNSET)
        unico_id: UnicoId | Unset
        if isinstance(_unico_id, Unset):
            unico_id = UNSET
        else:
            unico_id = UnicoId.from_dict(_unico_id)

        _liveness = d.pop("liveness", UNSET)
        liveness: IdCheckLiveness | Unset
        if isinstance(_liveness, Unset):
            liveness = UNSET
        else:
            liveness = IdCheckLiveness.from_value(_liveness)

        score = d.pop("score", UNSET)

        created_id_check_process = cls(
            id=id,
            status=status,
            unico_id=unico_id,
            liveness=liveness,
            score=score,
        )

        created_id_check_process.additional_properties = d
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
