"""A page's normalised text: what its hash in spec/docs.lock is taken over."""

from __future__ import annotations

from codegen.extract import extract_openapi
from codegen.pagetext import html_title, html_to_text, is_error_title, is_html, normalise
from tests.codegen.conftest import OPENAPI_ONE_LINE, page_with


def test_whitespace_and_line_endings_do_not_change_the_text() -> None:
    text = "# Title  \r\n\r\n\r\n\r\nBody line\t\r\n  indented stays\r\n\r\n"
    assert normalise(text) == "# Title\n\nBody line\n  indented stays\n"
    assert normalise(normalise(text)) == normalise(text)


def test_a_one_line_openapi_block_is_pretty_printed_and_still_extracts_the_same() -> None:
    long_block = OPENAPI_ONE_LINE.replace('"T"', '"' + "T" * 200 + '"')
    page = page_with(long_block, '{"short": 1}')
    text = normalise(page)
    assert '```json\n{\n  "openapi": "3.0.0",\n  "info": {' in text
    assert '```json\n{"short": 1}\n```' in text  # short blocks (examples) stay as written
    assert extract_openapi(text) == extract_openapi(page)
    assert normalise(text) == text


def test_html_is_reduced_to_its_main_content() -> None:
    html = (
        "<!doctype html><html><head><title>Get Selfie | Unico</title><style>p{}</style></head><body>"
        "<nav>Menu</nav><main><article><h1>Get Selfie</h1><p>Returns the <b>selfie</b>.</p>"
        "<script>track()</script></article></main><footer>Footer</footer></body></html>"
    )
    assert is_html(html) and is_html("plain", "text/html; charset=utf-8") and not is_html("# Markdown")
    assert html_title(html) == "Get Selfie | Unico"
    assert normalise(html_to_text(html)) == "Get Selfie\nReturns the\nselfie\n.\n"


def test_error_titles_are_told_from_docs_titles() -> None:
    assert all(is_error_title(t) for t in ["404 Not Found", "Page not found | Docs", "502 Bad Gateway", "Forbidden"])
    assert not any(is_error_title(t) for t in ["Error codes | Unico", "Get Process", "Rate limits"])
