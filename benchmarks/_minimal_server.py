"""A minimal HTTP/1.1 server on 127.0.0.1 that answers every GET with one fixed JSON body.

Written by hand on purpose: the overhead benchmark must measure the client, not the server, so the server does
as little as possible (no routing, no parsing beyond the request head). Headers and body leave in one ``sendall``
with ``TCP_NODELAY``: a server that writes them separately waits ~40 ms per request on Nagle and delayed ACKs.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from types import TracebackType


class _Handler(socketserver.BaseRequestHandler):
    response: bytes = b""

    def handle(self) -> None:
        conn: socket.socket = self.request
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = b""
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            _, buffer = buffer.split(b"\r\n\r\n", 1)
            conn.sendall(self.response)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class MinimalServer:
    """``with MinimalServer(body) as url: ...``"""

    def __init__(self, body: bytes) -> None:
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
        )
        handler = type("Handler", (_Handler,), {"response": head.encode() + body})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self._thread.start()
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
