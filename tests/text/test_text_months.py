"""The month-name table: refcheck.text.months."""

from __future__ import annotations

import pytest

from refcheck.models import Calendar
from refcheck.text.months import MONTHS, Month, lookup_month, month_key, month_names

G, S, L = Calendar.GREGORIAN, Calendar.SOLAR_HIJRI, Calendar.LUNAR_HIJRI

AFGHAN_GREGORIAN = (
    ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اګست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"],
    ["جنوري", "فبروري", "مارچ", "اپریل", "مۍ", "جون", "جولای", "اگست", "سېپتمبر", "اکتوبر", "نومبر", "دسمبر"],
)
IRANIAN_GREGORIAN = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
]
ARABIC_GREGORIAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
LEVANTINE = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
IRANIAN_SOLAR = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
DARI_SOLAR = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
PASHTO_SOLAR = [
    "وری",
    "غویی",
    "غبرګولی",
    "چنګاښ",
    "زمری",
    "وږی",
    "تله",
    "لړم",
    "لیندۍ",
    "مرغومی",
    "سلواغه",
    "کب",
]
LUNAR = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)


@pytest.mark.parametrize(
    ("names", "calendar"),
    [
        (AFGHAN_GREGORIAN[0], G),
        (AFGHAN_GREGORIAN[1], G),
        (IRANIAN_GREGORIAN, G),
        (ARABIC_GREGORIAN, G),
        (LEVANTINE, G),
        (IRANIAN_SOLAR, S),
        (DARI_SOLAR, S),
        (PASHTO_SOLAR, S),
        (LUNAR, L),
    ],
)
def test_every_month_of_every_list(names: list[str], calendar: Calendar) -> None:
    assert len(names) == 12
    for number, name in enumerate(names, start=1):
        month = lookup_month(name)
        assert month is not None, name
        assert (month.calendar, month.number) == (calendar, number), name


@pytest.mark.parametrize(
    ("name", "calendar", "number"),
    [
        ("ربیع\u200cالاول", L, 3),
        ("ربیع الاول", L, 3),
        ("ربيع الثاني", L, 4),
        ("جمادی\u200cالاول", L, 5),
        ("ذی\u200cالقعده", L, 11),
        ("ذی\u200cالحجه", L, 12),
        ("ذوالحجه", L, 12),
        ("سنبلهٔ", S, 6),  # CLDR's spelling, with hamza above
        ("غبرگولی", S, 3),
        ("چنگاښ", S, 4),
        ("ميزان", S, 7),  # Arabic yeh
        ("اكتوبر", G, 10),  # Arabic kaf
        ("سپتـــمبر", G, 9),  # tatweel
        ("September", G, 9),
        ("SEPTEMBER", G, 9),
        ("Sept.", G, 9),
        ("Dhu al-Hijjah", L, 12),
    ],
)
def test_spelling_variants(name: str, calendar: Calendar, number: int) -> None:
    assert lookup_month(name) == Month(calendar, number, lookup_month(name).ambiguous)  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["may", "march", "سال", "کابل", "", "  ", "Kabul"])
def test_words_that_are_not_months(word: str) -> None:
    assert lookup_month(word) is None


def test_words_that_are_also_months_are_marked_ambiguous() -> None:
    for word in ("میزان", "حمل", "صفر", "می", "اسد"):
        month = lookup_month(word)
        assert month is not None and month.ambiguous, word
    for word in ("اکتوبر", "فروردین", "ربيع الأول", "October"):
        month = lookup_month(word)
        assert month is not None and not month.ambiguous, word


def test_keys_are_normalized_and_unique_per_meaning() -> None:
    assert month_key("ربیع\u200cالاول") == month_key("ربيع الأول") == month_key("ربیع الاول")
    assert all(key == month_key(key) for key in MONTHS)
    assert "ښ" in month_key("چنګاښ") and "ګ" in month_key("چنګاښ")  # Pashto letters survive


def test_month_names_lists_the_table_without_marks() -> None:
    solar = month_names(S)
    assert sorted(solar) == list(range(1, 13))
    assert solar[7][:3] == ("مهر", "میزان", "تله")
    assert not any(name.startswith("?") for names in solar.values() for name in names)
