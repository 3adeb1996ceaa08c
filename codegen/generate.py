"""Run the pinned openapi-python-client on `spec/openapi.json`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACKAGE = "unico_idcloud_client"


class GenerationFailed(Exception):
    """openapi-python-client refused the spec or its post hooks failed."""


def generate_into(spec: Path, config: Path, templates: Path, workdir: Path) -> Path:
    """Generate the package under ``workdir`` and return its path.

    ``workdir`` must sit inside the repository, so the ruff post hooks read the project's own ruff config.
    """
    output = workdir / PACKAGE
    # The generator's entry point lives next to this interpreter; ruff (for the post hooks) too.
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(spec),
        "--config", str(config),
        "--custom-template-path", str(templates),
        "--meta", "none",
        "--output-path", str(output),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or not (output / "__init__.py").exists():
        raise GenerationFailed(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}".strip())
    return output
