"""An operation's absolute URL, made without httpx parsing it twice.

``httpx.Client.build_request`` given a path parses it, joins it to ``base_url`` and parses the result again:
two runs of httpx's validating URL parser, the largest part of the client's own time per call (``BENCHMARKS.md``,
*Overhead*). The operations' paths are the spec's templates filled with a UUID, so nothing in them needs quoting or
normalising: :class:`PathJoiner` builds the joined ``httpx.URL`` directly from the base's parsed form, with the path
httpx itself would make. That uses httpx's private ``URL._uri_reference`` (a ``NamedTuple``), so it is done only
when, at import, a URL made that way is indistinguishable from httpx's own join; otherwise, and for any path with a
character outside ``[A-Za-z0-9/_~-]``, the path is handed to httpx as it is.

Written by hand: httpx has no public way to join a trusted path to a URL without parsing both again.
"""

from __future__ import annotations

import re

import httpx

# Unreserved characters and "/", no "." (so no dot segments to remove): what httpx would leave as it is.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/_~-]*")
_new_url = object.__new__


def _httpx_join(base: httpx.URL, path: str) -> httpx.URL:
    """What ``httpx.Client._merge_url`` does with a relative path (its base ends with "/")."""
    return base.copy_with(raw_path=base.raw_path + path.lstrip("/").encode("ascii"))


def _direct_join(base: httpx.URL, prefix: str, path: str) -> httpx.URL:
    url: httpx.URL = _new_url(httpx.URL)
    url._uri_reference = base._uri_reference._replace(path=prefix + path.lstrip("/"))
    return url


def _everything_of(url: httpx.URL) -> tuple[object, ...]:
    """What two URLs must share to be the same to httpx: their parts as it holds them, and what it derives."""
    parts = url._uri_reference
    return (type(parts), tuple(parts), str(url), url.raw_path, url.netloc, hash(url))


def _direct_join_is_exact() -> bool:
    probes = (
        ("https://api.example.com/", "/client/v1/process/8ff7ab7a-e0f4-4f7a-9a4b-cd3c5b2b7c7e"),
        ("http://127.0.0.1:8080/prefix/", "/processes/v1/8ff7ab7a-e0f4-4f7a-9a4b-cd3c5b2b7c7e/selfie"),
        ("https://user@[::1]:8443/", "/client/v1/process"),
    )
    try:
        for base_text, path in probes:
            base = httpx.URL(base_text)
            fast, slow = _direct_join(base, base.raw_path.decode("ascii"), path), _httpx_join(base, path)
            if _everything_of(fast) != _everything_of(slow):
                return False
    except Exception:  # any surprise in httpx's layout: let httpx join
        return False
    return True


DIRECT_JOIN = _direct_join_is_exact()
"""Whether :class:`PathJoiner` builds URLs itself (with this httpx) instead of handing httpx the path."""


class PathJoiner:
    """``joiner(path)``: the absolute URL of ``path`` under ``base`` (an ``httpx.URL``), or ``path`` itself for
    httpx to join when it cannot be made directly."""

    __slots__ = ("_base", "_prefix")

    def __init__(self, base: httpx.URL) -> None:
        plain = DIRECT_JOIN and base.query == b"" and base.fragment == "" and base.raw_path.endswith(b"/")
        self._base = base if plain else None
        self._prefix = base.raw_path.decode("ascii")  # the encoded path: there is no query

    def __call__(self, path: str) -> httpx.URL | str:
        if self._base is None or not path.startswith("/") or _PLAIN_PATH.fullmatch(path) is None:
            return path
        return _direct_join(self._base, self._prefix, path)
