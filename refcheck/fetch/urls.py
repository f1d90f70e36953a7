"""URL handling before a request: the browser's ASCII form, the user's remaps, hosts and home pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import httpx

from refcheck.errors import ConfigError
from refcheck.text.urls import is_home_path

SCHEMES = frozenset({"http", "https"})
# Paths that are a site's home page, after stripping slashes (a lone language segment counts too:
# /fa/, /en-us/ are the home pages of multilingual sites).
# A login page: a path segment like these, or a host like login.example / accounts.example.
_LOGIN_SEGMENTS = frozenset(
    {"login", "log-in", "signin", "sign-in", "sign_in", "logon", "sso", "servicelogin", "authenticate"}
)
_LOGIN_SEGMENT_FILES = re.compile(r"^(?:wp-)?(?:login|signin|logon)\.(?:php|aspx?|jsp|html?)$", re.IGNORECASE)
_LOGIN_HOSTS = ("login.", "signin.", "sso.", "auth.", "accounts.")
# scheme://[userinfo@]host: the host a WHATWG parser reads as an IPv4 number ("0177.0.0.1", "2130706433")
_AUTHORITY = re.compile(r"^(\s*[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?)([^/?#:\[\]]+)")
_IPV4_PART = re.compile(r"^(?:0[xX][0-9a-fA-F]*|[0-9]+)$")


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
        parsed = httpx.URL(_numeric_host_as_ipv4(url.strip()))
    except (httpx.InvalidURL, UnicodeError, ValueError) as error:
        raise BadUrl(f"invalid URL: {error}") from error
    if not parsed.host:
        raise BadUrl("invalid URL: no host")
    return str(parsed.copy_with(fragment=None))


def _numeric_host_as_ipv4(url: str) -> str:
    """Rewrite a host that a browser reads as an IPv4 address (WHATWG: the last label is a number;
    labels in decimal, 0-octal or 0x-hex; fewer than four fill the low bytes) to dotted decimal,
    so "http://0177.0.0.1/" and "http://2130706433/" are checked and fetched as 127.0.0.1."""
    found = _AUTHORITY.match(url)
    if not found:
        return url
    labels = found.group(2).split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()
    if not labels or not _IPV4_PART.match(labels[-1]) or len(labels) > 4:
        return url
    numbers = [_ipv4_label(label) for label in labels]
    parts = [n for n in numbers if n is not None]
    if len(parts) < len(numbers) or any(n > 255 for n in parts[:-1]) or parts[-1] >= 256 ** (5 - len(parts)):
        return url  # not a valid IPv4 number: httpx or DNS will say so
    value = parts[-1] + sum(n << (8 * (3 - i)) for i, n in enumerate(parts[:-1]))
    dotted = ".".join(str((value >> shift) & 255) for shift in (24, 16, 8, 0))
    return found.group(1) + dotted + url[found.end() :]


def _ipv4_label(label: str) -> int | None:
    """One label of a numeric host: 0x-hex, 0-octal or decimal; None when it is not a number."""
    if not _IPV4_PART.match(label):
        return None
    if label[:2].lower() == "0x":
        return int(label[2:] or "0", 16)
    if label[:1] == "0" and len(label) > 1:
        return int(label, 8) if set(label) <= set("01234567") else None
    return int(label)


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


def is_login_page(url: str) -> bool:
    """A sign-in page: /login, /accounts/login/, /signin.aspx, login.example.org, accounts.google.com."""
    parsed = httpx.URL(url)
    segments = [segment.lower() for segment in parsed.path.split("/") if segment]
    return any(
        s in _LOGIN_SEGMENTS or _LOGIN_SEGMENT_FILES.match(s) for s in segments
    ) or parsed.host.lower().startswith(_LOGIN_HOSTS)


def is_login_redirect(start: str, final: str) -> bool:
    """A page (not itself a login page) that sent the reader to sign in: the page exists, behind a wall."""
    return not is_login_page(start) and is_login_page(final)


def is_home_redirect(start: str, final: str) -> bool:
    """An article URL (not a home page) that ended on a site's home page, as a dead article often does."""
    return not is_home_path(httpx.URL(start).path) and is_home_path(httpx.URL(final).path)
