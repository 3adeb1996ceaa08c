"""A faithful fake of Unico IDCloud for tests, and a pytest plugin (install the ``testing`` extra).

    from unico_idcloud.testing import JWT_BEARER_GRANT, FakeUnico, Scenario

    fake = FakeUnico()
    account = fake.add_service_account()
    with fake.client() as http:
        token = http.post("/oauth2/token", data={
            "grant_type": JWT_BEARER_GRANT,
            "assertion": fake.make_assertion(account),
        }).json()["access_token"]
        http.get(f"/client/v1/process/{Scenario.FINISHED_OK}", headers={"Authorization": f"Bearer {token}"})

The fake speaks the runtime's vocabulary: its accounts are :class:`unico_idcloud.ServiceAccount` (the client takes
them as they are), its clocks are :class:`unico_idcloud.Clock`, and ``JWT_BEARER_GRANT`` is the runtime's constant.

The pytest plugin (``unico_fake``, ``unico_account``, ``unico_client``, ``unico_async_client``,
``unico_server``) is registered automatically through the ``pytest11`` entry point.
"""

from .._account import ServiceAccount
from ._accounts import generate_service_account, private_key_pem, public_key_pem, with_new_key, write_private_key
from ._assertion import JWT_BEARER_GRANT, PRODUCTION_TOKEN_HOST, UAT_TOKEN_HOST, make_assertion
from ._auth import TOKEN_ERRORS
from ._bodies import (
    JPEG_SELFIE,
    OCR_EXAMPLES,
    PNG_SELFIE,
    Selfie,
    SelfieAccess,
    build_idcheck_process,
    build_process,
    document_service,
)
from ._catalogue import IdCheckScenario, Scenario
from ._clock import Clock, ManualClock, OffsetClock
from ._fake import FakeUnico
from ._faults import Fault, FaultRule
from ._idcheck_create import IdCheckCreation
from ._images import jpeg_image, png_image, webp_image
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
    "IdCheckCreation",
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
    "generate_service_account",
    "jpeg_image",
    "make_assertion",
    "png_image",
    "private_key_pem",
    "public_key_pem",
    "webp_image",
    "with_new_key",
    "write_private_key",
]
