"""The ASGI application: Starlette routes for the endpoints, behind a fault-injecting, request-counting outer layer."""

from __future__ import annotations

import asyncio
import re
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Message, Receive, Scope, Send

from . import _idcheck_create as idcheck_create
from . import _lifecycle as lifecycle
from . import _responses as r
from . import _writes as writes
from ._auth import Authority, BearerError, Caller, TokenError
from ._bodies import SelfieAccess
from ._faults import BAD_GATEWAY_HTML, TOKEN_OPERATION, WRITE_OPERATIONS, Fault, Faults
from ._processes import ProcessStore, Stage, new_process_id
from ._ratelimit import RateLimiter, retry_after_header

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@dataclass
class Components:
    """What the routes need from the fake."""

    authority: Authority
    limiter: RateLimiter
    store: ProcessStore
    faults: Faults
    api_keys: Collection[str]
    retry_after: Callable[[], bool]
    received: RequestCounts = field(default_factory=lambda: RequestCounts())
    on_created: Callable[[str], None] = lambda process_id: None  # called with each process Create Process stored
    finish_created_after: Callable[[], float | None] = lambda: None  # FakeUnico.finish_created_after
    idcheck_creation: Callable[[], idcheck_create.IdCheckCreation] = idcheck_create.IdCheckCreation
    sdk_tokens: idcheck_create.SdkTokens | None = None
    on_idcheck_created: Callable[[str], None] = lambda process_id: None


