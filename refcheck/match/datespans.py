"""Dates as matching reads them: where each stands in its text, and when two are the same date.

refcheck.text.dates reads every calendar, digit system and language; this module adds what matching
needs on top: the span of each mention, and the year a day and month take when their text states none
(``year_assumed``: compared by month and day only).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from refcheck.models import ParsedDate
from refcheck.text.dates import find_dates


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date mention at ``start:end`` of the text it was read from."""

    start: int
    end: int
    date: ParsedDate


def find_date_spans(text: str, context_year: int | None = None, borrowed: bool = False) -> list[DateSpan]:
    """Every date written in ``text``, in any calendar the text module knows. Without ``context_year``, a
    day and month written without a year (14 March, ۱۸ حمل) is read in ASSUMED_YEAR and marked
    ``year_assumed``: it compares with another date by month and day, never by year. ``borrowed``: mark
    it so even when read in ``context_year`` (a claim's "since 15 August" may be any year's 15 August)."""
    if context_year is not None and not borrowed:
        return [DateSpan(m.start, m.end, m.date) for m in find_dates(text, context_year=context_year)]
    stated = {m.start for m in find_dates(text)}
    return [
        DateSpan(
            m.start, m.end, m.date if m.start in stated else dataclasses.replace(m.date, year_assumed=True)
        )
        for m in find_dates(text, context_year=context_year or ASSUMED_YEAR)
    ]


# The year a day and month are read in when neither they nor their page state one (a leap year, so that
# 29 February reads).
ASSUMED_YEAR = 2024


def same_date(a: ParsedDate, b: ParsedDate) -> bool:
    """Equal at the coarser of the two precisions (a month matches any day of it)."""
    levels = {"year": 0, "month": 1, "day": 2}
    level = min(levels.get(a.precision, 2), levels.get(b.precision, 2))
    if a.value.year != b.value.year and not (a.year_assumed or b.year_assumed):
        return False
    return level == 0 or (a.value.month == b.value.month and (level == 1 or a.value.day == b.value.day))
