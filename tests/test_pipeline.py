"""The wiring of parse, fetch and match results into one ReportCheck (no network: fetched pages are given)."""

from __future__ import annotations

import datetime as dt

import pytest

from refcheck import pipeline
from refcheck.fetch import FetchOptions
from refcheck.match.pages import dates_agree
from refcheck.models import (
    Calendar,
    Claim,
    Document,
    Fetched,
    LinkCheck,
    LinkStatus,
    Page,
    ParsedDate,
    ProblemCode,
    Reference,
    UrlSource,
    Verdict,
)
from refcheck.pipeline import CheckOptions, check_document

PAGE_TEXT = "The minister said the new dam will irrigate 12,000 hectares of farmland in Helmand."
OPTIONS = CheckOptions(FetchOptions(cache_dir=None), dt.date(2026, 11, 25))


def reference(number: int, url: str | None, **extra: object) -> Reference:
    return Reference(
        number=number, line=10 + number, text="entry", url=url, url_source=UrlSource.CONFIG, **extra
    )  # type: ignore[arg-type]


def document(*references: Reference, claims: tuple[Claim, ...] = ()) -> Document:
    return Document(
        path="r.md", citations=(), references=references, claims=claims, problems=(), language="en"
    )


def ok(url: str, page: Page) -> Fetched:
    return Fetched(LinkCheck(url, LinkStatus.OK, 200, final_url=url), page)


CLAIM = Claim(
    markers=(1, 2),
    line=3,
    text="The dam will irrigate 12,000 hectares.",
    core="The dam will irrigate 12,000 hectares.",
)


def test_a_page_cited_twice_is_indexed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Page] = []
    real = pipeline.index_page
    monkeypatch.setattr(pipeline, "index_page", lambda page: calls.append(page) or real(page))
    page = Page(PAGE_TEXT, title="Dam")
    url = "https://a.example/dam"
    report = check_document(
        document(reference(1, url), reference(2, url), claims=(CLAIM,)), {url: ok(url, page)}, OPTIONS
    )
    assert len(calls) == 1
    assert [result.reference for result in report.claims[0].results] == [1, 2]


def test_a_dead_link_is_read_from_its_configured_archive_only_with_archive_reading() -> None:
    url, copy = "https://a.example/gone", "https://web.archive.org/web/2023/https://a.example/gone"
    fetched = {url: Fetched(LinkCheck(url, LinkStatus.NOT_FOUND, 404)), copy: ok(copy, Page(PAGE_TEXT))}
    doc = document(reference(1, url, archive_url=copy), claims=(Claim((1,), 3, CLAIM.text, CLAIM.core),))
    without = check_document(doc, fetched, OPTIONS).claims[0].results[0]
    assert without.verdict is Verdict.UNVERIFIABLE and "not_found" in without.note
    reading = CheckOptions(FetchOptions(cache_dir=None, read_archive=True), OPTIONS.today)
    with_archive = check_document(doc, fetched, reading)
    result = with_archive.claims[0].results[0]
    assert result.verdict is Verdict.SUPPORTED and result.archived
    assert with_archive.references[0].link is not None and with_archive.references[0].link.archive_url == copy


def test_a_home_page_is_never_read_as_the_article() -> None:
    url = "https://a.example/"
    doc = document(reference(1, url), claims=(Claim((1,), 3, CLAIM.text, CLAIM.core),))
    result = check_document(doc, {url: ok(url, Page(PAGE_TEXT))}, OPTIONS).claims[0].results[0]
    assert result.verdict is Verdict.UNVERIFIABLE and "home page" in result.note


def test_skipped_and_missing_urls_are_statuses_not_fetches() -> None:
    doc = document(reference(1, None), reference(2, "https://a.example/x", skip_reason="printed only"))
    checks = check_document(doc, {}, OPTIONS).references
    assert [check.link.status for check in checks if check.link] == [LinkStatus.NO_URL, LinkStatus.SKIPPED]
    assert checks[1].link is not None and checks[1].link.detail == "printed only"


def test_page_dates_and_titles_are_compared() -> None:
    url = "https://a.example/dam"
    date = ParsedDate(dt.date(2021, 8, 6), "۰۶/۰۸/۲۰۲۱", Calendar.GREGORIAN)
    page = Page(
        PAGE_TEXT,
        title="Dam to irrigate Helmand - Example News",
        published=dt.date(2021, 8, 5),
        modified=dt.date(2021, 8, 6),
    )
    good = reference(1, url, date=date, title="Dam to irrigate Helmand")
    assert not check_document(document(good), {url: ok(url, page)}, OPTIONS).problems
    late = reference(
        1,
        url,
        date=ParsedDate(dt.date(2022, 1, 1), "1 January 2022", Calendar.GREGORIAN),
        title="Another story about wheat prices",
    )
    codes = {
        problem.code for problem in check_document(document(late), {url: ok(url, page)}, OPTIONS).problems
    }
    assert codes == {ProblemCode.DATE_DIFFERS, ProblemCode.TITLE_DIFFERS}


@pytest.mark.parametrize(
    ("precision", "written", "page", "agree"),
    [
        ("day", dt.date(2021, 8, 6), dt.date(2021, 8, 5), True),
        ("day", dt.date(2021, 8, 6), dt.date(2021, 8, 3), False),
        ("month", dt.date(2021, 8, 1), dt.date(2021, 8, 30), True),
        ("year", dt.date(2021, 1, 1), dt.date(2022, 1, 1), False),
    ],
)
def test_dates_agree_at_the_precision_written(
    precision: str, written: dt.date, page: dt.date, agree: bool
) -> None:
    assert dates_agree(ParsedDate(written, "x", Calendar.GREGORIAN, precision), page) is agree
