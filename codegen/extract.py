"""Find the one OpenAPI document embedded in a docs page.

Unico's GitBook pages embed the OpenAPI description as a fenced code block holding one line of JSON.
Other fenced blocks on the same page hold example responses or fragments of them, which are not documents.
A block is the document when it parses as a JSON object with an `openapi` key, wherever that key sits.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A fenced block: an opening fence of 3+ backticks (any info string), the body, the same fence closing it.
_FENCED_BLOCK = re.compile(r"^(?P<fence>`{3,})[^\n`]*\n(?P<body>.*?)\n(?P=fence)[ \t]*$", re.DOTALL | re.MULTILINE)
# A block that names an `openapi` key as a JSON member but does not parse was meant to be the document.
_OPENAPI_MEMBER = re.compile(r'"openapi"\s*:')


class ExtractionError(Exception):
    """The page does not hold exactly one valid embedded OpenAPI document."""


def fenced_blocks(page: str) -> list[str]:
    """The bodies of the page's fenced code blocks, in page order."""
    return [match.group("body") for match in _FENCED_BLOCK.finditer(page)]


def _parse(body: str) -> Any:
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return None


def _is_document(value: Any) -> bool:
    return isinstance(value, dict) and "openapi" in value


def _excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def describe_page(page: str) -> str:
    """What a page holds, for a message about the block it lacks."""
    if not page.strip():
        return "the page is empty"
    lowered = page.lstrip()[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return f"it is an HTML page starting {_excerpt(page)!r}"
    blocks = fenced_blocks(page)
    if not blocks:
        return f"it has no fenced code block; its text starts {_excerpt(page)!r}"
    kinds = []
    for body in blocks:
        value = _parse(body)
        if isinstance(value, dict):
            kinds.append(f"a JSON object with keys {', '.join(list(value)[:4]) or '(none)'}")
        elif value is not None:
            kinds.append(f"JSON {type(value).__name__}")
        else:
            kinds.append(f"non-JSON text {_excerpt(body, 30)!r}")
    return f"its {len(blocks)} fenced code block(s) hold " + "; ".join(kinds)


def extract_openapi(page: str, *, page_name: str | None = None) -> dict[str, Any]:
    """Return the page's embedded OpenAPI document, keys in the order the page wrote them.

    ``page_name`` starts every error message (leave it out when the caller names the page itself).
    """
    where = f"{page_name}: " if page_name else ""
    documents: list[dict[str, Any]] = []
    broken: list[str] = []
    for body in fenced_blocks(page):
        try:
            value = json.loads(body)
        except json.JSONDecodeError as exc:
            if _OPENAPI_MEMBER.search(body):
                broken.append(str(exc))
            continue
        if _is_document(value):
            documents.append(value)
    if len(documents) > 1:
        raise ExtractionError(f"{where}{len(documents)} embedded OpenAPI JSON blocks found, expected exactly one")
    if broken and not documents:
        raise ExtractionError(f"{where}the embedded OpenAPI block is not valid JSON ({broken[0]})")
    if not documents:
        raise ExtractionError(f"{where}no embedded OpenAPI JSON block found; {describe_page(page)}")
    return documents[0]
