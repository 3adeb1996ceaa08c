from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_id_check_process_request import CreateIdCheckProcessRequest
from ...models.created_id_check_process import CreatedIdCheckProcess
from ...models.id_check_error_response import IdCheckErrorResponse
from ...types import Response, decode_json, status_code_of


def _get_kwargs(
    *,
    body: CreateIdCheckProcessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/processes/v1",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatedIdCheckProcess | IdCheckErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreatedIdCheckProcess.from_dict(decode_json(response.content))

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

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = IdCheckErrorResponse.from_dict(decode_json(response.content))

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
        or status_code == 403
        or status_code == 429
        or status_code == 500
    )


# What decoding a body (`response.json()`, including JSONDecodeError and UnicodeDecodeError) or building a model
# from the wrong shape (`from_dict`) raises. errors.UnexpectedStatus is deliberately not among them.
_BODY_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreatedIdCheckProcess | IdCheckErrorResponse]:
    parsed: Any | CreatedIdCheckProcess | IdCheckErrorResponse | None
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
    body: CreateIdCheckProcessRequest,
) -> Response[Any | CreatedIdCheckProcess | IdCheckErrorResponse]:
    """Create Process - IDUnico + IDCheck

     Creates an IDUnico + IDCheck process from a captured selfie. Requires the access token and the
    APIKEY (which selects onboarding or transactional). Unico documents no idempotency key: a creation
    retried after a timeout or a 5xx may create a second, billable verification.

    Args:
        body (CreateIdCheckProcessRequest): The body of IDUnico + IDCheck Create Process.
            Onboarding sends subject; transactional sends references. The APIKEY decides which use
            case runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedIdCheckProcess | IdCheckErrorResponse]
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
    body: CreateIdCheckProcessRequest,
) -> Any | CreatedIdCheckProcess | IdCheckErrorResponse | None:
    """Create Process - IDUnico + IDCheck

     Creates an IDUnico + IDCheck process from a captured selfie. Requires the access token and the
    APIKEY (which selects onboarding or transactional). Unico documents no idempotency key: a creation
    retried after a timeout or a 5xx may create a second, billable verification.

    Args:
        body (CreateIdCheckProcessRequest): The body of IDUnico + IDCheck Create Process.
            Onboarding sends subject; transactional sends references. The APIKEY decides which use
            case runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedIdCheckProcess | IdCheckErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIdCheckProcessRequest,
) -> Response[Any | CreatedIdCheckProcess | IdCheckErrorResponse]:
    """Create Process - IDUnico + IDCheck

     Creates an IDUnico + IDCheck process from a captured selfie. Requires the access token and the
    APIKEY (which selects onboarding or transactional). Unico documents no idempotency key: a creation
    retried after a timeout or a 5xx may create a second, billable verification.

    Args:
        body (CreateIdCheckProcessRequest): The body of IDUnico + IDCheck Create Process.
            Onboarding sends subject; transactional sends references. The APIKEY decides which use
            case runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedIdCheckProcess | IdCheckErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateIdCheckProcessRequest,
) -> Any | CreatedIdCheckProcess | IdCheckErrorResponse | None:
    """Create Process - IDUnico + IDCheck

     Creates an IDUnico + IDCheck process from a captured selfie. Requires the access token and the
    APIKEY (which selects onboarding or transactional). Unico documents no idempotency key: a creation
    retried after a timeout or a 5xx may create a second, billable verification.

    Args:
        body (CreateIdCheckProcessRequest): The body of IDUnico + IDCheck Create Process.
            Onboarding sends subject; transactional sends references. The APIKEY decides which use
            case runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedIdCheckProcess | IdCheckErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