class RequestCounts:
    """How many requests each operation received (every one that reached the fake: refused, faulted or served)."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, operation: str) -> None:
        with self._lock:
            self._counts[operation] += 1

    def __getitem__(self, operation: str) -> int:
        with self._lock:
            return self._counts[operation]


def _build_starlette(c: Components) -> Starlette:
    def too_many(tenant_id: str) -> Response | None:
        wait = c.limiter.acquire(tenant_id)
        if wait is None:
            return None
        return r.empty_response(429, {"Retry-After": retry_after_header(wait)} if c.retry_after() else None)

    def by_unico_caller(request: Request) -> Caller | Response:
        try:
            caller = c.authority.check_bearer(request.headers.get("authorization"))
        except BearerError as exc:
            return r.json_response(401, exc.message)
        return too_many(caller.tenant_id) or caller

    async def token(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        raw = await request.body()
        form: dict[str, str] = {}
        if content_type == "application/x-www-form-urlencoded":
            try:
                form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            except UnicodeDecodeError:
                form = {}
        try:
            body = c.authority.exchange(form)
        except TokenError as exc:
            return r.json_response(exc.status, exc.body, {"Cache-Control": "no-store"})
        return r.json_response(200, body, {"Cache-Control": "no-store", "Pragma": "no-cache"})

    def by_unico_stage(request: Request, *, poll: bool) -> Stage | Response:
        """The process a by Unico call asks for, or the error response it gets instead."""
        caller = by_unico_caller(request)
        if isinstance(caller, Response):
            return caller
        process_id = request.path_params["processId"]
        if not _UUID.match(process_id):
            return r.json_response(400, r.INVALID_PROCESS_ID)
        stage = c.store.read(c.store.by_unico, process_id.lower(), caller.tenant_id, poll=poll)
        return r.json_response(404, r.PROCESS_NOT_FOUND) if stage is None else stage

    async def get_process(request: Request) -> Response:
        stage = by_unico_stage(request, poll=True)
        if isinstance(stage, Response):
            return stage
        return r.json_response(200, {"process": stage.body})

    async def get_selfie(request: Request) -> Response:
        stage = by_unico_stage(request, poll=False)
        if isinstance(stage, Response):
            return stage
        if stage.selfie is SelfieAccess.FORBIDDEN:
            return r.json_response(403, r.SELFIE_FORBIDDEN)
        if stage.selfie is SelfieAccess.NONE:
            return r.json_response(404, r.SELFIE_NOT_FOUND)
        return r.json_response(200, stage.selfie.body())

    def bad_request(message: str) -> Response:
        return r.json_response(400, {"code": 3, "message": message})

    async def create_process(request: Request) -> Response:
        caller = by_unico_caller(request)
        if isinstance(caller, Response):
            return caller
        body = writes.parse_body(await request.body())
        if body is None:
            return bad_request(writes.NOT_JSON)
        message = writes.creation_message(body)
        if message is not None:
            return bad_request(message)
        process_id = new_process_id()
        record = lifecycle.created_record(
            process_id,
            body,
            now=c.store.clock.time(),
            base_url=str(request.base_url),
            tenant_id=caller.tenant_id,
            finish_after=c.finish_created_after(),
        )
        c.store.put(c.store.by_unico, record)
        c.on_created(process_id)
        stored = record.stage.body
        # What the CreatedProcess schema names (overlays/15): the state and createdAt included.
        created = {name: stored[name] for name in ("id", "userRedirectUrl", "token", "state", "createdAt")}
        return r.json_response(200, {"process": created})

    async def set_process_document(request: Request) -> Response:
        caller = by_unico_caller(request)
        if isinstance(caller, Response):
            return caller
        process_id = request.path_params["processId"]
        if not _UUID.match(process_id):
            return r.json_response(400, r.INVALID_PROCESS_ID)
        body = writes.parse_body(await request.body())
        if body is None:
            return bad_request(writes.NOT_JSON)
        message = writes.document_message(body)
        if message is not None:
            return bad_request(message)
        answer = c.store.update(
            process_id.lower(),
            caller.tenant_id,
            lambda record, now: lifecycle.set_document(record, body["duiType"], body["duiValue"]),
        )
        # The spec documents no 404 here: an unknown process is, like any other, not awaiting a document.
        return bad_request(writes.NOT_AWAITING_DOCUMENT) if answer is None else r.json_response(200, answer)

    async def get_evidence_set(request: Request) -> Response:
        caller = by_unico_caller(request)
        if isinstance(caller, Response):
            return caller
        process_id = request.path_params["processId"]
        if not _UUID.match(process_id):
            return r.json_response(400, r.INVALID_PROCESS_ID)
        found = c.store.update(process_id.lower(), caller.tenant_id, lifecycle.evidence_set)
        return r.json_response(404, r.PROCESS_NOT_FOUND) if found is None else r.json_response(200, found)

    async def get_idcheck_process(request: Request) -> Response:
        # Bearer and APIKEY problems answer 403, as the API reference page says (its error-codes page says 401).
        try:
            caller = c.authority.check_bearer(request.headers.get("authorization"))
        except BearerError as exc:
            body = r.IDCHECK_EXPIRED_TOKEN if exc.message == BearerError.EXPIRED else r.IDCHECK_BAD_TOKEN
            return r.json_response(403, body)
        if request.headers.get("apikey") not in c.api_keys:
            return r.json_response(403, r.IDCHECK_BAD_APIKEY)
        limited = too_many(caller.tenant_id)
        if limited is not None:
            return limited
        process_id = request.path_params["processId"]
        if not _UUID.match(process_id):
            return r.json_response(400, r.IDCHECK_INVALID_ID)
        stage = c.store.read(c.store.idcheck, process_id.lower(), caller.tenant_id, poll=True)
        if stage is None:
            return r.json_response(404, r.IDCHECK_NOT_FOUND)
        if stage.body.get("status") == 5:
            return r.json_response(410, r.IDCHECK_GONE)
        return r.json_response(200, stage.body)

    async def create_idcheck_process(request: Request) -> Response:
        # Missing credentials carry their codes (20001, 20002) with the 401 the error-codes page gives them (the
        # API reference lists the codes under 400; a client must not read a missing token as a bad body). Refused
        # credentials are 403, as Get answers them.
        if not request.headers.get("authorization"):
            return r.json_response(401, idcheck_create.refusal("20001"))
        try:
            caller = c.authority.check_bearer(request.headers.get("authorization"))
        except BearerError as exc:
            refused = r.IDCHECK_EXPIRED_TOKEN if exc.message == BearerError.EXPIRED else r.IDCHECK_BAD_TOKEN
            return r.json_response(403, refused)
        api_key = request.headers.get("apikey")
        if not api_key:
            return r.json_response(401, idcheck_create.refusal("20002"))
        if api_key not in c.api_keys:
            return r.json_response(403, r.IDCHECK_BAD_APIKEY)
        limited = too_many(caller.tenant_id)
        if limited is not None:
            return limited
        body = writes.parse_body(await request.body())
        if body is None:
            return r.json_response(400, idcheck_create.refusal("20003"))
        assert c.sdk_tokens is not None
        code = idcheck_create.creation_code(body, c.sdk_tokens)
        if code is not None:
            return r.json_response(400, idcheck_create.refusal(code))
        process_id = new_process_id()
        record, answer = idcheck_create.created_record(process_id, c.idcheck_creation(), caller.tenant_id)
        c.store.put(c.store.idcheck, record)
        c.on_idcheck_created(process_id)
        return r.json_response(200, answer)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 405:
            # Starlette names the route's methods in `Allow`; the route table below keeps them to the spec's.
            allow = (exc.headers or {}).get("Allow", "") if isinstance(exc, HTTPException) else ""
            return r.json_response(405, r.METHOD_NOT_ALLOWED, {"Allow": allow})
        if status == 404:
            return r.json_response(404, r.ROUTE_NOT_FOUND)
        return r.json_response(status, {"code": 2, "message": "Unknown"})

    async def internal_error(request: Request, exc: Exception) -> Response:
        return r.json_response(500, r.INTERNAL_FAILURE)

    routes = [
        # Route names are the operation names faults are switched on by.
        _route("/oauth2/token", token, "POST", TOKEN_OPERATION),
        _route("/client/v1/process/{processId}", get_process, "GET", "getProcess"),
        _route("/client/v1/process/{processId}/selfie", get_selfie, "GET", "getSelfie"),
        _route("/client/v1/process", create_process, "POST", "createProcess"),
        _route("/client/v1/process/{processId}/document", set_process_document, "POST", "setProcessDocument"),
        _route("/client/v1/process/{processId}/evidenceset", get_evidence_set, "GET", "getEvidenceSet"),
        _route("/processes/v1/{processId}", get_idcheck_process, "GET", "getIdCheckProcess"),
        _route("/processes/v1", create_idcheck_process, "POST", "createIdcheckProcess"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: internal_error})
    app.router.redirect_slashes = False  # a redirect is nowhere in the spec: a trailing slash is just a 404
    return app


def _route(path: str, endpoint: Callable[[Request], Awaitable[Response]], method: str, name: str) -> Route:
    """A route serving exactly ``method``. Starlette adds HEAD to every GET route, but the spec has no HEAD
    operation: HEAD must get the same 405 (and ``Allow``) as any other method the API does not serve."""
    route = Route(path, endpoint, methods=[method], name=name)
    route.methods = {method}
    return route


class FakeUnicoApp:
    """The outermost ASGI layer: applies switched-on faults before the Starlette app sees the request."""

    def __init__(self, components: Components) -> None:
        self.components = components
        self.inner = _build_starlette(components)

    def _classify(self, scope: Scope) -> tuple[str | None, str | None]:
        """(operation, process id) from the Starlette route table, or (None, None) for none of the endpoints."""
        if scope["method"] not in ("GET", "POST"):
            return None, None
        for route in self.inner.routes:
            match, child = route.matches(scope)
            if match is Match.FULL and isinstance(route, Route):
                return route.name, child["path_params"].get("processId")
        return None, None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        operation, process_id = self._classify(scope)
        if operation is None:
            await self.inner(scope, receive, send)
            return
        self.components.received.add(operation)
        plan = self.components.faults.plan(operation, process_id.lower() if process_id else None)
        if plan.latency:
            await asyncio.sleep(plan.latency)
        if plan.fault is None:
            await self.inner(scope, receive, send)
            return
        if operation in WRITE_OPERATIONS and plan.fault is not Fault.TRUNCATED_JSON:
            await self.inner(scope, receive, _discard)  # act on the write first; its answer is what gets lost
        if plan.fault is Fault.INTERNAL_ERROR:
            idcheck = operation in ("getIdCheckProcess", "createIdcheckProcess")
            body = r.IDCHECK_INTERNAL_FAILURE if idcheck else r.INTERNAL_FAILURE
            await r.json_response(500, body)(scope, receive, send)
        elif plan.fault is Fault.BAD_GATEWAY:
            await Response(BAD_GATEWAY_HTML, status_code=502, media_type="text/html")(scope, receive, send)
        elif plan.fault is Fault.SERVICE_UNAVAILABLE:
            await r.empty_response(503)(scope, receive, send)
        elif plan.fault is Fault.STATUS_520:
            await r.empty_response(520)(scope, receive, send)
        elif plan.fault is Fault.TRUNCATED_JSON:
            await self._truncated(scope, receive, send)
        else:
            await _drop_connection(send)

    async def _truncated(self, scope: Scope, receive: Receive, send: Send) -> None:
        messages: list[Message] = []

        async def capture(message: Message) -> None:
            messages.append(message)

        await self.inner(scope, receive, capture)
        start = next(m for m in messages if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        cut = body[: max(1, len(body) // 2)] if body else b"{"
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(cut)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": cut, "more_body": False})


async def _discard(message: Message) -> None:
    pass


async def _drop_connection(send: Send) -> None:
    """Close the connection without a response; where there is no connection (in-process), raise like one."""
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None and hasattr(cycle, "disconnected"):
        # uvicorn (h11): mark the cycle disconnected so uvicorn does not answer 500 in our place, then close.
        cycle.disconnected = True
        transport.close()
        return
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
