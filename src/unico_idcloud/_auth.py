"""Bearer authentication as an ``httpx.Auth``: a cached token on every request, and one refresh-and-retry when
the API says the token is no good."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Generator

import httpx

from ._token import StaticTokenSource, TokenCache

logger = logging.getLogger("unico_idcloud")


def _refused(request: httpx.Request, response: httpx.Response) -> bool:
    """A 401 anywhere; and IDCheck's 403, which it also answers for a bad or expired token (the request carries an
    ``APIKEY``: if that is what is wrong, the second answer is the same 403 and the caller gets it)."""
    return response.status_code == 401 or (response.status_code == 403 and "apikey" in request.headers)


class ServiceAccountAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <token>``; on a refusal, drops that token and retries once with a new one.
    One class for both clients, as httpx's own auth classes: the two flows differ only in how the token is got."""

    def __init__(self, source: TokenCache | StaticTokenSource) -> None:
        self._source = source

    def _retry_with_new_token(self, request: httpx.Request, response: httpx.Response, token: str) -> bool:
        if response.status_code < 400 or not (_refused(request, response) and self._source.refreshable):
            return False
        logger.info("HTTP %d: fetching a new access token and retrying once", response.status_code)
        self._source.discard(token)
        return True

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._source.token().value
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if self._retry_with_new_token(request, response, token):
            request.headers["Authorization"] = f"Bearer {self._source.token().value}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = (await self._source.atoken()).value
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if self._retry_with_new_token(request, response, token):
            request.headers["Authorization"] = f"Bearer {(await self._source.atoken()).value}"
            yield request

    def __repr__(self) -> str:
        return f"ServiceAccountAuth({self._source!r})"
