"""Contains some shared types for properties"""

import copy
import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from types import MemberDescriptorType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID, SafeUUID

import httpx
import orjson
from attrs import define, field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "Unset"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """An `HTTPStatus` when the standard library knows the code, else the plain `int` the server sent."""
    content: bytes = field(repr=lambda content: f"<{len(content)} bytes>")
    headers: MutableMapping[str, str]
    parsed: T | None
    raw: httpx.Response | None = field(default=None, repr=False, eq=False)
    """The `httpx.Response` itself (request, URL, timing), for callers that need more than status and body."""


_STATUS_BY_CODE: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_code_of(code: int) -> HTTPStatus | int:
    """The code as an `HTTPStatus` member when it has one (never raises, unlike `HTTPStatus(code)`)."""
    return _STATUS_BY_CODE.get(code, code)


# Bytes that map every digit to "0" and anything else to " ": a run of 19 zeros in the translated body is a run of
# 19 digits, the shortest integer literal orjson may read as a float (beyond the 64-bit range) where json.loads
# keeps an int. bytes.translate + find is C all the way (~1 ns a byte); a regex search was 10x slower.
_DIGITS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_NUMBER = b"0" * 19


def decode_json(content: bytes) -> Any:
    """`json.loads(content)`, by orjson when orjson gives the same result.

    orjson refuses NaN and Infinity, a BOM, UTF-16 / UTF-32 and lone surrogates, which json.loads (what httpx's
    `Response.json()` runs) accepts, and reads integers beyond 64 bits as floats: those bodies go to json.loads, so
    no body decodes differently, or fails, where it did not before. Errors are json.loads's own (a ValueError;
    RecursionError for absurdly deep nesting).
    """
    if content.translate(_DIGITS).find(_LONG_NUMBER) < 0:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass
    return json.loads(content)


# parse_uuid builds the UUID the way UUID.__init__ ends (object.__setattr__ of its two slots, `int` and `is_safe`),
# skipping the keyword checks before it: half the cost of UUID(str). That relies on the class's layout, so it is
# used only when a UUID built that way is, at import, indistinguishable from UUID(str); otherwise UUID(str) itself.
# Written by hand: no library parses a UUID string faster than the standard one (tests/generated_client pin both).
_new_uuid = object.__new__
_uuid_int_slot = UUID.__dict__.get("int")
_uuid_is_safe_slot = UUID.__dict__.get("is_safe")
_UUID_SAFETY = SafeUUID.unknown


def _fast_uuid(number: int) -> UUID:
    uuid = _new_uuid(UUID)
    object.__setattr__(uuid, "int", number)
    object.__setattr__(uuid, "is_safe", _UUID_SAFETY)
    return uuid


def _fast_uuid_is_exact() -> bool:
    if not isinstance(_uuid_int_slot, MemberDescriptorType) or not isinstance(_uuid_is_safe_slot, MemberDescriptorType):
        return False
    try:
        probe = "53060f52-f146-4c12-a234-5bb5031f6f5b"
        fast, slow = _fast_uuid(int(probe.replace("-", ""), 16)), UUID(probe)
        return (
            fast == slow
            and str(fast) == str(slow)
            and hash(fast) == hash(slow)
            and fast.is_safe is slow.is_safe
            and fast.__reduce__() == slow.__reduce__()
            and copy.copy(fast) == slow
        )
    except Exception:  # any surprise in the layout: keep UUID(str)
        return False


FAST_UUID = _fast_uuid_is_exact()
"""Whether `parse_uuid` builds the UUID directly (on this Python) instead of calling `UUID(str)`."""


def parse_uuid(value: str) -> UUID:
    """`UUID(value)`: the same result and the same errors, about twice as fast.

    UUID(str) drops "urn:", "uuid:", the braces and every hyphen, and reads the 32 hex digits left; a string
    holding "urn:", "uuid:" or braces has a character int(..., 16) refuses, so it goes to UUID(str) here too.
    """
    digits = value.replace("-", "")
    if FAST_UUID and len(digits) == 32:
        try:
            number = int(digits, 16)
        except ValueError:
            pass
        else:
            return _fast_uuid(number)
    return UUID(value)


def mask_repr(value: object) -> str:
    """repr() of a property marked `x-sensitive`: tells whether it is set, never what it holds."""
    if value is None or isinstance(value, Unset):
        return repr(value)
    return "'***'"


def mask_values_repr(values: Mapping[str, object]) -> str:
    """repr() of `additional_properties`: the keys the API sent, never their values."""
    return repr(dict.fromkeys(values, "***"))


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_json",
    "mask_repr",
    "mask_values_repr",
    "parse_uuid",
    "status_code_of",
]
