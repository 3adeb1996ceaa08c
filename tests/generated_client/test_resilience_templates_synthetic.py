"""The templates on shapes the real spec does not have (yet): a required or defaulted `x-sensitive` property,
a `default` response documented as a JSON integer, and a bare integer enum. Generated into a temp dir under generated/.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen.generate import PACKAGE, generate_into

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "synthetic", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "default": {
                        "description": "an error code",
                        "content": {"application/json": {"schema": {"type": "integer"}}},
                    },
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "title": "Thing",
                "type": "object",
                "required": ["secret"],
                "properties": {
                    "secret": {"type": "string", "x-sensitive": True},
                    "nullableSecret": {"type": "string", "nullable": True, "x-sensitive": True},
                    "defaulted": {"type": "string", "default": "a = b", "x-sensitive": True},
                    "level": {"$ref": "#/components/schemas/Level"},
                    "plain": {"type": "string"},
                },
            },
            "Level": {"title": "Level", "type": "integer", "enum": [1, 2, 3]},
        }
    },
}


@pytest.fixture(scope="module")
def package() -> Iterator[ModuleType]:
    workdir = Path(tempfile.mkdtemp(prefix=".synthetic-", dir=ROOT / "generated"))
    try:
        spec = workdir / "openapi.json"
        spec.write_text(json.dumps(SPEC), encoding="utf-8")
        generate_into(spec, ROOT / "codegen" / "openapi-python-client.yaml", ROOT / "codegen" / "templates", workdir)
        saved = {name: module for name, module in sys.modules.items() if name.split(".")[0] == PACKAGE}
        for name in saved:
            del sys.modules[name]
        sys.path.insert(0, str(workdir))
        try:
            yield importlib.import_module(PACKAGE)
        finally:
            sys.path.remove(str(workdir))
            for name in [n for n in sys.modules if n.split(".")[0] == PACKAGE]:
                del sys.modules[name]
            sys.modules.update(saved)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def test_required_nullable_and_defaulted_sensitive_properties_are_masked(package: ModuleType) -> None:
    thing_module = importlib.import_module(f"{PACKAGE}.models.thing")
    thing = thing_module.Thing.from_dict({"secret": "s3cr3t-value", "nullableSecret": None, "extra": "x-value"})
    text = repr(thing)
    assert "s3cr3t-value" not in text and "x-value" not in text
    assert "secret='***'" in text and "nullable_secret=None" in text and "'extra': '***'" in text
    assert thing.secret == "s3cr3t-value"
    assert thing_module.Thing(secret="v").defaulted == "a = b"  # the default survives the masked declaration
    assert "a = b" not in repr(thing_module.Thing(secret="v"))


def test_an_unlisted_integer_is_kept(package: ModuleType) -> None:
    level = importlib.import_module(f"{PACKAGE}.models.level").Level
    assert level(7).value == 7 and not level(7).is_known and level(2).is_known
    thing = importlib.import_module(f"{PACKAGE}.models.thing").Thing
    assert thing.from_dict({"secret": "s", "level": 7}).to_dict()["level"] == 7


@pytest.mark.parametrize(
    ("status", "body", "parsed"),
    [(500, b"17", 17), (500, b'"17"', None), (500, b"true", None), (503, b"<html>", None), (599, b"", None)],
)
def test_a_default_response_is_type_checked(package: ModuleType, status: int, body: bytes, parsed: Any) -> None:
    client_module = importlib.import_module(f"{PACKAGE}.client")
    operation = importlib.import_module(f"{PACKAGE}.api.things.get_thing")
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    client = client_module.Client(base_url="https://x.test", httpx_args={"transport": transport})
    response = operation.sync_detailed("t", client=client)
    assert response.status_code == status and response.parsed == parsed and response.content == body
