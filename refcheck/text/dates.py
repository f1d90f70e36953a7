"""Dates in running text: Gregorian, Solar Hijri and lunar Hijri, in any digits and four languages.

What is read (digits ASCII, Persian ۰-۹ or Arabic-Indic ٠-٩ throughout):

* numeric dates ``DD/MM/YYYY`` (also ``-``, ``.``, spaces around the separator) and ``YYYY-MM-DD``.
  Day first, because the Weekly Analysis is written in Afghanistan, where (as in the Middle East and
  the Commonwealth) dates are day-month-year: ``۰۶/۰۸/۲۰۲۱`` is 6 August 2021, ``۲۸/۴/۲۰۲۳`` 28 April
  2023. Only when the second number cannot be a month and the first can (``10/22/2021``) is the date
  read month first. Two-digit years are not read (``06/08/21`` is too ambiguous);
* a month name (``refcheck.text.months``) with a day and a year in either order (``14/Sep/2021``,
  ``October 18, 2021``, ``۲۲/اکتوبر/۲۰۲۱``, ``۷ میزان ۱۴۰۲``, ``12 ربيع الأول 1445 هـ``), two days
  with one month (``18–24 November, 2023``, ``May 18th and 19th``: one mention per day), and month
  with year only (``September 2021``: precision "month", the value is the month's first day);
* a Gregorian day and month without a year (``5 اوت``, ``May 18``) only when the caller passes
  ``context_year`` (a Gregorian year); Solar and lunar months always need their own year.

A month name that is also a common word (میزان "amount", حمل, می, صفر; ``Month.ambiguous``) is read
with a day and a year, and with a year alone only after a calendar marker or a word for "month"
(ماه اسد ۱۴۰۰), so that ``میزان ۱۴۰۰ دالر`` stays an amount. Weekday names around a date are left out
of its text. Not read: Pashto's genitive form (د ۱۴۰۲ کال د وري ۱۵مه).

The calendar comes from the month name; for numeric dates from a marker after the year (solar ه‌ش,
ه.ش, هـ ش, ش, شمسی, خورشیدی, SH; lunar هـ, ه‌ق, ه.ق, ق, قمری, AH; Gregorian م, میلادی, AD, CE;
a bare هجری is Hijri, solar or lunar by the year), and without a marker from the year alone:
1800–2200 Gregorian, 1300–1415 Solar Hijri (1921–2037 CE), 1416–1500 lunar Hijri (1995–2077 CE).
For documents of 1995–2036 these readings cannot be confused; a lunar year before 1416 needs its
marker or month name. Other unmarked years are not dates.

Not read as dates: page numbers, phone numbers, amounts (``2,500``), dates inside URLs
(``/2021/10/22/``), bare years in running text, and impossible dates (31/02, month 13): the scanner is
regex-driven and each pattern is compiled once, so a 1 MB page takes a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from refcheck.models import Calendar, ParsedDate
from refcheck.text.calendars import LUNAR_YEARS, calendar_of_year, plausible_year, to_gregorian
from refcheck.text.months import Month, lookup_month
from refcheck.text.normalize import fold_digits


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: its offsets into that text, and what it means."""

    start: int
    end: int
    date: ParsedDate


# --- patterns ----------------------------------------------------------------------------------------

_DIGIT = "[0-9۰-۹٠-٩]"
_LETTER = r"[^\W\d_]"
_MARK = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d\u0640]"  # diacritics, ZWNJ, tatweel
_WORD = rf"{_LETTER}(?:{_LETTER}|{_MARK}|['’ʼ-](?={_LETTER}))*['’ʼ]?"
_MONTH = rf"{_WORD}(?:[^\S\n]+{_WORD}){{0,2}}"  # up to three words (ذو الحجة, Dhu al Hijjah)
_WORD_START = rf"(?<!{_LETTER})(?<!{_MARK})"
_NUMBER_START = r"(?<!\d)(?<!\d[/.\-,٫٬])(?<!/)"  # not inside a number, a number list or a URL path
_NUMBER_END = r"(?!\d)(?![/.\-,٫٬]\d)(?!/)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = rf"(?P<y>{_DIGIT}{{4}}){_NUMBER_END}"
_SECOND_DAY = rf"(?:\s*(?:[–—-]|and|&|و)\s*(?P<d2>{_DIGIT}{{1,2}})(?!\d){_ORDINAL})?"

