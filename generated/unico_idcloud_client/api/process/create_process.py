from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_process_request import CreateProcessRequest
from ...models.create_process_response import CreateProcessResponse
from ...models.error_response import ErrorResponse
from ...types import Response, decode_json, status_code_of


def _get_kwargs(
    *,
    body: CreateProcessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/v1/process",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateProcessResponse | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = CreateProcessResponse.from_dict(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = decode_json(response.content)
        if not isinstance(response_401, str):
            raise TypeError("the body does not have its documented type")
        return response_401

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
    return status_code == 200 or status_code == 400 or status_code == 401 or status_code == 429 or status_code == 500


# What decoding a body (`response.json()`, including JSONDecodeError and UnicodeDecodeError) or building a model
# from the wrong shape (`from_dict`) raises. errors.UnexpectedStatus is deliberately not among them.
_BODY_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateProcessResponse | ErrorResponse | str]:
    parsed: Any | CreateProcessResponse | ErrorResponse | str | None
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
    *,
    client: AuthenticatedClient,
    body: CreateProcessRequest,
) -> Response[Any | CreateProcessResponse | ErrorResponse | str]:
    """Create Process

     Creates a process at Unico and answers its id and the link to send the user to. Call it from the
    back end only. Unico documents no idempotency key: a creation retried after a timeout or a 5xx may
    create a second, billable process, so never resend one whose outcome is unknown.

    Args:
        body (CreateProcessRequest): The body of Create Process. Some fields are required by
            certain flows only: person.email and payload for electronic-signature flows, bioTokenId
            for idtoken, useCase for idsmart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateProcessResponse | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateProcessRequest,
) -> Any | CreateProcessResponse | ErrorResponse | str | None:
    """Create Process

     Creates a process at Unico and answers its id and the link to send the user to. Call it from the
    back end only. Unico documents no idempotency key: a creation retried after a timeout or a 5xx may
    create a second, billable process, so never resend one whose outcome is unknown.

    Args:
        body (CreateProcessRequest): The body of Create Process. Some fields are required by
            certain flows only: person.email and payload for electronic-signature flows, bioTokenId
            for idtoken, useCase for idsmart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateProcessResponse | ErrorResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateProcessRequest,
) -> Response[Any | CreateProcessResponse | ErrorResponse | str]:
    """Create Process

     Creates a process at Unico and answers its id and the link to send the user to. Call it from the
    back end only. Unico documents no idempotency key: a creation retried after a timeout or a 5xx may
    create a second, billable process, so never resend one whose outcome is unknown.

    Args:
        body (CreateProcessRequest): The body of Create Process. Some fields are required by
            certain flows only: person.email and payload for electronic-signature flows, bioTokenId
            for idtoken, useCase for idsmart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateProcessResponse | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateProcessRequest,
) -> Any | CreateProcessResponse | ErrorResponse | str | None:
    """Create Process

     Creates a process at Unico and answers its id and the link to send the user to. Call it from the
    back end only. Unico documents no idempotency key: a creation retried after a timeout or a 5xx may
    create a second, billable process, so never resend one whose outcome is unknown.

    Args:
        body (CreateProcessRequest): The body of Create Process. Some fields are required by
            certain flows only: person.email and payload for electronic-signature flows, bioTokenId
            for idtoken, useCase for idsmart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateProcessResponse | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
