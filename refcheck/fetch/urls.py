"""URL handling before a request: the browser's ASCII form, the user's remaps, hosts and home pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import httpx

from refcheck.errors import ConfigError

SCHEMES = frozenset({"http", "https"})
# Paths that are a site's home page, after stripping slashes (a lone language segment counts too:
# /fa/, /en-us/ are the home pages of multilingual sites).
_HOME_PATHS = frozenset({"", "index.html", "index.htm", "index.php", "index.asp", "default.aspx", "home"})
_LANGUAGE_SEGMENT = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$", re.IGNORECASE)


class BadUrl(ValueError):
    """A URL that cannot be requested (unparsable, no host, or a bad international host name)."""


def scheme_of(url: str) -> str:
    """The lower-cased scheme of ``url`` ("" when it has none)."""
    head, sep, _ = url.partition(":")
    return head.strip().lower() if sep and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", head.strip()) else ""


def ascii_url(url: str) -> str:
    """The URL as a browser sends it: IDN host in punycode, non-ASCII path and query percent-encoded.

    Raises BadUrl when httpx cannot make a request URL of it.
    """
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, UnicodeError, ValueError) as error:
        raise BadUrl(f"invalid URL: {error}") from error
    if not parsed.host:
        raise BadUrl("invalid URL: no host")
    return str(parsed.copy_with(fragment=None))


def check_remaps(remaps: Sequence[tuple[str, str]]) -> None:
    """Raise ConfigError for a remap whose pattern is not a valid regular expression."""
    for pattern, _ in remaps:
        try:
            _compiled(pattern)
        except re.error as error:
            raise ConfigError(f"bad --remap pattern {pattern!r}: {error}") from error


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def apply_remaps(url: str, remaps: Sequence[tuple[str, str]]) -> str:
    """Rewrite ``url`` with each (regex, replacement) in order; a pattern that does not match leaves it."""
    for pattern, replacement in remaps:
        url = _compiled(pattern).sub(replacement, url)
    return url


def join(base: str, location: str) -> str:
    """The absolute URL a redirect's Location names, resolved against the URL that answered."""
    return str(httpx.URL(base).join(location.strip()))


def host_key(url: str) -> str:
    """host:port of a URL: the unit of per-host politeness limits."""
    parsed = httpx.URL(url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return f"{parsed.host}:{port}"


def is_home_path(path: str) -> bool:
    """True for a site's root or home page path ("/", "/index.html", "/fa/")."""
    stripped = path.strip("/")
    return stripped.lower() in _HOME_PATHS or bool(_LANGUAGE_SEGMENT.match(stripped))


def is_home_redirect(start: str, final: str) -> bool:
    """An article URL (not a home page) that ended on a site's home page, as a dead article often does."""
    return not is_home_path(httpx.URL(start).path) and is_home_path(httpx.URL(final).path)
