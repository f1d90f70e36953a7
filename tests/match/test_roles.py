"""Who holds which office: a claim that swaps two people's offices, or a person's rank, is a mismatch."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (
            "Vice-captain Karim Janat said captain Gulbadin Naib would miss the final with a knee injury.",
            "Captain Karim Janat said on Monday that vice-captain Gulbadin Naib would miss the final with a "
            "knee injury.",
            "en",
        ),
        (
            "Finance Minister Ahmad Wali Haqmal told reporters that the budget would favour rural roads.",
            "Deputy Finance Minister Ahmad Wali Haqmal told reporters that the budget would favour rural roads, "
            "and that Finance Minister Hedayatullah Badri had approved it.",
            "en",
        ),
        (
            "مولوی عبدالباقی حقانی به‌عنوان معین و قاری دین محمد حنیف به‌عنوان وزیر اقتصاد تعیین شدند.",
            "دفتر ریاست‌الوزرا اعلام کرد که مولوی عبدالباقی حقانی به‌عنوان وزیر اقتصاد و قاری دین محمد حنیف "
            "به‌عنوان معین این وزارت تعیین شده‌اند.",
            "fa",
        ),
        (
            "د کرکټ بورډ وویل چې نجیب الله زدران به د ټیم کپتان او محمد نبي به یې مرستیال وي.",
            "د کرکټ بورډ وویل چې محمد نبي به د ټیم کپتان وي او نجیب الله زدران به یې مرستیال وي.",
            "ps",
        ),
        (  # a verb of office (will chair) and an office named after "as its"
            "Nasir Ahmad Hamidi will chair the board, with Farid Jalali as its secretary.",
            "Farid Jalali, the deputy for culture, will chair the board, and Nasir Ahmad Hamidi will serve as "
            "its secretary.",
            "en",
        ),
        (  # chaired against member, in Arabic
            "ترأس الخطاط محمد نعيم كريمي لجنة التحكيم في المسابقة.",
            "وترأس لجنة التحكيم الأستاذ عبد الحق رسولي، وكان الخطاط محمد نعيم كريمي عضواً فيها.",
            "ar",
        ),
        (  # the same office, of another place
            "محمد داوود منیب به‌عنوان والی هرات مقرر شد.",
            "در همین فرمان، محمد داوود منیب والی بلخ و مولوی اسلام جار والی هرات مقرر شدند.",
            "fa",
        ),
    ],
)
def test_a_person_given_another_office_is_a_mismatch(claim: str, source: str, language: str) -> None:
    result = check_support(claim, page(source, language=language))
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NAME in [d.kind for d in result.differences]


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (  # the offices kept, the sentence turned round
            "Gulbadin Naib, the vice-captain, will miss the final, captain Karim Janat said.",
            "Captain Karim Janat said on Monday that vice-captain Gulbadin Naib would miss the final.",
            "en",
        ),
        (
            "قاری دین محمد حنیف به‌عنوان معین وزارت اقتصاد و مولوی عبدالباقی حقانی به‌عنوان وزیر تعیین شدند.",
            "دفتر ریاست‌الوزرا اعلام کرد که مولوی عبدالباقی حقانی به‌عنوان وزیر اقتصاد و قاری دین محمد حنیف "
            "به‌عنوان معین این وزارت تعیین شده‌اند.",
            "fa",
        ),
    ],
)
def test_a_person_kept_in_the_pages_office_is_no_conflict(claim: str, source: str, language: str) -> None:
    result = check_support(claim, page(source, language=language))
    assert not [d for d in result.differences if d.kind is DifferenceKind.NAME]
    assert result.verdict is not Verdict.MISMATCH


def test_a_second_office_of_the_same_person_is_no_conflict() -> None:
    index = page(
        "Government spokesman Zabihullah Mujahid, who is also deputy minister of information, said the "
        "ban would stay in place."
    )
    claim = "Deputy Information Minister Zabihullah Mujahid said the ban would stay in place."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_an_office_in_the_dari_ezafe_form_is_read() -> None:
    index = page(
        "سخنگوی وزارت احمد ولی حقمل و معاون سخنگو نورالله صافی گفتند که کار پروژه آغاز شده است.",
        language="fa",
    )
    result = check_support("سخنگوی وزارت نورالله صافی گفت که کار پروژه آغاز شده است.", index)
    assert result.verdict is Verdict.MISMATCH


def test_an_arabic_offices_complement_is_no_name() -> None:
    # "نائب المدير التنفيذي لبرشنا" names an office, not a person; the page's deputy is "نائبه"
    index = page(
        "وقال المدير التنفيذي لبرشنا، محمد حنيف زاهد، إن المحطة قد تبدأ الإنتاج في 2027، بينما قال نائبه "
        "عبد الواحد شيرزاد إن المشاريع ستُموَّل بالكامل من القطاع الخاص.",
        language="ar",
    )
    claim = "قال نائب المدير التنفيذي لبرشنا إن المشاريع ستُموَّل بالكامل من القطاع الخاص."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH
