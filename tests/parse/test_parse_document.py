"""Whole reports: the example Weekly Analysis and our own reports in Dari, Pashto, Arabic and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from refcheck.models import Calendar, Document, ProblemCode, ReferenceOverride, Severity, UrlSource
from refcheck.parse.document import parse_document
from refcheck.parse.formats import read_report

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "reports" / "weekly-analysis-420.md"
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
TODAY = dt.date(2026, 11, 25)


def parse(path: Path, overrides: dict[int, ReferenceOverride] | None = None) -> Document:
    return parse_document(read_report(path), path.name, overrides=overrides, today=TODAY)


def codes(document: Document) -> set[tuple[str, int | None]]:
    return {(problem.code.value, problem.reference) for problem in document.problems}


def test_example_entries_citations_and_dates() -> None:
    document = parse(EXAMPLE)
    assert [reference.number for reference in document.references] == [1, 2, 3, 4, 5, 6, 8, 9]
    assert sorted({citation.marker for citation in document.citations}) == list(range(1, 10))
    dates = {r.number: r.date.value.isoformat() if r.date else None for r in document.references}
    assert dates == {
        1: None,
        2: None,
        3: "2021-10-22",
        4: "2023-09-29",
        5: "2021-09-14",
        6: "2021-08-06",
        8: "2023-04-28",
        9: "2023-05-17",
    }
    (fourth,) = [r for r in document.references if r.number == 4]
    assert (
        fourth.date is not None
        and fourth.date.calendar is Calendar.SOLAR_HIJRI
        and fourth.date_text == "۷/۷/۱۴۰۲"
    )
    assert document.language == "en"


def test_example_problems_without_references_yaml() -> None:
    document = parse(EXAMPLE)
    found = codes(document)
    assert ("missing_reference", 7) in found
    assert ("numbering_gap", 8) in found
    assert ("duplicate_reference", 2) in found
    assert ("placeholder_url", 3) in found
    assert ("homepage_url", 6) in found
    for number in (1, 2, 4, 5, 8, 9):
        assert ("title_only", number) in found and ("no_url", number) in found
    errors = {p.code for p in document.problems if p.severity is Severity.ERROR}
    assert errors == {ProblemCode.MISSING_REFERENCE, ProblemCode.NO_URL, ProblemCode.PLACEHOLDER_URL}


def test_references_yaml_supplies_urls_and_softens_link_problems() -> None:
    overrides = {
        n: ReferenceOverride(url=f"https://example.org/article-{n}") for n in (1, 2, 3, 4, 5, 6, 8, 9)
    }
    document = parse(EXAMPLE, overrides)
    by_number = {r.number: r for r in document.references}
    assert all(r.url_source is UrlSource.CONFIG for r in document.references)
    assert by_number[6].report_url == "http://aa.com.tr" and by_number[3].report_url == "#"
    severities = {(p.code.value, p.reference): p.severity for p in document.problems}
    assert severities[("placeholder_url", 3)] is Severity.WARNING
    assert severities[("homepage_url", 6)] is Severity.WARNING
    assert not any(code == "no_url" for code, _ in severities)
    assert [p.code for p in document.problems if p.severity is Severity.ERROR] == [
        ProblemCode.MISSING_REFERENCE
    ]


def test_example_claims() -> None:
    document = parse(EXAMPLE)
    claims = {claim.markers: claim for claim in document.claims}
    kabulov = claims[(2,)]
    assert [q.text for q in kabulov.quotes] == [
        "Taliban is fighting in Afghanistan against the people we fought in Syria; therefore, our interests are the same."
    ]
    assert "pose a lesser threat" in kabulov.text  # the span crosses the page break
    kodashov = claims[(5,)]
    assert kodashov.core.startswith("Additionally, Ajit Doval")
    assert kodashov.quotes[0].text.endswith("a threat to Central Asia and Kashmir.")
    assert claims[(6,)].core.endswith("involving more than 2,500 soldiers from these three countries.")


def test_dari_report() -> None:
    document = parse(FIXTURES / "fa-weekly-421.md")
    assert document.language == "fa"
    assert document.date == dt.date(2023, 11, 21)  # ۳۰ عقرب ۱۴۰۲
    refs = {r.number: r for r in document.references}
    assert [n for n in refs] == [1, 2, 3, 4, 5]
    expected = {
        1: ("2021-10-22", Calendar.GREGORIAN),
        2: ("2023-09-29", Calendar.SOLAR_HIJRI),
        3: ("2023-09-29", Calendar.SOLAR_HIJRI),
        4: ("2023-09-27", Calendar.LUNAR_HIJRI),
    }
    for number, (iso, calendar) in expected.items():
        date = refs[number].date
        assert date is not None and (date.value.isoformat(), date.calendar) == (iso, calendar), number
    assert refs[3].url == "https://www.dw.com/fa-af/a-66951234"  # the entry runs over two lines
    assert refs[1].outlet == "بی‌بی‌سی فارسی" and refs[1].title == "روابط روسیه و طالبان"
    assert {("uncited_reference", 5), ("unreadable_date", 5)} <= codes(document)
    claims = {claim.markers: claim for claim in document.claims}
    assert [q.text for q in claims[(2,)].quotes] == ["ما خواهان ثبات در افغانستان هستیم."]
    assert claims[(4,)].core.endswith("حقوق بشر را رعایت کند.")  # joined across the page break


def test_pashto_report() -> None:
    document = parse(FIXTURES / "ps-weekly-422.md")
    assert document.language == "ps"
    refs = {r.number: r for r in document.references}
    assert {n: r.date.value.isoformat() for n, r in refs.items() if r.date} == {
        1: "2021-10-22",
        2: "2023-09-29",
        3: "2021-10-18",
    }
    assert refs[2].date is not None and refs[2].date.calendar is Calendar.SOLAR_HIJRI  # ۷ تله ۱۴۰۲
    assert refs[3].url == "https://tolonews.example/ps/3"  # the link stands after a blank line
    assert refs[1].language == "ps"
    assert [c.markers for c in document.claims] == [(1,), (2,), (3,)]
    assert not [p for p in document.problems if p.severity is Severity.ERROR]


def test_arabic_report() -> None:
    document = parse(FIXTURES / "ar-weekly-423.md")
    assert document.language == "ar"
    refs = {r.number: r for r in document.references}
    assert {n: r.date.value.isoformat() for n, r in refs.items() if r.date} == {
        1: "2021-09-14",
        2: "2021-10-22",
        3: "2023-09-29",
        4: "2023-09-27",
    }
    assert refs[4].date is not None and refs[4].date.calendar is Calendar.LUNAR_HIJRI
    assert codes(document) == {("uncited_reference", 4)}
    assert [q.text for c in document.claims for q in c.quotes] == ["مصالحنا مع طالبان متقاربة"]


def test_second_english_report_defects() -> None:
    document = parse(FIXTURES / "en-brief-17.md")
    assert {
        ("missing_reference", 5),
        ("numbering_gap", 6),
        ("uncited_reference", 4),
        ("duplicate_reference", 4),
        ("malformed_url", 6),
        ("unreadable_date", 6),
        ("future_date", 7),
    } <= codes(document)
    assert [r.number for r in document.references] == [1, 2, 3, 4, 6, 7]
    refs = {r.number: r for r in document.references}
    assert refs[2].url_source is UrlSource.LINK and refs[1].url_source is UrlSource.TEXT
    assert refs[1].title == "The Kabul River Basin at a Glance"
    three = [c for c in document.claims if c.markers == (3,)]
    assert [q.text for c in three for q in c.quotes] == [
        "We will not build any new dam without consulting our neighbours.",
        "the river's flow fell by 12 percent between 2010 and 2020",
    ]


@pytest.mark.parametrize(
    "name", ["fa-weekly-421.md", "ps-weekly-422.md", "ar-weekly-423.md", "en-brief-17.md"]
)
def test_every_problem_names_a_line(name: str) -> None:
    document = parse(FIXTURES / name)
    assert all(problem.line for problem in document.problems)


def test_a_skipped_entry_with_a_placeholder_link_is_not_an_error() -> None:
    document = parse(EXAMPLE, {3: ReferenceOverride(skip_reason="printed source, checked by hand")})
    severities = {(p.code.value, p.reference): p.severity for p in document.problems}
    assert severities[("placeholder_url", 3)] is Severity.INFO
