"""Month names of the three calendars, in English, Pashto, Dari, Iranian Persian and Arabic.

No calendar library knows the Afghan Solar Hijri month names (Dari حمل…حوت, Pashto وری…کب; research
§4b), and none knows every Afghan spelling of the Gregorian ones (جنوری, اګست, سپټمبر…), so refcheck
keeps its own table. Names are compared on keys: ``refcheck.text.normalize`` (letter forms ي/ی and
ك/ک unified, hamza forms, diacritics, tatweel and ZWNJ removed) with spaces, apostrophes, hyphens and
dots taken out, so ``ربیع‌الاول``, ``ربيع الأول`` and ``ربیع الاول`` are one key.

Some names are also ordinary words (میزان "amount", حمل "transport", صفر "zero", می a verb prefix,
Asad a given name). They are marked ``ambiguous``: the date reader accepts them only with a day and an
explicit year, never as "month year"; only a Solar one after a day number borrows the context year
(dates.py).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from refcheck.models import Calendar
from refcheck.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Month:
    """A month name's meaning: its calendar and number (1–12)."""

    calendar: Calendar
    number: int
    ambiguous: bool = False  # also an ordinary word: needs a day and an explicit year


# Per month number: the names. A leading "?" marks an ambiguous name (see the module docstring).
_GREGORIAN: dict[int, tuple[str, ...]] = {
    1: (
        "January",
        "Jan",
        "جنوری",
        "جنوري",
        "جنورۍ",
        "ژانویه",
        "ژانویهٔ",
        "يناير",
        "ینایر",
        "كانون الثاني",
        "جانفي",
    ),
    2: (
        "February",
        "Feb",
        "فبروری",
        "فبروري",
        "فبرورۍ",
        "فیبروری",
        "فیبرورۍ",
        "فوریه",
        "فبراير",
        "شباط",
        "فيفري",
    ),
    3: ("March", "Mar", "مارچ", "مارس", "آذار"),
    4: (
        "April",
        "Apr",
        "اپریل",
        "اپرېل",
        "اپرل",
        "آپریل",
        "ایپریل",
        "آوریل",
        "أبريل",
        "إبريل",
        "نيسان",
        "أفريل",
    ),
    5: ("May", "?می", "?مۍ", "?مئ", "?مه", "مایو", "مايو", "أيار", "?ماي"),
    6: ("June", "Jun", "جون", "ژوئن", "يونيو", "يونيه", "حزيران", "جوان"),
    7: ("July", "Jul", "جولای", "جولائی", "جولاۍ", "ژوئیه", "یولیو", "يوليو", "يوليه", "تموز", "جويلية"),
    8: ("August", "Aug", "اګست", "اگست", "آگست", "اګسټ", "اوت", "آگوست", "أغسطس", "?آب", "أوت"),
    9: ("September", "Sep", "Sept", "سپتمبر", "سپټمبر", "سېپتمبر", "سپتامبر", "سبتمبر", "أيلول"),
    10: ("October", "Oct", "اکتوبر", "اکټوبر", "اکتبر", "أكتوبر", "تشرين الأول"),
    11: ("November", "Nov", "نومبر", "نوامبر", "نوفمبر", "تشرين الثاني"),
    12: ("December", "Dec", "دسمبر", "ډسمبر", "دسامبر", "ديسمبر", "كانون الأول"),
}
# Solar Hijri: first the Iranian, Dari (the zodiac names of Afghanistan) and Pashto names, then other
# spellings and Latin transliterations.
_SOLAR: dict[int, tuple[str, ...]] = {
    1: ("فروردین", "?حمل", "?وری", "?Farvardin", "?Hamal"),
    2: ("اردیبهشت", "?ثور", "غویی", "غوایی", "?Ordibehesht", "?Sawr", "?Saur"),
    3: ("خرداد", "?جوزا", "غبرګولی", "?جوزاء", "غبرگولی", "?Khordad", "?Jawza", "?Jauza"),
    4: ("?تیر", "?سرطان", "چنګاښ", "چنگاښ", "?Tir", "?Saratan"),
    5: ("مرداد", "?اسد", "?زمری", "امرداد", "?Mordad", "?Asad"),
    6: ("شهریور", "?سنبله", "?وږی", "?سنبلهٔ", "?Shahrivar", "?Sunbula", "?Sonbola"),
    7: ("?مهر", "?میزان", "?تله", "?Mehr", "?Mizan"),
    8: ("آبان", "?عقرب", "?لړم", "?Aban", "?Aqrab"),
    9: ("?آذر", "?قوس", "لیندۍ", "?لیندی", "?Azar", "?Qaws", "?Qaus"),
    10: ("?دی", "?جدی", "مرغومی", "?Dey", "?Jadi", "?Jaddi"),
    11: ("?بهمن", "?دلو", "سلواغه", "?Bahman", "?Dalw", "?Dalwa"),
    12: ("اسفند", "?حوت", "?کب", "?Esfand", "?Hut", "?Hoot"),
}
# Lunar Hijri: Arabic and Persian spellings, then Latin transliterations.
_LUNAR: dict[int, tuple[str, ...]] = {
    1: ("?محرم", "المحرم", "محرم الحرام", "Muharram", "Moharram"),
    2: ("?صفر", "?Safar"),
    3: ("ربيع الأول", "ربیع الاول", "ربيع أول", "Rabi al-Awwal", "Rabi ul-Awwal", "Rabi I"),
    4: (
        "ربيع الآخر",
        "ربيع الثاني",
        "ربیع الثانی",
        "ربیع الاخر",
        "Rabi al-Thani",
        "Rabi al-Akhir",
        "Rabi II",
    ),
    5: (
        "جمادى الأولى",
        "جمادی الاول",
        "جمادی الاولی",
        "جمادى الأول",
        "Jumada al-Awwal",
        "Jumada al-Ula",
        "Jumada I",
    ),
    6: (
        "جمادى الآخرة",
        "جمادى الآخر",
        "جمادى الثانية",
        "جمادی الثانی",
        "جمادی الاخر",
        "جمادی الاخره",
        "Jumada al-Thani",
        "Jumada al-Akhirah",
        "Jumada II",
    ),
    7: ("?رجب", "?Rajab"),
    8: ("?شعبان", "?Shaban", "?Sha'ban"),
    9: ("?رمضان", "?Ramadan", "?Ramazan", "?Ramadhan"),
    10: ("?شوال", "?Shawwal"),
    11: ("ذو القعدة", "ذی القعده", "ذي القعدة", "ذو القعده", "Dhu al-Qadah", "Dhul-Qadah", "Dhu al-Qidah"),
    12: ("ذو الحجة", "ذی الحجه", "ذي الحجة", "ذو الحجه", "Dhu al-Hijjah", "Dhul-Hijjah", "Zulhijjah"),
}
_TABLES = {Calendar.GREGORIAN: _GREGORIAN, Calendar.SOLAR_HIJRI: _SOLAR, Calendar.LUNAR_HIJRI: _LUNAR}
_DROPPED_FROM_KEYS = str.maketrans("", "", " '’ʼ-.")


