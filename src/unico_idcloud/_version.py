"""The package's one version (from its installed metadata, so ``pyproject.toml`` is the only place it is written)
and the ``User-Agent`` every request carries."""

from __future__ import annotations

import sys
from importlib.metadata import version

import httpx

__version__ = version("unico-idcloud")


def _major_minor(text: str) -> str:
    return ".".join(text.split(".")[:2])


USER_AGENT = (
    f"unico-idcloud/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"
    f" httpx/{_major_minor(httpx.__version__)}"
)
"""``unico-idcloud/<version> python/<x.y> httpx/<x.y>``: sent with every request, the token request included
(``default_headers={"User-Agent": ...}`` replaces it)."""
