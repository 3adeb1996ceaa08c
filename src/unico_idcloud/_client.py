"""``IDCloud`` and ``AsyncIDCloud``: the generated operations behind service-account auth, retries, a rate limit and
typed errors. Everything but the I/O is in :mod:`._core` (assembly) and :mod:`._operations` (what each call is)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from types import TracebackType
from typing import Self, TypeVar, Unpack
from uuid import UUID

import anyio.to_thread
import httpx
from unico_idcloud_client.models import (
    CreatedIdCheckProcess,
    CreatedProcess,
    EvidenceSet,
    IdCheckProcess,
    Process,
    ProcessWithDocument,
    Selfie,
    SetDocumentDuiType,
)

from ._account import ServiceAccount
from ._bulk import DEFAULT_CONCURRENCY, ProcessId, ProcessOutcome, check_concurrency, iterate_async, iterate_sync
from ._config import AsyncClientOptions, CallOptions, SyncClientOptions, split_call_options
from ._cookieless import AsyncCookielessClient, CookielessClient
from ._core import BaseClient, network_of, no_response, reading
from ._create import CreateProcessCall, create_process_request, set_document_request
from ._evidence import EvidenceSetPdf, evidence_pdf, save_pdf
from ._idcheck_create import CreateIdCheckCall, creation_request_of
from ._operations import (
    CREATE_IDCHECK_PROCESS,
    CREATE_PROCESS,
    GET_EVIDENCE_SET,
    GET_IDCHECK_PROCESS,
    GET_PROCESS,
    GET_SELFIE,
    SET_PROCESS_DOCUMENT,
    Operation,
)
from ._outcome import process_id_of
from ._raw import RawResponse
from ._selfie import SelfieImage, save, selfie_image
from ._token import AccessToken
from ._wait import DEFAULT_WAIT_TIMEOUT, FIRST_INTERVAL, MAX_INTERVAL, Poller, wait_async, wait_sync
from ._writes import write_outcome

T = TypeVar("T")


class IDCloud(BaseClient[httpx.Client]):
    """A synchronous client for Unico IDCloud. Thread-safe: share one per process (it holds the token, the
    connection pool and the rate limit).

    Args:
        account: the service account (see :class:`ServiceAccount`); or give ``token`` instead.
        environment: :attr:`Environment.UAT` (default), :attr:`Environment.PRODUCTION`, a custom
            :class:`Environment`, or its name.
        token: an access token minted elsewhere: a string, or a callable returning one (asked again after a 401).
        api_key: the ``APIKEY`` of IDUnico + IDCheck (only :meth:`get_idcheck_process` needs it).
        timeout: per attempt, in seconds or as an ``httpx.Timeout`` (default 30 s, 5 s to connect).
        max_retries: retries of a request on 429, 5xx, connection errors and timeouts (default 3).
        retry_deadline: the most time one call spends waiting between its retries (default 60 s).
        rate_limit: requests per second for this client (default 10, Unico's default per tenant), a
            :class:`RateLimiter` shared with other clients, or ``None`` for no limit.
        transport: any httpx transport (for example ``FakeUnico().transport()`` in tests), used as it is (no proxy).
        http_client: an ``httpx.Client`` of yours to send each attempt with (its transport, proxies, TLS settings
            and event hooks), under the retries and the rate limit; you close it. Not with ``transport``.
        clock: where time is read and waited for (tests pass a virtual clock).
        default_headers: headers sent with every request, the token request included (``Authorization`` and
            ``APIKEY`` stay the client's; a ``User-Agent`` here replaces ``unico-idcloud/<version> ...``).
        proxy: a proxy for every request (``"http://proxy:3128"`` or an ``httpx.Proxy``), as httpx's ``proxy=``.
        trust_env: read ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` (default ``True``, as
            httpx). Neither applies to a ``transport`` you give: it is used as it is.

    Every operation also takes ``timeout=`` and ``extra_headers=`` for that call (:class:`CallOptions`);
    :meth:`with_options` makes a copy with other defaults, and :attr:`with_raw_response` gives the HTTP response of
    a successful call.
    """

    def __init__(self, account: ServiceAccount | None = None, **options: Unpack[SyncClientOptions]) -> None:
        transport = network_of(options.pop("transport", None), options.pop("http_client", None), httpx.Client)
        super().__init__(account, options, transport, CookielessClient, httpx.HTTPTransport)

    @staticmethod
    def _exchange(http: httpx.Client, request: httpx.Request) -> httpx.Response:
        """The one synchronous send of every operation: the response, its body read (failures typed)."""
        with no_response():
            response = http.send(request, stream=True)
        try:
            with reading(response):
                response.read()
        finally:
            response.close()
        return response

    def _send(self, operation: Operation[T], args: tuple[object, ...], options: CallOptions) -> RawResponse[T]:
        """An operation's raw response (an error status raises)."""
        http, request = self._request(operation, args, options)
        with write_outcome(operation, args):
            return self._raw(operation, self._exchange(http, request))

    def _call(self, operation: Operation[T], *args: object, **options: Unpack[CallOptions]) -> T:
        """An operation's model (an error status raises); no :class:`RawResponse` is made on this, the usual path."""
        http, request = self._request(operation, args, options)
        with write_outcome(operation, args):
            return self._result(operation, self._exchange(http, request))

    @property
    def with_raw_response(self) -> IDCloudWithRawResponse:
        """The operations, returning a :class:`RawResponse` (``status_code``, ``headers``, ``http_response``,
        ``.parse()``): ``client.with_raw_response.get_process(id).headers``."""
        return IDCloudWithRawResponse(self)

    def access_token(self) -> AccessToken:
        """The current access token (fetched if there is none or it is about to expire)."""
        return self._shared.tokens.token()

    def get_process(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> Process:
        """Get Process (by Unico): the process, its state, result and per-capability results."""
        return self._call(GET_PROCESS, process_id_of(process_id), **options)

    def get_selfie(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> Selfie:
        """Get Selfie (by Unico): the selfie of a finished process, base64 in ``file_contents``."""
        return self._call(GET_SELFIE, process_id_of(process_id), **options)

    def get_idcheck_process(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> IdCheckProcess:
        """Get Process (IDUnico + IDCheck); status 5 (error) raises :class:`~unico_idcloud.errors.Gone`."""
        return self._call(GET_IDCHECK_PROCESS, process_id_of(process_id), **options)

    def create_process(self, **arguments: Unpack[CreateProcessCall]) -> CreatedProcess:
        """Create Process (by Unico): a process for ``person`` on ``flow``; send the user to the returned
        ``user_redirect_url`` (or start the SDK with its ``token``). Keywords: ``flow``, ``purpose``,
        ``callback_uri`` (required), ``person`` (a ``CreateProcessPerson``), ``client_reference``,
        ``company_branch_id``, ``bio_token_id``, ``use_case``, ``expires_in`` (a ``timedelta`` or seconds),
        ``flow_config``, ``payload``; and the per-call ``timeout`` and ``extra_headers``.

        Sent once unless Unico provably did not act on it (no connection was made, or a 429): a 5xx, a timeout
        after sending or a dropped connection raises :class:`~unico_idcloud.errors.OutcomeUnknown` (never resent:
        a second creation is billed); a 400 raises :class:`~unico_idcloud.errors.InvalidRequest` with ``field``."""
        options = split_call_options(arguments)
        return self._call(CREATE_PROCESS, create_process_request(arguments), **options)

    def set_process_document(
        self,
        process_id: UUID | str,
        *,
        dui_type: SetDocumentDuiType | str,
        dui_value: str,
        **options: Unpack[CallOptions],
    ) -> ProcessWithDocument:
        """Set Process Document (by Unico): the document of a process in ``AWAITING_FOR_DOCUMENT``
        (``dui_type`` CPF, CURP or SSN; ``dui_value`` without formatting); a write, sent as
        :meth:`create_process` is."""
        body = set_document_request(dui_type, dui_value)
        return self._call(SET_PROCESS_DOCUMENT, process_id_of(process_id), body, **options)

    def get_evidence_set(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> EvidenceSetPdf:
        """Get Evidence Set (by Unico), decoded: the PDF of a finished process (for about two hours after it
        finished), checked to be one (:class:`~unico_idcloud.errors.InvalidEvidenceSet` otherwise)."""
        raw = self._send(GET_EVIDENCE_SET, (process_id_of(process_id),), options)
        return evidence_pdf(raw.parse(), raw.http_response)

    def save_evidence_set(self, process_id: UUID | str, path: str | os.PathLike[str]) -> EvidenceSetPdf:
        """Get the evidence set and write its PDF to ``path`` atomically, readable by the owner only (0600)."""
        return save_pdf(self.get_evidence_set(process_id), path)

    def create_idcheck_process(self, **arguments: Unpack[CreateIdCheckCall]) -> CreatedIdCheckProcess:
        """IDUnico + IDCheck Create Process (the "by Client" integration) from a selfie you captured: ``image`` is
        the encrypted JWT Unico's SDK produced (a ``str``), or the bytes of a JPEG, PNG or WebP (encoded for you).
        The image is checked before sending (format, at most 800 KB as base64, at least 640 x 480):
        :class:`~unico_idcloud.errors.InvalidImage` names the limit. ``cpf`` is ``subject.code`` (digits only),
        ``name`` ``subject.name``. The answer may already be final (status 3 or 5: pass it to
        :func:`~unico_idcloud.decide_idcheck`); status 1 means poll :meth:`get_idcheck_process`. Never resent once
        it may have reached Unico: a 5xx, a timeout or a dropped connection raise
        :class:`~unico_idcloud.errors.OutcomeUnknown` (a second creation is a second, billable verification).
        Keywords: ``cpf``, ``name``, ``image`` (required), ``gender``, ``birth_date``,
        ``email``, ``phone``, ``use_case``, ``subsidiary_id``; and the per-call ``timeout`` and ``extra_headers``.
        Unico's error codes: ``IDCHECK_CREATE_ERRORS``."""
        options = split_call_options(arguments)
        return self._call(CREATE_IDCHECK_PROCESS, creation_request_of(arguments), **options)

    def wait_for_result(
        self,
        process_id: UUID | str,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        *,
        first_interval: float = FIRST_INTERVAL,
        max_interval: float = MAX_INTERVAL,
    ) -> Process:
        """Poll Get Process until the process is final (``PROCESS_STATE_FINISHED`` or ``PROCESS_STATE_FAILED``) and
        return it; raise :class:`~unico_idcloud.errors.WaitTimeout` (with the last state seen) after ``timeout``
        seconds.

        Unico recommends webhooks (sent when a process finishes) and polling only as a fallback: use this where a
        webhook cannot reach you, or to catch one that was missed. Polls start ``first_interval`` apart and spread
        out by half each time up to ``max_interval``; each goes through the client's rate limit and retries. A poll
        that fails after its retries (429, 5xx, no response) does not end the wait; any other error is raised."""
        pid = process_id_of(process_id)
        poller = Poller(self._config.clock, timeout, first_interval, max_interval)
        return wait_sync(lambda: self.get_process(pid), poller, self._config.clock)

    def get_selfie_image(self, process_id: UUID | str) -> SelfieImage:
        """Get Selfie, decoded: the image bytes and their content type, checked against each other
        (:class:`~unico_idcloud.errors.InvalidSelfie` if they disagree)."""
        raw = self._send(GET_SELFIE, (process_id_of(process_id),), {})
        return selfie_image(raw.parse(), raw.http_response)

    def save_selfie(self, process_id: UUID | str, path: str | os.PathLike[str]) -> SelfieImage:
        """Get the selfie and write it to ``path`` atomically, readable by the owner only (0600)."""
        return save(self.get_selfie_image(process_id), path)

    def get_processes(
        self, ids: Iterable[ProcessId], *, concurrency: int = DEFAULT_CONCURRENCY
    ) -> Iterator[ProcessOutcome]:
        """Get Process for many ids, ``concurrency`` at a time (threads): one :class:`ProcessOutcome` per id, in
        the order they finish, never dropped or repeated. ``ids`` is read lazily, so memory stays bounded."""
        return iterate_sync(self.get_process, ids, check_concurrency(concurrency))

    def close(self) -> None:
        for http in self._http_clients():
            http.close()
        for transport in self._transports():
            transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncIDCloud(BaseClient[httpx.AsyncClient]):
    """:class:`IDCloud` for asyncio (and trio): the same arguments, ``async`` methods, ``async with``. Share one per
    event loop; every task using it shares its token and rate limit."""

    def __init__(self, account: ServiceAccount | None = None, **options: Unpack[AsyncClientOptions]) -> None:
        transport = network_of(options.pop("transport", None), options.pop("http_client", None), httpx.AsyncClient)
        super().__init__(account, options, transport, AsyncCookielessClient, httpx.AsyncHTTPTransport)

    @staticmethod
    async def _exchange(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        """The one asynchronous send of every operation: the response, its body read (failures typed)."""
        with no_response():
            response = await http.send(request, stream=True)
        try:
            with reading(response):
                await response.aread()
        finally:
            await response.aclose()
        return response

    async def _send(self, operation: Operation[T], args: tuple[object, ...], options: CallOptions) -> RawResponse[T]:
        """An operation's raw response (an error status raises)."""
        http, request = self._request(operation, args, options)
        with write_outcome(operation, args):
            return self._raw(operation, await self._exchange(http, request))

    async def _call(self, operation: Operation[T], *args: object, **options: Unpack[CallOptions]) -> T:
        """An operation's model (an error status raises); no :class:`RawResponse` is made on this, the usual path."""
        http, request = self._request(operation, args, options)
        with write_outcome(operation, args):
            return self._result(operation, await self._exchange(http, request))

    @property
    def with_raw_response(self) -> AsyncIDCloudWithRawResponse:
        """The operations, returning a :class:`RawResponse`: ``(await
        client.with_raw_response.get_process(id)).headers``."""
        return AsyncIDCloudWithRawResponse(self)

    async def access_token(self) -> AccessToken:
        """The current access token (fetched if there is none or it is about to expire)."""
        return await self._shared.tokens.atoken()

    async def get_process(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> Process:
        """Get Process (by Unico): the process, its state, result and per-capability results."""
        return await self._call(GET_PROCESS, process_id_of(process_id), **options)

    async def get_selfie(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> Selfie:
        """Get Selfie (by Unico): the selfie of a finished process, base64 in ``file_contents``."""
        return await self._call(GET_SELFIE, process_id_of(process_id), **options)

    async def get_idcheck_process(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> IdCheckProcess:
        """Get Process (IDUnico + IDCheck); status 5 (error) raises :class:`~unico_idcloud.errors.Gone`."""
        return await self._call(GET_IDCHECK_PROCESS, process_id_of(process_id), **options)

    async def create_process(self, **arguments: Unpack[CreateProcessCall]) -> CreatedProcess:
        """Create Process (by Unico): a process for ``person`` on ``flow``; send the user to the returned
        ``user_redirect_url`` (or start the SDK with its ``token``). Keywords: ``flow``, ``purpose``,
        ``callback_uri`` (required), ``person`` (a ``CreateProcessPerson``), ``client_reference``,
        ``company_branch_id``, ``bio_token_id``, ``use_case``, ``expires_in`` (a ``timedelta`` or seconds),
        ``flow_config``, ``payload``; and the per-call ``timeout`` and ``extra_headers``.

        Sent once unless Unico provably did not act on it (no connection was made, or a 429): a 5xx, a timeout
        after sending or a dropped connection raises :class:`~unico_idcloud.errors.OutcomeUnknown` (never resent:
        a second creation is billed); a 400 raises :class:`~unico_idcloud.errors.InvalidRequest` with ``field``."""
        options = split_call_options(arguments)
        return await self._call(CREATE_PROCESS, create_process_request(arguments), **options)

    async def set_process_document(
        self,
        process_id: UUID | str,
        *,
        dui_type: SetDocumentDuiType | str,
        dui_value: str,
        **options: Unpack[CallOptions],
    ) -> ProcessWithDocument:
        """Set Process Document (by Unico): the document of a process in ``AWAITING_FOR_DOCUMENT``
        (``dui_type`` CPF, CURP or SSN; ``dui_value`` without formatting); a write, sent as
        :meth:`create_process` is."""
        body = set_document_request(dui_type, dui_value)
        return await self._call(SET_PROCESS_DOCUMENT, process_id_of(process_id), body, **options)

    async def get_evidence_set(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> EvidenceSetPdf:
        """Get Evidence Set (by Unico), decoded: the PDF of a finished process (for about two hours after it
        finished), checked to be one (:class:`~unico_idcloud.errors.InvalidEvidenceSet` otherwise)."""
        raw = await self._send(GET_EVIDENCE_SET, (process_id_of(process_id),), options)
        return evidence_pdf(raw.parse(), raw.http_response)

    async def save_evidence_set(self, process_id: UUID | str, path: str | os.PathLike[str]) -> EvidenceSetPdf:
        """Get the evidence set and write its PDF to ``path`` atomically, readable by the owner only (0600)."""
        pdf = await self.get_evidence_set(process_id)
        return await anyio.to_thread.run_sync(save_pdf, pdf, path)

    async def create_idcheck_process(self, **arguments: Unpack[CreateIdCheckCall]) -> CreatedIdCheckProcess:
        """IDUnico + IDCheck Create Process (the "by Client" integration) from a selfie you captured: ``image`` is
        the encrypted JWT Unico's SDK produced (a ``str``), or the bytes of a JPEG, PNG or WebP (encoded for you).
        The image is checked before sending (format, at most 800 KB as base64, at least 640 x 480):
        :class:`~unico_idcloud.errors.InvalidImage` names the limit. ``cpf`` is ``subject.code`` (digits only),
        ``name`` ``subject.name``. The answer may already be final (status 3 or 5: pass it to
        :func:`~unico_idcloud.decide_idcheck`); status 1 means poll :meth:`get_idcheck_process`. Never resent once
        it may have reached Unico: a 5xx, a timeout or a dropped connection raise
        :class:`~unico_idcloud.errors.OutcomeUnknown` (a second creation is a second, billable verification).
        Keywords: ``cpf``, ``name``, ``image`` (required), ``gender``, ``birth_date``,
        ``email``, ``phone``, ``use_case``, ``subsidiary_id``; and the per-call ``timeout`` and ``extra_headers``.
        Unico's error codes: ``IDCHECK_CREATE_ERRORS``."""
        options = split_call_options(arguments)
        return await self._call(CREATE_IDCHECK_PROCESS, creation_request_of(arguments), **options)

    async def wait_for_result(
        self,
        process_id: UUID | str,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        *,
        first_interval: float = FIRST_INTERVAL,
        max_interval: float = MAX_INTERVAL,
    ) -> Process:
        """Poll Get Process until the process is final (``PROCESS_STATE_FINISHED`` or ``PROCESS_STATE_FAILED``) and
        return it; raise :class:`~unico_idcloud.errors.WaitTimeout` (with the last state seen) after ``timeout``
        seconds.

        Unico recommends webhooks (sent when a process finishes) and polling only as a fallback: use this where a
        webhook cannot reach you, or to catch one that was missed. Polls start ``first_interval`` apart and spread
        out by half each time up to ``max_interval``; each goes through the client's rate limit and retries. A poll
        that fails after its retries (429, 5xx, no response) does not end the wait; any other error is raised."""
        pid = process_id_of(process_id)
        poller = Poller(self._config.clock, timeout, first_interval, max_interval)
        return await wait_async(lambda: self.get_process(pid), poller, self._config.clock)

    async def get_selfie_image(self, process_id: UUID | str) -> SelfieImage:
        """Get Selfie, decoded: the image bytes and their content type, checked against each other
        (:class:`~unico_idcloud.errors.InvalidSelfie` if they disagree)."""
        raw = await self._send(GET_SELFIE, (process_id_of(process_id),), {})
        return selfie_image(raw.parse(), raw.http_response)

    async def save_selfie(self, process_id: UUID | str, path: str | os.PathLike[str]) -> SelfieImage:
        """Get the selfie and write it to ``path`` atomically, readable by the owner only (0600)."""
        image = await self.get_selfie_image(process_id)
        return await anyio.to_thread.run_sync(save, image, path)

    def get_processes(
        self, ids: Iterable[ProcessId] | AsyncIterable[ProcessId], *, concurrency: int = DEFAULT_CONCURRENCY
    ) -> AsyncIterator[ProcessOutcome]:
        """Get Process for many ids, ``concurrency`` at a time: ``async for outcome in client.get_processes(ids)``
        yields one :class:`ProcessOutcome` per id (the process or the typed error), in the order they finish, never
        dropped or repeated. ``ids`` (an iterable or async iterable) is read lazily and at most ``concurrency``
        outcomes are held, so 100,000 ids take no more memory than 10. To stop early, close the iterator
        (``async with contextlib.aclosing(client.get_processes(ids)) as outcomes:``)."""
        return iterate_async(self.get_process, ids, check_concurrency(concurrency))

    async def aclose(self) -> None:
        for http in self._http_clients():
            await http.aclose()
        for transport in self._transports():
            await transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class IDCloudWithRawResponse:
    """``IDCloud.with_raw_response``: each operation returns its :class:`RawResponse`."""

    def __init__(self, client: IDCloud) -> None:
        self._client = client

    def get_process(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> RawResponse[Process]:
        return self._client._send(GET_PROCESS, (process_id_of(process_id),), options)

    def get_selfie(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> RawResponse[Selfie]:
        return self._client._send(GET_SELFIE, (process_id_of(process_id),), options)

    def get_idcheck_process(
        self, process_id: UUID | str, **options: Unpack[CallOptions]
    ) -> RawResponse[IdCheckProcess]:
        return self._client._send(GET_IDCHECK_PROCESS, (process_id_of(process_id),), options)

    def create_process(self, **arguments: Unpack[CreateProcessCall]) -> RawResponse[CreatedProcess]:
        options = split_call_options(arguments)
        return self._client._send(CREATE_PROCESS, (create_process_request(arguments),), options)

    def set_process_document(
        self,
        process_id: UUID | str,
        *,
        dui_type: SetDocumentDuiType | str,
        dui_value: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ProcessWithDocument]:
        body = set_document_request(dui_type, dui_value)
        return self._client._send(SET_PROCESS_DOCUMENT, (process_id_of(process_id), body), options)

    def get_evidence_set(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> RawResponse[EvidenceSet]:
        """The evidence set as Unico sent it (``parse()`` gives the base64 model; ``IDCloud.get_evidence_set``
        decodes and checks the PDF)."""
        return self._client._send(GET_EVIDENCE_SET, (process_id_of(process_id),), options)

    def create_idcheck_process(self, **arguments: Unpack[CreateIdCheckCall]) -> RawResponse[CreatedIdCheckProcess]:
        options = split_call_options(arguments)
        return self._client._send(CREATE_IDCHECK_PROCESS, (creation_request_of(arguments),), options)


class AsyncIDCloudWithRawResponse:
    """``AsyncIDCloud.with_raw_response``: each operation returns its :class:`RawResponse`."""

    def __init__(self, client: AsyncIDCloud) -> None:
        self._client = client

    async def get_process(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> RawResponse[Process]:
        return await self._client._send(GET_PROCESS, (process_id_of(process_id),), options)

    async def get_selfie(self, process_id: UUID | str, **options: Unpack[CallOptions]) -> RawResponse[Selfie]:
        return await self._client._send(GET_SELFIE, (process_id_of(process_id),), options)

    async def get_idcheck_process(
        self, process_id: UUID | str, **options: Unpack[CallOptions]
    ) -> RawResponse[IdCheckProcess]:
        return await self._client._send(GET_IDCHECK_PROCESS, (process_id_of(process_id),), options)

    async def create_process(self, **arguments: Unpack[CreateProcessCall]) -> RawResponse[CreatedProcess]:
        options = split_call_options(arguments)
        return await self._client._send(CREATE_PROCESS, (create_process_request(arguments),), options)

    async def set_process_document(
        self,
        process_id: UUID | str,
        *,
        dui_type: SetDocumentDuiType | str,
        dui_value: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ProcessWithDocument]:
        body = set_document_request(dui_type, dui_value)
        return await self._client._send(SET_PROCESS_DOCUMENT, (process_id_of(process_id), body), options)

    async def get_evidence_set(
        self, process_id: UUID | str, **options: Unpack[CallOptions]
    ) -> RawResponse[EvidenceSet]:
        """The evidence set as Unico sent it (``parse()`` gives the base64 model; ``AsyncIDCloud.get_evidence_set``
        decodes and checks the PDF)."""
        return await self._client._send(GET_EVIDENCE_SET, (process_id_of(process_id),), options)

    async def create_idcheck_process(
        self, **arguments: Unpack[CreateIdCheckCall]
    ) -> RawResponse[CreatedIdCheckProcess]:
        options = split_call_options(arguments)
        return await self._client._send(CREATE_IDCHECK_PROCESS, (creation_request_of(arguments),), options)
