"""The fact readers: numbers, negations, transliterations, dates, tokens with offsets."""

from __future__ import annotations

from refcheck.match.datespans import find_date_spans, same_date
from refcheck.match.facts import (
    canonical_number,
    is_negation,
    is_transliteration,
    negation_pair,
    tokenize,
)
from refcheck.text.normalize import normalize


def test_numbers_fold_separators_and_ordinals() -> None:
    assert canonical_number("2,500") == "2500"
    assert canonical_number("1,234,567.5") == "1234567.5"
    assert canonical_number("18th") == "18"
    assert canonical_number("3.4") == "3.4"
    assert canonical_number("1,2") == "1,2"  # not a thousands separator
    assert [t.canon for t in tokenize(normalize("۲٬۵۰۰ سرباز"))] == ["2500", "سرباز"]


def test_tokens_keep_key_offsets() -> None:
    key = normalize("He didn't say 2,500.")
    tokens = tokenize(key)
    assert [key[t.start : t.end] for t in tokens] == ["he", "didn't", "say", "2,500"]


def test_negations_in_four_languages() -> None:
    for word in ["not", "never", "didn't", "نه", "نمیکنند", "نکرد", "نیست", "هیڅ", "لم", "لن", "لیس", "ولم"]:
        assert is_negation(normalize(word)), word
    for word in ["note", "nothingness", "نشست", "نظر", "لندن", "کرد"]:
        assert not is_negation(normalize(word)), word
    assert negation_pair("دارد", "ندارد")
    assert negation_pair("میدهد", "نمیدهد")
    assert negation_pair("did", "didn't")
    assert not negation_pair("دارد", "دارند")


def test_transliterations_of_one_name() -> None:
    assert is_transliteration("Kodashov", "Kudashev")
    assert is_transliteration("Nikolai", "Nikolay")
    assert not is_transliteration("Helmand", "Kandahar")
    assert not is_transliteration("Kabul", "Kunduz")


def test_dates_in_any_calendar_compare_by_value() -> None:
    english = find_date_spans("on October 18, 2021")
    persian = find_date_spans("از روز دوشنبه ۲۶ مهر ۱۴۰۰ آغاز شد")
    assert len(english) == 1 and len(persian) == 1
    assert same_date(english[0].date, persian[0].date)
    month = find_date_spans("in October 2021")[0]
    assert same_date(month.date, english[0].date)  # a month matches any day of it


def test_a_number_and_its_multiplier_word_are_one_value() -> None:
    from refcheck.match.numbers import fold_numbers

    assert fold_numbers(normalize("۱۲ هزار خانواده").split()) == ["12000"]
    assert fold_numbers(normalize("2.5 million people").split()) == ["2500000"]
    assert fold_numbers(normalize("۳ میلیارد افغانی").split()) == ["3000000000"]
    assert fold_numbers(normalize("٤٠ ألف لاجئ").split()) == ["40000"]
    assert fold_numbers(normalize("۷ ملیونه ډالره").split()) == ["7000000"]
    # a page is searched for either form
    assert set(fold_numbers(normalize("۱۲ هزار").split(), keep_parts=True)) == {"12000", "12"}


def test_english_number_words_read_as_numbers() -> None:
    from refcheck.match.numbers import fold_numbers

    assert fold_numbers(["up", "from", "seventeen", "to", "forty"]) == ["17", "40"]
    assert fold_numbers(["nine", "million", "doses"]) == ["9000000"]
    assert fold_numbers(["one", "of", "the", "largest"]) == []  # "one" is mostly a pronoun


def test_negating_constructions_without_a_negation_word() -> None:
    from refcheck.match.facts import negation_flags

    def negated(text: str) -> list[str]:
        words = [t.text for t in tokenize(normalize(text))]
        return [w for w, flag in zip(words, negation_flags(words), strict=True) if flag]

    assert negated("the council declined to approve the budget") == ["declined"]
    assert negated("exports declined by 20 percent") == []  # a fall, not a refusal
    assert negated("the contractor has yet to deliver the turbines") == ["yet"]
    assert negated("revenue fell short of the target") == ["fell"]
    assert negated("the team failed to reach the village") == ["failed"]
    assert negated("وزیر هرگز این قرارداد را امضا نکرد") == ["هرگز", "نکرد"]
    assert negated("هیئت در رسیدن به توافق موفق نشد") == ["نشد"]
    assert negated("والي له ځواب ورکولو څخه هیڅکله ډډه نه ده کړې") == ["هیڅکله", "نه"]
    assert negated("پولیس ونه توانید چې کلي ته ورسیږي") == ["ونه"]
    assert negated("امتنعت الوزارة عن التعليق") == ["امتنعت"]
    assert negated("رفض المجلس المقترح") == ["رفض"]


def test_an_arabic_prefix_glued_to_a_number_is_its_own_word() -> None:
    from refcheck.match.facts import tokenize
    from refcheck.text.normalize import normalize

    assert [t.text for t in tokenize(normalize("وتقدّر كلفته بـ4.8 مليار دولار"))][2:4] == ["ب", "4.8"]
