"""A paraphrase's dates against the page: those its passage states, and the page's one event date.

A page states an event's date once ("KazanForum takes place on May 18-19") and the rest of the event
further on ("The forum has been held since 2009…"), so the passage that holds a claim's words may not hold
its date. The claim's date is still the page's when it is the only date of its precision that the page
gives besides its own publication date; a page that gives another such date could be dating another event
with it (the dateline's May 17 is when the delegation arrived), and a passage with a date of its own is
dated by it.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.facts import DateSpan, same_date
from refcheck.match.index import SourceIndex
from refcheck.models import ParsedDate


def page_year(index: SourceIndex) -> int | None:
    """The year the page was published (or updated): the year of its dates written without one."""
    when = index.page.published or index.page.modified
    return when.year if when else None


def dates_between(index: SourceIndex, start: int, end: int) -> list[DateSpan]:
    """The page's dates that start within key[start:end]."""
    return [d for d in index.dates if start <= d.start < end]


def is_sole_event_date(
    claim_date: ParsedDate, claim_dates: Sequence[ParsedDate], index: SourceIndex, window: Sequence[DateSpan]
) -> bool:
    """The page gives ``claim_date`` (a day or a month) outside the passage whose dates are ``window``, and
    gives no other date of that precision than the claim's own and its publication dates."""
    precision = claim_date.precision
    if precision == "year" or any(d.date.precision == precision for d in window):
        return False
    published = {day for day in (index.page.published, index.page.modified) if day is not None}
    stated = [d.date for d in index.dates if d.date.precision == precision]
    return any(same_date(claim_date, d) for d in stated) and all(
        any(same_date(d, own) for own in claim_dates) or d.value in published for d in stated
    )


def dating_sentence(
    claim_dates: Sequence[ParsedDate], index: SourceIndex, window: Sequence[DateSpan]
) -> str | None:
    """The page's sentence that states a claim date the passage (dates ``window``) lacks, as written."""
    for claim_date in claim_dates:
        if any(same_date(claim_date, d.date) for d in window):
            continue
        span = next((d for d in index.dates if same_date(claim_date, d.date)), None)
        if span is not None:
            sentence = index.sentences[index.sentence_at(span.start)]
            return index.evidence(sentence.start, sentence.end)
    return None
