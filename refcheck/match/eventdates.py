"""A paraphrase's dates against the page: those its passage states, and the page's one event date.

A page states an event's date once ("KazanForum takes place on May 18-19") and the rest of the event
further on ("The forum has been held since 2009…"), so the passage that holds a claim's words may not hold
its date. The claim's date is still the page's when it is the only date of its precision that the page
gives besides its own publication date; a page that gives another such date could be dating another event
with it (the dateline's May 17 is when the delegation arrived), and a passage with a date of its own is
dated by it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from refcheck.match.datespans import DateSpan, same_date
from refcheck.match.facts import tokenize
from refcheck.match.index import SourceIndex, opens_dateline
from refcheck.match.numbers import is_year
from refcheck.match.outcome import TO_CONFIRM
from refcheck.match.passages import Passage, core_sentence
from refcheck.models import Difference, DifferenceKind, ParsedDate
from refcheck.text.display import quoted
from refcheck.text.normalize import normalize


def page_year(index: SourceIndex) -> int | None:
    """The year of the page's dates written without one: the year it was published (or updated), else the
    year of its dateline."""
    return index.year


def dates_between(index: SourceIndex, start: int, end: int) -> list[DateSpan]:
    """The page's dates that start within key[start:end]."""
    return [d for d in index.dates if start <= d.start < end]


def is_sole_event_date(
    claim_date: ParsedDate, claim_dates: Sequence[ParsedDate], index: SourceIndex, window: Sequence[DateSpan]
) -> bool:
    """The page gives ``claim_date`` (a day or a month) outside the passage whose dates are ``window``, and
    gives no other date of that precision than the claim's own and its publication dates."""
    precision = claim_date.precision
    if precision == "year" or any(
        d.date.precision == precision or not same_date(claim_date, d.date) for d in window
    ):
        return False  # the passage is dated by a date of its own (30 June 2024 for a claim's May 2023)
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


def core_sentence_date(
    claim_date: ParsedDate, terms: Collection[str], index: SourceIndex, first: int, last: int
) -> DateSpan | None:
    """Another date of the claim date's precision stated by the sentence of ``first..last`` that holds the
    most of the claim's ``terms``, when that sentence does not state the claim's date: a passage that runs
    from a dateline (الدوحة، 3 فبراير 2025) to the event's own sentence (في 30 يونيو 2024) dates the event
    by its sentence, not by the dateline."""
    sentence = index.sentences[core_sentence(terms, index, first, last)]
    stated = [
        d
        for d in dates_between(index, sentence.start, sentence.end)
        if d.date.precision == claim_date.precision and not is_dateline(index, d)  # it dates the page
    ]
    if not stated or any(same_date(claim_date, d.date) for d in stated):
        return None
    return stated[0]


def date_conflicts(
    claim_dates: Sequence[ParsedDate],
    terms: Collection[str],
    index: SourceIndex,
    passage: Passage,
    strict: bool,
) -> list[Difference]:
    """The claim's dates that the passage states otherwise: another date of the same precision where the
    passage lacks the claim's (when ``strict``: the passage holds enough of the claim to be its place), or
    another date in the sentence that holds the claim while the claim's date is only the dateline's."""
    window = dates_between(index, passage.start, passage.end)
    found: list[Difference] = []
    for claim_date in claim_dates:
        if window and not any(same_date(claim_date, d.date) for d in window):
            same_precision = [
                d for d in window if d.date.precision == claim_date.precision and not is_dateline(index, d)
            ]
            if same_precision and strict:
                found.append(Difference(DifferenceKind.DATE, claim_date.text, same_precision[0].date.text))
        elif (other := core_sentence_date(claim_date, terms, index, passage.first, passage.last)) and not any(
            same_date(own, other.date) for own in claim_dates
        ):  # the other date may be the claim's own second date (announced on 3 May, approved on 10 May)
            found.append(Difference(DifferenceKind.DATE, claim_date.text, other.date.text))
    return found


def is_dateline(index: SourceIndex, span: DateSpan) -> bool:
    """The date of a dateline: the first words of a paragraph, a place and a comma before it (KABUL, 14 March
    2024 —; هرات، ۲۵ میزان ۱۴۰۲ —). It dates the page, not the events the page reports."""
    sentence = index.sentences[index.sentence_at(span.start)]
    return opens_dateline(index.key[sentence.start : span.start])


def dateline_year_conflict(
    claim_numbers: Collection[str], terms: Collection[str], index: SourceIndex, passage: Passage
) -> Difference | None:
    """A bare year of the claim that the passage states only in its dateline, where the sentence that holds
    the claim gives another year ("won the rights … in 2023" for "in 2007", under "KABUL, 5 September
    2023 —")."""
    core = index.sentences[core_sentence(terms, index, passage.first, passage.last)]
    datelines = [
        d
        for d in dates_between(index, passage.start, passage.end)
        if is_dateline(index, d) and not d.date.year_assumed
    ]
    stated_years = {n for n in core.numbers if is_year(n)}
    for year in sorted(n for n in claim_numbers if is_year(n)):
        if year in core.numbers or not any(str(d.date.value.year) == year for d in datelines):
            continue
        others = sorted(stated_years - {year})
        if others:
            return Difference(DifferenceKind.DATE, year, others[0])
    return None


def dateline_note(
    claim_dates: Sequence[ParsedDate], index: SourceIndex, passage: Passage, of_statement: bool = False
) -> str | None:
    """Why a claim is for a person to confirm when a date of it matches only the passage's dateline: the
    passage dates the event otherwise (زمین‌لرزه‌های ۲۵ میزان, where the quake was on ۱۵ میزان and ۲۵
    is the dateline), or, unless the claim dates a statement (``of_statement``: said, announced on), does
    not date it at all (the campaign began on 20 Hut, the date of the report), or None."""
    window = dates_between(index, passage.start, passage.end)
    for claim_date in claim_dates:
        matching = [d for d in window if same_date(claim_date, d.date)]
        others = [
            d
            for d in window
            if d.date.precision == claim_date.precision
            and not is_dateline(index, d)
            and not any(same_date(own, d.date) for own in claim_dates)  # published 14 March, approved 9 March
        ]
        if not matching or not all(is_dateline(index, d) for d in matching):
            continue
        if others:
            dated = (
                f"the claim's date is the page's dateline; the passage dates it {quoted(others[0].date.text)}"
            )
            return dated + TO_CONFIRM
        today = _TODAY & {t.text for t in tokenize(index.key, passage.start, passage.end)}
        if not of_statement and not today and claim_date.precision == "day":
            return f"the claim's date is only the page's dateline, the date of the report{TO_CONFIRM}"
    return None


def holds_date(claim_date: ParsedDate, page_date: ParsedDate, index: SourceIndex) -> bool:
    """The page's date is the claim's; one written without a year (July 27) holds a claim's date with a
    year (27 July 2018) only when the page states that year somewhere."""
    if not same_date(claim_date, page_date):
        return False
    if claim_date.year_assumed or not page_date.year_assumed:
        return True
    year = str(claim_date.value.year)
    return any(year in sentence.numbers for sentence in index.sentences) or any(
        d.date.value.year == claim_date.value.year and not d.date.year_assumed for d in index.dates
    )


# "today" in the passage: its events are of the dateline's day (امروز, نن, اليوم).
_TODAY = frozenset(normalize(w) for w in ("today", "tonight", "امروز", "نن", "اليوم", "الیوم"))
