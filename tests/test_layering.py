"""Product code (``src/``, ``benchmarks/``) never imports the test suite: ``tests/`` is not installed with the
package, and a benchmark that leans on a test helper breaks when the tests move."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT_DIRS = ("src", "benchmarks")


def imports_of(source: str) -> list[str]:
    """Every absolute module name ``source`` imports (relative imports stay inside their own package)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module is not None:
            names.append(node.module)
    return names


def imports_tests(source: str) -> bool:
    return any(name == "tests" or name.startswith("tests.") for name in imports_of(source))


def product_files() -> list[Path]:
    return sorted(path for folder in PRODUCT_DIRS for path in (ROOT / folder).rglob("*.py"))


def test_the_product_files_are_found() -> None:
    files = {path.relative_to(ROOT).as_posix() for path in product_files()}
    assert "src/unico_idcloud/testing/_fake.py" in files
    assert "benchmarks/shared_budget.py" in files


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from tests.redis.harness import RedisServer", True),
        ("import tests.fake_clients", True),
        ("import tests", True),
        ("def f():\n    from tests import spec_file\n", True),
        ("from . import tests", False),
        ("import testsuite", False),
        ("from unico_idcloud.testing import FakeUnico", False),
    ],
)
def test_the_check_tells_a_tests_import_apart(source: str, expected: bool) -> None:
    assert imports_tests(source) is expected


def test_no_product_file_imports_tests() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix() for path in product_files() if imports_tests(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_only_the_telemetry_module_imports_opentelemetry() -> None:
    """OpenTelemetry is no dependency: one guarded import, in the retry stack's telemetry module."""
    importers = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "src").rglob("*.py"))
        if any(name.split(".")[0] == "opentelemetry" for name in imports_of(path.read_text()))
    ]
    assert importers == ["src/unico_idcloud/_telemetry.py"]