_NUMERIC_DMY = re.compile(
    rf"{_NUMBER_START}(?P<d>{_DIGIT}{{1,2}})[^\S\n]*(?P<s>[/.\-])[^\S\n]*(?P<m>{_DIGIT}{{1,2}})"
    rf"[^\S\n]*(?P=s)[^\S\n]*{_YEAR}"
)
_NUMERIC_YMD = re.compile(
    rf"{_NUMBER_START}(?P<y>{_DIGIT}{{4}})[^\S\n]*(?P<s>[/.\-])[^\S\n]*(?P<m>{_DIGIT}{{1,2}})"
    rf"[^\S\n]*(?P=s)[^\S\n]*(?P<d>{_DIGIT}{{1,2}}){_NUMBER_END}"
)
_NUMERIC_SPACED = re.compile(  # parse_date only: "06 08 2021"
    rf"{_NUMBER_START}(?P<d>{_DIGIT}{{1,2}})[^\S\n]+(?P<m>{_DIGIT}{{1,2}})[^\S\n]+{_YEAR}"
)
_DAY_MONTH_YEAR = re.compile(
    rf"{_NUMBER_START}(?P<d>{_DIGIT}{{1,2}})(?!\d){_ORDINAL}{_SECOND_DAY}(?:\s+of)?"
    rf"(?:\s*[/.\-]\s*|\s+)(?P<m>{_MONTH})\.?(?:(?:\s*[/.\-,،]\s*|\s+){_YEAR})?"
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_WORD_START}(?P<m>{_MONTH})\.?[^\S\n]*(?P<d>{_DIGIT}{{1,2}})(?!\d){_ORDINAL}{_SECOND_DAY}"
    rf"(?:\s*[,،]?\s*{_YEAR})?"
)
_MONTH_YEAR = re.compile(rf"{_WORD_START}(?P<m>{_MONTH})\.?\s*[,،/\-]?\s*{_YEAR}")
_YEAR_ONLY = re.compile(rf"{_NUMBER_START}{_YEAR}")
# The same words read backwards from a number, in the reversed text: the (up to three) words before it.
_REVERSED_WORD = rf"['’ʼ]?(?:{_LETTER}|{_MARK}|-(?={_LETTER}))*{_LETTER}"
_WORDS_BEFORE = re.compile(
    rf"[^\S\n]*[,،/\-]?[^\S\n]*\.?({_REVERSED_WORD}(?:[^\S\n]+{_REVERSED_WORD}){{0,2}})"
)
_DIGIT_RUN = re.compile(r"\d+")
# "month" right before an ambiguous month name makes it one: ماه اسد ۱۴۰۰, شهر رمضان ۱۴۴۴
_MONTH_WORD_BEFORE = re.compile(r"(?:ماه|میاشت[یېي]?|شهر|month of)[\s\u200c]+$")
_NUMBER_FOLLOWS = re.compile(r"\s*[,،]?\s*\d")

_H = "ه\u0640*"  # heh, perhaps stretched with tatweel (هـ)
_GAP = r"[\s.\u200c/]*"
_MARKER = re.compile(
    r"[^\S\n]*(?:"
    rf"(?P<solar>{_H}{_GAP}ش|هجر[یي]{_GAP}(?:شمس[یي]|خورشید[یي])|(?:ه{_GAP})?خورشید[یي]|شمس[یي]"
    r"|S\.?[^\S\n]?H\.?|ش)"
    rf"|(?P<lunar>{_H}{_GAP}ق|هجر[یي]{_GAP}قمر[یي]|قمر[یي]|A\.?[^\S\n]?H\.?|{_H}|ق)"
    rf"|(?P<hijri>هجر[یيى]ة?|هجري|هجریه)"
    r"|(?P<gregorian>م[یي]لاد[یي]ة?|م[یي]لاد[یي]|A\.?[^\S\n]?D\.?|C\.?[^\S\n]?E\.?|م)"
    rf")(?!{_LETTER})"
)


def _number(text: str) -> int:
    return int(fold_digits(text))


def _calendar_of_year(year: int, marker: str | None, month: Month | None) -> Calendar | None:
    if month is not None:
        return month.calendar if plausible_year(year, month.calendar) else None
    if marker is None:
        return calendar_of_year(year)
    if marker == "hijri":
        calendar = Calendar.SOLAR_HIJRI if year < LUNAR_YEARS.start else Calendar.LUNAR_HIJRI
    else:
        calendar = Calendar(f"{marker}_hijri" if marker in ("solar", "lunar") else marker)
    return calendar if plausible_year(year, calendar) else None


