"""The httpx clients an :class:`~unico_idcloud.IDCloud` sends with keep no cookies.

The IDCloud APIs authenticate every request by its bearer token (and IDCheck's ``APIKEY``); nothing they document
sets or reads a cookie. httpx's ``Client`` stores every ``Set-Cookie`` it is answered, through the standard
library's cookie jar, which builds a ``urllib.request.Request`` for every response: about a third of the client's
own time per call (``BENCHMARKS.md``, *Overhead*). Keeping none also means nothing a load balancer sets travels on to
the next request, or between the tenants of two clients in one process.

A caller's own client (``http_client=``) is used as it is, cookies included.
"""

from __future__ import annotations

from typing import Any

import httpx


class _NoCookies(httpx.Cookies):
    """An empty jar that ignores what responses set."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _Cookieless:
    """Before httpx's client in the bases: its ``cookies`` are a :class:`_NoCookies` of its own."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        raise AttributeError("an IDCloud client keeps no cookies")


class CookielessClient(_Cookieless, httpx.Client):
    """``httpx.Client`` keeping no cookies."""


class AsyncCookielessClient(_Cookieless, httpx.AsyncClient):
    """``httpx.AsyncClient`` keeping no cookies."""
