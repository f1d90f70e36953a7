"""Footnote markers in the body, in every form a report or its PDF export gives them."""

from __future__ import annotations

import pytest

from refcheck.parse.markers import find_markers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ('the same."² Next', [(2,)]),
        ("heightened.⁷ Russian", [(7,)]),
        ("an item[5] and", [(5,)]),
        ("a trade;[5] and", [(5,)]),
        ("a footnote[^12].", [(12,)]),
        ("heightened.7 Russian", [(7,)]),  # a PDF export lost the raised position
        ('the same."2 The', [(2,)]),
        ("گسترش داده است.۱ وزیر", [(1,)]),  # Persian digits after the full stop
        ('متقاربة".٢ وعقد', [(2,)]),
        ("Asia.²,³ The", [(2, 3)]),
        ("several.[1][2] Then", [(1, 2)]),
        ("a range.[2-4] Then", [(2, 3, 4)]),
    ],
)
def test_marker_forms(text: str, numbers: list[tuple[int, ...]]) -> None:
    assert [marker.numbers for marker in find_markers(text)] == numbers


@pytest.mark.parametrize(
    "text",
    [
        "grew by 3.5 percent",
        "in 2021. The",
        "Issue Number - 420",
        "U.S. 2001",
        "about 2,500 soldiers",
        "- Result..... 8",
    ],
)
def test_numbers_that_are_not_markers(text: str) -> None:
    assert find_markers(text) == []


def test_plain_digits_above_the_list_are_not_markers() -> None:
    assert find_markers("it ended.45 Then", most=9) == []
    assert [m.numbers for m in find_markers("it ended.9 Then", most=9)] == [(9,)]
