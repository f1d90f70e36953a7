"""A RunResult built by hand: Persian and English references, every kind of link and verdict."""

from __future__ import annotations

import datetime as dt

import pytest

from refcheck.models import (
    Calendar,
    Citation,
    Claim,
    ClaimCheck,
    ClaimResult,
    Difference,
    DifferenceKind,
    Document,
    LinkCheck,
    LinkStatus,
    ParsedDate,
    Problem,
    ProblemCode,
    Quote,
    Redirect,
    Reference,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
    UrlSource,
    Verdict,
)

PATH = "reports/weekly-analysis-420.txt"
HOSTILE = "<script>alert('x')</script>"
FA_TITLE = "سازمان‌های ملل متحد در افغانستان"

REF_EN = Reference(
    number=1,
    line=50,
    text="BBC News, Aid cut, 22 October 2021, https://www.bbc.com/news/world-asia-1",
    title="Aid cut",
    outlet="BBC News",
    url="https://www.bbc.com/news/world-asia-1",
    url_source=UrlSource.TEXT,
    date=ParsedDate(dt.date(2021, 10, 22), "22 October 2021", Calendar.GREGORIAN),
    date_text="22 October 2021",
    language="en",
)
REF_FA = Reference(
    number=2,
    line=52,
    text=f"بی‌بی‌سی فارسی، {FA_TITLE}، ۷/۷/۱۴۰۲",
    title=FA_TITLE,
    outlet="بی‌بی‌سی فارسی",
    url="https://www.bbc.com/persian/afghanistan-66",
    url_source=UrlSource.CONFIG,
    report_url="https://bbc.com/persian",
    date=ParsedDate(dt.date(2023, 9, 29), "۷/۷/۱۴۰۲", Calendar.SOLAR_HIJRI),
    date_text="۷/۷/۱۴۰۲",
    language="fa",
)
REF_MOVED = Reference(
    number=3, line=54, text="UN, Report, http://example.org/old", url="http://example.org/old"
)
REF_SKIPPED = Reference(
    number=4, line=56, text="Paywalled paper", url="https://example.com/paper", skip_reason="paywall"
)
REF_HOSTILE = Reference(number=5, line=58, text=HOSTILE, title=HOSTILE, url="javascript:alert(1)")

LINK_OK = LinkCheck(
    url=REF_EN.url or "", status=LinkStatus.OK, http_status=200, checked_at="2026-01-01T00:00:00Z"
)
LINK_404 = LinkCheck(
    url=REF_FA.url or "",
    status=LinkStatus.NOT_FOUND,
    http_status=404,
    detail="HTTP 404",
    archive_url="https://web.archive.org/web/20230930000000/https://www.bbc.com/persian/afghanistan-66",
    archive_timestamp="20230930000000",
    dead_since="2025-12-01",
    checks=3,
)
LINK_MOVED = LinkCheck(
    url="http://example.org/old",
    status=LinkStatus.REDIRECTED,
    http_status=200,
    final_url="https://example.org/new",
    redirects=(Redirect("http://example.org/old", 301), Redirect("https://example.org/old", 308)),
)
LINK_SKIPPED = LinkCheck(url="https://example.com/paper", status=LinkStatus.SKIPPED, detail="paywall")
LINK_HOSTILE = LinkCheck(url="javascript:alert(1)", status=LinkStatus.UNSUPPORTED, detail=HOSTILE)

CLAIM_VERBATIM = Claim(
    (1,), 10, 'He said "aid will resume".', 'He said "aid will resume".', (Quote("aid will resume", 10),)
)
CLAIM_CLOSE = Claim(
    (2,),
    12,
    "Kodashov said the mission would stay.",
    "Kodashov said the mission would stay.",
    (Quote("Kodashov said the mission would stay", 12),),
)
CLAIM_CANDIDATE = Claim((2,), 14, "Twelve offices closed in 2023.", "Twelve offices closed in 2023.")
CLAIM_MISMATCH = Claim((1,), 16, "Five provinces were affected.", "Five provinces were affected.")
CLAIM_HELD = Claim((1, 3), 18, "Both sources agree.", "Both sources agree.")

