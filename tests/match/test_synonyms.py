"""Words news prose uses for one another count as one word in a paraphrase, and never across a fact."""

from __future__ import annotations

import datetime as dt

import pytest
from match_helpers import page

from refcheck.match.facts import content_words, stem
from refcheck.match.support import check_support
from refcheck.models import Verdict

FORUM = page(
    "KAZAN, May 17. Delegations from dozens of countries have arrived for the forum, its organizers said.\n"
    "KazanForum takes place in the capital of Tatarstan on May 18-19.\n"
    "The business program includes sessions on banking, logistics and tourism.\n"
    "The forum has been held since 2009. It has grown into the main venue for developing trade, scientific "
    "and social ties between Russia and the member states of the Organisation of Islamic Cooperation.",
    published=dt.date(2023, 5, 17),
)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("relations", "ties"),
        ("countries", "states"),
        ("commercial", "trade"),
        ("founded", "established"),
        ("soldiers", "troops"),
        ("روابط", "مناسبات"),
        ("علاقات", "روابط"),
    ],
)
def test_a_group_shares_one_stem(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("rose", "fell"),
        ("increased", "decreased"),
        ("first", "last"),
        ("killed", "injured"),
        ("began", "ended"),
    ],
)
def test_words_that_state_another_fact_stay_apart(one: str, other: str) -> None:
    assert content_words([one]) != content_words([other])


def test_a_paraphrase_in_other_words_is_supported() -> None:
    result = check_support(
        "The forum, first established in 2009, aims to strengthen commercial, scientific and social relations "
        "between Russia and the member countries of the Organization of Islamic Cooperation.",
        FORUM,
    )
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and "ties between Russia" in result.evidence


def test_the_only_event_date_of_the_page_dates_the_claim_from_its_own_sentence() -> None:
    result = check_support(
        "The forum, held on May 18th and 19th, develops trade, scientific and social ties between Russia and "
        "the member states of the Organisation of Islamic Cooperation.",
        FORUM,
    )
    assert result.verdict is Verdict.SUPPORTED
    assert "KazanForum takes place in the capital of Tatarstan on May 18-19." in result.note


def test_the_dateline_date_given_to_the_event_is_not_supported() -> None:
    # May 17 is on the page, but it dates the arrival (and the page); the forum's own date is May 18-19
    result = check_support(
        "The forum, held on May 17, develops trade, scientific and social ties between Russia and the member "
        "states of the Organisation of Islamic Cooperation.",
        FORUM,
    )
    assert result.verdict is not Verdict.SUPPORTED


def test_a_page_with_two_event_dates_does_not_date_the_claim_from_elsewhere() -> None:
    two_events = page(
        FORUM.page.text + "\nA youth session follows on May 21 in Innopolis.", published=dt.date(2023, 5, 17)
    )
    result = check_support(
        "The forum, held on May 18th and 19th, develops trade, scientific and social ties between Russia and "
        "the member states of the Organisation of Islamic Cooperation.",
        two_events,
    )
    assert result.verdict is Verdict.CANDIDATE


def test_a_passage_with_a_date_of_its_own_is_not_dated_from_another_sentence() -> None:
    index = page(
        "Qatar hosted the third round of UN talks on Afghanistan on 30 June and 1 July 2024, with a Taliban "
        "delegation for the first time. The first round was held in May 2023 without the Taliban.",
        published=dt.date(2024, 7, 2),
    )
    result = check_support(
        "Qatar hosted the third round of UN talks on Afghanistan in May 2023, with a Taliban delegation.", index
    )
    assert result.verdict is not Verdict.SUPPORTED
