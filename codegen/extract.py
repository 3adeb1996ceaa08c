"""Find the one OpenAPI document embedded in a docs page.

Unico's GitBook pages embed the OpenAPI description as a fenced code block holding one line of JSON.
Other fenced blocks on the same page hold fragments of example responses, which are not documents.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A fenced block: an opening fence of 3+ backticks (any info string), the body, the same fence closing it.
_FENCED_BLOCK = re.compile(r"^(?P<fence>`{3,})[^\n`]*\n(?P<body>.*?)\n(?P=fence)[ \t]*$", re.DOTALL | re.MULTILINE)
# The body is an OpenAPI document when it is a JSON object whose top level names the `openapi` version.
_OPENAPI_KEY = re.compile(r'^\s*\{\s*"openapi"\s*:')


class ExtractionError(Exception):
    """The page does not hold exactly one valid embedded OpenAPI document."""


def extract_openapi(page: str, *, page_name: str) -> dict[str, Any]:
    """Return the page's embedded OpenAPI document, keys in the order the page wrote them."""
    candidates = [m.group("body") for m in _FENCED_BLOCK.finditer(page) if _OPENAPI_KEY.match(m.group("body"))]
    if not candidates:
        raise ExtractionError(f"{page_name}: no embedded OpenAPI JSON block found")
    if len(candidates) > 1:
        raise ExtractionError(
            f"{page_name}: {len(candidates)} embedded OpenAPI JSON blocks found, expected exactly one"
        )
    try:
        document = json.loads(candidates[0])
    except json.JSONDecodeError as exc:
        raise ExtractionError(f"{page_name}: the embedded OpenAPI block is not valid JSON ({exc})") from exc
    if not isinstance(document, dict):
        raise ExtractionError(f"{page_name}: the embedded OpenAPI block is not a JSON object")
    return document
