"""fetch_all: every requested URL fetched once, politely, within the run's deadline, cached, rescued.

Per link: the cache (offline: the cache alone), else ``Session.get``; ``status.decide`` names the
outcome; a gone or unreadable link gets the nearest archived snapshot. A failed link is a status,
never an exception.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass

import httpx
from tenacity.wait import wait_base

from refcheck.fetch.archive import find_snapshot
from refcheck.fetch.cache import Cache, CachedAnswer, is_definitive, iso_utc
from refcheck.fetch.classify import challenge_reason, is_readable_type
from refcheck.fetch.client import Session, make_client
from refcheck.fetch.options import FetchObserver, FetchOptions, FetchRequest, ReadPage
from refcheck.fetch.retry import default_backoff
from refcheck.fetch.safety import Resolver, system_resolver
from refcheck.fetch.status import Outcome, decide
from refcheck.fetch.urls import check_remaps
from refcheck.models import Fetched, LinkCheck, LinkStatus, Page

logger = logging.getLogger(__name__)
OFFLINE_MISS = "offline: not in cache"


@dataclass(frozen=True, slots=True)
class _Done:
    fetched: Fetched
    store: CachedAnswer | None = None  # a new definitive answer for the cache


def _unique(requests: Sequence[FetchRequest]) -> dict[str, FetchRequest]:
    """One request per URL, keeping the first date given for it."""
    unique: dict[str, FetchRequest] = {}
    for request in requests:
        known = unique.get(request.url)
        if known is None or (known.date is None and request.date is not None):
            unique[request.url] = request
    return unique


async def fetch_all(
    requests: Sequence[FetchRequest],
    options: FetchOptions,
    read_page: ReadPage,
    observer: FetchObserver | None = None,
    *,
    resolve: Resolver | None = None,
    wait: wait_base | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> dict[str, Fetched]:
    """Fetch each URL once; keyed by request URL. ``resolve``/``wait``/``transport``: test hooks.

    Raises ConfigError for a remap pattern that is not a regular expression or a cache that cannot
    be opened; every link failure is a status in the result.
    """
    check_remaps(options.remaps)
    unique = _unique(requests)
    if observer is not None:
        observer.started(len(unique))
    cache = Cache(options.cache_dir) if options.cache_dir is not None else None
    max_age = None if options.offline else options.cache_max_age
    cached = cache.load(unique, max_age) if cache is not None else {}
    run_started = time.time()
    async with make_client(options, transport) as client:
        session = Session(client, options, wait or default_backoff(), resolve or system_resolver)
        done = await _run(session, unique, cached, read_page, observer)
        session.close()
    if cache is not None:
        done = _record(cache, done, iso_utc(run_started), write=not options.offline)
    return {url: item.fetched for url, item in done.items()}


async def _run(
    session: Session,
    unique: dict[str, FetchRequest],
    cached: dict[str, CachedAnswer],
    read_page: ReadPage,
    observer: FetchObserver | None,
) -> dict[str, _Done]:
    async def one(request: FetchRequest) -> _Done:
        item = await fetch_one(session, request, cached.get(request.url), read_page)
        if observer is not None:
            observer.finished(item.fetched.link)
        return item

    tasks = {url: asyncio.create_task(one(request)) for url, request in unique.items()}
    if not tasks:
        return {}
    _, pending = await asyncio.wait(tasks.values(), timeout=session.options.deadline)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    done: dict[str, _Done] = {}
    for url, task in tasks.items():
        if task in pending:
            link = LinkCheck(url, LinkStatus.TIMEOUT, detail="run deadline", checked_at=iso_utc(time.time()))
            done[url] = _Done(Fetched(link))
            if observer is not None:
                observer.finished(link)
        else:
            done[url] = task.result()
    return done


async def fetch_one(
    session: Session, request: FetchRequest, cached: CachedAnswer | None, read_page: ReadPage
) -> _Done:
    """One link: from the cache when fresh, else from the network; archive rescue when it is gone."""
    options = session.options
    if cached is not None:
        fetched = _conclude(cached.outcome, read_page, iso_utc(cached.fetched_at), from_cache=True)
        link = fetched.link
        if link.status.wants_archive and cached.archive_url:
            link = dataclasses.replace(
                link, archive_url=cached.archive_url, archive_timestamp=cached.archive_timestamp
            )
            archived_page = None if options.offline else await _read_snapshot(session, link, read_page)
            fetched = dataclasses.replace(fetched, link=link, archived_page=archived_page)
        elif link.status.wants_archive and not options.offline:
            fetched = await _rescue(session, request, fetched, read_page)
        return _Done(fetched)
    if options.offline:
        return _Done(Fetched(LinkCheck(request.url, LinkStatus.SKIPPED, detail=OFFLINE_MISS)))
    fetched_at = time.time()
    outcome = await session.get(request.url)
    fetched = _conclude(outcome, read_page, iso_utc(fetched_at), from_cache=False)
    if fetched.link.status.wants_archive:
        fetched = await _rescue(session, request, fetched, read_page)
    store = None
    if is_definitive(outcome) and fetched.link.status not in {LinkStatus.BLOCKED, LinkStatus.TOO_LARGE}:
        link = fetched.link
        store = CachedAnswer(outcome, fetched_at, link.archive_url, link.archive_timestamp)
    return _Done(fetched, store)


def _conclude(outcome: Outcome, read_page: ReadPage, checked_at: str, from_cache: bool) -> Fetched:
    """Read the page of a 2xx answer and name the outcome: the link check and its content."""
    page = None
    detail_prefix = ""
    code = outcome.http_status or 0
    readable = outcome.failure is None and 200 <= code < 300
    readable = readable and is_readable_type(outcome.content_type, outcome.body)
    if readable and not challenge_reason(outcome.headers, outcome.body):
        page, detail_prefix = _read(read_page, outcome)
    status, detail = decide(outcome, page)
    if detail_prefix:  # a 2xx whose content extract could not read (a broken PDF, say)
        status = LinkStatus.UNSUPPORTED
    link = LinkCheck(
        url=outcome.url,
        status=status,
        http_status=outcome.http_status,
        final_url=outcome.final_url,
        redirects=outcome.redirects,
        detail=detail_prefix or detail,
        checked_at=checked_at,
        content_type=outcome.content_type,
        from_cache=from_cache,
    )
    return Fetched(link, page if status.is_readable else None)


def _read(read_page: ReadPage, outcome: Outcome) -> tuple[Page | None, str]:
    try:
        return read_page(outcome.body, outcome.content_type, outcome.final_url or outcome.url), ""
    except Exception as error:  # a page extract cannot read must not end the run
        logger.exception("could not read %s", outcome.url)
        return None, f"content not readable: {type(error).__name__}"


async def _rescue(session: Session, request: FetchRequest, fetched: Fetched, read_page: ReadPage) -> Fetched:
    """Add the nearest archived snapshot (and with read_archive, its content) to a gone link."""
    snapshot = await find_snapshot(session, request.url, request.date)
    if snapshot is None:
        return fetched
    link = dataclasses.replace(fetched.link, archive_url=snapshot.url, archive_timestamp=snapshot.timestamp)
    archived_page = await _read_snapshot(session, link, read_page)
    return dataclasses.replace(fetched, link=link, archived_page=archived_page)


async def _read_snapshot(session: Session, link: LinkCheck, read_page: ReadPage) -> Page | None:
    """With read_archive, the content of the link's archived snapshot (marked archived), if readable."""
    if not session.options.read_archive or not link.archive_url:
        return None
    outcome = await session.get(link.archive_url)
    archived = _conclude(outcome, read_page, link.checked_at or "", from_cache=False)
    return dataclasses.replace(archived.page, archived=True) if archived.page is not None else None


def _record(cache: Cache, done: dict[str, _Done], checked_at: str, write: bool) -> dict[str, _Done]:
    """Store new answers and the run's history (unless offline); add dead_since and checks to each link."""
    answers = {url: item.store for url, item in done.items() if item.store is not None}
    links = [
        item.fetched.link for item in done.values() if item.fetched.link.status is not LinkStatus.SKIPPED
    ]
    try:
        urls = [link.url for link in links]
        streaks = cache.store(answers, links, checked_at) if write else cache.streaks(urls)
    except sqlite3.Error as error:  # the run's results stand even when the cache cannot take them
        logger.warning("could not write the cache %s: %s", cache.path, error)
        streaks = {}
    result: dict[str, _Done] = {}
    for url, item in done.items():
        dead_since, checks = streaks.get(url, (None, 0))
        link = dataclasses.replace(item.fetched.link, dead_since=dead_since, checks=max(1, checks))
        result[url] = dataclasses.replace(item, fetched=dataclasses.replace(item.fetched, link=link))
    return result