def _make(year: int, month: int, day: int, calendar: Calendar) -> dt.date | None:
    try:
        return to_gregorian(year, month, day, calendar)
    except (ValueError, OverflowError):
        return None


# --- one match -> mentions ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    year: int
    month: int
    days: tuple[tuple[int, int, int], ...]  # (day, start, end); empty for "month year"
    calendar: Calendar


def _marker_at(text: str, position: int) -> tuple[str | None, int]:
    match = _MARKER.match(text, position)
    if match is None:
        return None, position
    return match.lastgroup, match.end()


def _month_options(match: re.Match[str], month_first: bool) -> Iterator[tuple[int, int, bool]]:
    """Where the month name may lie in group "m": (start, end, followed by the matched year).

    The pattern takes up to three words; a month written first may be preceded by other words (try
    fewer from the left), a month written after its day may be followed by them (fewer from the right,
    and then the year found after them is not this date's).
    """
    group, start, end = match.group("m"), match.start("m"), match.end("m")
    gaps = list(re.finditer(r"\s+", group))
    if month_first:
        for offset in [0] + [gap.end() for gap in gaps]:
            yield start + offset, end, True
        return
    yield start, end, True
    for gap in reversed(gaps):
        yield start, start + gap.start(), False


def _names_month(words: str) -> bool:
    """Whether the last one, two or three of ``words`` name a month."""
    offsets = [0] + [gap.end() for gap in re.finditer(r"\s+", words)]
    return any(lookup_month(words[offset:]) is not None for offset in offsets)


def _days(match: re.Match[str]) -> tuple[tuple[int, int, int], ...]:
    if "d" not in match.re.groupindex:
        return ()
    days = [(_number(match.group("d")), match.start("d"), match.end("d"))]
    if match.group("d2") is not None:
        days.append((_number(match.group("d2")), match.start("d2"), match.end("d2")))
    return tuple(days)


def _named(
    match: re.Match[str], text: str, context_year: int | None, month_first: bool, lenient: bool
) -> _Found | None:
    """The date of a match with a month name; ``lenient`` (one date expression) lets an ambiguous
    month name stand with a year alone (میزان ۱۴۰۲)."""
    options = (
        (lookup_month(text[begin:end]), begin, end, with_year)
        for begin, end, with_year in _month_options(match, month_first)
    )
    month, month_start, month_end, with_year = next(
        (option for option in options if option[0] is not None), (None, 0, 0, False)
    )
    if month is None:
        return None
    days = _days(match)
    start = month_start if month_first else match.start()
    if with_year and match.group("y") is not None:
        year = _number(match.group("y"))
        marker, end = _marker_at(text, match.end("y"))
        bare = month.ambiguous and not days and marker is None and not lenient
        if bare and not _MONTH_WORD_BEFORE.search(text, max(0, month_start - 16), month_start):
            return None
    else:
        end = match.end() if month_first else month_end
        if (
            context_year is None
            or month.ambiguous
            or month.calendar is not Calendar.GREGORIAN
            or _NUMBER_FOLLOWS.match(text, end)
        ):
            return None
        year, marker = context_year, None
    if _calendar_of_year(year, marker, month) is None:
        return None
    return _Found(start, end, year, month.number, days, month.calendar)


def _numeric(match: re.Match[str], text: str) -> _Found | None:
    year, month, day = (_number(match.group(name)) for name in ("y", "m", "d"))
    if month > 12 >= day:  # unambiguously month first (10/22/2021)
        month, day = day, month
    marker, end = _marker_at(text, match.end())
    calendar = _calendar_of_year(year, marker, None)
    if calendar is None:
        return None
    return _Found(match.start(), end, year, month, ((day, match.start(), end),), calendar)


def _mentions(found: _Found, text: str) -> list[DateMention]:
    if not found.days:
        value = _make(found.year, found.month, 1, found.calendar)
        if value is None:
            return []
        parsed = ParsedDate(value, text[found.start : found.end], found.calendar, "month")
        return [DateMention(found.start, found.end, parsed)]
    mentions = []
    for index, (day, day_start, day_end) in enumerate(found.days):
        value = _make(found.year, found.month, day, found.calendar)
        if value is None:
            return []
        # the first of two days keeps only its number; the last runs to the end of the expression
        last = index == len(found.days) - 1
        start = found.start if index == 0 else day_start
        end = found.end if last else day_end
        parsed = ParsedDate(value, text[start:end], found.calendar, "day")
        mentions.append(DateMention(start, end, parsed))
    return mentions


