"""A real HTTP proxy on 127.0.0.1 for the proxy tests: ``CONNECT`` tunnels (what an ``https://`` request through a
proxy uses) and absolute-form forwarding (``http://``), in threads, recording what it was asked for.

Written here rather than taken from PyPI: the proxy packages there (proxy.py, mitmproxy) are far larger than the
60 lines a test needs, and one that records each request it relays is what the assertions are about."""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from types import TracebackType


class LoopbackProxy:
    def __init__(self) -> None:
        self.seen: list[str] = []  # "CONNECT host:port" or "GET http://host:port/path"
        self.user_agents: list[str] = []
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _handle(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(65536)
            if not chunk:
                return
            head += chunk
        head, _, rest = head.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, version = request_line.split(" ")
        self.seen.append(f"{method} {target}")
        for line in header_lines:
            name, _, value = line.partition(":")
            if name.strip().lower() == "user-agent":
                self.user_agents.append(value.strip())
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = socket.create_connection((host, int(port)))
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if rest:
                upstream.sendall(rest)
        else:
            authority = target.split("://", 1)[1].split("/", 1)
            host, _, port = authority[0].rpartition(":")
            path = "/" + (authority[1] if len(authority) > 1 else "")
            # One request per connection: the server closes after answering (and says so), so the client opens
            # a new connection, and this proxy sees, each request.
            kept = [line for line in header_lines if line.partition(":")[0].strip().lower() != "connection"]
            head_out = "\r\n".join([f"{method} {path} {version}", *kept, "Connection: close"])
            upstream = socket.create_connection((host, int(port)))
            upstream.sendall(head_out.encode("latin-1") + b"\r\n\r\n" + rest)
        self._pipe(client, upstream)

    @staticmethod
    def _pipe(client: socket.socket, upstream: socket.socket) -> None:
        with upstream:
            sockets = [client, upstream]
            while True:
                readable, _, _ = select.select(sockets, [], [], 10)
                if not readable:
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is client else client).sendall(data)

    def __enter__(self) -> LoopbackProxy:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
