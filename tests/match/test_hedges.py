"""A claim that states as a fact what the page gives as a possibility is only a candidate."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import Verdict


@pytest.mark.parametrize(
    ("claim", "source", "language", "hedge"),
    [
        (
            "Engineers said the new reservoir holds 40 million cubic metres of water for Kandahar.",
            "Engineers said the new reservoir could hold 40 million cubic metres of water for Kandahar.",
            "en",
            "could",
        ),
        (
            "The new line carries 300 megawatts of power from Uzbekistan to Kabul, officials said.",
            "The new line is expected to carry 300 megawatts of power from Uzbekistan to Kabul, officials said.",
            "en",
            "expected to",
        ),
        (
            "مقام‌ها گفتند که شمار بیجاشدگان تا پایان سال به یک میلیون می‌رسد.",
            "مقام‌ها گفتند که ممکن است شمار بیجاشدگان تا پایان سال به یک میلیون برسد.",
            "fa",
            "ممکن",
        ),
        (  # the claim's past form of the page's verb (moved / move)
            "Officials said inspections at Torkham have moved to a round-the-clock schedule.",
            "Officials said inspections at Torkham are expected to move to a round-the-clock schedule next month.",
            "en",
            "expected to",
        ),
        (  # the hedge and the verb it governs far apart, past function words (پلان دا دی چې …)
            "د کډوالو وزارت د عمري کمپ ته ۳۰۰ نوې خېمې ولېږلې.",
            "د وزارت ویاند وویل چې پلان دا دی چې په راتلونکې میاشت کې د عمري کمپ ته ۳۰۰ نوې خېمې ولېږل شي.",
            "ps",
            "پلان",
        ),
        (  # Pashto: the ministry has a plan (پلان لري) to distribute
            "د کرنې وزارت په کندهار کې بزګرانو ته اصلاح شوي تخمونه ووېشل.",
            "د کرنې وزارت پلان لري چې په کندهار کې بزګرانو ته اصلاح شوي تخمونه ووېشي.",
            "ps",
            "پلان",
        ),
        (
            "وقال الخبراء إن القناة تأخذ ما يصل إلى 20 في المئة من مياه النهر.",
            "وقال الخبراء إن القناة قد تأخذ ما يصل إلى 20 في المئة من مياه النهر.",
            "ar",
            "قد",
        ),
    ],
)
def test_a_possibility_stated_as_a_fact_is_a_candidate(
    claim: str, source: str, language: str, hedge: str
) -> None:
    result = check_support(claim, page(source, language=language))
    assert result.verdict is Verdict.CANDIDATE
    assert hedge in result.note


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (  # the claim keeps the hedge
            "Engineers said the new reservoir may hold 40 million cubic metres of water for Kandahar.",
            "Engineers said the new reservoir could hold 40 million cubic metres of water for Kandahar.",
            "en",
        ),
        (  # the claim keeps the hedge, with "and" before it (ويُتوقع)
            "تمتد القناة على 285 كيلومترا، ويُتوقع أن تسقي 550 ألف هكتار من الأراضي.",
            "تمتد القناة على 285 كيلومترا، ومن المتوقع أن تسقي 550 ألف هكتار من الأراضي.",
            "ar",
        ),
        (  # قد before a past verb is "had", not "may"
            "زار وفد طاجيكي كابل في 2 مارس لبحث إقامة سوق حدودية مشتركة.",
            "وكان وفد طاجيكي قد زار كابل في 2 مارس لبحث إقامة سوق حدودية مشتركة.",
            "ar",
        ),
        (  # "in May" is the month, not the modal
            "The canal, whose second phase opened in May, carries water to 550,000 hectares.",
            "The canal, whose second phase opened in May, carries water to 550,000 hectares, officials said.",
            "en",
        ),
        (  # the hedge is about another number of the sentence
            "Officials said 300 schools had reopened in Helmand.",
            "Officials said 300 schools had reopened in Helmand and another 200 schools could reopen next year.",
            "en",
        ),
        (  # the claim keeps the hedge in its own words ("would" for "could")
            "Engineers said the new reservoir would hold 40 million cubic metres of water for Kandahar.",
            "Engineers said the new reservoir could hold 40 million cubic metres of water for Kandahar.",
            "en",
        ),
        (  # May the month is no hedge
            "The forum took place in Kazan on 18 May, the agency said.",
            "The forum took place in Kazan on 18 May, with delegations from 85 countries, the agency said.",
            "en",
        ),
    ],
)
def test_a_kept_hedge_or_a_word_that_only_looks_like_one_keeps_the_support(
    claim: str, source: str, language: str
) -> None:
    assert check_support(claim, page(source, language=language)).verdict is Verdict.SUPPORTED


def test_and_may_in_arabic_is_a_hedge() -> None:
    index = page("وقال الخبراء إن القناة وقد تأخذ ما يصل إلى 20 في المئة من مياه النهر.", language="ar")
    result = check_support("وقال الخبراء إن القناة تأخذ ما يصل إلى 20 في المئة من مياه النهر.", index)
    assert result.verdict is Verdict.CANDIDATE
