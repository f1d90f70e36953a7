"""The shared vocabulary: frozen results and the enums whose values DESIGN.md spells.

Every stage speaks in these types. The enum values are exactly what the JSON output shows.
This module imports the standard library only.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class LinkStatus(enum.Enum):
    """What became of a reference's link (DESIGN.md, "Links")."""

    OK = "ok"
    REDIRECTED = "redirected"  # a permanent redirect to another working page: cite the new URL
    NOT_FOUND = "not_found"  # 404 / 410
    SOFT_404 = "soft_404"  # 200 but an error page, or an article redirected to the home page
    BLOCKED = "blocked"  # 401/403/429/451 or a bot challenge: the page may well exist
    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    DNS_ERROR = "dns_error"
    CONNECTION_ERROR = "connection_error"
    TLS_ERROR = "tls_error"
    TOO_LARGE = "too_large"
    UNSUPPORTED = "unsupported"  # a scheme or a content type refcheck does not read
    REFUSED = "refused"  # an unsafe target (private address) that refcheck will not fetch
    SKIPPED = "skipped"  # excluded in references.yaml, with a reason
    NO_URL = "no_url"

    @property
    def is_readable(self) -> bool:
        """The page was fetched and its content can be checked."""
        return self in {LinkStatus.OK, LinkStatus.REDIRECTED}

    @property
    def wants_archive(self) -> bool:
        """The page is gone or unreadable, so an archived copy is worth looking up."""
        return self in _ARCHIVE_STATUSES

    @property
    def is_error(self) -> bool:
        """An error under the default failure policy."""
        return self in _ERROR_STATUSES


_ARCHIVE_STATUSES = frozenset(
    {
        LinkStatus.NOT_FOUND,
        LinkStatus.SOFT_404,
        LinkStatus.SERVER_ERROR,
        LinkStatus.TIMEOUT,
        LinkStatus.DNS_ERROR,
        LinkStatus.CONNECTION_ERROR,
        LinkStatus.TLS_ERROR,
    }
)
_ERROR_STATUSES = frozenset(
    {LinkStatus.NOT_FOUND, LinkStatus.SOFT_404, LinkStatus.DNS_ERROR, LinkStatus.REFUSED}
)


class Verdict(enum.Enum):
    """What the source says about a quotation or a claim (DESIGN.md, "Claims")."""

    VERBATIM = "verbatim"
    CLOSE = "close"
    SUPPORTED = "supported"
    CANDIDATE = "candidate"  # cross-language evidence for a person to confirm; never counted as verified
    MISMATCH = "mismatch"
    NOT_FOUND = "not_found"
    TOO_SHORT = "too_short"
    UNVERIFIABLE = "unverifiable"

    @property
    def is_verified(self) -> bool:
        return self in {Verdict.VERBATIM, Verdict.CLOSE, Verdict.SUPPORTED}

    @property
    def is_error(self) -> bool:
        """An error under the default failure policy."""
        return self in {Verdict.MISMATCH, Verdict.NOT_FOUND}

    @property
    def rank(self) -> int:
        """How strongly the verdict backs the claim; the best result of a claim has the highest rank."""
        return _VERDICT_RANK[self]


_VERDICT_RANK = {
    Verdict.VERBATIM: 7,
    Verdict.CLOSE: 6,
    Verdict.SUPPORTED: 5,
    Verdict.CANDIDATE: 4,
    Verdict.TOO_SHORT: 3,
    Verdict.MISMATCH: 2,
    Verdict.NOT_FOUND: 1,
    Verdict.UNVERIFIABLE: 0,
}


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ProblemCode(enum.Enum):
    """Problems of the reference list (DESIGN.md, "What is checked"), plus checks on fetched pages."""

    MISSING_REFERENCE = "missing_reference"  # cited, but no entry
    UNCITED_REFERENCE = "uncited_reference"
    DUPLICATE_REFERENCE = "duplicate_reference"
    NUMBERING_GAP = "numbering_gap"
    NO_URL = "no_url"
    PLACEHOLDER_URL = "placeholder_url"
    HOMEPAGE_URL = "homepage_url"
    TITLE_ONLY = "title_only"
    MALFORMED_URL = "malformed_url"
    UNREADABLE_DATE = "unreadable_date"
    FUTURE_DATE = "future_date"
    URL_DIFFERS = "url_differs"
    NO_REFERENCE_SECTION = "no_reference_section"
    # checks that need the fetched page
    DATE_DIFFERS = (
        "date_differs"  # the reference's date agrees with neither the page's published nor modified date
    )
    NAME_DIFFERS = "name_differs"  # a person named in the report is spelled otherwise in the source
    TITLE_DIFFERS = "title_differs"  # the cited title is not the page's title


class Calendar(enum.Enum):
    GREGORIAN = "gregorian"
    SOLAR_HIJRI = "solar_hijri"
    LUNAR_HIJRI = "lunar_hijri"


class UrlSource(enum.Enum):
    """Where the URL that is fetched came from: references.yaml, a hyperlink, or the entry's text."""

    CONFIG = "config"
    LINK = "link"
    TEXT = "text"