# --- scanning ----------------------------------------------------------------------------------------


_Candidate = tuple[int, int, list[DateMention]]  # a span and its mentions; none: an impossible date
_Reader = Callable[[re.Match[str]], "_Found | None"]


def _candidates(text: str, context_year: int | None, lenient: bool = False) -> list[_Candidate]:
    """Every reading of the text's dates, overlapping ones included.

    Every date holds a number, so the scan goes from number to number (one C-speed pass for the
    numbers) and tries the anchored patterns there; a month written before its number is looked for
    in the few words before it. A reading that names no real day (31 November) is kept without
    mentions, so that no shorter reading inside it ("November 2021") is taken instead.
    """

    def numeric(match: re.Match[str]) -> _Found | None:
        return _numeric(match, text)

    def day_first(match: re.Match[str]) -> _Found | None:
        return _named(match, text, context_year, False, lenient)

    def month_first(match: re.Match[str]) -> _Found | None:
        return _named(match, text, context_year, True, lenient)

    at_number: list[tuple[re.Pattern[str], _Reader]] = [
        (_NUMERIC_DMY, numeric),
        (_NUMERIC_YMD, numeric),
        (_DAY_MONTH_YEAR, day_first),
    ]
    if lenient:
        at_number.append((_NUMERIC_SPACED, numeric))
    candidates: dict[tuple[int, int], list[DateMention]] = {}

    def read(pattern: re.Pattern[str], reader: _Reader, position: int) -> None:
        match = pattern.match(text, position)
        found = reader(match) if match is not None else None
        if found is not None:
            candidates.setdefault((found.start, found.end), _mentions(found, text))

    reversed_text = text[::-1]
    for number in _DIGIT_RUN.finditer(text):
        start = number.start()
        for pattern, reader in at_number:
            read(pattern, reader, start)
        words = _WORDS_BEFORE.match(reversed_text, len(text) - start)
        if words is not None and _names_month(words.group(1)[::-1]):
            words_start = len(text) - words.end(1)
            read(_MONTH_DAY_YEAR, month_first, words_start)
            read(_MONTH_YEAR, month_first, words_start)
    return [(start, end, mentions) for (start, end), mentions in candidates.items()]


def _choose(candidates: list[_Candidate]) -> list[DateMention]:
    """The mentions of non-overlapping candidates, earliest first, the longest of those starting at one
    place."""
    chosen: list[DateMention] = []
    reached = 0
    for start, end, mentions in sorted(candidates, key=lambda candidate: (candidate[0], -candidate[1])):
        if start >= reached:
            chosen.extend(mentions)
            reached = end
    return chosen


def find_dates(text: str, *, context_year: int | None = None) -> list[DateMention]:
    """Every date in ``text``, in order and not overlapping (see the module docstring for the forms).

    ``context_year`` (Gregorian) completes a Gregorian day and month written without a year; without
    it those are not returned. A bare year is never returned here (too many numbers look like one).
    """
    if _DIGIT_RUN.search(text) is None:
        return []
    return _choose(_candidates(text, context_year))


def parse_date(text: str, *, context_year: int | None = None) -> ParsedDate | None:
    """The date that ``text`` (one date expression, with labels or punctuation around it) states.

    Beyond ``find_dates``, three forms are read here because they are too noisy in running text:
    numbers separated by spaces only (``06 08 2021``), an ambiguous month name with a year alone
    (``میزان ۱۴۰۲``), and a bare year (``2021``, ``۱۴۰۲ ه.ش``) when it is the only number of the text,
    which gives precision "year" and the first day of that year in its calendar. None when no date
    can be read (an impossible date such as ``30 اسفند ۱۴۰۲`` included).
    """
    mentions = _choose(_candidates(text, context_year, lenient=True))
    if mentions:
        return mentions[0].date
    years = list(_YEAR_ONLY.finditer(text))
    if len(years) != 1 or len(_DIGIT_RUN.findall(text)) != 1:
        return None
    year = _number(years[0].group("y"))
    marker, end = _marker_at(text, years[0].end())
    calendar = _calendar_of_year(year, marker, None)
    value = _make(year, 1, 1, calendar) if calendar is not None else None
    if calendar is None or value is None:
        return None
    return ParsedDate(value, text[years[0].start() : end], calendar, "year")
