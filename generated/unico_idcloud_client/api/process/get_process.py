from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.process_response import ProcessResponse
from ...types import Response, decode_json, status_code_of


def _get_kwargs(
    process_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client/v1/process/{process_id}".format(
            process_id=str(process_id) if type(process_id) is UUID else quote(str(process_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ProcessResponse | str | None:
    if response.status_code == 200:
        response_200 = ProcessResponse.from_dict(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = decode_json(response.content)
        if not isinstance(response_401, str):
            raise TypeError("the body does not have its documented type")
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(decode_json(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(decode_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def is_documented_status(status_code: int) -> bool:
    """Whether the spec documents ``status_code`` for this operation."""
    return (
        status_code == 200
        or status_code == 400
        or status_code == 401
        or status_code == 404
        or status_code == 429
        or status_code == 500
    )


# What decoding a body (`response.json()`, including JSONDecodeError and UnicodeDecodeError) or building a model
# from the wrong shape (`from_dict`) raises. errors.UnexpectedStatus is deliberately not among them.
_BODY_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | ProcessResponse | str]:
    parsed: Any | ErrorResponse | ProcessResponse | str | None
    try:
        parsed = _parse_response(client=client, response=response)
    except _BODY_ERRORS:
        # Not JSON, empty, truncated, or not the documented shape: keep the raw response, unparsed.
        parsed = None
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        raw=response,
    )


def sync_detailed(
    process_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorResponse | ProcessResponse | str]:
    """Get Process Result

     Endpoint to fetch the result of a process on by Unico.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ProcessResponse | str]
    """

    kwargs = _get_kwargs(
        process_id=process_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    process_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorResponse | ProcessResponse | str | None:
    """Get Process Result

     Endpoint to fetch the result of a process on by Unico.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ProcessResponse | str
    """

    return sync_detailed(
        process_id=process_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    process_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorResponse | ProcessResponse | str]:
    """Get Process Result

     Endpoint to fetch the result of a process on by Unico.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ProcessResponse | str]
    """

    kwargs = _get_kwargs(
        process_id=process_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    process_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorResponse | ProcessResponse | str | None:
    """Get Process Result

     Endpoint to fetch the result of a process on by Unico.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ProcessResponse | str
    """

    return (
        await asyncio_detailed(
            process_id=process_id,
            client=client,
        )
    ).parsed
