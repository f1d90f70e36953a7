"""Calendar arithmetic and the year ranges that tell the calendars apart.

Solar Hijri arithmetic is jdatetime's; lunar Hijri is the Umm al-Qura calendar (hijridate) within
1343–1500 AH, and the arithmetic Islamic calendar (convertdate) outside it.

Years without a calendar marker or month name (research §4b): 1800–2200 are Gregorian, 1300–1415
Solar Hijri (1921–2037 CE), 1416–1500 lunar Hijri (1995–2077 CE). For documents of 1995–2036 these
readings cannot be confused; a lunar year before 1416 needs its marker or its month name.
"""

from __future__ import annotations

import datetime as dt

import hijridate
import jdatetime
from convertdate import islamic

from refcheck.models import Calendar

GREGORIAN_YEARS = range(1800, 2201)
SOLAR_YEARS = range(1300, 1416)
LUNAR_YEARS = range(1416, 1501)
# Years believed when a marker or a month name names the calendar.
_PLAUSIBLE = {
    Calendar.GREGORIAN: range(1000, 2201),
    Calendar.SOLAR_HIJRI: range(1000, 1501),
    Calendar.LUNAR_HIJRI: range(1000, 1601),
}
_UMM_AL_QURA_YEARS = range(1343, 1501)  # what hijridate covers


def calendar_of_year(year: int) -> Calendar | None:
    """The calendar of a year written without a marker, by its range; None for other years."""
    for years, calendar in (
        (GREGORIAN_YEARS, Calendar.GREGORIAN),
        (SOLAR_YEARS, Calendar.SOLAR_HIJRI),
        (LUNAR_YEARS, Calendar.LUNAR_HIJRI),
    ):
        if year in years:
            return calendar
    return None


def plausible_year(year: int, calendar: Calendar) -> bool:
    """Whether a document can mean ``year`` of ``calendar`` when it names the calendar."""
    return year in _PLAUSIBLE[calendar]


def to_gregorian(year: int, month: int, day: int, calendar: Calendar) -> dt.date:
    """The Gregorian date of ``year-month-day`` in ``calendar``; ValueError when there is no such day.

    Lunar dates use the Umm al-Qura calendar (hijridate) within 1343–1500 AH and the arithmetic
    calendar (convertdate) outside it. A day 30 where Umm al-Qura has 29 days is accepted as the day
    after the 29th: moon-sighting calendars (Afghanistan's among them) can have a 30th where it has not.
    """
    if not 1 <= month <= 12 or day < 1:
        raise ValueError(f"no month {month} or day {day}")
    if calendar is Calendar.GREGORIAN:
        return dt.date(year, month, day)
    if calendar is Calendar.SOLAR_HIJRI:
        value = jdatetime.date(year, month, day).togregorian()
        return dt.date(value.year, value.month, value.day)
    if day > 30:
        raise ValueError(f"day {day} is out of range for a lunar month")
    if year in _UMM_AL_QURA_YEARS:
        try:
            value = hijridate.Hijri(year, month, day).to_gregorian()
        except ValueError:
            if day != 30:
                raise
            value = hijridate.Hijri(year, month, 29).to_gregorian() + dt.timedelta(days=1)
        return dt.date(value.year, value.month, value.day)  # hijridate's own date subclass -> a plain date
    if year < 1:
        raise ValueError(f"no lunar year {year}")
    if day > islamic.month_length(year, month):
        day_before = dt.date(*islamic.to_gregorian(year, month, day - 1))
        return day_before + dt.timedelta(days=1)
    return dt.date(*islamic.to_gregorian(year, month, day))
