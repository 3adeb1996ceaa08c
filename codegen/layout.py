"""Where each input and output of the pipeline lives, relative to a repository root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from codegen.generate import PACKAGE


@dataclass(frozen=True)
class Layout:
    """Paths under one repository root (tests point it at a temporary tree)."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "spec" / "sources.toml"

    @property
    def lock(self) -> Path:
        return self.root / "spec" / "docs.lock"

    @property
    def pages(self) -> Path:
        return self.root / "spec" / "pages"

    @property
    def upstream(self) -> Path:
        return self.root / "spec" / "upstream"

    @property
    def overlays(self) -> Path:
        return self.root / "overlays"

    @property
    def spec(self) -> Path:
        return self.root / "spec" / "openapi.json"

    @property
    def generator_config(self) -> Path:
        return self.root / "codegen" / "openapi-python-client.yaml"

    @property
    def templates(self) -> Path:
        return self.root / "codegen" / "templates"

    @property
    def generated(self) -> Path:
        return self.root / "generated" / PACKAGE
