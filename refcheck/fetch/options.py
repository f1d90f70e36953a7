"""What the fetcher is told: run options, one request per URL, and the hooks the pipeline injects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Protocol

from refcheck.models import LinkCheck, Page


def default_user_agent() -> str:
    """An honest user agent that names refcheck, its version and where to read about it."""
    try:
        version = metadata.version("refcheck-citations")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "dev"
    return f"refcheck/{version} (citation checker; +https://pypi.org/project/refcheck-citations/)"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits and switches of one fetch run (DESIGN.md, "Fetching")."""

    timeout: float = 20.0  # per request attempt (connect + headers + body), seconds
    deadline: float | None = 300.0  # whole run; links not done by then: status timeout, "run deadline"
    max_concurrency: int = 64
    host_concurrency: int = 4  # requests in flight per host (the host actually connected to)
    host_interval: float = 0.1  # minimum seconds between request starts to one host
    attempts: int = 3  # tries for transient failures
    max_retry_after: float = 30.0  # cap on an honoured Retry-After, seconds
    max_bytes: int = 10 * 2**20  # cap on body bytes read, after decompression
    max_redirects: int = 10
    user_agent: str = field(default_factory=default_user_agent)
    allow_private: bool = False  # fetch private/loopback/link-local targets (tests, intranets)
    # (python regex, replacement with \1 groups), applied in order to every URL requested (each redirect
    # hop and archive look-ups included), on the URL's ASCII form (punycode host, percent-encoded path)
    remaps: tuple[tuple[str, str], ...] = ()
    cache_dir: Path | None = Path(".refcheck")  # None: no cache and no history
    offline: bool = False  # answer from the cache alone; a URL not in it: skipped, "offline: not in cache"
    cache_max_age: float = 7 * 86400  # seconds a cached answer is reused
    archive_api: str = "https://archive.org/wayback/available"
    read_archive: bool = False  # fetch the archived snapshot and read it (Fetched.archived_page)
    trust_env: bool = True  # honour HTTP(S)_PROXY / NO_PROXY and SSL_CERT_FILE from the environment


@dataclass(frozen=True, slots=True)
class FetchRequest:
    url: str
    date: dt.date | None = None  # the reference's (or report's) date: the archive snapshot nearest to it


# (body, Content-Type header, final URL) -> Page; injected by the pipeline (extract.read_page)
ReadPage = Callable[[bytes, str | None, str], Page]


class FetchObserver(Protocol):
    """Progress hook (the progress bar implements it structurally; report/ never imports fetch)."""

    def started(self, total: int) -> None: ...

    def finished(self, link: LinkCheck) -> None: ...
