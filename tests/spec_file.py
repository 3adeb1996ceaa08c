"""The committed contract, `spec/openapi.json`, as every test module that checks against it reads it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "openapi.json"


def load_spec() -> dict[str, Any]:
    """A fresh parse of the spec: callers may change what they get without affecting each other."""
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return spec
