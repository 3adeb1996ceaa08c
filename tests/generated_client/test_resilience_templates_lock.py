"""The custom templates were reviewed against one generator version: fail loudly when the installed one differs.

`codegen/templates/TEMPLATES.lock` records the generator version and the sha256 of every upstream template that
`codegen/templates/` overrides (and of the few it relies on without overriding). When the pin in pyproject.toml
moves, these tests name each upstream file that changed, so the overrides are re-reviewed before anyone trusts them.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

import openapi_python_client
import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "codegen" / "templates"
LOCK_FILE = TEMPLATES / "TEMPLATES.lock"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"


def _lock() -> dict[str, Any]:
    lock: dict[str, Any] = json.loads(LOCK_FILE.read_text(encoding="utf-8"))
    return lock


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _changed(recorded: dict[str, str]) -> list[str]:
    changed = []
    for name, digest in sorted(recorded.items()):
        upstream = UPSTREAM / name
        if not upstream.is_file():
            changed.append(f"{name}: no longer shipped by the generator")
        elif (actual := _sha256(upstream)) != digest:
            changed.append(f"{name}: sha256 {digest} in TEMPLATES.lock, {actual} installed")
    return changed


def _overrides() -> list[str]:
    # Paths relative to the templates folder, as the generator looks them up (property_templates/... included).
    return sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja"))


def test_the_installed_generator_is_the_reviewed_version() -> None:
    lock = _lock()
    installed = version(lock["generator"])
    assert installed == lock["version"], (
        f"{lock['generator']} {installed} is installed but codegen/templates was reviewed against {lock['version']}: "
        "re-review every override against the new upstream templates, then update codegen/templates/TEMPLATES.lock"
    )


def test_no_overridden_upstream_template_changed() -> None:
    changed = _changed(_lock()["upstream_sha256"])
    assert not changed, "upstream templates overridden in codegen/templates changed; re-review:\n" + "\n".join(changed)


def test_no_upstream_template_the_overrides_rely_on_changed() -> None:
    changed = _changed(_lock()["relied_on_sha256"])
    assert not changed, "upstream templates the overrides rely on changed; re-review:\n" + "\n".join(changed)


def test_every_override_is_recorded_and_every_record_is_an_override() -> None:
    recorded = set(_lock()["upstream_sha256"])
    present = set(_overrides())
    assert present - recorded == set(), f"overrides missing from TEMPLATES.lock: {sorted(present - recorded)}"
    assert recorded - present == set(), f"TEMPLATES.lock records templates not overridden: {sorted(recorded - present)}"
    assert all((UPSTREAM / name).is_file() for name in present), "an override must replace an upstream template"


@pytest.mark.parametrize("name", _overrides())
def test_each_override_says_what_it_changes_and_why(name: str) -> None:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    head = text.split("-#}", 1)[0]
    assert text.startswith(
        f"{{#- unico-idcloud override of openapi-python-client {_lock()['version']} templates/{name}"
    )
    assert "What:" in head and "Why:" in head, f"{name} must open with a comment saying what it changes and why"
