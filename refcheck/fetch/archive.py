"""Archive rescue: the Wayback Machine snapshot nearest to a date, through the run's own client.

The availability API (``options.archive_api``) answers
``{"archived_snapshots": {"closest": {"available": true, "url": ..., "timestamp": "YYYYMMDDhhmmss"}}}``.
The look-up goes through ``Session.get``, so remaps, the safety check and the politeness limits apply.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass

import httpx

from refcheck.fetch.client import Session

logger = logging.getLogger(__name__)
_TIMESTAMP = re.compile(r"^\d{4,14}$")


@dataclass(frozen=True, slots=True)
class Snapshot:
    url: str
    timestamp: str  # YYYYMMDDhhmmss


def availability_url(api: str, url: str, date: dt.date | None) -> str:
    """The API query for ``url``, nearest to ``date`` when there is one."""
    params = {"url": url}
    if date is not None:
        params["timestamp"] = date.strftime("%Y%m%d")
    return str(httpx.URL(api, params=params))


def parse_availability(body: bytes) -> Snapshot | None:
    """The closest available snapshot in an availability API answer, or None."""
    try:
        data = json.loads(body.decode("utf-8"))
        closest = data["archived_snapshots"]["closest"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    if not isinstance(closest, dict) or closest.get("available") is False:
        return None
    url, timestamp = closest.get("url"), str(closest.get("timestamp", ""))
    if not isinstance(url, str) or not url or not _TIMESTAMP.match(timestamp):
        return None
    return Snapshot(url, timestamp)


async def find_snapshot(session: Session, url: str, date: dt.date | None) -> Snapshot | None:
    """Ask the availability API for the snapshot of ``url`` nearest to ``date``; None on any failure."""
    query = availability_url(session.options.archive_api, url, date)
    outcome = await session.get(query, any_type=True)
    if outcome.failure is not None or outcome.http_status != 200:
        logger.info("archive look-up for %s failed: %s", url, outcome.detail or outcome.http_status)
        return None
    return parse_availability(outcome.body)
