"""Checks of a fetched page against what the report says of it: title, date, the names it quotes.

Is it the right page (the cited title against the page's)? Does its date agree with the reference's, in
any calendar? Does it spell the persons the report names the same way?
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from rapidfuzz import fuzz

from refcheck.match.claims import compare_names
from refcheck.match.index import SourceIndex
from refcheck.models import Claim, ParsedDate, Problem, ProblemCode, ReferenceCheck, Severity
from refcheck.text.display import quoted
from refcheck.text.normalize import normalize
from refcheck.text.scripts import script_mix

DATE_TOLERANCE = dt.timedelta(days=1)  # a page's time zone can move its date by a day
TITLE_FLOOR = 80.0  # partial similarity (0-100) under which a title is not the page's


def title_agrees(cited: str, page_title: str) -> bool | None:
    """Whether a cited title is the page's title (which may add the site's name, "- BBC News").

    None when they cannot be compared: different scripts (a translated title) or nothing to compare.
    """
    cited_key, page_key = normalize(cited), normalize(page_title)
    if len(cited_key) < 8 or len(page_key) < 8:
        return None
    cited_script, page_script = script_mix(cited)[:1], script_mix(page_title)[:1]
    if cited_script != page_script:
        return None
    return fuzz.partial_ratio(cited_key, page_key) >= TITLE_FLOOR


def best_title_agreement(titles: tuple[str | None, ...], page_title: str | None) -> bool | None:
    """True if any cited title agrees, False if some could be compared and none agrees, else None."""
    if not page_title:
        return None
    verdicts = [title_agrees(title, page_title) for title in titles if title]
    if any(verdicts):
        return True
    return False if False in verdicts else None


def name_problems(claim: Claim, indexes: Mapping[int, SourceIndex]) -> list[Problem]:
    problems = []
    for number, index in indexes.items():
        for difference in compare_names(claim.text, index):
            spelled = f"source {number} spells it {quoted(difference.source)}"
            message = f"the report names {quoted(difference.claim)}; {spelled}"
            problems.append(Problem(ProblemCode.NAME_DIFFERS, Severity.WARNING, message, claim.line, number))
    return problems


def date_problems(check: ReferenceCheck) -> list[Problem]:
    date = check.reference.date
    page_dates = [d for d in (check.page_published, check.page_modified) if d is not None]
    if date is None or not page_dates or any(dates_agree(date, page_date) for page_date in page_dates):
        return []
    shown = ", ".join(d.isoformat() for d in page_dates)
    message = (
        f"the reference's date {quoted(date.text)} ({date.value.isoformat()}) agrees with neither date"
        f" of the page ({shown})"
    )
    return [
        Problem(
            ProblemCode.DATE_DIFFERS, Severity.WARNING, message, check.reference.line, check.reference.number
        )
    ]


def title_problems(check: ReferenceCheck) -> list[Problem]:
    reference = check.reference
    if best_title_agreement((reference.title, reference.link_text), check.page_title) is not False:
        return []
    cited = quoted(reference.title or reference.link_text or "")
    message = f"the page's title {quoted(check.page_title or '')} is not the cited title {cited}"
    return [Problem(ProblemCode.TITLE_DIFFERS, Severity.WARNING, message, reference.line, reference.number)]


def dates_agree(date: ParsedDate, page_date: dt.date) -> bool:
    """Same day (within a time zone's reach), or same month or year for a date written that coarsely."""
    if date.precision == "year":
        return date.value.year == page_date.year
    if date.precision == "month":
        return (date.value.year, date.value.month) == (page_date.year, page_date.month)
    return abs(date.value - page_date) <= DATE_TOLERANCE