CLAIMS = (
    ClaimCheck(
        CLAIM_VERBATIM, (ClaimResult(1, Verdict.VERBATIM, "aid will resume", 1.0, "... aid will resume ..."),)
    ),
    ClaimCheck(
        CLAIM_CLOSE,
        (
            ClaimResult(
                2,
                Verdict.CLOSE,
                "Kodashov said the mission would stay",
                0.93,
                "Kudashev said the mission will stay",
                (
                    Difference(DifferenceKind.NAME, "Kodashov", "Kudashev"),
                    Difference(DifferenceKind.WORD, "would", "will"),
                ),
            ),
        ),
    ),
    ClaimCheck(
        CLAIM_CANDIDATE, (ClaimResult(2, Verdict.CANDIDATE, None, 0.7, "۱۲ دفتر در سال ۲۰۲۳ بسته شد"),)
    ),
    ClaimCheck(
        CLAIM_MISMATCH,
        (
            ClaimResult(
                1,
                Verdict.MISMATCH,
                None,
                0.8,
                f"Six provinces were affected {HOSTILE}",
                (Difference(DifferenceKind.NUMBER, "Five", "Six"),),
                note="number differs",
            ),
        ),
    ),
    ClaimCheck(
        CLAIM_HELD,
        (
            ClaimResult(1, Verdict.NOT_FOUND, None, 0.1),
            ClaimResult(3, Verdict.SUPPORTED, None, 0.9, "Both sources agree."),
        ),
    ),
)

PROBLEMS = (
    Problem(ProblemCode.MISSING_REFERENCE, Severity.ERROR, "marker 7 is cited but has no entry", 40, 7),
    Problem(ProblemCode.DUPLICATE_REFERENCE, Severity.WARNING, "entries 1 and 3 are the same source", 54, 3),
)

DOCUMENT = Document(
    path=PATH,
    citations=(Citation(1, 10), Citation(2, 12), Citation(7, 40)),
    references=(REF_EN, REF_FA, REF_MOVED, REF_SKIPPED, REF_HOSTILE),
    claims=tuple(c.claim for c in CLAIMS),
    problems=PROBLEMS,
    language="en",
    scripts=("latin", "arabic"),
)

REPORT = ReportCheck(
    document=DOCUMENT,
    references=(
        ReferenceCheck(
            REF_EN, LINK_OK, page_title="Aid cut - BBC News", page_published=dt.date(2021, 10, 22)
        ),
        ReferenceCheck(REF_FA, LINK_404),
        ReferenceCheck(REF_MOVED, LINK_MOVED, page_title="New home"),
        ReferenceCheck(REF_SKIPPED, LINK_SKIPPED),
        ReferenceCheck(REF_HOSTILE, LINK_HOSTILE, page_title=HOSTILE),
    ),
    claims=CLAIMS,
    problems=PROBLEMS[:1],  # the pipeline may repeat a document problem: shown once
)

# 3 errors: missing_reference, link not_found, mismatch.
# 4 warnings: duplicate_reference, redirected, unsupported, candidate. 1 info: skipped.
EXPECTED = {"errors": 3, "warnings": 4, "info": 1}


@pytest.fixture
def report() -> ReportCheck:
    return REPORT


@pytest.fixture
def document() -> Document:
    return DOCUMENT


@pytest.fixture
def expected() -> dict[str, int]:
    return EXPECTED


@pytest.fixture
def run() -> RunResult:
    return RunResult(reports=(REPORT,))


@pytest.fixture
def parsed_run() -> RunResult:
    """What `refcheck parse` has: the document only."""
    return RunResult(reports=(ReportCheck(document=DOCUMENT),))


@pytest.fixture
def run_with_input_error() -> RunResult:
    return RunResult(reports=(REPORT,), input_errors=("reports/broken.pdf: cannot read: not a PDF",))
