"""Client-side redirects: a browser leaves a page that refreshes to another URL at once.

Rule: a 2xx HTML answer is a redirect hop (recorded with its own status, so never "permanent") when
its markup has ``<meta http-equiv="refresh" content="N; url=X">`` with N <= ``MAX_DELAY`` seconds,
or, on a stub page (markup under ``STUB_BYTES``), a script that sets ``location`` to a literal URL.
A refresh without a URL, or to the page itself, reloads the page: it is not a redirect. A long page
whose scripts mention ``location`` is an ordinary page: only stubs are read for scripts. Markup in
``<noscript>`` is for browsers without scripts (X's "enable JavaScript" router): it is ignored.
"""

from __future__ import annotations

import html
import re

MAX_DELAY = 5.0  # seconds: a longer refresh is a page the reader is meant to see first
STUB_BYTES = 4096  # markup this short, with a location script, is a redirect stub
_SCAN = 64 * 1024  # bytes of markup searched for a <meta> refresh

_NOSCRIPT = re.compile(rb"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_HTTP_EQUIV = re.compile(rb"""http-equiv\s*=\s*["']?\s*refresh\b""", re.IGNORECASE)
_CONTENT = re.compile(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_DELAY_URL = re.compile(r"^\s*(\d+(?:\.\d*)?)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$", re.IGNORECASE | re.DOTALL)
_SCRIPT = re.compile(rb"<script\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPT_LOCATION = re.compile(
    rb"""(?:\b(?:window|document|top|self)\.)?\blocation(?:\.href)?\s*=\s*["']([^"'\s]+)["']"""
    rb"""|\blocation\.(?:replace|assign)\(\s*["']([^"'\s]+)["']\s*\)""",
)


def refresh_target(body: bytes, content_type: str | None) -> str | None:
    """The URL (possibly relative) an HTML page sends a browser to at once, else None."""
    media = (content_type or "text/html").split(";", 1)[0].strip().lower()
    if media not in {"text/html", "application/xhtml+xml"}:
        return None
    body = _NOSCRIPT.sub(b"", body[:_SCAN])
    for tag in _META.finditer(body):
        if not _HTTP_EQUIV.search(tag.group(0)):
            continue
        content = _CONTENT.search(tag.group(0))
        if content is None:
            return None
        raw = next(g for g in content.groups() if g is not None).decode("utf-8", "replace")
        found = _DELAY_URL.match(html.unescape(raw))
        if not found or not found.group(2).strip().strip("'\""):
            return None  # "300": a reload, not a redirect
        delay = float(found.group(1) or 0)
        return found.group(2).strip().strip("'\"") if delay <= MAX_DELAY else None
    if len(body) <= STUB_BYTES:
        for script in _SCRIPT.finditer(body):
            found_js = _SCRIPT_LOCATION.search(script.group(1))
            if found_js:
                return (found_js.group(1) or found_js.group(2)).decode("utf-8", "replace")
    return None
