"""Contains some shared types for properties"""

import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
import orjson
from attrs import define, field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


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
    "status_code_of",
]
