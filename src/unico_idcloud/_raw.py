"""What ``client.with_raw_response.<operation>(...)`` returns: the HTTP response of a successful call, parsed only
when asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")

_UNPARSED = object()


class RawResponse(Generic[T]):
    """A successful call's response: ``status_code``, ``headers`` (rate-limit, tracing), ``http_response`` (the
    ``httpx.Response``, body read) and :meth:`parse` (the model the plain method returns, or the
    :class:`~unico_idcloud.errors.UnexpectedResponse` it would raise). An error status raises before this exists,
    as the plain method does; the error keeps its response."""

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The model (parsed once, then kept)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        # Never the body or the headers: they carry personal data and, on the way out, credentials.
        return f"<RawResponse [{self.status_code}]>"
