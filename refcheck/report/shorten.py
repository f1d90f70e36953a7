"""Short, safe cell text shared by the formatters: clipped text, shortened URLs, web-URL test."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Bidi embeddings, overrides and isolates: stray ones in fetched text can reorder a whole line.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clip(text: str | None, limit: int) -> str:
    """Whitespace folded to single spaces, bidi controls removed, cut to ``limit`` characters with "…"."""
    if not text:
        return ""
    text = " ".join(_BIDI_CONTROLS.sub("", text).split())
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def short_url(url: str | None, limit: int = 48) -> str:
    """A URL without its scheme, cut in the middle so host and last path segment stay visible."""
    if not url:
        return ""
    text = clip(re.sub(r"^https?://(www\.)?", "", url), 10_000).rstrip("/")
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    tail = limit - 1 - head
    return text[:head] + "…" + text[-tail:]


def is_web_url(url: str | None) -> bool:
    """Only http(s) URLs with a host may become live links (never ``javascript:`` or ``data:``)."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)
