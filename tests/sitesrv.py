"""A tiny HTTP server on 127.0.0.1 for end-to-end tests: GET /HOST/PATH answers with
tests/fixtures/site/HOST/PATH.html (404 when there is none), as https://HOST/PATH would."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent / "fixtures" / "site"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        target = self.path.lstrip("/").split("?", 1)[0].rstrip("/")
        page = (SITE / f"{target}.html").resolve()
        self.server.requests.append(target)  # type: ignore[attr-defined]
        if SITE in page.parents and page.is_file():
            body, status = page.read_bytes(), 200
        else:
            body, status = b"<html><title>Not Found</title><body>404 Not Found</body></html>", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_site() -> Iterator[tuple[str, list[str]]]:
    """Serve the fixture site; yields (base URL, the list of paths requested so far)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.requests  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
