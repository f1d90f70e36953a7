"""Numbers read from words: digits, number words, multipliers and fractions of a multiplier."""

from __future__ import annotations

from match_helpers import page

from refcheck.match.facts import tokenize
from refcheck.match.numbers import fold_numbers, numbers_of
from refcheck.match.support import check_support
from refcheck.models import Verdict
from refcheck.text.normalize import normalize


def numbers(text: str) -> list[str]:
    return fold_numbers([t.text for t in tokenize(normalize(text))])


def test_fractions_of_a_multiplier_in_english() -> None:
    assert numbers("nearly half a million tonnes of wheat") == ["500000"]
    assert numbers("a quarter of a million refugees") == ["250000"]
    assert numbers("one and a half million voters") == ["1500000"]
    assert numbers("three and a half billion dollars") == ["3500000000"]


def test_fractions_of_a_multiplier_in_dari_pashto_and_arabic() -> None:
    assert numbers("نیم میلیون مهاجر") == ["500000"]
    assert numbers("سه و نیم میلیون دالر") == ["3500000"]
    assert numbers("یک‌ونیم میلیارد افغانی") == ["1500000000"]
    assert numbers("درې نیم میلیونه ماشومان") == ["3500000"]
    assert numbers("نیم ملیون کډوال") == ["500000"]
    assert numbers("ربع مليون لاجئ") == ["250000"]
    assert numbers("مليون ونصف طن") == ["1500000"]
    assert numbers("مليونين ونصف دولار") == ["2500000"]
    assert numbers("4 ملايين ونصف نسمة") == ["4500000"]


def test_fraction_words_alone_are_not_numbers() -> None:
    assert numbers("half of the schools reopened") == []
    assert numbers("نیم ساعت بعد") == []
    assert numbers("نصف المدارس") == []
    assert numbers("one of the largest dams") == []


def test_a_fraction_phrase_is_one_value_not_its_parts() -> None:
    assert numbers_of(["two", "and", "a", "half", "million"]) == {"2500000"}
    assert numbers_of(["2.5", "million"]) == {"2500000", "2.5"}


def test_a_paraphrase_writing_the_number_in_digits_is_supported() -> None:
    source = page(
        "The refugee agency said a quarter of a million people had crossed the border since the floods.\n"
        "Officials in Torkham expect more arrivals.",
        language="en",
    )
    result = check_support(
        "The refugee agency said 250,000 people had crossed the border since the floods.", source
    )
    assert result.verdict is Verdict.SUPPORTED
    changed = check_support(
        "The refugee agency said 350,000 people had crossed the border since the floods.", source
    )
    assert not changed.verdict.is_verified


def test_a_dari_paraphrase_of_nim_milyon_is_supported() -> None:
    source = page("وزارت زراعت گفت که نیم میلیون نهال در ولایت بلخ غرس شده است.", language="fa")
    result = check_support("وزارت زراعت گفت ۵۰۰ هزار نهال در ولایت بلخ غرس شده است.", source)
    assert result.verdict is Verdict.SUPPORTED


def test_a_number_word_before_a_multiplier_is_a_number_in_every_language() -> None:
    from refcheck.match.numbers import number_spans
    from refcheck.text.normalize import normalize

    for text in ("شپږ زره کارګران", "شش هزار کارگر", "ستة آلاف عامل", "six thousand workers"):
        assert number_spans(normalize(text).split())[0][2] == "6000", text
    assert number_spans(normalize("شپږ کارګران").split()) == []  # a word number alone stays a word
