"""The one mapping from what happened to a link to DESIGN.md's status names, rule by rule.

Rules, first match wins (``decide``):

1. refused target (safety) -> refused; a non-http(s) scheme or an unusable URL (also a redirect's
   Location) or a Content-Encoding refcheck cannot decode (br, zstd) -> unsupported
2. an exception after retries: TLS -> tls_error, DNS -> dns_error, timeout -> timeout,
   anything else (refused, reset) -> connection_error
3. a redirect loop or more than max_redirects hops -> server_error ("redirect loop", "too many redirects")
4. body over max_bytes (after decompression) -> too_large
5. a bot challenge (cf-mitigated or x-amzn-waf-action header, challenge markup or title), whatever
   the code -> blocked
6. 401, 403, 429, 451 -> blocked; any other 4xx but 404/408/410 (400, 405, 406, 999...) -> blocked too
7. 404, 410 -> not_found; 408 -> timeout; 5xx -> server_error; 3xx without a Location -> server_error
8. 2xx with a content type that is not HTML, XHTML, text or PDF -> unsupported
9. 2xx after a page was redirected to a login page (/login, accounts.example...) -> blocked
10. 2xx after an article URL was redirected to a site's home page -> soft_404
11. 2xx whose title or headline says "not found" (four languages) -> soft_404
12. 2xx reached through permanent redirects only (301/308) to another URL -> redirected (cite final_url)
13. any other 2xx (also through 302/303/307, or a page's own refresh: refresh.py) -> ok

A hop is a 3xx with a Location or a 2xx page that refreshes at once to another URL (refresh.py);
the status is that of the chain's last answer.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from refcheck.fetch.classify import challenge_reason, is_readable_type, soft_404_reason
from refcheck.fetch.retry import ErrorKind, error_kind
from refcheck.fetch.urls import is_home_redirect, is_login_redirect
from refcheck.models import LinkStatus, Page, Redirect

PERMANENT = frozenset({301, 308})
BLOCKED_CODES = frozenset({401, 403, 429, 451})
GONE_CODES = frozenset({404, 410})


class Failure(enum.Enum):
    """Why no final answer was obtained, when it is not simply an HTTP status."""

    REFUSED = "refused"
    UNSUPPORTED = "unsupported"  # scheme, or a URL httpx cannot request
    ERROR = "error"  # an exception after the retries (see Outcome.error)
    REDIRECT_LOOP = "redirect loop"
    TOO_MANY_REDIRECTS = "too many redirects"
    TOO_LARGE = "too large"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the network gave for one URL, before it is named."""

    url: str  # the URL requested, as given
    final_url: str | None = None  # the last URL requested (as logical URL, before remaps)
    redirects: tuple[Redirect, ...] = ()
    http_status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str | None = None
    body: bytes = b""
    failure: Failure | None = None
    detail: str = ""  # the failure's reason
    error: BaseException | None = None


_ERROR_STATUS = {
    ErrorKind.TLS: LinkStatus.TLS_ERROR,
    ErrorKind.DNS: LinkStatus.DNS_ERROR,
    ErrorKind.TIMEOUT: LinkStatus.TIMEOUT,
    ErrorKind.CONNECTION: LinkStatus.CONNECTION_ERROR,
    ErrorKind.OTHER: LinkStatus.CONNECTION_ERROR,
}
_FAILURE_STATUS = {
    Failure.REFUSED: LinkStatus.REFUSED,
    Failure.UNSUPPORTED: LinkStatus.UNSUPPORTED,
    Failure.REDIRECT_LOOP: LinkStatus.SERVER_ERROR,
    Failure.TOO_MANY_REDIRECTS: LinkStatus.SERVER_ERROR,
    Failure.TOO_LARGE: LinkStatus.TOO_LARGE,
}


def error_detail(error: BaseException) -> str:
    """``ConnectError: [Errno 111] Connection refused``: the exception's name and first line."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}"[:200] if text else type(error).__name__


def decide(outcome: Outcome, page: Page | None) -> tuple[LinkStatus, str]:
    """The link status and a short human reason for ``outcome`` (``page``: the read 2xx content)."""
    if outcome.failure is Failure.ERROR and outcome.error is not None:
        return _ERROR_STATUS[error_kind(outcome.error)], error_detail(outcome.error)
    if outcome.failure is not None:
        return _FAILURE_STATUS[outcome.failure], outcome.detail or outcome.failure.value
    code = outcome.http_status or 0
    challenge = challenge_reason(outcome.headers, outcome.body, page)
    if challenge:
        return LinkStatus.BLOCKED, challenge
    if code in BLOCKED_CODES or (400 <= code < 500 and code not in GONE_CODES | {408}) or code >= 600:
        return LinkStatus.BLOCKED, f"HTTP {code}"
    if code in GONE_CODES:
        return LinkStatus.NOT_FOUND, f"HTTP {code}"
    if code == 408:
        return LinkStatus.TIMEOUT, "HTTP 408"
    if code >= 500:
        return LinkStatus.SERVER_ERROR, f"HTTP {code}"
    if code >= 300 or code < 200:
        return LinkStatus.SERVER_ERROR, f"HTTP {code} without a usable Location"
    return _decide_success(outcome, page)


def _decide_success(outcome: Outcome, page: Page | None) -> tuple[LinkStatus, str]:
    if not is_readable_type(outcome.content_type, outcome.body):
        return LinkStatus.UNSUPPORTED, f"content type {outcome.content_type}"
    final = outcome.final_url or outcome.url
    if outcome.redirects and is_login_redirect(outcome.url, final):
        return LinkStatus.BLOCKED, f"redirected to a login page {final}"
    if outcome.redirects and is_home_redirect(outcome.url, final):
        return LinkStatus.SOFT_404, "redirected to site root"
    reason = soft_404_reason(page) if page is not None else None
    if reason:
        return LinkStatus.SOFT_404, reason
    if outcome.redirects and all(hop.http_status in PERMANENT for hop in outcome.redirects):
        return LinkStatus.REDIRECTED, f"moved permanently to {final}"
    return LinkStatus.OK, f"HTTP {outcome.http_status}"
