from enum import StrEnum
from typing import Any, Self, cast


class ProcessFlow(StrEnum):
    """Values not listed in the spec are kept as pseudo-members: check `is_known` before relying on a member."""

    CREDITOCONSIGNADO = "creditoconsignado"
    ID = "id"
    IDAGE = "idage"
    IDAGEDOCUMENTLESS = "idagedocumentless"
    IDCHECK = "idcheck"
    IDCHECKSERPRO = "idcheckserpro"
    IDCHECKSERPRODOCS = "idcheckserprodocs"
    IDCHECKSERPRODOCSSIGN = "idcheckserprodocssign"
    IDCHECKTRUST = "idchecktrust"
    IDCHECKTRUSTDOCS = "idchecktrustdocs"
    IDCHECKTRUSTDOCSSIGN = "idchecktrustdocssign"
    IDCHECKTRUSTSIGN = "idchecktrustsign"
    IDDOCS = "iddocs"
    IDDOCSSIGN = "iddocssign"
    IDLIVE = "idlive"
    IDLIVETRUST = "idlivetrust"
    IDONBOARDING = "idonboarding"
    IDSIGN = "idsign"
    IDSMART = "idsmart"
    IDTOKEN = "idtoken"
    IDTOKENSIGN = "idtokensign"
    IDTOKENTRUST = "idtokentrust"
    IDTRANSACTIONAL = "idtransactional"
    IDTRUST = "idtrust"
    IDTRUSTDOCS = "idtrustdocs"
    IDTRUSTDOCSSIGN = "idtrustdocssign"
    IDTRUSTSIGN = "idtrustsign"
    IDUNICODOCS = "idunicodocs"
    IDUNICODOCSSIGN = "idunicodocssign"
    IDUNICOSERPRODOCSSIGN = "idunicoserprodocssign"
    IDUNICOSIGN = "idunicosign"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        pseudo_member = str.__new__(cls, value)
        pseudo_member._name_ = value
        pseudo_member._value_ = value
        return pseudo_member

    @classmethod
    def from_value(cls, value: Any) -> Self:
        """``cls(value)``: a listed value is one dict lookup (the same one Enum makes first) instead of going
        through Enum's call machinery; anything else takes ``cls(value)`` itself (pseudo-member or ValueError)."""
        try:
            return cast(Self, cls._value2member_map_[value])
        except (KeyError, TypeError):
            return cls(value)

    @property
    def is_known(self) -> bool:
        """False when the API sent a value the spec does not list (a pseudo-member)."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def is_known_value(cls, value: object) -> bool:
        """Whether ``value`` is one of the values the spec lists."""
        return isinstance(value, str) and value in cls._value2member_map_
