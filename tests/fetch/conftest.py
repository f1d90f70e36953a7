"""Fixtures of the fetch tests: the fault server, quick options, a trivial read_page."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from refcheck.fetch import FetchOptions, FetchRequest, fetch_all
from refcheck.models import Fetched, Page

from .faultserver import FaultServer

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


class PageReader:
    """A stand-in for extract.read_page: UTF-8 text and <title>, and a record of what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[bytes, str | None, str]] = []

    def __call__(self, body: bytes, content_type: str | None, url: str) -> Page:
        self.calls.append((body, content_type, url))
        text = body.decode("utf-8", "replace")
        title = _TITLE.search(text)
        return Page(text=_TAG.sub(" ", text).strip(), title=title.group(1).strip() if title else None)


@pytest.fixture(scope="session")
def server() -> Iterator[FaultServer]:
    running = FaultServer().start()
    yield running
    running.stop()


@pytest.fixture
def reader() -> PageReader:
    return PageReader()


@pytest.fixture
def options(tmp_path: Path) -> FetchOptions:
    """Fast options for local tests: no cache, loopback allowed, short timeouts, no politeness wait."""
    return FetchOptions(
        timeout=2.0,
        deadline=20.0,
        attempts=3,
        host_interval=0.0,
        allow_private=True,
        cache_dir=None,
        trust_env=False,
        max_bytes=1 << 20,
        archive_api="http://127.0.0.1:9/none",
    )


async def fetch(
    urls: list[str] | str, options: FetchOptions, reader: PageReader | None = None, **hooks: Any
) -> dict[str, Fetched]:
    """fetch_all with wait_none() (no backoff sleeps) and the given options."""
    requests = [FetchRequest(url) for url in ([urls] if isinstance(urls, str) else urls)]
    hooks.setdefault("wait", wait_none())
    return await fetch_all(requests, options, reader or PageReader(), **hooks)


def tweak(options: FetchOptions, **changes: Any) -> FetchOptions:
    return dataclasses.replace(options, **changes)
