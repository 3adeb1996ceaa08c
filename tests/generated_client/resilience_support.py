"""Fixtures and helpers for the resilience tests: realistic bodies, a mock-transport client, spec-driven paths."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType
from typing import Any, Literal

import httpx
from unico_idcloud_client.client import AuthenticatedClient
from unico_idcloud_client.types import Response

from tests.spec_file import load_spec

SPEC: dict[str, Any] = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

BASE_URL = "https://api.cadastro.uat.unico.app"
PROCESS_ID = "5b7e3c1a-0d5f-4a3e-9a43-9f0c1f3b8e21"
IDCHECK_ID = "0f6e7b0a-2c1d-4e8b-b0a5-7d3c2e1f9a10"

# Personal data and secrets: none of these may appear in repr()/str() of the parsed models.
CPF = "12345678909"
NAME = "Maria Aparecida Souza"
RG = "274839105"
CNH = "04718293650"
RENACH = "SP921837465"
SDK_TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2RrLXRva2Vu.c2lnbmF0dXJl"
SIGNED_URL = "https://storage.googleapis.com/unico/doc.pdf?X-Goog-Signature=9f8e7d6c5b4a"
SELFIE_BASE64 = "/9j/4AAQSkZJRgABAQAAAQABAADselfieBytesOnly"
SECRETS = (CPF, NAME, RG, CNH, RENACH, SDK_TOKEN, SIGNED_URL, SELFIE_BASE64)

PROCESS_RESPONSE: dict[str, Any] = {
    "process": {
        "id": PROCESS_ID,
        "flow": "idunico",
        "callbackUri": "/callback",
        "userRedirectUrl": "https://example.com/back",
        "createdAt": "2024-05-02T13:11:54.123456+00:00",
        "finishedAt": "2024-05-02T13:14:02.654321+00:00",
        "purpose": "creditprocess",
        "capacities": ["liveness", "authentication"],
        "services": [
            {
                "documents": [
                    {
                        "typified": True,
                        "cpf_match": True,
                        "face_match": True,
                        "doc_id": "b1e2c3d4",
                        "validate_doc": True,
                        "reused_doc": False,
                        "signed_url": SIGNED_URL,
                        "doc": {
                            "version": 1,
                            "code": "CNH",
                            "data": {
                                "nomeCivil": NAME,
                                "cpfNumero": CPF,
                                "rgNumero": RG,
                                "numero": CNH,
                                "renachNumero": RENACH,
                                "dataNascimento": "1990-01-31T00:00:00",
                                "categoria": "B",
                            },
                        },
                    }
                ],
                "consent_granted": True,
                "envelopeId": "env-1",
                "documentIds": ["b1e2c3d4"],
            }
        ],
        "expiresAt": "2024-05-09T13:11:54+00:00",
        "token": SDK_TOKEN,
        "clientReference": "order-42",
        "person": {"duiType": "DUI_TYPE_BR_CPF", "duiValue": CPF, "friendlyName": NAME},
        "authenticationInfo": {
            "authenticationId": "auth-1",
            "scoreEngineResult": {"score": 50, "scoreEnabled": "SCORE_ENABLED_TRUE"},
            "serproResult": {"score": 95},
            "authenticationResult": "AUTHENTICATION_RESULT_POSITIVE",
            "livenessResult": "LIVENESS_RESULT_LIVE",
            "bioTokenEngineResult": "BIO_TOKEN_ENGINE_RESULT_UNSPECIFIED",
            "identityFraudstersResult": "TRUST_RESULT_INCONCLUSIVE",
            "smartRevalidationResult": "SMART_REVALIDATION_RESULT_UNSPECIFIED",
            "idAgeResult": "ID_AGE_RESULT_UNSPECIFIED",
            "trustResult": "TRUST_RESULT_UNSPECIFIED",
            "faceWithOtherIdResult": "TRUST_RESULT_UNSPECIFIED",
            "frictionlessResult": "FRICTIONLESS_RESULT_UNSPECIFIED",
            "riskLevelResult": "TRUST_RESULT_UNSPECIFIED",
        },
        "state": "PROCESS_STATE_FINISHED",
        "result": "PROCESS_RESULT_OK",
    }
}

SELFIE: dict[str, Any] = {"fileContents": SELFIE_BASE64, "contentType": "image/jpeg"}

IDCHECK_PROCESS: dict[str, Any] = {"id": IDCHECK_ID, "status": 3, "unicoId": {"result": "yes"}, "liveness": 1}

Mode = Literal["sync", "async"]


def client_for(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> AuthenticatedClient:
    """The generated client, talking to ``handler`` through httpx's MockTransport (sync and async alike)."""
    transport = httpx.MockTransport(handler)
    return AuthenticatedClient(base_url=BASE_URL, token="test-token", httpx_args={"transport": transport}, **kwargs)


async def call(mode: Mode, operation: ModuleType, client: AuthenticatedClient, **kwargs: Any) -> Response[Any]:
    """``operation.sync_detailed`` or ``await operation.asyncio_detailed``, with the same arguments."""
    if mode == "sync":
        response: Response[Any] = operation.sync_detailed(client=client, **kwargs)
    else:
        response = await operation.asyncio_detailed(client=client, **kwargs)
    return response


def snake(name: str) -> str:
    """The generator's Python name for a camelCase JSON property (enough for this spec's names); like the generator,
    it splits a run of digits from the letters before it (imageBase64 -> image_base_64)."""
    return re.sub(r"(?<!^)(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])", "_", name).lower()


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return SCHEMAS[ref.rsplit("/", 1)[1]] if ref else schema


def enum_paths(schema_name: str) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """JSON paths (through objects, not arrays) from ``schema_name`` to every enum, with the enum's schema."""
    found: list[tuple[tuple[str, ...], dict[str, Any]]] = []

    def walk(schema: dict[str, Any], prefix: tuple[str, ...]) -> None:
        for name, sub in (schema.get("properties") or {}).items():
            target = _resolve(sub)
            if "enum" in target:
                found.append(((*prefix, name), target))
            elif target.get("properties"):
                walk(target, (*prefix, name))

    walk(SCHEMAS[schema_name], ())
    return found


def sensitive_properties() -> set[str]:
    """``Schema.property`` for every property the spec marks ``x-sensitive: true``."""
    return {
        f"{schema_name}.{name}"
        for schema_name, schema in SCHEMAS.items()
        for name, sub in (schema.get("properties") or {}).items()
        if sub.get("x-sensitive") is True
    }


_MINIMAL_STRINGS = {"uuid": "00000000-0000-4000-8000-000000000000", "date-time": "2024-01-01T00:00:00+00:00"}


def minimal_body(schema_name: str) -> dict[str, Any]:
    """The smallest body ``schema_name`` accepts: its ``required`` properties, each with a plain valid value."""

    def value(schema: dict[str, Any]) -> Any:
        schema = _resolve(schema)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object":
            return {name: value(schema["properties"][name]) for name in schema.get("required", [])}
        if kind == "array":
            return []
        if kind in ("integer", "number"):
            return 1
        if kind == "boolean":
            return True
        return _MINIMAL_STRINGS.get(schema.get("format", ""), "x")

    body: dict[str, Any] = value(SCHEMAS[schema_name])
    return body


def get_path(model: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        model = getattr(model, snake(name))
    return model


def set_path(body: Any, path: tuple[str, ...], value: Any) -> Any:
    target = body
    for name in path[:-1]:
        target = target[name]
    target[path[-1]] = value
    return body