def month_key(name: str) -> str:
    """The comparison key of a month name: normalized, without spaces, apostrophes, hyphens, dots."""
    return normalize(name).translate(_DROPPED_FROM_KEYS)


def _build() -> dict[str, Month]:
    table: dict[str, Month] = {}
    for calendar, names_by_month in _TABLES.items():
        for number, names in names_by_month.items():
            for name in names:
                ambiguous = name.startswith("?")
                key = month_key(name.lstrip("?"))
                if key in table and table[key] != Month(calendar, number, ambiguous):
                    raise AssertionError(f"month name {name!r} is in two places of the table")
                table[key] = Month(calendar, number, ambiguous)
    return table


MONTHS: dict[str, Month] = _build()
# The first Latin name of each Gregorian month, for messages.
ENGLISH_NAMES: tuple[str, ...] = tuple(_GREGORIAN[number][0] for number in range(1, 13))


@functools.lru_cache(maxsize=4096)
def lookup_month(name: str) -> Month | None:
    """The month a name stands for, or None. Latin names must start with a capital ("may" is a verb)."""
    name = name.strip().rstrip(".")
    if not name:
        return None
    first = name[0]
    if first.isascii() and first.islower():
        return None
    return MONTHS.get(month_key(name))


def month_names(calendar: Calendar) -> dict[int, tuple[str, ...]]:
    """The names the table knows for each month of ``calendar`` (ambiguity marks removed)."""
    return {number: tuple(name.lstrip("?") for name in names) for number, names in _TABLES[calendar].items()}
