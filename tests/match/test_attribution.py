"""Who said it: the institution the claim gives its words to, against the page's."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict

EN = page(
    "Trade between Afghanistan and Pakistan fell by 18 percent in 2024, to about $1.6 billion, the "
    "Afghanistan Chamber of Commerce and Investment said on Wednesday. Pakistan's commerce ministry has "
    "not commented."
)
AR = page(
    "وقال نائب رئيس الوزراء للشؤون الاقتصادية إن المشروع سيخفض كلفة نقل البضائع بين آسيا الوسطى وموانئ "
    "باكستان بنسبة تصل إلى 40 في المئة. وأعلنت وزارة الأشغال العامة توقيع الاتفاق.",
    language="ar",
)


@pytest.mark.parametrize(
    ("claim", "index"),
    [
        (
            "Pakistan's commerce ministry said trade between Afghanistan and Pakistan fell by 18 percent in 2024.",
            EN,
        ),
        (
            "وقال وزير الأشغال العامة إن المشروع سيخفض كلفة نقل البضائع بين آسيا الوسطى وموانئ باكستان بنسبة تصل إلى 40 في المئة.",
            AR,
        ),
    ],
)
def test_words_given_to_another_institution_are_a_name_mismatch(claim: str, index: object) -> None:
    result = check_support(claim, index)  # type: ignore[arg-type]
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NAME]


@pytest.mark.parametrize(
    "claim",
    [
        "The chamber of commerce said trade between Afghanistan and Pakistan fell by 18 percent in 2024.",
        "Officials said trade between Afghanistan and Pakistan fell by 18 percent in 2024.",
        "Trade between Afghanistan and Pakistan fell by 18 percent in 2024, according to the chamber's spokesman.",
    ],
)
def test_the_same_institution_or_none_named_is_no_mismatch(claim: str) -> None:
    assert check_support(claim, EN).verdict is Verdict.SUPPORTED


def test_a_delegation_for_an_under_secretary_is_another_speaker() -> None:
    index = page(
        "وقالت وكيلة الأمين العام روزماري ديكارلو إن الاجتماع لا يعني الاعتراف بالحكومة في كابول. "
        "وشارك وفد من طالبان للمرة الأولى.",
        language="ar",
    )
    result = check_support("وقال وفد طالبان إن الاجتماع لا يعني الاعتراف بالحكومة في كابول.", index)
    assert result.verdict is Verdict.MISMATCH


def test_the_minister_is_not_his_deputy() -> None:
    index = page("وقال نائب وزير الصناعة إن السوق الحدودية ستفتح في الربيع.", language="ar")
    result = check_support("وقال وزير الصناعة إن السوق الحدودية ستفتح في الربيع.", index)
    assert result.verdict is Verdict.MISMATCH
    assert (
        check_support("وقال نائب وزير الصناعة إن السوق الحدودية ستفتح في الربيع.", index).verdict
        is Verdict.SUPPORTED
    )


def test_according_to_names_the_institution_too() -> None:
    index = page(
        "Inflation rose to 6 percent in March, according to a statement issued by the finance ministry. "
        "The central bank did not comment."
    )
    claim = "Inflation rose to 6 percent in March, the finance ministry said."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (
            "زار وفد باكستاني برئاسة وزير التجارة كابل في 12 مايو لبحث تسهيل عبور الشاحنات.",
            "وكان وفد باكستاني برئاسة نائب وزير التجارة قد زار كابل في 12 مايو لبحث تسهيل عبور الشاحنات.",
            "ar",
        ),
        (
            "The deputy governor of Herat opened the new customs terminal at Islam Qala on Monday.",
            "The governor of Herat opened the new customs terminal at Islam Qala on Monday, officials said.",
            "en",
        ),
    ],
)
def test_an_office_without_the_pages_rank_is_another_person(claim: str, source: str, language: str) -> None:
    # the minister is not the deputy minister, and the deputy governor is not the governor
    result = check_support(claim, page(source, language=language))
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NAME]


def test_an_office_the_page_names_with_and_without_its_rank_is_no_conflict() -> None:
    index = page(
        "The deputy minister of commerce met Uzbek traders in Termez on Monday. The minister said the new "
        "bridge would double the trade between the two countries by 2026."
    )
    claim = "The minister said the new bridge would double the trade between the two countries by 2026."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED


def test_a_dari_speaker_before_goftah_ast_is_read_and_compared() -> None:
    # "گفته است که" is "has said that", not "according to"; the page's speaker stands eight words back
    index = page(
        "مولوی عبدالکبیر، وزیر امور مهاجرین و عودت‌کنندگان، روز دوشنبه گفت که وزارت او به هر خانواده "
        "بازگشت‌کننده ۱۰ هزار افغانی و یک بسته غذایی می‌دهد.",
        language="fa",
    )
    claim = "سازمان جهانی صحت گفته است که به هر خانواده بازگشت‌کننده ۱۰ هزار افغانی و یک بسته غذایی می‌دهد."
    result = check_support(claim, index)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NAME]


def test_the_two_countries_on_the_page_are_the_claims_two_countries() -> None:
    index = page(
        "مقام‌های دو کشور در دلو گذشته در تهران توافق کردند که یک دفتر ترانزیتی مشترک در زرنج، مرکز ولایت "
        "نیمروز، گشایش یابد.",
        language="fa",
    )
    claim = "ایران و افغانستان در دلو گذشته توافق کردند که یک دفتر ترانزیتی مشترک در زرنج گشایش یابد."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_a_rank_before_a_long_speaker_run_is_read_with_it() -> None:
    index = page(
        "Deputy Minister Abdul Wali Haqmal, who presented the report on Wednesday, said the ministry had added "
        "200 beds in Kandahar."
    )
    claim = "Deputy Minister Abdul Wali Haqmal said the ministry had added 200 beds in Kandahar."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED
