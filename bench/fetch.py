"""Benchmark of the fetcher: N URLs over H local hosts (127.0.0.x) with a server delay.

Prints wall time and peak RSS of the client process for a cold and a warm cache, with the default
politeness (FetchOptions defaults) and with lychee's default politeness (10 in flight and 20 req/s
per host, 128 in flight overall).

    .venv/bin/python bench/fetch.py [--urls 2000] [--hosts 20] [--delay 0.2] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROFILES = {
    "defaults": {},
    "lychee-polite": {"max_concurrency": 128, "host_concurrency": 10, "host_interval": 0.05},
}


def serve(hosts: int, delay: float) -> None:
    """Run H servers on 127.0.0.1..H (one port each) until stdin closes; print their base URLs."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(delay)
            body = (
                f"<html><head><title>Page {self.path}</title></head><body><p>Article text.</p></body></html>"
            )
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 1024

    bases = []
    for index in range(hosts):
        server = Server((f"127.0.0.{index + 1}", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        bases.append(f"http://127.0.0.{index + 1}:{server.server_address[1]}")
    print(json.dumps(bases), flush=True)
    sys.stdin.read()


def client(bases: list[str], urls: int, profile: str, cache_dir: str) -> None:
    """Fetch the URLs once and print wall time, statuses and peak RSS as JSON."""
    sys.path.insert(0, str(ROOT))
    from refcheck.fetch import FetchOptions, FetchRequest, fetch_all
    from refcheck.models import Page

    def read_page(body: bytes, content_type: str | None, url: str) -> Page:
        return Page(text=body.decode("utf-8", "replace"))

    options = FetchOptions(
        allow_private=True, cache_dir=Path(cache_dir), trust_env=False, **PROFILES[profile]
    )
    requests = [FetchRequest(f"{bases[i % len(bases)]}/article/{i}") for i in range(urls)]
    started = time.perf_counter()
    result = asyncio.run(fetch_all(requests, options, read_page))
    wall = time.perf_counter() - started
    statuses: dict[str, int] = {}
    for fetched in result.values():
        statuses[fetched.link.status.value] = statuses.get(fetched.link.status.value, 0) + 1
    cached = sum(f.link.from_cache for f in result.values())
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wall": wall, "rss_mb": rss_mb, "statuses": statuses, "from_cache": cached}))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--quick", action="store_true", help="only the lychee-polite profile")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", nargs=3, metavar=("BASES", "PROFILE", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, args.delay)
        return 0
    if args.client:
        client(json.loads(args.client[0]), args.urls, args.client[1], args.client[2])
        return 0
    me = [
        sys.executable,
        __file__,
        "--urls",
        str(args.urls),
        "--hosts",
        str(args.hosts),
        "--delay",
        str(args.delay),
    ]
    servers = subprocess.Popen([*me, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert servers.stdout is not None
        bases = servers.stdout.readline().strip()
        print(f"{args.urls} URLs over {args.hosts} hosts, {args.delay * 1000:.0f} ms server delay")
        for profile in ["lychee-polite"] if args.quick else list(PROFILES):
            with tempfile.TemporaryDirectory() as cache:
                for run in ("cold", "warm"):
                    out = subprocess.run(
                        [*me, "--client", bases, profile, cache], capture_output=True, text=True
                    )
                    if out.returncode:
                        print(out.stderr, file=sys.stderr)
                        return 1
                    figures = json.loads(out.stdout)
                    print(
                        f"{profile:>14} {run}: {figures['wall']:6.2f} s wall, "
                        f"peak RSS {figures['rss_mb']:5.0f} MB, from cache {figures['from_cache']}, "
                        f"statuses {figures['statuses']}"
                    )
    finally:
        if servers.stdin is not None:
            servers.stdin.close()
        servers.wait(timeout=10)
        if servers.stdout is not None:
            servers.stdout.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
