from enum import StrEnum
from typing import Any, Self, cast


class IdCheckReferenceType(StrEnum):
    """Values not listed in the spec are kept as pseudo-members: check `is_known` before relying on a member."""

    IMAGE_BASE64 = "REFERENCE_TYPE_IMAGE_BASE64"
    PROCESS_ID = "REFERENCE_TYPE_PROCESS_ID"

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
