"""Time qualifiers (this year, last year): a claim's number must come from the sentence of its time frame."""

from __future__ import annotations

from match_helpers import claim, page

from refcheck.match import check_claim
from refcheck.match.quotes import match_quote
from refcheck.match.support import check_support
from refcheck.match.timeframes import LAST_YEAR, NEXT_YEAR, THIS_YEAR, time_frames
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize


def frames(text: str) -> set[str]:
    return set(time_frames(normalize(text)))


def test_time_frames_in_four_languages() -> None:
    assert frames("Poppy cultivation fell this year.") == {THIS_YEAR}
    assert frames("compared with 6,000 hectares a year earlier") == {LAST_YEAR}
    assert frames("امسال صادرات افزایش یافت") == {THIS_YEAR}
    assert frames("در سال گذشته ۳۰۰ مکتب ساخته شد") == {LAST_YEAR}
    assert frames("سږکال د غنمو حاصل ښه دی") == {THIS_YEAR}
    assert frames("تېر کال ۲۰۰ روغتیايي مرکزونه جوړ شول") == {LAST_YEAR}
    assert frames("ارتفعت الصادرات منذ مطلع العام") == {THIS_YEAR}
    assert frames("مقارنة بالسنة الماضية") == {LAST_YEAR}
    assert frames("خلال هذا العام") == {THIS_YEAR}
    assert frames("سيبدأ المشروع العام المقبل") == {NEXT_YEAR}


def test_a_count_of_years_is_not_last_year() -> None:
    assert frames("در سه سال گذشته") == set()
    assert frames("۵ سال پیش") == set()
    assert frames("a yearly report") == set()


ARABIC = page(
    "قالت وزارة الزراعة يوم الاثنين إن صادرات التمور بلغت 40 ألف طن منذ بداية العام. "
    "وأضافت أن الحكومة تأمل في فتح أسواق جديدة في آسيا. "
    "وكانت الوزارة قد صدرت في العام الماضي نحو 25 ألف طن من التمور.",
    language="ar",
)


def test_a_number_of_last_year_given_as_this_years_is_a_mismatch() -> None:
    result = check_support("صدرت وزارة الزراعة نحو 25 ألف طن من التمور منذ بداية العام.", ARABIC)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.DATE]


def test_the_number_of_its_own_time_frame_is_supported() -> None:
    result = check_support("صادرات التمور بلغت 40 ألف طن منذ بداية العام بحسب وزارة الزراعة.", ARABIC)
    assert result.verdict is Verdict.SUPPORTED


def test_a_number_stated_with_no_time_frame_is_not_verified() -> None:
    source = page(
        "The ministry said wheat imports from Kazakhstan reached 900,000 tonnes. "
        "Prices in Kabul markets have been stable this year.",
        language="en",
    )
    result = check_support(
        "Wheat imports from Kazakhstan reached 900,000 tonnes this year, the ministry said.", source
    )
    assert result.verdict is Verdict.CANDIDATE


def test_a_changed_time_frame_in_a_quotation_is_a_date_difference() -> None:
    source = page("The governor said exports of saffron rose by 15 percent last year despite the drought.")
    result = match_quote("exports of saffron rose by 15 percent this year despite the drought", source)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.DATE, "this", "last")
    ]


def test_a_cross_language_number_of_another_time_frame_is_no_candidate() -> None:
    results = check_claim(
        claim("The Ministry of Agriculture said date exports reached 25,000 tonnes this year."),
        {1: ARABIC},
        claim_language="en",
    )
    assert results[-1].verdict is Verdict.NOT_FOUND
