"""Paired month names, Pashto's genitive form, words for "year", find_year, and days never dropped."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from refcheck.models import Calendar
from refcheck.text.dates import find_dates, find_year, parse_date, to_gregorian
from refcheck.text.months import month_names

G, S, L = Calendar.GREGORIAN, Calendar.SOLAR_HIJRI, Calendar.LUNAR_HIJRI
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def only_date(text: str, context_year: int | None = None):
    """The one date find_dates sees in ``text``; its offsets must give back its text."""
    mentions = find_dates(text, context_year=context_year)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert text[mention.start : mention.end] == mention.date.text
    return mention.date


# --- two names of one month ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "calendar"),
    [
        ("١٢ حزيران/يونيو 2022", "2022-06-12", G),
        ("٣ أيلول/سبتمبر ٢٠٢٣", "2023-09-03", G),
        ("٣ سبتمبر/أيلول ٢٠٢٣", "2023-09-03", G),
        ("١٢ حزيران (يونيو) 2022", "2022-06-12", G),
        ("١٢ حزيران - يونيو 2022", "2022-06-12", G),
        ("١٥ تشرين الأول/أكتوبر ٢٠٢٣", "2023-10-15", G),  # a two-word name in the pair
        ("5 August/Aug 2021", "2021-08-05", G),
        ("۱۲ حمل/فروردین ۱۴۰۲", "2023-04-01", S),  # Dari and Iranian names of one solar month
        ("١٠ ذو الحجة/Dhu al-Hijjah ١٤٤٤", "2023-06-28", L),
    ],
)
def test_two_names_of_the_same_month(text: str, expected: str, calendar: Calendar) -> None:
    date = only_date(text, context_year=2023)  # the context year must not replace the written one
    assert (date.value.isoformat(), date.calendar, date.precision, date.text) == (
        expected,
        calendar,
        "day",
        text,
    )


def test_two_names_with_a_year_alone_or_with_the_context_year() -> None:
    date = only_date("صدر في حزيران/يونيو 2022")
    assert (date.text, date.value, date.precision) == ("حزيران/يونيو 2022", dt.date(2022, 6, 1), "month")
    date = only_date("حزيران (يونيو) 2022")
    assert date.text == "حزيران (يونيو) 2022"
    # a pair makes an ambiguous name safe with a year alone: فروردین is not an ordinary word
    assert only_date("حمل/فروردین ۱۴۰۲").value == dt.date(2023, 3, 21)
    date = only_date("في ١٢ حزيران/يونيو قال", context_year=2022)
    assert (date.text, date.value) == ("١٢ حزيران/يونيو", dt.date(2022, 6, 12))


@pytest.mark.parametrize("text", ["12 June/July 2022", "۱۲ حزيران/تموز ۲۰۲۲", "3 Sep/October 2023"])
def test_two_different_months_after_a_day_give_nothing(text: str) -> None:
    assert find_dates(text) == []
    assert find_dates(text, context_year=2023) == []


def test_a_month_range_without_a_day_keeps_the_month_next_to_the_year() -> None:
    assert only_date("June – July 2022").text == "July 2022"


# --- Pashto ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "calendar"),
    [
        ("د ۱۴۰۲ کال د وري ۱۵مه", "2023-04-04", S),  # 15 Hamal/Wray 1402
        ("د ۲۰۲۳ کال د جون ۱۲مه", "2023-06-12", G),
        ("د ۲۰۲۱ کال د اکتوبر په ۱۸مه", "2021-10-18", G),
        ("د 2021 کال د اکتوبر په 18مه", "2021-10-18", G),  # ASCII digits
        ("د ٢٠٢١ كال د اکتوبر ١٨", "2021-10-18", G),  # Arabic-Indic digits, Arabic kaf, no ordinal
        ("د ۱۴۰۲ لمریز کال د تله ۷مه", "2023-09-29", S),  # with the solar era word
        ("د ۱۴۴۵ کال د ربیع الاول ۱۲مه", "2023-09-27", L),
        ("۱۴۰۲ کال د سلواغې ۳مه", None, None),  # an oblique form the month table does not know
    ],
)
def test_pashto_genitive_form(text: str, expected: str | None, calendar: Calendar | None) -> None:
    if expected is None:
        assert find_dates(text) == []
        return
    date = only_date(text, context_year=2020)
    assert (date.value.isoformat(), date.calendar, date.precision, date.text) == (
        expected,
        calendar,
        "day",
        text,
    )


def test_pashto_genitive_form_in_a_sentence() -> None:
    text = "غونډه د ۱۴۰۲ کال د وري په ۱۵مه جوړه شوه او راپور یې د ۲۰۲۳ کال د جون ۱۲مه خپور شو."
    mentions = find_dates(text, context_year=2022)
    assert [(m.date.text, m.date.value.isoformat()) for m in mentions] == [
        ("د ۱۴۰۲ کال د وري په ۱۵مه", "2023-04-04"),
        ("د ۲۰۲۳ کال د جون ۱۲مه", "2023-06-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۸ د اکتوبر ۲۰۲۱", "2021-10-18"),
        ("18 د اکتوبر 2021", "2021-10-18"),
        ("۱۸مه د اکتوبر ۲۰۲۱", "2021-10-18"),
        ("۱۸ اکتوبر د ۲۰۲۱ کال", "2021-10-18"),
        ("۷ د تله ۱۴۰۲", "2023-09-29"),
    ],
)
def test_pashto_de_before_the_month_or_the_year(text: str, expected: str) -> None:
    date = only_date(text)
    assert (date.value.isoformat(), date.precision) == (expected, "day")


def test_pashto_de_before_a_month_with_a_year_alone_or_a_context_year() -> None:
    date = only_date("د اکتوبر ۲۰۲۱ میاشت")
    assert (date.text, date.precision) == ("اکتوبر ۲۰۲۱", "month")
    assert only_date("د اکتوبر ۱۸مه", context_year=2021).value == dt.date(2021, 10, 18)


# --- a word for "year" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "calendar", "precision"),
    [
        ("۱۵ حمل سال ۱۴۰۲", "2023-04-04", S, "day"),
        ("ماه حمل سال ۱۴۰۲", "2023-03-21", S, "month"),
        ("۱۵ میزان سال ۱۴۰۲ هـ ش", "2023-10-07", S, "day"),
        ("١٥ مارس عام ٢٠٢٣", "2023-03-15", G, "day"),
        ("١٥ مارس، عام ٢٠٢٣", "2023-03-15", G, "day"),
        ("١٠ رمضان سنة ١٤٤٤", "2023-04-01", L, "day"),
        ("15 March year 2023", "2023-03-15", G, "day"),
        ("۲۶ مهر سال ۱۴۰۰", "2021-10-18", S, "day"),
    ],
)
def test_a_word_for_year_between_month_and_year(
    text: str, expected: str, calendar: Calendar, precision: str
) -> None:
    date = only_date(text, context_year=2020)
    assert (date.value.isoformat(), date.calendar, date.precision) == (expected, calendar, precision)
    assert date.text.endswith(text.split()[-1])  # the written year, not the context year


@pytest.mark.parametrize("text", ["هزینه حمل سال ۱۴۰۲", "حمل سال ۱۴۰۲", "در سال ۱۴۰۲", "٥ مارس عام"])
def test_a_word_for_year_does_not_make_an_ambiguous_month_a_date(text: str) -> None:
    assert find_dates(text) == []


def test_the_context_year_is_not_used_when_a_year_follows() -> None:
    assert find_dates("١٥ مارس عام ٢٠٢٢", context_year=2023)[0].date.value == dt.date(2022, 3, 15)
    assert find_dates("15 March, year 2022", context_year=2023)[0].date.value == dt.date(2022, 3, 15)


# --- a day is never dropped ---------------------------------------------------------------------------

# Ways to write a day, a month and a year; {m2} is a second name of the month.
FORMS = (
    "{d} {m} {y}",
    "{d}/{m}/{y}",
    "{d}-{m}-{y}",
    "{d} {m}, {y}",
    "{d} {m}، {y}",
    "{d}  {m}  {y}",
    "{d} of {m} {y}",
    "{d} د {m} {y}",
    "{d} {m} د {y}",
    "{d} {m} سال {y}",
    "{d} {m} عام {y}",
    "{d} {m}/{m} {y}",
    "{d} {m} ({m}) {y}",
    "{d} {m} - {m} {y}",
    "{d} {m}/{m2} {y}",
)
YEARS = {G: 2022, S: 1402, L: 1445}


def _day_forms():
    for calendar, year in YEARS.items():
        for number, names in month_names(calendar).items():
            for name, form, day in itertools.product(names[:3], FORMS, (3, 12, 28)):
                second = names[0] if name != names[0] else names[-1]
                yield form.format(d=day, m=name, m2=second, y=year), to_gregorian(year, number, day, calendar)


def test_a_day_before_a_month_is_read_or_nothing_is() -> None:
    """Property over every form, month name (first three of each month) and digit system: the day
    number before a month is either read as that day, or the span gives no date at all; it never
    comes back as the month's first day at precision "month"."""
    read = 0
    for text, expected in _day_forms():
        for digits in (None, PERSIAN_DIGITS, ARABIC_DIGITS):
            written = f"x {text.translate(digits) if digits else text} x"
            for context_year in (None, 2023):
                mentions = find_dates(written, context_year=context_year)
                assert all(m.date.precision == "day" for m in mentions), (written, mentions)
                assert all(m.date.value == expected for m in mentions), (written, mentions)
                read += bool(mentions)
    assert read > 1000  # most forms are read, not merely refused


