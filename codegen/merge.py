"""Combine the upstream documents into one OpenAPI 3.0 document.

Each upstream page describes one operation; together they are one API. Anything defined in two pages must be
defined identically, otherwise the merge stops and names both pages.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

OPENAPI_VERSION = "3.0.3"


class MergeConflict(Exception):
    """Two upstream documents define the same thing differently."""


@dataclass(frozen=True)
class Upstream:
    name: str
    document: dict[str, Any]


def _merge_named(
    merged: dict[str, Any], owners: dict[str, str], items: dict[str, Any], *, where: str, source: str
) -> None:
    for key, value in items.items():
        if key in merged and merged[key] != value:
            raise MergeConflict(f"{where}{key!r} is defined differently in {owners[key]!r} and {source!r}")
        if key not in merged:
            merged[key] = copy.deepcopy(value)
            owners[key] = source


def _append_unique(merged: list[Any], items: Sequence[Any]) -> None:
    for item in items:
        if item not in merged:
            merged.append(copy.deepcopy(item))


def merge_documents(upstreams: Sequence[Upstream], info: dict[str, Any]) -> dict[str, Any]:
    """Return one document holding every path, server, security requirement and component of ``upstreams``."""
    servers: list[Any] = []
    security: list[Any] = []
    tags: list[Any] = []
    paths: dict[str, dict[str, Any]] = {}
    path_owners: dict[str, dict[str, str]] = {}
    components: dict[str, dict[str, Any]] = {}
    component_owners: dict[str, dict[str, str]] = {}
    extensions: dict[str, Any] = {}
    extension_owners: dict[str, str] = {}

    for upstream in upstreams:
        doc = upstream.document
        version = str(doc.get("openapi", ""))
        if not version.startswith("3.0."):
            raise MergeConflict(f"{upstream.name!r} is OpenAPI {version or '(missing)'}, only 3.0.x is supported")
        _append_unique(servers, doc.get("servers", []))
        _append_unique(security, doc.get("security", []))
        _append_unique(tags, doc.get("tags", []))
        for path, item in doc.get("paths", {}).items():
            _merge_named(
                paths.setdefault(path, {}),
                path_owners.setdefault(path, {}),
                item,
                where=f"path {path!r}: ",
                source=upstream.name,
            )
        for section, entries in doc.get("components", {}).items():
            _merge_named(
                components.setdefault(section, {}),
                component_owners.setdefault(section, {}),
                entries,
                where=f"components.{section}.",
                source=upstream.name,
            )
        _merge_named(
            extensions,
            extension_owners,
            {k: v for k, v in doc.items() if k.startswith("x-")},
            where="",
            source=upstream.name,
        )

    merged: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": copy.deepcopy(info)}
    if servers:
        merged["servers"] = servers
    if security:
        merged["security"] = security
    if tags:
        merged["tags"] = tags
    merged["paths"] = paths
    if components:
        merged["components"] = components
    merged.update(extensions)
    return merged
