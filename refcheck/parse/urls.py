"""URLs as a reference entry gives them: links, bare URLs, placeholders, home pages, malformed ones."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote, urlsplit

from refcheck.text.urls import is_home_path

# A URL in running text: scheme or "www.", up to whitespace; closing punctuation is trimmed after.
# Broken spellings ("https//x", "http:/x") are taken too, so that they are reported as malformed.
TEXT_URL = re.compile(r"(?:\bhttps?:?/{1,3}(?=\w)|\bwww\.)[^\s<>\"«»“”]+", re.IGNORECASE)
_TRAILING = ".,;:!?،؛)]}>'’\""
PLACEHOLDERS = frozenset(
    {"", "#", "about:blank", "javascript:void(0)", "javascript:;", "javascript:void(0);"}
)
_HOST = re.compile(r"^(?:[\w\-]+\.)+[\w\-]{2,}$|^localhost$", re.UNICODE)


def urls_in_text(text: str) -> list[tuple[int, int, str]]:
    """Bare URLs in ``text`` as (start, end, url), trailing punctuation and unmatched ")" removed."""
    found = []
    for match in TEXT_URL.finditer(text):
        url = match.group()
        while url and url[-1] in _TRAILING and not (url[-1] == ")" and url.count("(") >= url.count(")")):
            url = url[:-1]
        if len(url) > len("www."):
            found.append((match.start(), match.start() + len(url), url))
    return found


def with_scheme(url: str) -> str:
    return f"http://{url}" if url.lower().startswith("www.") else url


def is_placeholder(url: str) -> bool:
    return url.strip().lower() in PLACEHOLDERS or url.strip().startswith("#")


def is_malformed(url: str) -> bool:
    """Not an absolute http(s) URL with a plausible host."""
    url = with_scheme(url.strip())
    if not url or any(c.isspace() for c in url):
        return True
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return True
    if parts.scheme.lower() not in {"http", "https"} or not host:
        return True
    return not (_HOST.match(host) or _is_ip(host))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def is_homepage(url: str) -> bool:
    """A site's root (no path beyond "/", no query): not the address of an article."""
    try:
        parts = urlsplit(with_scheme(url.strip()))
    except ValueError:
        return False
    return is_home_path(parts.path) and not parts.query and bool(parts.hostname)


def comparable(url: str) -> str:
    """A URL folded for comparing two spellings of one address: scheme, "www.", case, escapes, slash."""
    parts = urlsplit(with_scheme(url.strip()))
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = unquote(parts.path).rstrip("/")
    query = f"?{unquote(parts.query)}" if parts.query else ""
    return f"{host}{path}{query}"
