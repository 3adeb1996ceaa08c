from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_client_v1_process_id_selfie_response_200 import GetClientV1ProcessIdSelfieResponse200
from ...models.get_client_v1_process_id_selfie_response_400 import GetClientV1ProcessIdSelfieResponse400
from ...models.get_client_v1_process_id_selfie_response_403 import GetClientV1ProcessIdSelfieResponse403
from ...models.get_client_v1_process_id_selfie_response_404 import GetClientV1ProcessIdSelfieResponse404
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client/v1/process/{id}/selfie".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetClientV1ProcessIdSelfieResponse200
    | GetClientV1ProcessIdSelfieResponse400
    | GetClientV1ProcessIdSelfieResponse403
    | GetClientV1ProcessIdSelfieResponse404
    | str
    | None
):
    if response.status_code == 200:
        response_200 = GetClientV1ProcessIdSelfieResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetClientV1ProcessIdSelfieResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(str, response.json())
        return response_401

    if response.status_code == 403:
        response_403 = GetClientV1ProcessIdSelfieResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetClientV1ProcessIdSelfieResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetClientV1ProcessIdSelfieResponse200
    | GetClientV1ProcessIdSelfieResponse400
    | GetClientV1ProcessIdSelfieResponse403
    | GetClientV1ProcessIdSelfieResponse404
    | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetClientV1ProcessIdSelfieResponse200
    | GetClientV1ProcessIdSelfieResponse400
    | GetClientV1ProcessIdSelfieResponse403
    | GetClientV1ProcessIdSelfieResponse404
    | str
]:
    """GetSelfie

     Endpoint to retrieve the selfie from the Unico process.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetClientV1ProcessIdSelfieResponse200 | GetClientV1ProcessIdSelfieResponse400 | GetClientV1ProcessIdSelfieResponse403 | GetClientV1ProcessIdSelfieResponse404 | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetClientV1ProcessIdSelfieResponse200
    | GetClientV1ProcessIdSelfieResponse400
    | GetClientV1ProcessIdSelfieResponse403
    | GetClientV1ProcessIdSelfieResponse404
    | str
    | None
):
    """GetSelfie

     Endpoint to retrieve the selfie from the Unico process.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetClientV1ProcessIdSelfieResponse200 | GetClientV1ProcessIdSelfieResponse400 | GetClientV1ProcessIdSelfieResponse403 | GetClientV1ProcessIdSelfieResponse404 | str
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetClientV1ProcessIdSelfieResponse200
    | GetClientV1ProcessIdSelfieResponse400
    | GetClientV1ProcessIdSelfieResponse403
    | GetClientV1ProcessIdSelfieResponse404
    | str
]:
    """GetSelfie

     Endpoint to retrieve the selfie from the Unico process.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetClientV1ProcessIdSelfieResponse200 | GetClientV1ProcessIdSelfieResponse400 | GetClientV1ProcessIdSelfieResponse403 | GetClientV1ProcessIdSelfieResponse404 | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetClientV1ProcessIdSelfieResponse200
    | GetClientV1ProcessIdSelfieResponse400
    | GetClientV1ProcessIdSelfieResponse403
    | GetClientV1ProcessIdSelfieResponse404
    | str
    | None
):
    """GetSelfie

     Endpoint to retrieve the selfie from the Unico process.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetClientV1ProcessIdSelfieResponse200 | GetClientV1ProcessIdSelfieResponse400 | GetClientV1ProcessIdSelfieResponse403 | GetClientV1ProcessIdSelfieResponse404 | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