@pytest.mark.parametrize(
    "text",
    [
        "31 November 2021",  # no such day
        "3,12 October 2021",  # a list of numbers: no day can be told
        "12 June/July 2022",
        "۱۲/ اکتوبر - نومبر ۲۰۲۱",
    ],
)
def test_a_month_after_a_day_that_cannot_be_read_gives_nothing(text: str) -> None:
    assert find_dates(text) == []
    assert find_dates(text, context_year=2021) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("batch 100 October 2021", "October 2021"),
        ("Issue 7 — June 2022", "June 2022"),
        ("No. 4, May 2023", "May 2023"),
    ],
)
def test_a_number_that_is_no_day_before_a_month_leaves_the_month(text: str, written: str) -> None:
    date = only_date(text)
    assert (date.text, date.precision) == (written, "month")


# --- find_year --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "calendar", "written"),
    [
        ("Ahmadi, Rahim (2022). Title. Outlet.", "2022-01-01", G, "2022"),
        ("رحیمی، احمد (۲۰۲۲). معاهده آب هلمند.", "2022-01-01", G, "۲۰۲۲"),
        ("احمدي، کريم (1401). عنوان.", "2022-03-21", S, "1401"),
        ("نویسنده (۱۴۰۱ ه.ش). عنوان.", "2022-03-21", S, "۱۴۰۱ ه.ش"),
        ("كاتب (١٤٤٤ هـ). عنوان.", "2022-07-30", L, "١٤٤٤ هـ"),
        ("Smith, J. ( 2021a ). Title.", "2021-01-01", G, "2021"),
        ("Report 2020, then Smith (2021) and Jones (2022).", "2021-01-01", G, "2021"),  # the first one
    ],
)
def test_find_year(text: str, expected: str, calendar: Calendar, written: str) -> None:
    mention = find_year(text)
    assert mention is not None
    date = mention.date
    assert (date.value.isoformat(), date.calendar, date.precision, date.text) == (
        expected,
        calendar,
        "year",
        written,
    )
    assert text[mention.start : mention.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "Ahmadi, Rahim 2022. Title.",  # not in parentheses
        "Kabul (1650) and (12345)",  # no calendar's year; not a year
        "Plan (2022/2023)",
        "Plan (2022-23)",
        "(2022, 3 May)",
        "https://example.org/(2022)x",
        "no year at all",
    ],
)
def test_find_year_none(text: str) -> None:
    assert find_year(text) is None


def test_find_dates_still_skips_a_parenthesised_year() -> None:
    assert find_dates("Ahmadi, Rahim (2022). Title.") == []
    assert parse_date("(2022)") is not None  # one expression: parse_date reads it, as before
