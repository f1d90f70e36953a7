"""The SQLite cache and link history in ``cache_dir/cache.sqlite``.

``answers``: per URL the last definitive answer (2xx, 3xx, 404, 410; never a timeout, a connection
error or a 5xx) with its body zlib-compressed, reused while younger than ``cache_max_age``.
``history``: one row per URL per run, so a report can say "dead since 2026-11-02, 3 checks".
Writes are one transaction per run; WAL and a busy timeout let concurrent runs share the file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import zlib
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from refcheck.errors import ConfigError
from refcheck.fetch.status import Outcome
from refcheck.models import LinkCheck, LinkStatus, Redirect

CACHE_FILE = "cache.sqlite"
BUSY_TIMEOUT = 30.0  # seconds a run waits for another run's write
_SETUP_TRIES = 20
_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    url TEXT PRIMARY KEY, http_status INTEGER NOT NULL, final_url TEXT, redirects TEXT NOT NULL,
    headers TEXT NOT NULL, content_type TEXT, body BLOB NOT NULL, fetched_at REAL NOT NULL,
    archive_url TEXT, archive_timestamp TEXT
);
CREATE TABLE IF NOT EXISTS history (
    url TEXT NOT NULL, status TEXT NOT NULL, http_status INTEGER, checked_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_url ON history (url, checked_at);
"""
_KEPT_HEADERS = frozenset(
    {"content-type", "location", "server", "cf-mitigated", "last-modified", "memento-datetime"}
)


def is_definitive(outcome: Outcome) -> bool:
    """Only answers that another try would repeat are cached: 2xx, 3xx, 404 and 410."""
    code = outcome.http_status
    return outcome.failure is None and code is not None and (200 <= code < 400 or code in {404, 410})


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    outcome: Outcome
    fetched_at: float  # Unix time of the network answer
    archive_url: str | None = None
    archive_timestamp: str | None = None


def iso_utc(moment: float) -> str:
    """ISO 8601 in UTC, to the second: 2026-11-25T09:00:00Z."""
    return dt.datetime.fromtimestamp(moment, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Cache:
    """A handle on the cache file; each method opens its own short-lived connection.

    Raises ConfigError when the file cannot be created or opened (a read-only or corrupt cache).
    """

    def __init__(self, directory: Path) -> None:
        self.path = directory / CACHE_FILE
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._setup()
        except (OSError, sqlite3.Error) as error:
            raise ConfigError(f"cannot use the cache: {error}", path=str(self.path)) from error

    def _setup(self) -> None:
        for attempt in range(_SETUP_TRIES):
            try:
                with closing(self._connect()) as db:
                    db.execute("PRAGMA journal_mode=WAL")  # persistent: set once per file
                    db.executescript(_SCHEMA)
                break
            except sqlite3.OperationalError:
                # NOTE: switching to WAL while another run holds the file answers SQLITE_BUSY at once,
                # without the busy handler; the other run will have switched it, so try again.
                if attempt == _SETUP_TRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        db.execute("PRAGMA synchronous=NORMAL")
        db.isolation_level = "IMMEDIATE"  # writes take the lock at BEGIN, not halfway through
        return db

    def load(
        self, urls: Iterable[str], max_age: float | None, now: float | None = None
    ) -> dict[str, CachedAnswer]:
        """Cached answers for ``urls``, younger than ``max_age`` seconds (None: any age, for offline)."""
        wanted = list(dict.fromkeys(urls))
        oldest = -1.0 if max_age is None else (time.time() if now is None else now) - max_age
        found: dict[str, CachedAnswer] = {}
        with closing(self._connect()) as db:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT * FROM answers WHERE fetched_at >= ? AND url IN ({marks})"
                for row in db.execute(query, [oldest, *chunk]):
                    found[row[0]] = _answer(row)
        return found

    def store(
        self, answers: Mapping[str, CachedAnswer], links: Sequence[LinkCheck], checked_at: str
    ) -> dict[str, tuple[str | None, int]]:
        """Write new answers and one history row per link in one transaction.

        Returns per URL (dead_since, checks) from the history, this run included.
        """
        rows = [_row(url, cached) for url, cached in answers.items()]
        history = [(link.url, link.status.value, link.http_status, checked_at) for link in links]
        with closing(self._connect()) as db:
            with db:
                db.executemany("INSERT OR REPLACE INTO answers VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
                db.executemany("INSERT INTO history VALUES (?,?,?,?)", history)
            return {link.url: _streak(db, link.url) for link in links}

    def streaks(self, urls: Iterable[str]) -> dict[str, tuple[str | None, int]]:
        """(dead_since, checks) per URL from the history as it stands (offline runs add no rows)."""
        with closing(self._connect()) as db:
            return {url: _streak(db, url) for url in dict.fromkeys(urls)}


def _row(url: str, cached: CachedAnswer) -> tuple[object, ...]:
    o = cached.outcome
    headers = {k: v for k, v in o.headers.items() if k.lower() in _KEPT_HEADERS}
    redirects = [[hop.url, hop.http_status] for hop in o.redirects]
    return (
        url,
        o.http_status,
        o.final_url,
        json.dumps(redirects),
        json.dumps(headers),
        o.content_type,
        zlib.compress(o.body),
        cached.fetched_at,
        cached.archive_url,
        cached.archive_timestamp,
    )


def _answer(row: tuple[object, ...]) -> CachedAnswer:
    url, code, final, redirects, headers, ctype, body, fetched_at, archive_url, archive_ts = row
    outcome = Outcome(
        url=str(url),
        final_url=str(final) if final else None,
        redirects=tuple(Redirect(str(u), int(s)) for u, s in json.loads(str(redirects))),
        http_status=int(str(code)),
        headers=json.loads(str(headers)),
        content_type=str(ctype) if ctype else None,
        body=zlib.decompress(bytes(body)) if isinstance(body, bytes) else b"",
    )
    archive = (str(archive_url), str(archive_ts)) if archive_url else (None, None)
    return CachedAnswer(outcome, float(str(fetched_at)), *archive)


def _streak(db: sqlite3.Connection, url: str) -> tuple[str | None, int]:
    """(dead_since, checks): the latest run of failing checks and of checks with the latest status."""
    rows = db.execute(
        "SELECT status, checked_at FROM history WHERE url = ? ORDER BY checked_at DESC, rowid DESC", (url,)
    ).fetchall()
    if not rows:
        return None, 0
    latest = rows[0][0]
    same = next((i for i, (status, _) in enumerate(rows) if status != latest), len(rows))
    failing = next((i for i, (status, _) in enumerate(rows) if not _is_failing(status)), len(rows))
    dead_since = rows[failing - 1][1][:10] if failing else None
    return dead_since, same


def _is_failing(status: str) -> bool:
    try:
        return LinkStatus(status).wants_archive
    except ValueError:
        return False
