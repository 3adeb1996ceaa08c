"""A faithful fake of Unico IDCloud for tests, and a pytest plugin (install the ``testing`` extra).

    from unico_idcloud.testing import FakeUnico, Scenario

    fake = FakeUnico()
    account = fake.add_service_account()
    with fake.client() as http:
        token = http.post("/oauth2/token", data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": fake.make_assertion(account),
        }).json()["access_token"]
        http.get(f"/client/v1/process/{Scenario.FINISHED_OK}", headers={"Authorization": f"Bearer {token}"})

The pytest plugin (``unico_fake``, ``unico_account``, ``unico_client``, ``unico_async_client``,
``unico_server``) is registered automatically through the ``pytest11`` entry point.
"""

from ._accounts import ServiceAccount
from ._assertion import JWT_BEARER_GRANT, PRODUCTION_TOKEN_HOST, UAT_TOKEN_HOST, make_assertion
from ._auth import TOKEN_ERRORS
from ._clock import Clock, ManualClock, OffsetClock
from ._fake import FakeUnico
from ._faults import Fault, FaultRule
from ._scenarios import (
    JPEG_SELFIE,
    OCR_EXAMPLES,
    PNG_SELFIE,
    IdCheckScenario,
    Scenario,
    Selfie,
    SelfieAccess,
    build_idcheck_process,
    build_process,
    document_service,
)
from ._server import FakeServer
from ._virtual_clock import VirtualClock
from ._webhooks import Delivery, DeliveryAttempt, WebhookCredentials, WebhookRegistration, WebhookSender

__all__ = [
    "JPEG_SELFIE",
    "JWT_BEARER_GRANT",
    "OCR_EXAMPLES",
    "PNG_SELFIE",
    "PRODUCTION_TOKEN_HOST",
    "TOKEN_ERRORS",
    "UAT_TOKEN_HOST",
    "Clock",
    "Delivery",
    "DeliveryAttempt",
    "FakeServer",
    "FakeUnico",
    "Fault",
    "FaultRule",
    "IdCheckScenario",
    "ManualClock",
    "OffsetClock",
    "Scenario",
    "Selfie",
    "SelfieAccess",
    "ServiceAccount",
    "VirtualClock",
    "WebhookCredentials",
    "WebhookRegistration",
    "WebhookSender",
    "build_idcheck_process",
    "build_process",
    "document_service",
    "make_assertion",
]
