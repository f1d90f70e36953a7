"""A decimal point between digits of any script does not end a claim's core sentence (trial finding 1)."""

from __future__ import annotations

import pytest

from refcheck.parse.claims import extract_claims, sentence_starts
from refcheck.parse.lines import LineIndex, paragraphs
from refcheck.parse.markers import find_markers


def claims_of(text: str):  # type: ignore[no-untyped-def]
    return extract_claims(text, paragraphs(text), find_markers(text), LineIndex.of(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "دفتر ملل متحد برای امسال خواستار ۴.۱۲ میلیارد دالر کمک شده است.",  # Persian digits, ASCII point
        "طلب المكتب ٤.١٢ مليار دولار لهذا العام.",  # Arabic-Indic digits, ASCII point
        "The office asked for 4.12 Billion Dollars this year.",  # ASCII, capital after the number
        "د ملګرو ملتونو دفتر ۱۷.۵ میلیونه کسانو ته مرسته ورکړه.",  # Pashto
    ],
)
def test_a_decimal_point_stays_inside_the_core(sentence: str) -> None:
    text = f"Intro sentence here. {sentence}¹\n"
    (claim,) = claims_of(text)
    assert claim.core == sentence


def test_a_persian_decimal_sentence_after_another_sentence() -> None:
    text = "گزارش جدید منتشر شد. حدود ۱۹.۴ میلیون نفر به کمک نیاز دارند.۲\n"
    (claim,) = claims_of(text)
    assert claim.markers == (2,)
    assert claim.core == "حدود ۱۹.۴ میلیون نفر به کمک نیاز دارند."


def test_a_real_sentence_end_after_a_number_still_ends_the_sentence() -> None:
    span = "The plan ran until 2023. ۱۴ نفر کشته شدند."
    assert sentence_starts(span) == [0, span.index("۱۴")]


def test_a_superscript_after_a_number_is_not_a_decimal() -> None:
    span = "Prices rose in 2023.³ Then they fell."
    assert sentence_starts(span) == [0, span.index("Then")]
