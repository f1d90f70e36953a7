"""Archive rescue against a fake availability API on the local server, reached through a remap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from refcheck.fetch import FetchOptions, FetchRequest, fetch_all
from refcheck.models import LinkStatus

from .conftest import PageReader, tweak
from .faultserver import FaultServer

SNAPSHOT = b"<html><head><title>Shoigu at the SCO</title></head><body>Archived words.</body></html>"


def archive_options(server: FaultServer, options: FetchOptions, **changes: object) -> FetchOptions:
    """Every https URL is served by the local server under /HOST/PATH, the archive API included."""
    remap = (r"^https?://(.*)$", server.base + r"/\1")
    return tweak(options, remaps=(remap,), archive_api="https://archive.org/wayback/available", **changes)


def add_site(server: FaultServer, prefix: str) -> tuple[str, str]:
    dead = f"https://{prefix}.example/fa/article-1"
    snapshot = f"http://web.archive.org/web/20230428101530/{dead}"
    server.add(f"/{prefix}.example/fa/article-1", status=404)
    server.add(f"/web.archive.org/web/20230428101530/{dead}", body=SNAPSHOT)
    server.add("/archive.org/wayback/available", behavior="wayback")
    server.snapshots[dead] = (snapshot, "20230428101530")
    return dead, snapshot


async def test_dead_link_gets_nearest_snapshot(server: FaultServer, options: FetchOptions) -> None:
    dead, snapshot = add_site(server, "a1")
    request = FetchRequest(dead, date=dt.date(2023, 4, 28))
    fetched = (await fetch_all([request], archive_options(server, options), PageReader()))[dead]
    assert fetched.link.status is LinkStatus.NOT_FOUND
    assert (fetched.link.archive_url, fetched.link.archive_timestamp) == (snapshot, "20230428101530")
    assert fetched.archived_page is None
    api = [s.path for s in server.seen if s.path.startswith("/archive.org/wayback/available")]
    assert any("timestamp=20230428" in path and "a1.example" in path for path in api)


async def test_read_archive_reads_the_snapshot(server: FaultServer, options: FetchOptions) -> None:
    dead, _ = add_site(server, "a2")
    reader = PageReader()
    fetched = (
        await fetch_all([FetchRequest(dead)], archive_options(server, options, read_archive=True), reader)
    )[dead]
    assert fetched.archived_page is not None
    assert fetched.archived_page.archived and fetched.archived_page.title == "Shoigu at the SCO"
    assert fetched.page is None


async def test_no_archive_for_blocked_or_missing_snapshots(
    server: FaultServer, options: FetchOptions
) -> None:
    server.add("/a3.example/locked", status=403)
    server.add("/a3.example/gone", status=404)
    add_site(server, "a3x")
    locked, gone = "https://a3.example/locked", "https://a3.example/gone"
    before = server.count("/archive.org/")
    result = await fetch_all(
        [FetchRequest(locked), FetchRequest(gone)], archive_options(server, options), PageReader()
    )
    assert result[locked].link.archive_url is None and result[gone].link.archive_url is None
    assert server.count("/archive.org/") == before + 1  # asked for the 404 only


async def test_cached_dead_link_keeps_its_snapshot(
    server: FaultServer, options: FetchOptions, tmp_path: Path
) -> None:
    dead, snapshot = add_site(server, "a4")
    opts = archive_options(server, options, cache_dir=tmp_path)
    await fetch_all([FetchRequest(dead)], opts, PageReader())
    before = len(server.seen)
    again = (await fetch_all([FetchRequest(dead)], opts, PageReader()))[dead]
    assert len(server.seen) == before
    assert again.link.from_cache and again.link.archive_url == snapshot


async def test_a_cached_dead_link_is_read_from_its_snapshot_again_with_read_archive(
    server: FaultServer, options: FetchOptions, tmp_path: Path
) -> None:
    dead, snapshot = add_site(server, "a5")
    opts = archive_options(server, options, cache_dir=tmp_path, read_archive=True)
    first = (await fetch_all([FetchRequest(dead)], opts, PageReader()))[dead]
    again = (await fetch_all([FetchRequest(dead)], opts, PageReader()))[dead]
    assert first.archived_page is not None and first.archived_page.archived
    assert again.link.from_cache and again.link.archive_url == snapshot
    assert again.archived_page is not None and again.archived_page.archived
