"""A loopback HTTP server that records every request and answers from a script.

The conformance tests point an official SDK and our adapter at the same recorder (the adapter
through its catalog entry's `base_url`, the SDK through its own base-URL option) and compare what
each sent: method, path, query, the name of the auth header and the JSON body. Nothing leaves
127.0.0.1; the server stops when the `with` block ends.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

AUTH_HEADERS = ("authorization", "x-goog-api-key", "x-api-key", "x-key")


@dataclass
class Heard:
    """One request as it reached the server."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    @property
    def auth_header(self) -> str | None:
        """The name of the header that carried the credential (never its value)."""
        found = [h for h in AUTH_HEADERS if h in self.headers]
        return found[0] if found else None


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)  # JSON-encodable, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)


Script = Callable[[Heard], Reply]


class Recorder:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.heard: list[Heard] = []
        self.url = ""

    def last(self, method: str | None = None) -> Heard:
        matching = [h for h in self.heard if method is None or h.method == method]
        return matching[-1]

    def clear(self) -> None:
        self.heard.clear()


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            heard = Heard(
                self.command,
                parts.path,
                parse_qs(parts.query, keep_blank_values=True),
                {k.lower(): v for k, v in self.headers.items()},
                body,
            )
            recorder.heard.append(heard)
            reply = recorder.script(heard)
            payload = (
                reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
            )
            self.send_response(reply.status)
            headers = {"content-type": "application/json", **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    return Handler


@contextmanager
def recording(script: Script) -> Iterator[Recorder]:
    recorder = Recorder(script)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
