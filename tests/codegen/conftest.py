"""Fixtures for the pipeline tests: a docs site on 127.0.0.1 and small synthetic repositories."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Reply:
    """A response other than a plain Markdown page: any status, body and headers."""

    status: int
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


HANG = "hang"  # a page set to this is never answered (until the site shuts down): a timeout


class DocsSite:
    """Pages served by path: a str is a Markdown page, an int that HTTP status, a Reply that reply, HANG nothing."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.pages: dict[str, str | int | Reply] = {}
        self.closing = threading.Event()

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"


def _serve(site_box: list[DocsSite]) -> tuple[ThreadingHTTPServer, DocsSite]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site = site_box[0]
            page = site.pages.get(self.path, 404)
            if page == HANG:
                site.closing.wait(10)
                return
            reply = page if isinstance(page, Reply) else Reply(page) if isinstance(page, int) else None
            if reply is None:
                reply = Reply(200, str(page), {"Content-Type": "text/markdown; charset=utf-8"})
            body = reply.body.encode("utf-8")
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site_box.append(DocsSite(f"http://127.0.0.1:{server.server_address[1]}"))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, site_box[0]


def _stop(server: ThreadingHTTPServer, site: DocsSite) -> None:
    site.closing.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def docs_site() -> Iterator[DocsSite]:
    server, site = _serve([])
    try:
        yield site
    finally:
        _stop(server, site)


@pytest.fixture(scope="module")
def module_docs_site() -> Iterator[DocsSite]:
    """One site for a whole module (tests reset its pages), so a module-wide fixture can fetch from it."""
    server, site = _serve([])
    try:
        yield site
    finally:
        _stop(server, site)


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
