"""A docs page as the text a reader sees, normalised so that its hash changes only when that text does.

HTML is reduced to its main content (`<article>`, else `<main>`, else `<body>`; no scripts, styles or site
navigation) with BeautifulSoup. Then line endings, trailing spaces and runs of blank lines are normalised, and a
one-line JSON code block (how GitBook embeds the OpenAPI description) is pretty-printed, so a diff of two versions
of a page shows the lines that changed instead of one 18 kB line.
"""

from __future__ import annotations

import hashlib
import json
import re

from bs4 import BeautifulSoup

# The same fence rule as codegen.extract: 3+ backticks, an info string, the body, the same fence closing it.
_FENCED_BLOCK = re.compile(
    r"^(?P<open>(?P<fence>`{3,})[^\n`]*\n)(?P<body>.*?)(?P<close>\n(?P=fence)[ \t]*)$", re.DOTALL | re.MULTILINE
)
# Titles of the error pages web servers and docs hosts answer with (a 200 "soft" error page included).
_ERROR_TITLE = re.compile(
    r"\b(?:[45]\d\d|not found|page not found|bad gateway|service unavailable|internal server error|"
    r"access denied|forbidden|too many requests|gateway time-?out)\b",
    re.IGNORECASE,
)
_NOT_CONTENT = ["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside"]
_LONG_LINE = 200


def is_html(text: str, content_type: str | None = None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    return text.lstrip("\ufeff \t\r\n")[:15].lower().startswith(("<!doctype html", "<html"))


def html_title(html: str) -> str:
    """The page's `<title>` (or first `<h1>`), for messages."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in (soup.title, soup.find("h1")):
        if tag is not None and (text := " ".join(tag.get_text(" ").split())):
            return text
    return "(no title)"


def is_error_title(title: str) -> bool:
    return bool(_ERROR_TITLE.search(title))


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_NOT_CONTENT):
        tag.decompose()
    main = soup.find("article") or soup.find("main") or soup.body or soup
    return "\n".join(line.strip() for line in main.get_text("\n").splitlines())


def _pretty_json(match: re.Match[str]) -> str:
    body = match.group("body")
    if "\n" in body or len(body) < _LONG_LINE:
        return match.group(0)
    try:
        value = json.loads(body)
    except json.JSONDecodeError:
        return match.group(0)
    if not isinstance(value, dict | list):
        return match.group(0)
    return match.group("open") + json.dumps(value, indent=2, ensure_ascii=False) + match.group("close")


def normalise(text: str) -> str:
    """Unix line endings, no trailing spaces, one blank line at most in a row, long JSON blocks pretty-printed."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _FENCED_BLOCK.sub(_pretty_json, text)
    lines: list[str] = []
    for line in (raw.rstrip() for raw in text.split("\n")):
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
