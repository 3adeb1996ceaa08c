from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id_check_error_response import IdCheckErrorResponse
from ...models.id_check_process import IdCheckProcess
from ...types import Response, decode_json, status_code_of


def _get_kwargs(
    process_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/processes/v1/{process_id}".format(
            process_id=str(process_id) if type(process_id) is UUID else quote(str(process_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | IdCheckErrorResponse | IdCheckProcess | None:
    if response.status_code == 200:
        response_200 = IdCheckProcess.from_dict(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = IdCheckErrorResponse.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = IdCheckErrorResponse.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = IdCheckErrorResponse.from_dict(decode_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = IdCheckErrorResponse.from_dict(decode_json(response.content))

        return response_404

    if response.status_code == 410:
        response_410 = IdCheckErrorResponse.from_dict(decode_json(response.content))

        return response_410

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

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
        or status_code == 403
        or status_code == 404
        or status_code == 410
        or status_code == 429
    )


# What decoding a body (`response.json()`, including JSONDecodeError and UnicodeDecodeError) or building a model
# from the wrong shape (`from_dict`) raises. errors.UnexpectedStatus is deliberately not among them.
_BODY_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | IdCheckErrorResponse | IdCheckProcess]:
    parsed: Any | IdCheckErrorResponse | IdCheckProcess | None
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
) -> Response[Any | IdCheckErrorResponse | IdCheckProcess]:
    """Get Process - IDUnico + IDCheck

     Obtains the result of the biometric transaction in IDUnico + IDCheck. Requires both an access token
    (Authorization: Bearer) and the APIKEY header.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdCheckErrorResponse | IdCheckProcess]
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
) -> Any | IdCheckErrorResponse | IdCheckProcess | None:
    """Get Process - IDUnico + IDCheck

     Obtains the result of the biometric transaction in IDUnico + IDCheck. Requires both an access token
    (Authorization: Bearer) and the APIKEY header.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdCheckErrorResponse | IdCheckProcess
    """

    return sync_detailed(
        process_id=process_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    process_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | IdCheckErrorResponse | IdCheckProcess]:
    """Get Process - IDUnico + IDCheck

     Obtains the result of the biometric transaction in IDUnico + IDCheck. Requires both an access token
    (Authorization: Bearer) and the APIKEY header.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdCheckErrorResponse | IdCheckProcess]
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
) -> Any | IdCheckErrorResponse | IdCheckProcess | None:
    """Get Process - IDUnico + IDCheck

     Obtains the result of the biometric transaction in IDUnico + IDCheck. Requires both an access token
    (Authorization: Bearer) and the APIKEY header.

    Args:
        process_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdCheckErrorResponse | IdCheckProcess
    """

    return (
        await asyncio_detailed(
            process_id=process_id,
            client=client,
        )
    ).parsed
