"""Dates in any calendar, digits and language: refcheck.text.dates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from refcheck.models import Calendar
from refcheck.text.calendars import calendar_of_year
from refcheck.text.dates import find_dates, parse_date, to_gregorian
from refcheck.text.months import month_names

G, S, L = Calendar.GREGORIAN, Calendar.SOLAR_HIJRI, Calendar.LUNAR_HIJRI


def only_date(text: str, context_year: int | None = None):
    """The one date find_dates sees in ``text``; its offsets must give back its text."""
    mentions = find_dates(text, context_year=context_year)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert text[mention.start : mention.end] == mention.date.text
    return mention.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۰۶/۰۸/۲۰۲۱", "2021-08-06"),  # day first: Afghan usage
        ("۲۸/۴/۲۰۲۳", "2023-04-28"),
        ("٠٦/٠٨/٢٠٢١", "2021-08-06"),  # Arabic-Indic digits
        ("06/08/2021", "2021-08-06"),
        ("06-08-2021", "2021-08-06"),
        ("06.08.2021", "2021-08-06"),
        ("28 / 4 / 2023", "2023-04-28"),
        ("2021-08-06", "2021-08-06"),
        ("2021/08/06", "2021-08-06"),
        ("۲۰۲۱/۰۸/۰۶", "2021-08-06"),
        ("10/22/2021", "2021-10-22"),  # the second number cannot be a month: month first
        ("2023-09-29T10:00:00+04:30", "2023-09-29"),
    ],
)
def test_numeric_gregorian(text: str, expected: str) -> None:
    date = only_date(text)
    assert (date.value.isoformat(), date.calendar, date.precision) == (expected, G, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English, full and abbreviated, both orders
        ("14/Sep/2021", "2021-09-14"),
        ("17/May/2023", "2023-05-17"),
        ("17-May-2023", "2023-05-17"),
        ("October 18, 2021", "2021-10-18"),
        ("18 October 2021", "2021-10-18"),
        ("Sept. 5, 2021", "2021-09-05"),
        ("Oct 18 2021", "2021-10-18"),
        ("the 5th of October 2021", "2021-10-05"),
        ("Monday, 18 October 2021", "2021-10-18"),
        # Pashto spellings
        ("۲۲/اکتوبر/۲۰۲۱", "2021-10-22"),
        ("۱۵ سپټمبر ۲۰۲۱", "2021-09-15"),
        ("۳ اګست ۲۰۲۲", "2022-08-03"),
        ("۱۰ جنوري ۲۰۲۲", "2022-01-10"),
        ("۵ مۍ ۲۰۲۳", "2023-05-05"),
        ("۱ ډسمبر ۲۰۲۰", "2020-12-01"),
        # Dari spellings
        ("۱۵ سپتمبر ۲۰۲۱", "2021-09-15"),
        ("۱۲ فبروری ۲۰۲۲", "2022-02-12"),
        ("۷ اگست ۲۰۲۲", "2022-08-07"),
        ("۹ جولای ۲۰۲۳", "2023-07-09"),
        ("۱ اپریل ۲۰۲۲", "2022-04-01"),
        ("۲۰ مارچ ۲۰۲۲", "2022-03-20"),
        ("۵ می ۲۰۲۳", "2023-05-05"),
        # Iranian Persian
        ("۵ اوت ۲۰۲۱", "2021-08-05"),
        ("۱۸ ژوئن ۲۰۲۲", "2022-06-18"),
        ("۲ ژانویه ۲۰۲۳", "2023-01-02"),
        ("۲۵ دسامبر ۲۰۲۲", "2022-12-25"),
        ("۹ سپتامبر ۲۰۲۱", "2021-09-09"),
        ("۱۱ مه ۲۰۲۳", "2023-05-11"),
        ("۴ ژوئیه ۲۰۲۲", "2022-07-04"),
        # Arabic, Egyptian/Gulf and Levantine names
        ("١٥ يناير ٢٠٢٢", "2022-01-15"),
        ("٣ أغسطس ٢٠٢٢", "2022-08-03"),
        ("12 ديسمبر 2021", "2021-12-12"),
        ("٥ أيلول ٢٠٢١", "2021-09-05"),
        ("١٥ تشرين الأول ٢٠٢٣", "2023-10-15"),
        ("٢ كانون الثاني ٢٠٢٢", "2022-01-02"),
        ("١ كانون الأول ٢٠٢١", "2021-12-01"),
        ("١ آذار ٢٠٢٠", "2020-03-01"),
        ("٧ شباط ٢٠٢١", "2021-02-07"),
        ("٣٠ حزيران ٢٠٢٢", "2022-06-30"),
        ("٩ نيسان ٢٠٢٣", "2023-04-09"),
    ],
)
def test_gregorian_month_names(text: str, expected: str) -> None:
    date = only_date(text)
    assert (date.value.isoformat(), date.calendar, date.precision) == (expected, G, "day")


@pytest.mark.parametrize(
    "text",
    [
        "۱۵ تشرين الاول ٢٠٢٣",  # no hamza
        "١٥ تشرین الأول ٢٠٢٣",  # Persian yeh
        "۱۵ اكتوبر ۲۰۲۳",  # Arabic kaf
        "۱۵ اکتـــوبر ۲۰۲۳",  # tatweel
        "۱۵ أَكْتُوبَر ۲۰۲۳",  # diacritics
        "۱۵ اکټوبر ۲۰۲۳",  # Pashto teh
    ],
)
def test_letter_form_variants_of_one_month(text: str) -> None:
    assert only_date(text).value == dt.date(2023, 10, 15)


def test_zwnj_present_or_missing_in_a_month_name() -> None:
    with_zwnj = only_date("۱۲ ربیع\u200cالاول ۱۴۴۵")
    without = only_date("۱۲ ربیعالاول ۱۴۴۵")
    spaced = only_date("12 ربيع الأول 1445")
    assert with_zwnj.value == without.value == spaced.value == dt.date(2023, 9, 27)
    assert with_zwnj.calendar is L


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جمعه 7 ميزان 1402", "2023-09-29"),  # Dari name, Arabic yeh, weekday before
        ("۲۶ مهر ۱۴۰۰", "2021-10-18"),
        ("۸ اردیبهشت ۱۴۰۲", "2023-04-28"),
        ("۷/۷/۱۴۰۲", "2023-09-29"),  # numeric: the year says Solar Hijri
        ("۱۴۰۲/۷/۷", "2023-09-29"),
        ("۷ تله ۱۴۰۲", "2023-09-29"),  # Pashto name
        ("۱۵ چنګاښ ۱۴۰۲", "2023-07-06"),
        ("۱۵ چنگاښ ۱۴۰۲", "2023-07-06"),  # gaf for the Pashto g
        ("۱ وری ۱۴۰۲", "2023-03-21"),
        ("۱ لیندۍ ۱۴۰۲", "2023-11-22"),
        ("۲۲ بهمن ۱۴۰۱", "2023-02-11"),
        ("۱ قوس ۱۴۰۲ هـ ش", "2023-11-22"),
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # leap year
        ("۳۱ شهریور ۱۳۹۹", "2020-09-21"),
    ],
)
def test_solar_hijri(text: str, expected: str) -> None:
    date = only_date(text)
    assert (date.value.isoformat(), date.calendar) == (expected, S)


@pytest.mark.parametrize("calendar_names", ["dari", "pashto", "iranian"])
def test_every_solar_month_name(calendar_names: str) -> None:
    column = {"iranian": 0, "dari": 1, "pashto": 2}[calendar_names]
    for number, names in month_names(S).items():
        name = names[column]
        date = only_date(f"۱ {name} ۱۴۰۲")
        assert date.calendar is S
        assert date.value == to_gregorian(1402, number, 1, S), name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 ربيع الأول 1445", "2023-09-27"),
        ("۱ رمضان ۱۴۴۴ هـ", "2023-03-23"),
        ("۱۰ ذی\u200cالحجه ۱۴۴۴", "2023-06-28"),
        ("١٠ ذو الحجة ١٤٤٤", "2023-06-28"),
        ("1 Muharram 1445", "2023-07-19"),
        ("۷ جمادی\u200cالثانی ۱۴۴۵", "2023-12-20"),
        ("١٠/٣/١٤٤٥ هـ", "2023-09-25"),
        ("۱۰/۳/۱۴۴۵", "2023-09-25"),  # 1416–1500 without a marker: lunar
    ],
)
def test_lunar_hijri(text: str, expected: str) -> None:
    date = only_date(text)
    assert (date.value.isoformat(), date.calendar) == (expected, L)


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        ("۷/۷/۱۴۰۲", S, "2023-09-29"),
        ("۷/۷/۱۴۴۵", L, "2024-01-19"),
        ("۷/۷/۲۰۲۳", G, "2023-07-07"),
        ("۷/۷/۱۴۰۲ هـ.ق", L, "1982-04-30"),  # the marker wins over the year range
        ("۷/۷/۱۴۰۲ ه.ق", L, "1982-04-30"),
        ("۷/۷/۱۴۰۲ ق", L, "1982-04-30"),
        ("7/7/1402 AH", L, "1982-04-30"),
        ("۷/۷/۱۴۰۲ ه\u200cش", S, "2023-09-29"),
        ("۷/۷/۱۴۰۲ ه.ش", S, "2023-09-29"),
        ("۷/۷/۱۴۰۲ هـ ش", S, "2023-09-29"),
        ("۷/۷/۱۴۰۲ ش", S, "2023-09-29"),
        ("۱۰/۳/۱۴۴۵ ه\u200cق", L, "2023-09-25"),
    ],
)
def test_calendars_told_apart(text: str, calendar: Calendar, expected: str) -> None:
    date = only_date(text)
    assert (date.calendar, date.value.isoformat()) == (calendar, expected)
    assert date.text == text  # the marker is part of the date as written


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        ("September 2021", G, "2021-09-01"),
        ("November, 2023", G, "2023-11-01"),
        ("سپتمبر ۲۰۲۱", G, "2021-09-01"),
        ("فروردین ۱۴۰۲", S, "2023-03-21"),
        ("مهر ۱۴۰۲ ه.ش", S, "2023-09-23"),  # a name that is also a word needs its marker here
        ("رمضان ۱۴۴۴ هـ", L, "2023-03-23"),
    ],
)
def test_month_and_year(text: str, calendar: Calendar, expected: str) -> None:
    date = only_date(text)
    assert (date.calendar, date.value.isoformat(), date.precision) == (calendar, expected, "month")


def test_an_ambiguous_month_name_with_a_year_alone_needs_a_word_for_month() -> None:
    assert find_dates("میزان ۱۴۰۰ دالر") == []
    date = only_date("در ماه اسد ۱۴۰۰ باران نبارید")
    assert (date.text, date.value, date.precision) == ("اسد ۱۴۰۰", dt.date(2021, 7, 23), "month")
    assert only_date("شهر رمضان 1444").value == dt.date(2023, 3, 23)


def test_two_days_with_one_month() -> None:
    text = "(18–24 November, 2023)"
    first, last = find_dates(text)
    assert (first.date.value, first.date.text) == (dt.date(2023, 11, 18), "18")
    assert (last.date.value, last.date.text) == (dt.date(2023, 11, 24), "24 November, 2023")
    days = find_dates("They met on May 18th and 19th.", context_year=2023)
    assert [mention.date.value for mention in days] == [dt.date(2023, 5, 18), dt.date(2023, 5, 19)]
    persian = find_dates("۱۸ و ۱۹ مه ۲۰۲۳")
    assert [mention.date.value.day for mention in persian] == [18, 19]


@pytest.mark.parametrize("text", ["5 اوت", "May 18", "۲ جنوری", "١٥ أيلول"])
def test_day_and_month_take_the_context_year(text: str) -> None:
    assert find_dates(text) == []
    date = only_date(text, context_year=2022)
    assert (date.value.year, date.precision, date.calendar) == (2022, "day", G)


@pytest.mark.parametrize(
    "text",
    [
        "به میزان ۲۵ درصد",  # میزان "amount" before a number is no date
        "۳ تیر شلیک شد",  # تیر "bullet" after a count
        "۵ می شود",  # می is also a verb prefix
        "they may 18 times",  # "may" in lower case is not the month
        "On 5 October, 12 people",  # the number after it may be the year of another form
    ],
)
def test_what_the_context_year_does_not_complete(text: str) -> None:
    assert find_dates(text, context_year=2023) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("زمین‌لرزه‌های ۲۵ میزان در هرات", dt.date(2023, 10, 17)), ("سیلاب‌های ۲۱ ثور", dt.date(2023, 5, 11))],
)
def test_a_day_before_a_solar_month_that_is_also_a_word_is_a_date(text: str, day: dt.date) -> None:
    # nobody writes "25 amount" or "21 bull": after a day number the name is the month, in the Solar year
    # that falls in the context year
    date = only_date(text, context_year=2023)
    assert (date.value, date.calendar) == (day, Calendar.SOLAR_HIJRI)


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2021",
        "13/13/2021",
        "00/10/2021",
        "31 November 2021",
        "32 October 2021",
        "۳۰ اسفند ۱۴۰۲",  # not a leap year
        "۳۱ مهر ۱۴۰۲",  # Mehr has 30 days
        "۳۱ رمضان ۱۴۴۴",
        "5/5/1650",  # a year of no calendar without a marker
    ],
)
def test_impossible_dates_are_rejected(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Phone & WhatsApp: +93780618000",
        "some 2,500 people and 1,402 families",
        "pp. 12-15",
        "see page 12 of 30",
        "server 192.168.1.10 answered",
        "https://example.org/2021/10/22/article-title",
        "In 2021 the situation changed, and by 1402 it had not.",
        "در سال ۱۴۰۲ حدود ۲۵۰۰ نفر",
        "به میزان ۲۰ درصد",
        "میزان ۱۴۰۰ دالر",  # "an amount of 1400 dollars", not Mizan 1400
        "version 3.11.2",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_dates_in_running_text_in_four_languages() -> None:
    english = "Talks began on September 11, 2001 and resumed on 17/May/2023 in Kazan."
    dari = "این نشست در ۲۶ مهر ۱۴۰۰ برگزار شد و گزارش آن در ۲۲/اکتوبر/۲۰۲۱ نشر گردید."
    pashto = "دا غونډه د ۱۴۰۲ کال د تلې په ۷ نه، بلکې د ۷ تله ۱۴۰۲ په ورځ جوړه شوه، د نشر نیټه ۲۸/۴/۲۰۲۳."
    arabic = "عقد الاجتماع في ١٥ تشرين الأول ٢٠٢٣ بعد لقاء سابق في 12 ربيع الأول 1445 هـ."
    expected = {
        english: ["2001-09-11", "2023-05-17"],
        dari: ["2021-10-18", "2021-10-22"],
        pashto: ["2023-09-29", "2023-04-28"],
        arabic: ["2023-10-15", "2023-09-27"],
    }
    for text, values in expected.items():
        mentions = find_dates(text)
        assert [mention.date.value.isoformat() for mention in mentions] == values, text
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.date.text
        assert mentions[0].end <= mentions[1].start


def test_reference_entries_like_those_of_the_weekly_analysis() -> None:
    entries = {
        "۳ بي بي سي، عنوان خبر، د نشر نیته ۲۲/اکتوبر/۲۰۲۱، د لاس رسي لینک": ("2021-10-22", G),
        "۴ دویچه وله، عنوان، د نشر نیټه ۷/۷/۱۴۰۲، د لاس رسي لینک: عنوان – DW – ۷/۷/۱۴۰۲": ("2023-09-29", S),
        "5 Author, Outlet, Title? Published date: 14/Sep/2021, available at: Title | Outlet": (
            "2021-09-14",
            G,
        ),
        "۶ خبرگزاری، عنوان، د نشر نپته ۰۶/۰۸/۲۰۲۱، د لاس رسي لینک": ("2021-08-06", G),
    }
    for entry, (value, calendar) in entries.items():
        mentions = find_dates(entry)
        assert mentions, entry
        assert (mentions[0].date.value.isoformat(), mentions[0].date.calendar) == (value, calendar)
        assert entry[: mentions[0].start].count("/") == 0  # the entry's number is not read as a day


def test_find_dates_results_do_not_overlap_and_are_in_order() -> None:
    text = "۱۸ October 2021, October 19, 2021; ۲۰/۱۰/۲۰۲۱ and ۱ ۲ ۳ 2021-10-21 then November 2021"
    mentions = find_dates(text)
    assert [mention.date.value.isoformat() for mention in mentions] == [
        "2021-10-18",
        "2021-10-19",
        "2021-10-20",
        "2021-10-21",
        "2021-11-01",
    ]
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


# --- parse_date ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "calendar", "precision"),
    [
        ("د نشر نیته ۲۲/اکتوبر/۲۰۲۱،", "2021-10-22", G, "day"),
        ("  Published date: 14/Sep/2021. ", "2021-09-14", G, "day"),
        ("تاریخ: جمعه 7 ميزان 1402", "2023-09-29", S, "day"),
        ("06 08 2021", "2021-08-06", G, "day"),  # spaces only: parse_date, not find_dates
        ("میزان ۱۴۰۲", "2023-09-23", S, "month"),  # one expression: an ambiguous name may stand alone
        ("(2021)", "2021-01-01", G, "year"),
        ("۱۴۰۲ ه.ش", "2023-03-21", S, "year"),
        ("1445 هـ", "2023-07-19", L, "year"),
    ],
)
def test_parse_date(text: str, expected: str, calendar: Calendar, precision: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert (date.value.isoformat(), date.calendar, date.precision) == (expected, calendar, precision)
    assert date.text in text


@pytest.mark.parametrize("text", ["", "no date here", "2021 and 2022", "page 12", "n.d.", "۲۵۰۰", "2,500"])
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_skips_spaced_numbers_and_bare_years() -> None:
    assert find_dates("06 08 2021") == []
    assert find_dates("2021") == []


def test_parse_date_keeps_the_original_text() -> None:
    date = parse_date("نشر: ۲۶ مهر ۱۴۰۰ هـ.ش")
    assert date is not None
    assert date.text == "۲۶ مهر ۱۴۰۰ هـ.ش"


# --- to_gregorian -------------------------------------------------------------------------------------


def test_to_gregorian_in_each_calendar() -> None:
    assert to_gregorian(2023, 9, 29, G) == dt.date(2023, 9, 29)
    assert to_gregorian(1402, 7, 7, S) == dt.date(2023, 9, 29)
    assert to_gregorian(1445, 3, 12, L) == dt.date(2023, 9, 27)
    assert type(to_gregorian(1445, 3, 12, L)) is dt.date
    assert to_gregorian(1300, 1, 1, L) == dt.date(1882, 11, 12)  # outside Umm al-Qura: arithmetic


def test_a_thirtieth_where_umm_al_qura_has_29_days_is_the_next_day() -> None:
    assert to_gregorian(1445, 1, 30, L) == to_gregorian(1445, 2, 1, L)


@pytest.mark.parametrize(
    ("year", "month", "day", "calendar"),
    [
        (2021, 2, 29, G),
        (2021, 13, 1, G),
        (2021, 0, 1, G),
        (1402, 12, 30, S),
        (1402, 7, 31, S),
        (1445, 13, 1, L),
        (1445, 1, 31, L),
        (1445, 1, 0, L),
    ],
)
def test_to_gregorian_rejects_impossible_dates(year: int, month: int, day: int, calendar: Calendar) -> None:
    with pytest.raises(ValueError):
        to_gregorian(year, month, day, calendar)


@pytest.mark.parametrize(
    ("year", "calendar"),
    [(2023, G), (1800, G), (2200, G), (1300, S), (1402, S), (1415, S), (1416, L), (1445, L), (1500, L)],
)
def test_year_ranges_without_a_marker(year: int, calendar: Calendar) -> None:
    assert calendar_of_year(year) is calendar


@pytest.mark.parametrize("year", [1299, 1501, 1799, 2201, 999, 12])
def test_years_of_no_calendar(year: int) -> None:
    assert calendar_of_year(year) is None


def test_a_solar_month_without_a_year_takes_the_solar_year_inside_the_context_year() -> None:
    assert [d.date.value for d in find_dates("روز ۲۱ اردیبهشت در تهران", context_year=2024)] == [
        dt.date(2024, 5, 10)
    ]
    # اسفند (the twelfth month) of 1402 falls in early 2024
    assert [d.date.value for d in find_dates("روز ۵ اسفند در تهران", context_year=2024)] == [
        dt.date(2024, 2, 24)
    ]
    assert find_dates("روز ۲۱ اردیبهشت در تهران") == []  # without a context year: no year, no date
