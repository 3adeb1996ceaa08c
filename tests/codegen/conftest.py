"""Fixtures for the pipeline tests: a docs site on 127.0.0.1 and small synthetic repositories."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


class DocsSite:
    """Pages served by path; a page set to an int is answered with that HTTP status."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.pages: dict[str, str | int] = {}

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"


@pytest.fixture
def docs_site() -> Iterator[DocsSite]:
    site: DocsSite

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = site.pages.get(self.path, 404)
            if isinstance(page, int):
                self.send_response(page)
                self.end_headers()
                return
            body = page.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/markdown; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site = DocsSite(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def page_with(*blocks: str) -> str:
    """A GitBook-like markdown page holding the given fenced code blocks."""
    parts = ["# Some page\n\nIntro text.\n"]
    for block in blocks:
        parts.append(f"```json\n{block}\n```\n\nMore text.\n")
    return "\n".join(parts)


OPENAPI_ONE_LINE = (
    '{"openapi":"3.0.0","info":{"title":"T","version":"1"},"paths":{"/z":{"get":{"responses":'
    '{"200":{"description":"ok"}}}},"/a":{"get":{"responses":{"200":{"description":"ok"}}}}}}'
)


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]
