"""The retry policy: which failures are transient (one named predicate) and how long to wait."""

from __future__ import annotations

import email.utils
import enum
import socket
import ssl
import time
from collections.abc import Iterator, Mapping

import httpx
from tenacity import RetryCallState
from tenacity.wait import wait_base, wait_exponential_jitter

from refcheck.fetch.safety import DnsFailure

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class TransientStatus(Exception):
    """An HTTP answer worth another try (408, 429, 5xx); carries what the mapping needs afterwards."""

    def __init__(
        self, status: int, headers: Mapping[str, str], body: bytes, retry_after: float | None
    ) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.headers = dict(headers)
        self.body = body
        self.retry_after = retry_after


class ErrorKind(enum.Enum):
    """What kind of failure an exception is, before it becomes a link status."""

    TLS = "tls"
    DNS = "dns"
    TIMEOUT = "timeout"
    CONNECTION = "connection"  # refused, reset, closed without an answer, protocol errors
    OTHER = "other"


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def error_kind(error: BaseException) -> ErrorKind:
    """Classify an exception raised while requesting a URL."""
    chain = list(_chain(error))
    if any(isinstance(e, ssl.SSLError) for e in chain) or "[SSL" in str(error):
        return ErrorKind.TLS
    if any(isinstance(e, (socket.gaierror, DnsFailure)) for e in chain):
        return ErrorKind.DNS
    if isinstance(error, (httpx.TimeoutException, TimeoutError)):
        return ErrorKind.TIMEOUT
    if isinstance(error, (httpx.TransportError, ConnectionError)):
        return ErrorKind.CONNECTION
    return ErrorKind.OTHER


def is_transient(error: BaseException) -> bool:
    """The retry predicate: resets, refused connections, timeouts and 408/429/500/502-504 answers.

    Never 404/410, a TLS failure or a name that does not resolve: another try cannot change those.
    """
    if isinstance(error, TransientStatus):
        return True
    return error_kind(error) in {ErrorKind.TIMEOUT, ErrorKind.CONNECTION}


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


class wait_retry_after(wait_base):
    """Wait what the server's Retry-After says (capped), else fall back to ``fallback`` (backoff)."""

    def __init__(self, fallback: wait_base, cap: float) -> None:
        self.fallback = fallback
        self.cap = cap

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome is not None and outcome.failed else None
        if isinstance(error, TransientStatus) and error.retry_after is not None:
            return min(error.retry_after, self.cap)
        return float(self.fallback(retry_state))


def default_backoff() -> wait_base:
    """Exponential backoff with jitter: about 1 s, 2 s, 4 s ... capped at 10 s."""
    return wait_exponential_jitter(initial=1.0, max=10.0, jitter=1.0)
