"""FakeUnico: one fake Unico (token endpoint, by Unico's reads and writes, IDUnico/IDCheck) and its switches."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from starlette.types import Receive, Scope, Send

from .._account import ServiceAccount
from ._accounts import generate_service_account
from ._app import Components, FakeUnicoApp, RequestCounts
from ._assertion import UAT_TOKEN_HOST, make_assertion
from ._auth import AccountState, Authority
from ._bodies import (
    JPEG_SELFIE,
    POSITIVE_AUTHENTICATION,
    SelfieAccess,
    SelfieSpec,
    build_idcheck_process,
    build_process,
)
from ._catalogue import seeded_idcheck_processes, seeded_processes
from ._clock import Clock, OffsetClock, as_clock
from ._faults import Fault, FaultRule, Faults
from ._idcheck_create import IdCheckCreation, SdkTokens
from ._processes import ProcessRecord, ProcessStore, Stage, new_process_id
from ._ratelimit import DEFAULT_RATE_LIMIT, RateLimiter
from ._transport import SyncASGITransport
from ._webhooks import WebhookCredentials, WebhookRegistration, WebhookSender, notification_body

_DEFAULT: Any = object()
FAKE_BASE_URL = "https://fake-unico.test"


class FakeUnico:
    """A faithful fake of Unico's IDCloud APIs, as an ASGI app (``fake`` itself is the app).

    Args:
        clock: a :class:`unico_idcloud.Clock`, shared with a client under test if you like (default: real time
            with an ``advance`` method, :class:`OffsetClock`). A bare ``() -> seconds`` callable still works for one
            release and warns.
        token_host: the ``aud`` assertions must carry (no trailing slash); Unico's UAT host by default.
        token_lifetime: ``expires_in`` of issued access tokens, in seconds.
        rate_limit: requests per second per tenant on the API endpoints (``None``: unlimited).
        retry_after: send ``Retry-After`` with 429 (Unico documents none; off by default).
        seed: load the :class:`Scenario` / :class:`IdCheckScenario` catalogue.
        lock_after_failures: lock an account (1.2.18) after this many bad signatures (``None``: never).
    """

    def __init__(
        self,
        *,
        clock: Clock | Callable[[], float] | None = None,
        token_host: str = UAT_TOKEN_HOST,
        token_lifetime: int = 3600,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        retry_after: bool = False,
        seed: bool = True,
        lock_after_failures: int | None = None,
    ) -> None:
        self.clock: Clock = as_clock(clock) if clock is not None else OffsetClock()
        self.authority = Authority(
            self.clock, token_host=token_host, token_lifetime=token_lifetime, lock_after_failures=lock_after_failures
        )
        self.limiter = RateLimiter(self.clock, rate_limit)
        self.store = ProcessStore(self.clock)
        self.faults = Faults()
        self.retry_after = retry_after
        self.api_keys: set[str] = set()
        self.api_key = self.add_api_key()
        if seed:
            for record in seeded_processes():
                self.store.put(self.store.by_unico, record)
            for record in seeded_idcheck_processes():
                self.store.put(self.store.idcheck, record)
        self.webhooks = WebhookSender(
            next_due=self.store.next_due, move_on_due=self.store.move_on_due, clock=self.clock
        )
        self.store.on_finished = self._process_finished
        self.finish_created_after: float | None = None
        """Seconds (fake's clock) after which a process Create Process stores in PROCESS_STATE_CREATED finishes OK by
        itself, and notifies, as if the person had gone through the journey (``None``: only when a test calls
        :meth:`finish_process`, or when it expires)."""
        self._received = RequestCounts()
        self._created: list[str] = []
        self._created_lock = threading.Lock()
        self.idcheck_creation = IdCheckCreation()
        """How the next valid IDUnico + IDCheck creation is answered (replace it to choose the scenario)."""
        self.sdk_tokens = SdkTokens(self.clock)
        self._idcheck_created: list[str] = []
        self.app = FakeUnicoApp(
            Components(
                self.authority,
                self.limiter,
                self.store,
                self.faults,
                self.api_keys,
                lambda: self.retry_after,
                self._received,
                self._process_created,
                lambda: self.finish_created_after,
                idcheck_creation=lambda: self.idcheck_creation,
                sdk_tokens=self.sdk_tokens,
                on_idcheck_created=self._idcheck_process_created,
            )
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    def __repr__(self) -> str:
        return f"FakeUnico(token_host={self.token_host!r}, rate_limit={self.rate_limit!r})"

    # --- configuration --------------------------------------------------------------------------------

    @property
    def token_host(self) -> str:
        return self.authority.token_host

    @token_host.setter
    def token_host(self, host: str) -> None:
        """The ``aud`` assertions must carry from now on (``make mock`` sets its own URL)."""
        self.authority.token_host = host.rstrip("/")

    @property
    def rate_limit(self) -> int | None:
        return self.limiter.limit

    @rate_limit.setter
    def rate_limit(self, limit: int | None) -> None:
        self.limiter.limit = limit

    def advance_clock(self, seconds: float) -> float:
        """Move the fake's time forward (expires tokens, finishes timed processes); needs a clock with
        ``advance`` (the default :class:`OffsetClock`, or :class:`ManualClock`)."""
        advance = getattr(self.clock, "advance", None)
        if advance is None:
            raise TypeError("this fake's clock cannot be advanced")
        now = float(advance(seconds))
        self.store.move_on_due()  # timed processes finish now, and notify, whether or not anyone polls
        self.webhooks.wake()
        return now

    # --- accounts and keys ----------------------------------------------------------------------------

    def add_service_account(self, account: ServiceAccount | None = None, **generate: str) -> ServiceAccount:
        """Register ``account`` (or a freshly generated one, see :func:`generate_service_account`); return it:
        the client takes it as it is, ``IDCloud(account, transport=fake.transport())``."""
        account = account if account is not None else generate_service_account(**generate)
        self.authority.register(account)
        return account

    def account_state(self, account: ServiceAccount) -> AccountState:
        """Switches for a registered account: ``active`` (1.2.11), ``application_active`` (1.0.14),
        ``permitted`` (1.2.14), ``locked`` (1.2.18)."""
        return self.authority.state(account)

    def revoke_key(self, account: ServiceAccount) -> None:
        """Refuse ``account``'s current key from now on (1.2.6). Register a rotated account to go on."""
        self.authority.revoke_key(account)

    def revoke_tokens(self) -> None:
        """Invalidate every access token issued so far (401 ``"Jwt verification fails"``)."""
        self.authority.revoke_tokens()

    def add_api_key(self, key: str | None = None) -> str:
        """Accept another IDCheck ``APIKEY``; return it."""
        key = key or f"fake-apikey-{secrets.token_hex(8)}"
        self.api_keys.add(key)
        return key

    def make_assertion(self, account: ServiceAccount, **knobs: Any) -> str:
        """:func:`make_assertion` with this fake's audience and clock as defaults."""
        knobs.setdefault("audience", self.token_host)
        knobs.setdefault("now", self.clock.time())
        return make_assertion(account, **knobs)

    def issue_token(self, account: ServiceAccount) -> str:
        """An access token for ``account`` without going through HTTP (registers the account if needed)."""
        self.authority.register(account)
        return self.authority.issue(account)

    # --- processes ------------------------------------------------------------------------------------

    def add_process(
        self,
        process_id: str | None = None,
        *,
        state: str = "PROCESS_STATE_FINISHED",
        result: str | None = None,
        authentication_info: Mapping[str, Any] | None = None,
        selfie: SelfieSpec | None = _DEFAULT,
        then: Mapping[str, Any] | None = None,
        after_polls: int | None = None,
        after_seconds: float | None = None,
        tenant_id: str | None = None,
        body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> str:
        """Add a by Unico process; return its id.

        The body is :func:`build_process` of the arguments (every field present, capabilities not given
        are ``*_UNSPECIFIED``; ``fields`` override top-level keys such as ``flow`` or ``services``), or
        ``body`` verbatim. ``selfie``: a :class:`Selfie`, ``SelfieAccess.FORBIDDEN`` (403) or
        ``None``/``SelfieAccess.NONE`` (404); by default a JPEG once finished.

        To have it finish later, give ``after_polls`` (reads of the process) and/or ``after_seconds``
        (on the fake's clock); it then becomes ``then`` (keyword arguments of :func:`build_process`;
        default: finished, OK, positive results, with a JPEG selfie). ``tenant_id`` hides it from
        other tenants (404).
        """
        process_id = (process_id or new_process_id()).lower()
        if body is not None:
            first = {**body, "id": process_id}
        else:
            first = build_process(
                process_id, state=state, result=result, authentication_info=authentication_info, **fields
            )
        if selfie is _DEFAULT:
            selfie = JPEG_SELFIE if first.get("state") == "PROCESS_STATE_FINISHED" else SelfieAccess.NONE
        record = ProcessRecord(process_id, Stage(first, selfie or SelfieAccess.NONE), tenant_id=tenant_id)
        if after_polls is not None or after_seconds is not None:
            final: dict[str, Any] = dict(then) if then is not None else {"authentication_info": POSITIVE_AUTHENTICATION}
            final_selfie: SelfieSpec | None = final.pop("selfie", JPEG_SELFIE)
            record.then = Stage(build_process(process_id, **final), final_selfie or SelfieAccess.NONE)
            record.after_polls, record.after_seconds = after_polls, after_seconds
        process_id = self.store.put(self.store.by_unico, record)
        self.webhooks.wake()
        return process_id

    def add_idcheck_process(
        self,
        process_id: str | None = None,
        *,
        status: int = 3,
        unico_id: str | None = "yes",
        liveness: int | None = 1,
        score: int | None = None,
        serpro: int | None = None,
        fraudsters: str | None = None,
        then: Mapping[str, Any] | None = None,
        after_polls: int | None = None,
        after_seconds: float | None = None,
        tenant_id: str | None = None,
    ) -> str:
        """Add an IDUnico + IDCheck process; return its id. Status 5 answers 410 Gone.

        ``then`` (keyword arguments of :func:`build_idcheck_process`; default status 3, "yes", liveness 1)
        replaces it after ``after_polls`` reads or ``after_seconds``.
        """
        process_id = (process_id or new_process_id()).lower()
        first = build_idcheck_process(
            process_id,
            status=status,
            unico_id=unico_id,
            liveness=liveness,
            score=score,
            serpro=serpro,
            fraudsters=fraudsters,
        )
        record = ProcessRecord(process_id, Stage(first), tenant_id=tenant_id)
        if after_polls is not None or after_seconds is not None:
            record.then = Stage(build_idcheck_process(process_id, **dict(then or {})))
            record.after_polls, record.after_seconds = after_polls, after_seconds
        return self.store.put(self.store.idcheck, record)

    @property
    def creations_received(self) -> int:
        """Create Process requests that reached the fake, whatever their answer (refused, faulted or served)."""
        return self._received["createProcess"]

    def requests_received(self, operation: str) -> int:
        """Requests of ``operation`` (an operation id of the spec, or ``"token"``) that reached the fake."""
        return self._received[operation]

    @property
    def created_processes(self) -> list[str]:
        """The ids of the processes Create Process stored, oldest first (a faulted answer's process included)."""
        with self._created_lock:
            return list(self._created)

    @property
    def created_idcheck_processes(self) -> list[str]:
        """The ids of the processes IDUnico + IDCheck Create Process stored, oldest first (faulted answers too)."""
        with self._created_lock:
            return list(self._idcheck_created)

    def issue_sdk_token(self, *, age: float = 0.0) -> str:
        """A selfie token as Unico's SDK hands one over (an encrypted JWT): IDCheck Create Process takes it once,
        within 10 minutes of capture on the fake's clock (``age``: seconds since the capture). Any other
        JWT-shaped string is refused with 10506, a reused one with 10508, an old one with 10507."""
        return self.sdk_tokens.issue(age=age)

    def _idcheck_process_created(self, process_id: str) -> None:
        with self._created_lock:
            self._idcheck_created.append(process_id)

    def _process_created(self, process_id: str) -> None:
        with self._created_lock:
            self._created.append(process_id)
        self.webhooks.wake()  # it expires on the fake's clock: the sender's timer must know

    def finish_process(
        self,
        process_id: str,
        *,
        result: str = "PROCESS_RESULT_OK",
        authentication_info: Mapping[str, Any] | None = None,
        selfie: SelfieSpec | None = _DEFAULT,
        last_event: str | None = None,
        **fields: Any,
    ) -> None:
        """Finish a by Unico process now (PROCESS_STATE_FINISHED, ``result``) and send its webhook; its evidence set
        can then be had for two hours on the fake's clock.

        ``result="PROCESS_RESULT_EXPIRED"`` notifies with ``lastEvent: EVENT_TYPE_SESSION_ENDED``; ``last_event``
        sets another. Other arguments are :func:`build_process`'s (default: positive results); the selfie is a JPEG
        unless the process expired. KeyError when the fake has no such process.
        """
        process_id = process_id.lower()
        if authentication_info is None and result == "PROCESS_RESULT_OK":
            authentication_info = POSITIVE_AUTHENTICATION
        expired = result == "PROCESS_RESULT_EXPIRED"
        if selfie is _DEFAULT:
            selfie = SelfieAccess.NONE if expired else JPEG_SELFIE
        with self.store.lock:
            record = self.store.by_unico[process_id]
            # A created process keeps what it was created with (person, clientReference, journey link, ...).
            kept = dict(record.creation or {"flow": record.stage.body.get("flow", "idlive")})
        for name, value in kept.items():
            fields.setdefault(name, value)
        body = build_process(process_id, result=result, authentication_info=authentication_info, **fields)
        self.store.replace(process_id, Stage(body, selfie or SelfieAccess.NONE, last_event=last_event))

    # --- webhooks -------------------------------------------------------------------------------------

    def register_webhook(
        self,
        url: str,
        *,
        auth: WebhookCredentials | None = None,
        max_attempts: int = 5,
        interval: float = 1.0,
        timeout: float = 5.0,
        tenant_id: str | None = None,
    ) -> WebhookRegistration:
        """POST the documented notification to ``url`` whenever a by Unico process reaches PROCESS_STATE_FINISHED
        (:meth:`finish_process`, or a process added with ``after_polls`` / ``after_seconds`` finishing).

        ``auth``: :class:`WebhookCredentials` (``None``: none). A non-2xx answer or no answer is retried after
        ``interval``, then twice that, and so on, up to ``max_attempts`` in all; ``timeout`` is per attempt.
        ``fake.webhooks`` holds the delivery log, the ``duplicates`` switch and ``wait_idle()``.
        """
        registration = WebhookRegistration(
            url, auth or WebhookCredentials.none(), max_attempts, interval, timeout, tenant_id
        )
        return self.webhooks.register(registration)

    def _process_finished(self, record: ProcessRecord) -> None:
        body = notification_body(record.stage.body, last_event=record.stage.last_event)
        self.webhooks.notify(body, tenant_id=record.tenant_id)

    def close(self) -> None:
        """Stop the webhook sender's background thread (pending deliveries are cancelled)."""
        self.webhooks.close()

    def __enter__(self) -> FakeUnico:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- faults ---------------------------------------------------------------------------------------

    def inject_fault(
        self,
        fault: Fault | str,
        *,
        process_id: str | None = None,
        operation: str | None = None,
        times: int | None = None,
        latency: float = 0.1,
    ) -> FaultRule:
        """Switch a fault on; see :meth:`Faults.inject`. Returns the rule (``fake.faults.remove(rule)``)."""
        return self.faults.inject(
            fault,
            process_id=process_id.lower() if process_id else None,
            operation=operation,
            times=times,
            latency=latency,
        )

    def clear_faults(self) -> None:
        self.faults.clear()

    # --- clients --------------------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """A synchronous httpx transport into this fake (any host name routes here)."""
        return SyncASGITransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport into this fake (any host name routes here)."""
        return httpx.ASGITransport(app=self, client=("127.0.0.1", 123))

    def client(self, base_url: str = FAKE_BASE_URL, **kwargs: Any) -> httpx.Client:
        return httpx.Client(transport=self.transport(), base_url=base_url, **kwargs)

    def async_client(self, base_url: str = FAKE_BASE_URL, **kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.async_transport(), base_url=base_url, **kwargs)
