"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

import httpx
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


def status_code_of(code: int) -> HTTPStatus | int:
    """The code as an `HTTPStatus` member when it has one (never raises, unlike `HTTPStatus(code)`)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


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
    "mask_repr",
    "mask_values_repr",
    "status_code_of",
]
