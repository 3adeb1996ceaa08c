"""What a fresh clone and the sdist hold: no test caches in the sdist, and README commands that run as printed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_sdist_leaves_out_local_caches() -> None:
    """hatch builds the sdist from the working tree minus .gitignore and these excludes; .hypothesis was in it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    excluded = set(config["tool"]["hatch"]["build"]["targets"]["sdist"]["exclude"])
    assert {".hypothesis", ".venv", ".tools", "node_modules"} <= excluded
    assert ".hypothesis/" in (ROOT / ".gitignore").read_text().splitlines()


def test_readme_shell_commands_need_no_uv_on_the_path() -> None:
    """uv lives in .tools/ in a fresh clone (the Makefile finds it); a README line starting with uv would fail."""
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", readme, re.DOTALL)
    lines = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    assert lines and not [line for line in lines if re.match(r"(uv|uvx)\s", line)]
