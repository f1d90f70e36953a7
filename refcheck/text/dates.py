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
  with year only (``September 2021``: precision "month", the value is the month's first day). The
  month may be two names of the same month (``١٢ حزيران/يونيو 2022``, ``حزيران (يونيو)``), Pashto
  ``د`` may stand before it (``۱۸ د اکتوبر ۲۰۲۱``), a word for "year" before the year (``۱۵ حمل سال
  ۱۴۰۲``, ``١٥ مارس عام ٢٠٢٣``), and the day may carry an ordinal (``18th``, ``۱۵مه``);
* Pashto's genitive form: ``د ۱۴۰۲ کال د وري ۱۵مه``, ``د ۲۰۲۱ کال د اکتوبر په ۱۸مه``;
* a Gregorian or Solar Hijri day and month without a year (``5 اوت``, ``May 18``, ``۲۱ ثور``) only when
  the caller passes ``context_year`` (a Gregorian year: the Solar month is taken in the Solar year that
  falls in it), and never when a year follows in the same expression; lunar months always need their
  own year.

A day is never dropped: a month read at precision "month" right after a day number (``31 November
2021``, ``12 June/July 2022``) gives nothing rather than the month.

A month name that is also a common word (میزان "amount", حمل, می, صفر; ``Month.ambiguous``) is read
with a day and a year, and with a year alone only after a calendar marker or a word for "month"
(ماه اسد ۱۴۰۰), so that ``میزان ۱۴۰۰ دالر`` stays an amount. A Solar one also stands after a day
number with the context year (``۲۵ میزان``: nobody writes "25 amount"), but not one that is counted
(تیر, دی, بهمن, دلو, وری, کب: ۱۲ بهمن is twelve avalanches). Weekday names around a date are left out
of its text.

The calendar comes from the month name; for numeric dates from a marker after the year (solar ه‌ش,
ه.ش, هـ ش, ش, شمسی, خورشیدی, SH; lunar هـ, ه‌ق, ه.ق, ق, قمری, AH; Gregorian م, میلادی, AD, CE;
a bare هجری is Hijri, solar or lunar by the year), and without a marker from the year alone:
1800–2200 Gregorian, 1300–1415 Solar Hijri (1921–2037 CE), 1416–1500 lunar Hijri (1995–2077 CE).
For documents of 1995–2036 these readings cannot be confused; a lunar year before 1416 needs its
marker or month name. Other unmarked years are not dates.

Not read as dates: page numbers, phone numbers, amounts (``2,500``), dates inside URLs
(``/2021/10/22/``), bare years in running text (``find_year`` reads one in parentheses for a
reference entry), and impossible dates (31/02, month 13). The scanner is regex-driven, its patterns
(``refcheck.text.date_patterns``) compiled once: a 1 MB page takes about a second even when dense
with dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from refcheck.models import Calendar, ParsedDate
from refcheck.text import date_patterns as p
from refcheck.text.calendars import LUNAR_YEARS, calendar_of_year, plausible_year, to_gregorian
from refcheck.text.months import Month, lookup_month, month_key
from refcheck.text.normalize import fold_digits


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: its offsets into that text, and what it means."""

    start: int
    end: int
    date: ParsedDate


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
    blocked: bool = False  # a span that holds a date refcheck cannot read safely: no mentions


def _marker_at(text: str, position: int) -> tuple[str | None, int]:
    match = p.MARKER.match(text, position)
    if match is None:
        return None, position
    return match.lastgroup, match.end()


def _month_options(match: re.Match[str], month_first: bool) -> Iterator[tuple[int, int, bool]]:
    """Where the month name may lie in group "m": (start, end, whether it fills the group to its end).

    The pattern takes up to three words; a month written first may be preceded by other words (try
    fewer from the left), a month written after its day may be followed by them (fewer from the right,
    and then what the pattern found after them, a second name or a year, is not this date's).
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


def _month_start(words: str) -> int | None:
    """Where in ``words`` the longest run of last words that names a month begins (l'October: after
    the apostrophe, Sha'ban: all of it); None if none does."""
    offsets = [0] + [gap.end() for gap in p.WORD_GAP.finditer(words)]
    return next((offset for offset in offsets if lookup_month(words[offset:]) is not None), None)


def _second_name(match: re.Match[str], month_first: bool) -> tuple[Month, int, bool] | None:
    """The month of group "m2" (a paired name), where it ends, and whether it fills its group."""
    group, start = match.group("m2"), match.start("m2")
    ends = [len(group)] + ([] if month_first else [gap.start() for gap in re.finditer(r"\s+", group)][::-1])
    for end in ends:
        month = lookup_month(group[:end])
        if month is not None:
            whole = end == len(group)
            return month, (match.end("pe") if whole and match.group("pe") else start + end), whole
    return None


def _days(match: re.Match[str]) -> tuple[tuple[int, int, int], ...]:
    if "d" not in match.re.groupindex:
        return ()
    days = [(_number(match.group("d")), match.start("d"), match.end("d"))]
    if "d2" in match.re.groupindex and match.group("d2") is not None:
        days.append((_number(match.group("d2")), match.start("d2"), match.end("d2")))
    return tuple(days)


def _named(
    match: re.Match[str], text: str, context_year: int | None, month_first: bool, lenient: bool
) -> _Found | None:
    """The date of a match with a month name; ``lenient`` (one date expression) lets an ambiguous
    month name stand with a year alone (میزان ۱۴۰۲)."""
    options = (
        (lookup_month(text[begin:end]), begin, end, whole)
        for begin, end, whole in _month_options(match, month_first)
    )
    month, month_start, month_end, with_year = next(
        (option for option in options if option[0] is not None), (None, 0, 0, False)
    )
    if month is None:
        return None
    days = _days(match)
    start = month_start if month_first else match.start()
    if with_year and match.group("m2") is not None:  # a pair of names: حزيران/يونيو
        second = _second_name(match, month_first)
        if second is None and month_first:
            return None
        if second is None:
            with_year = False  # "12 June - Kabul 2022": the year is not this date's
        elif (second[0].calendar, second[0].number) != (month.calendar, month.number):
            return _Found(start, match.end(), 0, 0, (), month.calendar, blocked=True)  # 12 June/July 2022
        else:
            month = dataclasses.replace(month, ambiguous=month.ambiguous and second[0].ambiguous)
            _, month_end, with_year = second
    if with_year and match.group("y") is not None:
        year = _number(match.group("y"))
        marker, end = _marker_at(text, match.end("y"))
        bare = month.ambiguous and not days and marker is None and not lenient
        if bare and not p.MONTH_WORD_BEFORE.search(text, max(0, month_start - 16), month_start):
            return None
    else:
        end = match.end() if month_first else month_end
        if (
            context_year is None
            or (month.ambiguous and (month_first or not _solar_day(month, days, text[month_start:month_end])))
            or (month_first and not text[month_start:month_end].isascii() and not _ordinal_day(text, days))
            or month.calendar not in (Calendar.GREGORIAN, Calendar.SOLAR_HIJRI)
            or p.NUMBER_FOLLOWS.match(text, end)
        ):
            return None
        year, marker = _year_in(context_year, month.calendar, month.number), None
    if not days and p.DAY_BEFORE.search(text, max(0, month_start - 48), month_start):
        return None  # "۱۸ … October 2021" read as "October 2021" would lose the day
    if _calendar_of_year(year, marker, month) is None:
        return None
    return _Found(start, end, year, month.number, days, month.calendar)


# Solar month names that are too common a word after a count to be read without a year even after a day
# (۳ تیر: three bullets; ۱۲ بهمن: twelve avalanches; ۲ دلو: two buckets; ۲۰ وری: twenty lambs; کب: fish).
_COUNTED_WORDS = frozenset(month_key(name) for name in ("تیر", "دی", "بهمن", "دلو", "وری", "کب"))


def _solar_day(month: Month, days: tuple[tuple[int, int, int], ...], name: str) -> bool:
    """A day number before a Solar month name that is also a word (۲۵ میزان, ۲۱ ثور, ۱۲ حوت): a date,
    read in the context year like an unambiguous month (nobody writes "25 amount" or "21 bull")."""
    key = month_key(name)
    return (
        month.calendar is Calendar.SOLAR_HIJRI
        and bool(days)
        and key not in _COUNTED_WORDS
        and not name.isascii()
    )


def _ordinal_day(text: str, days: tuple[tuple[int, int, int], ...]) -> bool:
    """An Arabic-script month name before a bare number is a date only with the Pashto ordinal ending on
    the day (د اکتوبر ۱۸مه); في مايو 22 رحلة is "in May, 22 flights"."""
    return bool(days) and text[days[-1][2] : days[-1][2] + 1] == "م"


def _year_in(gregorian: int, calendar: Calendar, month: int) -> int:
    """The year of ``calendar`` whose ``month`` falls (mostly) in the Gregorian year ``gregorian``: a Solar
    Hijri year begins on 21 March, so حمل…قوس of 1403 fall in 2024, and جدی, دلو, حوت of 1402 (22 December
    2023 to 19 March 2024) mostly in early 2024."""
    if calendar is Calendar.SOLAR_HIJRI:
        return gregorian - 621 if month <= 9 else gregorian - 622
    return gregorian


def _genitive(match: re.Match[str], text: str) -> _Found | None:
    """Pashto's genitive form: د ۱۴۰۲ کال د وري ۱۵مه (the د before the year belongs to the date)."""
    month = lookup_month(match.group("m"))
    year = _number(match.group("y"))
    if month is None or _calendar_of_year(year, None, month) is None:
        return None
    start = match.start()
    lead = p.GENITIVE_LEAD.search(text, max(0, start - 8), start)
    start = lead.start() if lead is not None else start
    day = (_number(match.group("d")), start, match.end())
    return _Found(start, match.end(), year, month.number, (day,), month.calendar)


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
    if found.blocked:
        return []
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


def _month_before(text: str, reversed_text: str, position: int) -> int | None:
    """Where a month name written before the number at ``position`` begins (with the first name of a
    pair of the same month, حزيران/يونيو), or None when the words before the number name no month."""
    words = p.WORDS_BEFORE.match(reversed_text, len(text) - position)
    if words is None:
        return None
    second = words.group(1)[::-1]
    offset = _month_start(second)
    if offset is None:
        return None
    start = len(text) - words.end(1) + offset
    pair = p.PAIR_BEFORE.match(reversed_text, len(text) - start)
    first = pair.group(1)[::-1] if pair is not None else ""
    first_offset = _month_start(first)
    if pair is None or first_offset is None:
        return start
    first_month, second_month = lookup_month(first[first_offset:]), lookup_month(second[offset:])
    if first_month is None or second_month is None or first_month.number != second_month.number:
        return start  # June–July 2022: only the month next to the year
    if first_month.calendar is not second_month.calendar:
        return start
    return len(text) - pair.end(1) + first_offset


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

    def genitive(match: re.Match[str]) -> _Found | None:
        return _genitive(match, text)

    # by the length of the number they start at: a day or month (1–2 digits) or a year (4)
    at_number: dict[int, list[tuple[re.Pattern[str], _Reader]]] = {
        1: [(p.NUMERIC_DMY, numeric), (p.DAY_MONTH_YEAR, day_first)],
        4: [(p.NUMERIC_YMD, numeric), (p.GENITIVE, genitive)],
    }
    if lenient:
        at_number[1].append((p.NUMERIC_SPACED, numeric))
    at_number[2] = at_number[1]
    candidates: dict[tuple[int, int], list[DateMention]] = {}

    def read(pattern: re.Pattern[str], reader: _Reader, position: int) -> None:
        match = pattern.match(text, position)
        found = reader(match) if match is not None else None
        if found is not None:
            candidates.setdefault((found.start, found.end), _mentions(found, text))

    reversed_text = text[::-1]
    for number in p.DIGIT_RUN.finditer(text):
        start, length = number.start(), number.end() - number.start()
        if length not in at_number:
            continue
        for pattern, reader in at_number[length]:
            read(pattern, reader, start)
        month_start = _month_before(text, reversed_text, start)
        if month_start is not None:
            read(p.MONTH_DAY_YEAR, month_first, month_start)
            read(p.MONTH_YEAR, month_first, month_start)
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


def _year_mention(match: re.Match[str], text: str) -> DateMention | None:
    """A year alone (group "y" of ``match``, with its calendar marker), at precision "year"."""
    year = _number(match.group("y"))
    marker, end = _marker_at(text, match.end("y"))
    calendar = _calendar_of_year(year, marker, None)
    value = _make(year, 1, 1, calendar) if calendar is not None else None
    if calendar is None or value is None:
        return None
    start = match.start("y")
    return DateMention(start, end, ParsedDate(value, text[start:end], calendar, "year"))


def find_dates(text: str, *, context_year: int | None = None) -> list[DateMention]:
    """Every date in ``text``, in order and not overlapping (see the module docstring for the forms).

    ``context_year`` (Gregorian) completes a Gregorian day and month written without a year; without
    it those are not returned. A bare year is never returned here (too many numbers look like one).
    """
    if p.DIGIT_RUN.search(text) is None:
        return []
    return _choose(_candidates(text, context_year))


def find_year(text: str) -> DateMention | None:
    """The first year written in parentheses, ``(2022)``, ``(۱۴۰۱ ه.ش)``, ``(2022a)``, at precision
    "year" (its calendar by its marker or its range), or None: a reference entry's last resort."""
    for match in p.YEAR_IN_PARENTHESES.finditer(text):
        mention = _year_mention(match, text)
        if mention is not None and p.CLOSING.match(text, mention.end):
            return mention
    return None


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
    years = list(p.YEAR_ONLY.finditer(text))
    if len(years) != 1 or len(p.DIGIT_RUN.findall(text)) != 1:
        return None
    mention = _year_mention(years[0], text)
    return mention.date if mention is not None else None
