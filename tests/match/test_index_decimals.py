"""The page's sentence splitter keeps a decimal point between digits of any script (trial finding 1)."""

from __future__ import annotations

import pytest

from refcheck.match.index import index_page
from refcheck.models import Page


def sentences_of(text: str) -> list[str]:
    index = index_page(Page(text=text))
    return [index.evidence(s.start, s.end) for s in index.sentences]


@pytest.mark.parametrize("number", ["۳.۰۶", "٣.٠٦", "3.06", "۲۳.۷"])
def test_a_decimal_point_does_not_end_a_page_sentence(number: str) -> None:
    text = f"خبر تازه. سازمان ملل خواستار {number} میلیارد دالر کمک شد. جمله بعدی."
    assert sentences_of(text) == [
        "خبر تازه.",
        f"سازمان ملل خواستار {number} میلیارد دالر کمک شد.",
        "جمله بعدی.",
    ]


def test_a_number_at_a_sentence_end_still_ends_it() -> None:
    assert sentences_of("It ended in 2023. ۱۴ people left.") == ["It ended in 2023.", "۱۴ people left."]
