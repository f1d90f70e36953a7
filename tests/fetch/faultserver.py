"""A real HTTP server on 127.0.0.1 that injects the faults the fetcher must survive.

Each test adds routes under its own path prefix: ``server.add("/t1/page", status=200, body=...)``.
Behaviours: slow:S (answer after S seconds, counting requests in flight per first path segment), flaky:N (N x 503, then the route), ratelimit:N (N x 429 with Retry-After), reset (close
without an answer), stall (headers, then no body), slow_headers (no answer for a while), huge (an endless
body), gzip_bomb (a small gzip body that inflates to 64 MiB), challenge (a Cloudflare-style 403),
wayback (an availability API answering from ``server.snapshots``: url -> (snapshot url, timestamp)).
"""

from __future__ import annotations

import json
import socket
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

STALL_SECONDS = 5.0
BOMB_MIB = 64


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    behavior: str = ""


@dataclass(frozen=True)
class Seen:
    path: str  # the raw request target, as the client sent it
    headers: dict[str, str]


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.seen: list[Seen] = []
        self.snapshots: dict[str, tuple[str, str]] = {}
        self.inflight: Counter[str] = Counter()  # "slow" requests being answered, per first path segment
        self.peak: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._bomb: bytes | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, **route: object) -> str:
        self.routes[path] = Route(**route)  # type: ignore[arg-type]
        return self.url(path)

    def count(self, prefix: str) -> int:
        """Requests received whose path starts with ``prefix``."""
        with self.lock:
            return sum(1 for seen in self.seen if seen.path.startswith(prefix))

    def bomb(self) -> bytes:
        if self._bomb is None:
            packer = zlib.compressobj(9, zlib.DEFLATED, 31)
            zeros = bytes(1 << 20)
            self._bomb = b"".join([packer.compress(zeros) for _ in range(BOMB_MIB)] + [packer.flush()])
        return self._bomb

    def start(self) -> FaultServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        target = self.path
        path = unquote(urlsplit(target).path)
        with self.server.lock:
            self.server.seen.append(Seen(target, {k.lower(): v for k, v in self.headers.items()}))
            self.server.hits[path] += 1
            hit = self.server.hits[path]
        route = self.server.routes.get(path)
        if route is None:
            return self._send(404, b"<html><title>404 Not Found</title></html>", "text/html")
        behavior, _, arg = route.behavior.partition(":")
        if behavior == "flaky" and hit <= int(arg or 1):
            return self._send(503, b"busy", "text/plain")
        if behavior == "ratelimit" and hit <= int(arg or 1):
            return self._send(
                429, b"slow down", "text/plain", {"Retry-After": route.headers.get("Retry-After", "0")}
            )
        if behavior == "slow":
            return self._slow(path, route, float(arg or 0.2))
        if behavior == "reset":
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return None
        if behavior == "slow_headers":
            self.server.stopping.wait(STALL_SECONDS)
            self.close_connection = True
            return None
        if behavior == "challenge":
            page = (
                b"<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
            )
            headers = {"Server": "cloudflare", "cf-mitigated": "challenge"}
            return self._send(403, page, "text/html; charset=utf-8", headers)
        if behavior == "gzip_bomb":
            return self._send(200, self.server.bomb(), "text/html", {"Content-Encoding": "gzip"})
        if behavior in {"stall", "huge"}:
            return self._stream(behavior)
        if behavior == "wayback":
            return self._wayback(target)
        self._send(route.status, route.body, route.content_type, route.headers)
        return None

    def _slow(self, path: str, route: Route, seconds: float) -> None:
        group = path.split("/")[1]
        with self.server.lock:
            self.server.inflight[group] += 1
            self.server.peak[group] = max(self.server.peak[group], self.server.inflight[group])
        self.server.stopping.wait(seconds)
        with self.server.lock:
            self.server.inflight[group] -= 1
        self._send(route.status, route.body, route.content_type, route.headers)

    def _stream(self, behavior: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if behavior == "stall":
            self.send_header("Content-Length", "100000")
        self.end_headers()
        self.close_connection = True
        try:
            if behavior == "stall":
                self.wfile.write(b"<html>")
                self.wfile.flush()
                self.server.stopping.wait(STALL_SECONDS)
                return
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            while not self.server.stopping.is_set():  # ends when the client hangs up
                self.wfile.write(chunk)
        except OSError:
            pass

    def _wayback(self, target: str) -> None:
        query = parse_qs(urlsplit(target).query)
        url = query.get("url", [""])[0]
        found = self.server.snapshots.get(url)
        closest = (
            {"closest": {"available": True, "status": "200", "url": found[0], "timestamp": found[1]}}
            if found
            else {}
        )
        answer: dict[str, object] = {"url": url, "archived_snapshots": closest}
        if "timestamp" in query:
            answer["timestamp"] = query["timestamp"][0]
        self._send(200, json.dumps(answer).encode(), "application/json")

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass
