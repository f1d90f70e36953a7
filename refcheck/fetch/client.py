"""One GET as refcheck does it: remap, safety check, polite slot, retries, capped body, at every hop.

Redirects are followed here, not by httpx, so that the remaps, the safety check and the record of
the chain apply to each hop. The result is an ``Outcome``; ``status.decide`` names it.
"""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_base

from refcheck.fetch.body import ACCEPT_ENCODING, TooLarge, UnknownEncoding, read_capped
from refcheck.fetch.classify import challenge_reason, is_readable_type
from refcheck.fetch.options import FetchOptions
from refcheck.fetch.refresh import refresh_target
from refcheck.fetch.retry import (
    RETRY_STATUSES,
    TransientStatus,
    is_transient,
    parse_retry_after,
    wait_retry_after,
)
from refcheck.fetch.safety import DnsFailure, Resolver, check_target, refusal_detail, system_resolver
from refcheck.fetch.status import Failure, Outcome
from refcheck.fetch.transport import PerHostTransport
from refcheck.fetch.urls import SCHEMES, BadUrl, apply_remaps, ascii_url, host_key, join, scheme_of
from refcheck.models import Redirect

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
ERROR_BODY_LIMIT = 64 * 1024  # bytes of an error answer kept to recognise a challenge page
ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5"


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer, its body read (or skipped for unreadable types and redirects)."""

    status: int
    headers: dict[str, str]
    body: bytes = b""


class BadLocation(Exception):
    """A redirect whose Location cannot be requested at all (not http(s), or malformed)."""


def _next_location(current: str, answer: Answer, any_type: bool) -> str | None:
    """Where a hop sends the browser: a 3xx Location, or a 2xx page's refresh (refresh.py)."""
    location = answer.headers.get("location", "")
    if answer.status in REDIRECT_CODES:
        return location if location.strip() else None
    if any_type or not 200 <= answer.status < 300:
        return None
    target = refresh_target(answer.body, answer.headers.get("content-type"))
    if target is None or challenge_reason(answer.headers, answer.body):
        return None  # a challenge's own scripts move the browser on: it stays a challenge
    try:
        same = ascii_url(join(current, target)).split("#")[0] == current.split("#")[0]
    except (BadUrl, httpx.InvalidURL):
        return None  # an unusable refresh target: the page stays what it is
    return None if same else target


class HostGate:
    """A global limit, a per-host limit and a minimum interval between request starts per host."""

    def __init__(self, total: int, per_host: int, interval: float) -> None:
        self._total = asyncio.Semaphore(max(1, total))
        self._per_host = max(1, per_host)
        self._interval = max(0.0, interval)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    def hold(self, host: str, seconds: float) -> None:
        """Start no request to ``host`` for ``seconds`` (it asked us to wait: 429/503 Retry-After)."""
        until = asyncio.get_running_loop().time() + max(0.0, seconds)
        self._next_start[host] = max(self._next_start.get(host, until), until)

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        limit = self._hosts.setdefault(host, asyncio.Semaphore(self._per_host))
        async with limit:
            now = asyncio.get_running_loop().time()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self._interval  # reserved before any await: no race
            if start > now:
                await asyncio.sleep(start - now)
            async with self._total:
                yield


def make_client(
    options: FetchOptions, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The run's one client: no automatic redirects, our own decompression, the run's timeouts."""
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(options.timeout),  # connection limits live in the per-host transport
        headers={"User-Agent": options.user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
        trust_env=options.trust_env,
        transport=transport or PerHostTransport(options.host_concurrency, options.trust_env),
    )


@dataclass
class Session:
    """The per-run state shared by every link: client, limits, retry wait and a DNS answer cache."""

    client: httpx.AsyncClient
    options: FetchOptions
    wait: wait_base
    resolve: Resolver = system_resolver
    gate: HostGate = field(init=False)
    _checks: dict[str, asyncio.Task[str | None]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        o = self.options
        self.gate = HostGate(o.max_concurrency, o.host_concurrency, o.host_interval)

    def close(self) -> None:
        """Cancel DNS look-ups still running (their links were cut by the deadline)."""
        for task in self._checks.values():
            if not task.done():
                task.cancel()

    async def check(self, url: str) -> str | None:
        """Why ``url`` (remapped) must not be fetched, or None; one look-up per host and run."""
        key = host_key(url)
        if key not in self._checks:
            self._checks[key] = asyncio.ensure_future(
                check_target(url, self.options.allow_private, self.resolve)
            )
        return await asyncio.shield(self._checks[key])

    async def get(self, url: str, *, any_type: bool = False) -> Outcome:
        """Fetch ``url`` following redirects; ``any_type`` reads bodies of any content type (JSON)."""
        if scheme_of(url) not in SCHEMES:
            return Outcome(url, failure=Failure.UNSUPPORTED, detail=f"scheme {scheme_of(url) or 'missing'}")
        try:
            current = ascii_url(url)
        except BadUrl as error:
            return Outcome(url, failure=Failure.UNSUPPORTED, detail=str(error))
        redirects: list[Redirect] = []
        seen = {current}
        while True:
            outcome, answer = await self._hop(url, current, tuple(redirects), any_type)
            if outcome is not None:
                return outcome
            assert answer is not None
            ctype = answer.headers.get("content-type")
            location = _next_location(current, answer, any_type)
            if location is None:
                final = current if redirects else url
                return Outcome(
                    url, final, tuple(redirects), answer.status, answer.headers, ctype, answer.body
                )
            redirects.append(Redirect(url if not redirects else current, answer.status))
            try:
                current = ascii_url(join(current, location))
            except (BadUrl, httpx.InvalidURL) as error:
                return Outcome(url, current, tuple(redirects), failure=Failure.UNSUPPORTED, detail=str(error))
            failure = None
            if current in seen:
                failure, detail = Failure.REDIRECT_LOOP, f"redirect loop at {current}"
            elif len(redirects) > self.options.max_redirects:
                failure, detail = (
                    Failure.TOO_MANY_REDIRECTS,
                    f"more than {self.options.max_redirects} redirects",
                )
            if failure is not None:
                return Outcome(url, current, tuple(redirects), failure=failure, detail=detail)
            seen.add(current)

    async def _hop(
        self, url: str, current: str, redirects: tuple[Redirect, ...], any_type: bool
    ) -> tuple[Outcome | None, Answer | None]:
        """One hop: an Outcome when it ends the chain with a failure, else the Answer."""
        target = apply_remaps(current, self.options.remaps)
        final = current if redirects else url
        if scheme_of(target) not in SCHEMES:
            return Outcome(
                url, final, redirects, failure=Failure.UNSUPPORTED, detail=f"remapped to {target}"
            ), None
        try:
            reason = await self.check(target)
            if reason:
                detail = refusal_detail(httpx.URL(target).host, reason, self.options.allow_private)
                return Outcome(url, final, redirects, failure=Failure.REFUSED, detail=detail), None
            return None, await self._retrying(target, any_type)
        except TransientStatus as last:
            ctype = last.headers.get("content-type")
            return Outcome(url, final, redirects, last.status, last.headers, ctype, last.body), None
        except TooLarge:
            detail = f"body over {self.options.max_bytes} bytes"
            return Outcome(url, final, redirects, failure=Failure.TOO_LARGE, detail=detail), None
        except UnknownEncoding as error:
            detail = f"content encoding {error}"
            return Outcome(url, final, redirects, failure=Failure.UNSUPPORTED, detail=detail), None
        except BadLocation as error:
            detail = f"redirect to an unusable URL ({error})"
            return Outcome(url, final, redirects, failure=Failure.UNSUPPORTED, detail=detail), None
        except (httpx.HTTPError, OSError, TimeoutError, DnsFailure, zlib.error) as error:
            return Outcome(url, final, redirects, failure=Failure.ERROR, error=error), None

    async def _retrying(self, target: str, any_type: bool) -> Answer:
        retrying = AsyncRetrying(
            retry=retry_if_exception(is_transient),
            stop=stop_after_attempt(max(1, self.options.attempts)),
            wait=wait_retry_after(self.wait, self.options.max_retry_after),
            reraise=True,
        )
        return await retrying(self._attempt, target, any_type)

    async def _attempt(self, target: str, any_type: bool) -> Answer:
        """One try, inside a polite slot and the per-request time limit."""
        async with self.gate.slot(host_key(target)), asyncio.timeout(self.options.timeout):
            try:
                response = await self.client.send(self.client.build_request("GET", target), stream=True)
            except (httpx.InvalidURL, httpx.RemoteProtocolError) as error:
                # httpx parses a redirect's Location itself (response.next_request) and raises on
                # one it cannot request ("javascript:...", a bad port): the hop's answer, not a fault
                if isinstance(error, httpx.InvalidURL) or "location header" in str(error).lower():
                    raise BadLocation(str(error)) from error
                raise
            try:
                return await self._read(response, any_type)
            finally:
                await response.aclose()

    async def _read(self, response: httpx.Response, any_type: bool) -> Answer:
        status, headers = response.status_code, dict(response.headers)
        if status in REDIRECT_CODES and headers.get("location"):
            return Answer(status, headers)
        if 200 <= status < 300:
            ctype = headers.get("content-type")
            media = (ctype or "").split(";", 1)[0].strip().lower()
            if not any_type and media and not is_readable_type(ctype) and "octet-stream" not in media:
                return Answer(status, headers)  # unsupported: no need for the body
            return Answer(status, headers, await read_capped(response, self.options.max_bytes))
        body = await read_capped(response, min(self.options.max_bytes, ERROR_BODY_LIMIT), truncate=True)
        if status in RETRY_STATUSES and not challenge_reason(headers, body):
            retry_after = parse_retry_after(headers.get("retry-after"))
            if retry_after is not None:  # the whole host asked for a pause, not just this URL
                self.gate.hold(host_key(str(response.url)), min(retry_after, self.options.max_retry_after))
            raise TransientStatus(status, headers, body, retry_after)
        return Answer(status, headers, body)
