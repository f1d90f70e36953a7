"""The SQLite cache and history: reuse, what is never cached, offline mode, dead_since, concurrency."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from refcheck.errors import ConfigError
from refcheck.fetch import FetchOptions
from refcheck.fetch.cache import CACHE_FILE
from refcheck.models import LinkStatus

from .conftest import PageReader, fetch, tweak
from .faultserver import FaultServer

HTML = b"<html><head><title>Cached article</title></head><body>Words of the article.</body></html>"


@pytest.fixture
def cached(options: FetchOptions, tmp_path: Path) -> FetchOptions:
    return tweak(options, cache_dir=tmp_path / ".refcheck")


async def test_second_run_makes_no_request(server: FaultServer, cached: FetchOptions) -> None:
    ok = server.add("/c1/ok", body=HTML)
    server.add("/c1/old", status=301, headers={"Location": "/c1/ok"})
    moved, gone = server.url("/c1/old"), server.add("/c1/gone", status=410)
    first = await fetch([ok, moved, gone], cached)
    requests = server.count("/c1/")
    reader = PageReader()
    second = await fetch([ok, moved, gone], cached, reader)
    assert server.count("/c1/") == requests  # nothing fetched again
    for url in (ok, moved, gone):
        assert second[url].link.from_cache and not first[url].link.from_cache
        assert second[url].link.status is first[url].link.status
        assert second[url].link.redirects == first[url].link.redirects
    assert second[moved].link.status is LinkStatus.REDIRECTED
    assert second[ok].page is not None and second[ok].page.title == "Cached article"
    assert reader.calls[0][0] == HTML  # the body came back intact from the cache
    assert (Path(cached.cache_dir or "") / CACHE_FILE).is_file()


async def test_failures_are_not_cached(server: FaultServer, cached: FetchOptions) -> None:
    stall = server.add("/c2/stall", behavior="stall")
    down = server.add("/c2/down", behavior="flaky:99")
    options = tweak(cached, timeout=0.3, attempts=1)
    await fetch([stall, down], options)
    second = await fetch([stall, down], options)
    assert server.count("/c2/") == 4
    assert [second[u].link.status for u in (stall, down)] == [LinkStatus.TIMEOUT, LinkStatus.SERVER_ERROR]
    assert not any(f.link.from_cache for f in second.values())


async def test_expired_answers_are_fetched_again(server: FaultServer, cached: FetchOptions) -> None:
    url = server.add("/c3/ok", body=HTML)
    await fetch(url, cached)
    again = await fetch(url, tweak(cached, cache_max_age=0.0))
    assert server.count("/c3/") == 2 and not again[url].link.from_cache


async def test_offline_reads_only_the_cache(server: FaultServer, cached: FetchOptions) -> None:
    known = server.add("/c4/known", body=HTML)
    unknown = server.add("/c4/unknown", body=HTML)
    await fetch(known, cached)
    offline = await fetch([known, unknown], tweak(cached, offline=True, cache_max_age=0.0))
    assert server.count("/c4/") == 1
    assert offline[known].link.status is LinkStatus.OK and offline[known].link.from_cache
    assert (offline[unknown].link.status, offline[unknown].link.detail) == (
        LinkStatus.SKIPPED,
        "offline: not in cache",
    )


async def test_offline_without_cache_dir_skips_everything(options: FetchOptions) -> None:
    result = await fetch("https://news.example/a", tweak(options, offline=True))
    assert result["https://news.example/a"].link.status is LinkStatus.SKIPPED


async def test_history_gives_dead_since_and_checks(server: FaultServer, cached: FetchOptions) -> None:
    url = server.add("/c5/gone", status=404)
    await fetch(url, tweak(cached, cache_max_age=0.0))  # creates the database
    db_path = Path(cached.cache_dir or "") / CACHE_FILE
    with sqlite3.connect(db_path) as db:
        db.execute("DELETE FROM history")
        db.executemany(
            "INSERT INTO history VALUES (?,?,?,?)",
            [
                (url, "ok", 200, "2026-10-30T08:00:00Z"),
                (url, "timeout", None, "2026-11-02T08:00:00Z"),
                (url, "not_found", 404, "2026-11-09T08:00:00Z"),
            ],
        )
    link = (await fetch(url, tweak(cached, cache_max_age=0.0)))[url].link
    assert (link.status, link.dead_since, link.checks) == (LinkStatus.NOT_FOUND, "2026-11-02", 2)
    ok = server.add("/c5/ok", body=HTML)
    fine = (await fetch(ok, cached))[ok].link
    assert (fine.dead_since, fine.checks) == (None, 1)


def test_concurrent_runs_share_the_database(server: FaultServer, cached: FetchOptions) -> None:
    urls = [server.add(f"/c6/{i}", body=HTML) for i in range(20)]
    errors: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(fetch(urls, cached))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(Path(cached.cache_dir or "") / CACHE_FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM answers WHERE url LIKE '%/c6/%'").fetchone() == (20,)
        assert db.execute("SELECT COUNT(*) FROM history WHERE url LIKE '%/c6/%'").fetchone() == (60,)


async def test_offline_reports_history_without_adding_to_it(
    server: FaultServer, cached: FetchOptions
) -> None:
    url = server.add("/c7/gone", status=404)
    await fetch(url, cached)
    await fetch(url, tweak(cached, cache_max_age=0.0))
    link = (await fetch(url, tweak(cached, offline=True)))[url].link
    assert (link.status, link.checks, link.from_cache) == (LinkStatus.NOT_FOUND, 2, True)
    assert link.dead_since is not None
    with sqlite3.connect(Path(cached.cache_dir or "") / CACHE_FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM history WHERE url = ?", (url,)).fetchone() == (2,)


async def test_unusable_cache_is_a_config_error(options: FetchOptions, tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigError, match="cannot use the cache"):
        await fetch("https://news.example/a", tweak(options, cache_dir=tmp_path))
