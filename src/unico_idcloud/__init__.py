"""unico-idcloud: an independent client for Unico IDCloud (not published or supported by Unico).

    from unico_idcloud import IDCloud, ServiceAccount

    account = ServiceAccount.from_file("key.pem", name="my-account", tenant_id="my-tenant")
    with IDCloud(account) as client:  # Environment.UAT by default
        process = client.get_process("8263a268-5388-492a-bca2-28e1ff4a69f0")

Writes: ``client.create_process(flow=..., purpose=..., callback_uri=..., person=...)``,
``client.set_process_document(id, dui_type=..., dui_value=...)``; ``client.get_evidence_set(id)`` /
``client.save_evidence_set(id, path)``.
Workflows: ``client.wait_for_result(id)``, ``decide(process)`` / ``decide_idcheck(process)`` (a :class:`Verdict`),
``client.get_selfie_image(id)`` / ``client.save_selfie(id, path)``, ``client.get_processes(ids)`` (bulk).
IDUnico + IDCheck by Client: ``client.create_idcheck_process(cpf=..., name=..., image=...)``.
Errors are in :mod:`unico_idcloud.errors`; the generated, low-level client is ``unico_idcloud_client``.
"""

from ._account import ServiceAccount
from ._bulk import ProcessFailed, ProcessOutcome, ProcessSucceeded
from ._client import AsyncIDCloud, IDCloud
from ._clock import Clock, SystemClock
from ._decide import CapabilityResult, Decision, Verdict, decide, decide_idcheck
from ._environment import Environment
from ._evidence import EvidenceSetPdf
from ._idcheck_create import IDCHECK_CREATE_ERRORS, IdCheckErrorCode
from ._log_filter import RedactingFilter
from ._logs import setup_logging
from ._ratelimit import AdaptiveRateLimiter, RateLimiter
from ._raw import RawResponse
from ._redis_ratelimit import RedisRateLimiter
from ._selfie import SelfieImage
from ._token import AccessToken
from ._version import __version__
from .errors import InvalidSelfie, WaitTimeout

setup_logging()

__all__ = [
    "IDCHECK_CREATE_ERRORS",
    "AccessToken",
    "AdaptiveRateLimiter",
    "AsyncIDCloud",
    "CapabilityResult",
    "Clock",
    "Decision",
    "Environment",
    "EvidenceSetPdf",
    "IDCloud",
    "IdCheckErrorCode",
    "InvalidSelfie",
    "ProcessFailed",
    "ProcessOutcome",
    "ProcessSucceeded",
    "RateLimiter",
    "RawResponse",
    "RedactingFilter",
    "RedisRateLimiter",
    "SelfieImage",
    "ServiceAccount",
    "SystemClock",
    "Verdict",
    "WaitTimeout",
    "__version__",
    "decide",
    "decide_idcheck",
]
