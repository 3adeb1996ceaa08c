"""`make fetch-docs`: download each docs page, extract its OpenAPI block, write it verbatim with provenance.

Every page is fetched and extracted before anything is written, so one bad page leaves all files as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from codegen.extract import ExtractionError, extract_openapi
from codegen.files import dump_json, write_files_atomically
from codegen.sources import Source

FETCH_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class FetchError(Exception):
    """A page could not be fetched or did not hold exactly one valid OpenAPI block."""


@dataclass(frozen=True)
class FetchedPage:
    source: Source
    text: str
    retrieved_from: str


def _read_page(source: Source, client: httpx.Client, *, local: bool) -> FetchedPage:
    if local:
        if source.local is None:
            raise FetchError(f"{source.name}: no local copy configured in the sources file")
        try:
            return FetchedPage(source, source.local.read_text(encoding="utf-8"), f"local copy {source.local.name}")
        except OSError as exc:
            raise FetchError(f"{source.name}: cannot read local copy {source.local}: {exc.strerror}") from exc
    try:
        response = client.get(source.url)
        response.raise_for_status()
    except httpx.HTTPStatusError as exc:
        raise FetchError(f"{source.name}: {source.url} answered HTTP {exc.response.status_code}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{source.name}: fetching {source.url} failed: {exc!r}") from exc
    return FetchedPage(source, response.text, source.url)


def _provenance(page: FetchedPage, previous: dict[str, Any] | None) -> dict[str, Any]:
    digest = hashlib.sha256(page.text.encode("utf-8")).hexdigest()
    if previous is not None and previous.get("sha256") == digest:
        return previous  # unchanged page: keep the original retrieval date, so a re-fetch is a no-op
    return {
        "name": page.source.name,
        "url": page.source.url,
        "retrieved_from": page.retrieved_from,
        "sha256": digest,
        "retrieved_on": dt.datetime.now(dt.UTC).date().isoformat(),
    }


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return loaded if isinstance(loaded, dict) else None


def fetch_docs(
    sources: list[Source], upstream_dir: Path, *, local: bool = False, client: httpx.Client | None = None
) -> list[Path]:
    """Fetch and extract every source; write `<name>.json` and `<name>.provenance.json`. Returns the written paths."""
    owns_client = client is None
    http = client or httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True)
    try:
        pages = [_read_page(source, http, local=local) for source in sources]
    finally:
        if owns_client:
            http.close()

    outputs: dict[Path, str] = {}
    for page in pages:
        try:
            document = extract_openapi(page.text, page_name=f"{page.source.name} ({page.source.url})")
        except ExtractionError as exc:
            raise FetchError(str(exc)) from exc
        provenance_path = upstream_dir / f"{page.source.name}.provenance.json"
        outputs[upstream_dir / f"{page.source.name}.json"] = dump_json(document)
        outputs[provenance_path] = dump_json(_provenance(page, _read_json(provenance_path)))
    write_files_atomically(outputs)
    return sorted(outputs)
