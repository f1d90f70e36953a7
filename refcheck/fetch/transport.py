"""A transport with one small connection pool per host, behind the run's one client.

NOTE: httpcore's pool matches queued requests to connections in O(requests x connections) on
every change (httpcore/_async/connection_pool.py, _assign_requests_to_connections); one shared pool
of 128 connections over 20 hosts spent most of a benchmark's CPU there. Pools of a host's own few
connections keep that cost small; the client, its headers, timeouts and proxies stay one per run.
"""

from __future__ import annotations

import httpx


class PerHostTransport(httpx.AsyncBaseTransport):
    """Route each request to the pool of its (scheme, host, port), created on first use."""

    def __init__(self, per_host: int, trust_env: bool = True) -> None:
        self._limits = httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host)
        self._trust_env = trust_env  # SSL_CERT_FILE / SSL_CERT_DIR, as httpx's own transport reads them
        self._pools: dict[tuple[str, str, int | None], httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.scheme, request.url.host, request.url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = httpx.AsyncHTTPTransport(limits=self._limits, trust_env=self._trust_env)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()