class DifferenceKind(enum.Enum):
    NEGATION = "negation"
    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    WORD = "word"  # any other word; never breaks a quotation on its own

    @property
    def breaks_quote(self) -> bool:
        return self is not DifferenceKind.WORD


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date as a document wrote it, and what it means in the Gregorian calendar."""

    value: dt.date
    text: str  # the original text, as written
    calendar: Calendar
    precision: str = "day"  # "day", "month" or "year"
    year_assumed: bool = False  # neither the text nor its page states the year: compared by month and day


@dataclass(frozen=True, slots=True)
class Citation:
    """A footnote marker in the body of the report."""

    marker: int
    line: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation inside a claim's span."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Claim:
    """What a footnote marker (or a group of markers) vouches for."""

    markers: tuple[int, ...]
    line: int  # the line of the marker
    text: str  # the span: back to the previous marker within the paragraph
    core: str  # the sentence the marker closes
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Reference:
    """One numbered entry of the reference list, with what references.yaml adds to it."""

    number: int
    line: int
    text: str  # the entry as written, lines joined
    title: str | None = None
    outlet: str | None = None  # authors or outlet, as written
    url: str | None = None  # the URL that is used (fetched)
    url_source: UrlSource | None = None
    report_url: str | None = None  # the document's own URL when it differs from the one used
    link_text: str | None = None  # the visible text of the document's hyperlink, if any
    date: ParsedDate | None = None
    date_text: str | None = None  # the date as written, also when it could not be read
    language: str | None = None  # "en", "fa", "ps", "ar" or another ISO 639-1 code
    scripts: tuple[str, ...] = ()  # e.g. ("arabic", "latin"), most used first
    end_line: int | None = None
    # from references.yaml
    skip_reason: str | None = None
    accept: frozenset[str] = frozenset()  # link statuses accepted as fine for this reference
    archive_url: str | None = None  # a configured archived copy
    phrases: tuple[str, ...] = ()  # source-language phrases that support a translated claim


@dataclass(frozen=True, slots=True)
class ReferenceOverride:
    """What references.yaml says of one reference: the text alone cannot say it."""

    url: str | None = None
    skip_reason: str | None = None
    accept: frozenset[str] = frozenset()
    archive_url: str | None = None
    phrases: tuple[str, ...] = ()
    line: int | None = None  # where references.yaml says it


@dataclass(frozen=True, slots=True)
class Problem:
    code: ProblemCode
    severity: Severity
    message: str
    line: int | None = None
    reference: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed report: no network was needed for any of this."""

    path: str
    citations: tuple[Citation, ...]
    references: tuple[Reference, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...]
    language: str | None = None
    scripts: tuple[str, ...] = ()
    section_line: int | None = None  # the heading line of the reference list
    date: dt.date | None = None  # the report's own date, when it states one


@dataclass(frozen=True, slots=True)
class Redirect:
    url: str  # the URL that answered with a redirect
    http_status: int


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """The outcome of fetching one URL. A failure is a status, never an exception."""

    url: str
    status: LinkStatus
    http_status: int | None = None
    final_url: str | None = None
    redirects: tuple[Redirect, ...] = ()
    detail: str = ""  # a short human reason, e.g. "HTTP 404" or "ConnectError"
    checked_at: str | None = None  # ISO 8601, UTC
    content_type: str | None = None
    archive_url: str | None = None  # the nearest archived snapshot, when the page is gone
    archive_timestamp: str | None = None  # YYYYMMDDhhmmss of that snapshot
    from_cache: bool = False
    dead_since: str | None = None  # ISO date of the first of the consecutive failing checks
    checks: int = 1  # how many checks the history holds for this URL with the same status


@dataclass(frozen=True, slots=True)
class Page:
    """The readable content of a fetched page: text for matching, metadata for comparison."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    canonical_url: str | None = None
    language: str | None = None
    archived: bool = False  # read from an archived snapshot, not the live page


@dataclass(frozen=True, slots=True)
class Fetched:
    """A link check and, when the page was readable, its content."""

    link: LinkCheck
    page: Page | None = None
    archived_page: Page | None = None  # the snapshot's content, read with --archive


@dataclass(frozen=True, slots=True)
class Difference:
    """One place where the claim and the source disagree."""

    kind: DifferenceKind
    claim: str  # the words of the claim ("" when the source added words)
    source: str  # the words of the source ("" when the claim added words)


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """A verdict on one quotation (or on the claim as a whole) against one reference."""

    reference: int | None
    verdict: Verdict
    quote: str | None = None  # None: the result is for the claim's core, not a quotation
    score: float = 0.0  # 0..1
    evidence: str | None = None  # the source passage, as the source wrote it
    differences: tuple[Difference, ...] = ()
    archived: bool = False
    note: str = ""  # a short human reason


@dataclass(frozen=True, slots=True)
class ReferenceCheck:
    reference: Reference
    link: LinkCheck | None = None
    page_title: str | None = None
    page_published: dt.date | None = None
    page_modified: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    claim: Claim
    results: tuple[ClaimResult, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportCheck:
    """Everything refcheck found about one report."""

    document: Document
    references: tuple[ReferenceCheck, ...] = ()
    claims: tuple[ClaimCheck, ...] = ()
    problems: tuple[Problem, ...] = ()  # the document's problems and those found on fetched pages


@dataclass(frozen=True, slots=True)
class RunResult:
    reports: tuple[ReportCheck, ...] = ()
    input_errors: tuple[str, ...] = field(default=())  # one line each: file, line, what is wrong
