"""A report's text -> Document: citations, references, claims and the problems of the list."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from refcheck.models import (
    Citation,
    Document,
    Problem,
    ProblemCode,
    Reference,
    ReferenceOverride,
    Severity,
)
from refcheck.text.dates import find_dates
from refcheck.text.language import detect_language
from refcheck.text.normalize import fold_digits
from refcheck.text.scripts import script_mix

from .checks import date_problems, list_problems, resolve, url_problems
from .claims import extract_claims
from .fields import MARKDOWN_LINK, EntryLink, read_fields
from .formats import Hyperlink, ReportText
from .lines import LineIndex, paragraphs
from .markers import find_markers, pushed_markers
from .sections import RawEntry, find_section
from .urls import urls_in_text

_DAY_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*[–—-]\s*(\d{1,2})(?!\d)\s*\)?\s*$")
_HEAD_LINES = 15  # the report's own date is looked for near its top ...
_PROSE_WORDS = 12  # ... above its first line of prose


def parse_document(
    report: ReportText,
    path: str,
    *,
    overrides: Mapping[int, ReferenceOverride] | None = None,
    today: dt.date | None = None,
    report_date: dt.date | None = None,
) -> Document:
    """Parse a report. ``overrides``: what references.yaml says per reference number."""
    text = report.text
    index = LineIndex.of(text)
    section = find_section(text)
    body_end = section.heading_offset if section else len(text)
    report_date = report_date or _report_date(text, body_end)
    context_year = report_date.year if report_date else None
    not_after = report_date or today or dt.date.today()
    problems: list[Problem] = []
    references: list[Reference] = []
    for entry in section.entries if section else ():
        reference, entry_problems = _reference(
            text, entry, report.links, (overrides or {}).get(entry.number), context_year, not_after
        )
        references.append(reference)
        problems += entry_problems
    markers = find_markers(text, 0, body_end, most=max((r.number for r in references), default=None))
    markers = pushed_markers(text, 0, body_end, markers)
    citations = tuple(
        Citation(number, index.line_of(marker.start)) for marker in markers for number in marker.numbers
    )
    claims = extract_claims(text, paragraphs(text, 0, body_end), markers, index)
    problems = list_problems(tuple(references), citations) + problems
    if section is None:
        problems.insert(
            0,
            Problem(
                ProblemCode.NO_REFERENCE_SECTION,
                Severity.WARNING,
                "no reference list found (no heading such as References, منابع, سرچینې or المراجع)",
            ),
        )
    body = text[:body_end]
    return Document(
        path=path,
        citations=citations,
        references=tuple(references),
        claims=tuple(claims),
        problems=tuple(sorted(problems, key=_problem_order)),
        language=detect_language(body),
        scripts=script_mix(body),
        section_line=section.heading_line if section else None,
        date=report_date,
    )


def _reference(
    text: str,
    entry: RawEntry,
    links: tuple[Hyperlink, ...],
    override: ReferenceOverride | None,
    context_year: int | None,
    not_after: dt.date,
) -> tuple[Reference, list[Problem]]:
    raw = text[entry.start : entry.end]
    # In Markdown the links stand in the text itself; other formats list them by line.
    own_links = (
        ()
        if MARKDOWN_LINK.search(raw)
        else tuple(
            EntryLink(link.text, link.url) for link in links if entry.line <= link.line <= entry.end_line
        )
    )
    fields = read_fields(raw, own_links, context_year)
    plain = fields.text
    for _, _, url in urls_in_text(plain):
        plain = plain.replace(url, " ")
    reference = Reference(
        number=entry.number,
        line=entry.line,
        end_line=entry.end_line,
        text=fields.text,
        title=fields.title,
        outlet=fields.outlet,
        link_text=fields.link_text,
        date=fields.date,
        date_text=fields.date_text,
        language=detect_language(plain),
        scripts=script_mix(plain),
    )
    reference = resolve(reference, fields, override)
    return reference, url_problems(reference, fields) + date_problems(reference, not_after)


def _report_date(text: str, body_end: int) -> dt.date | None:
    """The report's own date: a date on one of its first short lines, before any prose."""
    for line in text[:body_end].split("\n")[:_HEAD_LINES]:
        if len(line.split()) > _PROSE_WORDS:
            break
        days = [m.date.value for m in find_dates(line) if m.date.precision == "day"]
        if days:
            return max(days) + _range_tail(line)  # "(18–24 November, 2023)": the week's last day
    return None


def _range_tail(line: str) -> dt.timedelta:
    """ "د وري ۱۰ – ۱۶": the days from a range's first day to its last, when only the first was read."""
    match = _DAY_RANGE.search(fold_digits(line))
    if not match:
        return dt.timedelta()
    first, last = int(match.group(1)), int(match.group(2))
    return dt.timedelta(days=last - first) if 0 < first < last <= 31 and last - first <= 7 else dt.timedelta()


def _problem_order(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.reference or 0)
