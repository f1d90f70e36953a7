"""Speech acts, durations, weekdays and times of day, tense, time bounds, fractions and per-capita figures:
word classes a claim can change without touching a number."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match import SourceIndex
from refcheck.match.qualifiers import qualifier_kind
from refcheck.match.quotes import match_quote
from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize

EN = page(
    "The health ministry confirmed the outbreak of measles in three districts of Badakhshan. "
    "The vaccination drive in Khost will last 10 days and will reach 200,000 children. "
    "The governor met tribal elders in Gardez on Wednesday to discuss the land dispute. "
    "The convoy left Jalalabad at 6 a.m. and reached Torkham before noon. "
    "The new clinic in Bamyan has been completed with funds from Japan. "
    "Schools in the province have stayed closed since the earthquake in October. "
    "About half of the wheat harvest in Kunduz was lost to drought. "
    "Per capita income in the country fell to 350 dollars last year."
)
FA = page(
    "وزارت صحت عامه شیوع بیماری سرخکان را در بدخشان تأیید کرد. "
    "این برنامه به مدت ده روز ادامه خواهد داشت و ۲۰۰ هزار کودک را پوشش می‌دهد. "
    "والی پکتیا روز چهارشنبه با بزرگان قومی در گردیز دیدار کرد. "
    "ساخت شفاخانه جدید در بامیان تکمیل شد. "
    "مکاتب این ولایت پس از زلزله ماه عقرب بسته ماندند.",
    language="fa",
)
PS = page(
    "د روغتیا وزارت په بدخشان کې د شري د خپرېدو خبر تایید کړ. "
    "دا کمپاین به لس ورځې دوام وکړي او دوه لکه ماشومانو ته به ورسېږي. "
    "والي د چهارشنبې په ورځ په ګردېز کې له قومي مشرانو سره وکتل.",
    language="ps",
)
AR = page(
    "وأكدت وزارة الصحة تفشي مرض الحصبة في ثلاث مديريات بولاية بدخشان. "
    "وستستمر حملة التطعيم عشرة أيام وستصل إلى مئتي ألف طفل. "
    "والتقى الوالي بشيوخ القبائل في جرديز يوم الأربعاء لبحث النزاع على الأراضي. "
    "وأغلقت المدارس في الولاية منذ الزلزال الذي وقع في أكتوبر.",
    language="ar",
)


@pytest.mark.parametrize(
    ("quote", "index", "kind"),
    [
        # 1. speech acts: confirmed / denied
        (
            "The health ministry denied the outbreak of measles in three districts of Badakhshan",
            EN,
            "negation",
        ),
        ("وزارت صحت عامه شیوع بیماری سرخکان را در بدخشان رد کرد", FA, "negation"),
        ("د روغتیا وزارت په بدخشان کې د شري د خپرېدو خبر رد کړ", PS, "negation"),
        ("ونفت وزارة الصحة تفشي مرض الحصبة في ثلاث مديريات بولاية بدخشان", AR, "negation"),
        # 2. durations: days / weeks after the same number
        ("The vaccination drive in Khost will last 10 weeks and will reach 200,000 children", EN, "number"),
        ("این برنامه به مدت ده هفته ادامه خواهد داشت", FA, "number"),
        ("دا کمپاین به لس اونۍ دوام وکړي", PS, "number"),
        ("وستستمر حملة التطعيم عشرة أسابيع وستصل إلى مئتي ألف طفل", AR, "number"),
        # 3. weekdays and the time of day
        ("The governor met tribal elders in Gardez on Thursday to discuss the land dispute", EN, "date"),
        ("والی پکتیا روز پنجشنبه با بزرگان قومی در گردیز دیدار کرد", FA, "date"),
        ("والي د پنجشنبې په ورځ په ګردېز کې له قومي مشرانو سره وکتل", PS, "date"),
        ("والتقى الوالي بشيوخ القبائل في جرديز يوم الخميس لبحث النزاع على الأراضي", AR, "date"),
        ("The convoy left Jalalabad at 6 p.m. and reached Torkham before noon", EN, "date"),
        # 4. tense: completed / to be completed
        ("The new clinic in Bamyan will be completed with funds from Japan", EN, "negation"),
        ("ساخت شفاخانه جدید در بامیان تکمیل خواهد شد", FA, "negation"),
        # 5. since / until, before / after
        ("Schools in the province have stayed closed until the earthquake in October", EN, "negation"),
        ("مکاتب این ولایت پیش از زلزله ماه عقرب بسته ماندند", FA, "negation"),
        ("وأغلقت المدارس في الولاية حتى الزلزال الذي وقع في أكتوبر", AR, "negation"),
        # 6. fractions and per-capita figures
        ("About a third of the wheat harvest in Kunduz was lost to drought", EN, "number"),
        ("Total income in the country fell to 350 dollars last year", EN, "number"),
    ],
)
def test_a_changed_word_class_in_a_quotation_is_a_mismatch(quote: str, index: SourceIndex, kind: str) -> None:
    result = match_quote(quote, index)
    assert result.verdict is Verdict.MISMATCH, result
    assert kind in {d.kind.value for d in result.differences}


@pytest.mark.parametrize(
    ("quote", "index"),
    [
        ("The health ministry confirmed the outbreak of measles in three districts of Badakhshan", EN),
        ("The vaccination drive in Khost will last 10 days and will reach 200,000 children", EN),
        ("والتقى الوالي بشيوخ القبائل في جرديز يوم الأربعاء لبحث النزاع على الأراضي", AR),
        ("The new clinic in Bamyan has been completed with funds from Japan", EN),
        ("دا کمپاین به لس ورځې دوام وکړي", PS),
    ],
)
def test_the_same_word_class_stays_verbatim(quote: str, index: SourceIndex) -> None:
    assert match_quote(quote, index).verdict is Verdict.VERBATIM


@pytest.mark.parametrize(
    ("ours", "theirs", "kind"),
    [
        ("said", "denied", DifferenceKind.NEGATION),
        ("announced", "rejected", DifferenceKind.NEGATION),
        ("قال", "نفى", DifferenceKind.NEGATION),
        ("monday", "friday", DifferenceKind.DATE),
        ("صبح", "شب", DifferenceKind.DATE),
        ("since", "until", DifferenceKind.NEGATION),
        ("before", "after", DifferenceKind.NEGATION),
        ("مخکې", "وروسته", DifferenceKind.NEGATION),
        ("half", "quarter", DifferenceKind.NUMBER),
        ("سرانه", "مجموع", DifferenceKind.NUMBER),
    ],
)
def test_word_classes_of_a_replaced_run(ours: str, theirs: str, kind: DifferenceKind) -> None:
    assert qualifier_kind([normalize(ours)], [normalize(theirs)]) is kind


def test_said_and_stated_are_one_class_and_a_tense_needs_both_sides() -> None:
    assert qualifier_kind(["said"], ["stated"]) is None
    assert qualifier_kind(["will"], ["would"], ["it", "will", "open"], ["it", "would", "open"]) is None
    # a future marker against no tense at all is a rewording
    assert qualifier_kind(["will"], ["to"], ["it", "will", "open"], ["it", "to", "open"]) is None
    assert qualifier_kind(["will"], ["was"], ["it", "will", "open"], ["it", "was", "opened"]) is (
        DifferenceKind.NEGATION
    )


@pytest.mark.parametrize(
    ("claim", "index", "kind"),
    [
        ("The health ministry denied the measles outbreak in Badakhshan.", EN, DifferenceKind.NEGATION),
        ("Elders met the governor in Gardez on Monday about the land dispute.", EN, DifferenceKind.DATE),
        (
            "Roughly a third of the wheat harvest in Kunduz province was lost to drought.",
            EN,
            DifferenceKind.NUMBER,
        ),
        (
            "The vaccination drive in Khost is to last 10 weeks and reach 200,000 children.",
            EN,
            DifferenceKind.NUMBER,
        ),
    ],
)
def test_a_changed_word_class_in_a_paraphrase_is_a_mismatch(
    claim: str, index: SourceIndex, kind: DifferenceKind
) -> None:
    outcome = check_support(claim, index)
    assert outcome.verdict is Verdict.MISMATCH, outcome
    assert kind in {d.kind for d in outcome.differences}


def test_a_third_for_half_in_a_dari_paraphrase_is_a_number_mismatch() -> None:
    index = page(
        "وزارت زراعت اعلام کرد که نیمی از باغ‌های انگور در ولسوالی کهدامن در اثر سرما از بین رفته است.",
        language="fa",
    )
    changed = "وزارت زراعت گفت یک سوم باغ‌های انگور در ولسوالی کهدامن در اثر سرما از بین رفته است."
    same = "وزارت زراعت گفت نیمی از باغ‌های انگور در ولسوالی کهدامن در اثر سرما از بین رفته است."
    assert check_support(changed, index).verdict is Verdict.MISMATCH
    assert check_support(same, index).verdict is Verdict.SUPPORTED
