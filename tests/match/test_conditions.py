"""Conditions and counted nouns: a quotation that drops an "if" or counts something else is no ``close``."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.numbers import counts_at
from refcheck.match.quotes import match_quote
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize

EN = page(
    "The ministry said that if financing is secured, construction of the canal could begin in 2027. "
    "It plans to build 14 new checkpoints along the road. The provincial office registered 1,214 returnees."
)
FA = page(
    "کارشناسان می‌گویند اگر بارندگی بهار کم باشد، بحران آب در فراه تشدید خواهد شد. "
    "وزارت گفت که ۹ مکتب جدید در این ولایت ساخته می‌شود.",
    language="fa",
)
PS = page("وزارت ژمنه وکړه چې تر راتلونکي کال پورې به ۱۲ نوي کانالونه جوړ کړي.", language="ps")
AR = page("وقال البرنامج إن 50 ألف لاجئ عادوا إلى بلادهم منذ بداية العام.", language="ar")


@pytest.mark.parametrize(
    ("quote", "index"),
    [
        ("once financing is secured, construction of the canal could begin in 2027", EN),
        ("financing is secured, and construction of the canal could begin in 2027", EN),
        ("unless financing is secured, construction of the canal could begin in 2027", EN),
        ("کارشناسان می‌گویند بارندگی بهار کم است و بحران آب در فراه تشدید خواهد شد", FA),
    ],
)
def test_a_changed_or_dropped_condition_is_a_mismatch(quote: str, index: object) -> None:
    result = match_quote(quote, index)  # type: ignore[arg-type]
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in {d.kind for d in result.differences}


def test_the_words_after_an_if_quoted_without_it_are_a_mismatch() -> None:
    result = match_quote("financing is secured, construction of the canal could begin in 2027", EN)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [(DifferenceKind.NEGATION, "", "if")]
    assert result.evidence is not None and result.evidence.startswith("if financing")


def test_a_verbatim_consequence_of_a_condition_stays_verbatim() -> None:
    # quoting what follows the condition is fair: the quotation does not state the condition as a fact
    assert match_quote("construction of the canal could begin in 2027", EN).verdict is Verdict.VERBATIM


def test_the_same_condition_reworded_elsewhere_stays_close() -> None:
    result = match_quote("if financing is secured, building of the canal could begin in 2027", EN)
    assert result.verdict is Verdict.CLOSE


@pytest.mark.parametrize(
    ("quote", "index", "counted"),
    [
        ("It plans to build 14 new bridges along the road", EN, "bridges"),
        ("The provincial office registered 1,214 refugees", EN, "refugees"),
        ("وزارت گفت که ۹ شفاخانه جدید در این ولایت ساخته می‌شود", FA, "شفاخانه"),
        ("وزارت ژمنه وکړه چې تر راتلونکي کال پورې به ۱۲ نوي بندونه جوړ کړي", PS, "بندونه"),
    ],
)
def test_another_noun_for_the_same_number_is_a_number_difference(
    quote: str, index: object, counted: str
) -> None:
    result = match_quote(quote, index)  # type: ignore[arg-type]
    assert result.verdict is Verdict.MISMATCH
    assert [d.claim for d in result.differences if d.kind is DifferenceKind.NUMBER] == [counted]


def test_what_the_counted_people_did_is_not_the_counted_noun() -> None:
    # رجعوا for عادوا (both: they returned) follows the counted noun لاجئ, not the number
    result = match_quote("إن 50 ألف لاجئ رجعوا إلى بلادهم منذ بداية العام", AR)
    assert result.verdict is Verdict.CLOSE


def test_an_inflection_of_the_counted_noun_is_no_difference_of_fact() -> None:
    result = match_quote("It plans to build 14 new checkpoint along the road", EN)
    assert result.verdict is Verdict.CLOSE


@pytest.mark.parametrize(
    ("text", "position", "value"),
    [
        ("registered 1,214 returnees", 2, "1214"),
        ("build 14 new checkpoints", 3, "14"),
        ("build 14 checkpoints along", 3, None),  # "along" follows the noun, not the number
        ("بين المتضررين 3.1 مليون امرأة", 4, "3100000"),
    ],
)
def test_counts_at(text: str, position: int, value: str | None) -> None:
    assert counts_at(normalize(text).split(), position) == value
