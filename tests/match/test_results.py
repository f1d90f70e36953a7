"""Who won: a claim that swaps the winner and the loser of a match is a mismatch."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import Verdict


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (
            "Oman beat Afghanistan 3-1 in the qualifier in Muscat on Tuesday.",
            "Afghanistan beat Oman 3-1 in the qualifier in Muscat on Tuesday, with two goals in the second half.",
            "en",
        ),
        (
            "د ازبکستان ملي ټیم د افغانستان ملي ټیم ته په دوشنبه کې ۲-۰ ماتې ورکړه.",
            "د افغانستان ملي ټیم په دوشنبه کې د ازبکستان ملي ټیم ته ۲-۰ ماتې ورکړه.",
            "ps",
        ),
        (
            "عقابان هندوکش در دیدار نهایی با نتیجه ۳ بر ۱ شیران پامیر را شکست داد.",
            "شیران پامیر در دیدار نهایی با نتیجه ۳ بر ۱ عقابان هندوکش را شکست داد.",
            "fa",
        ),
    ],
)
def test_the_loser_given_as_the_winner_is_a_mismatch(claim: str, source: str, language: str) -> None:
    assert check_support(claim, page(source, language=language)).verdict is Verdict.MISMATCH


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (  # "lost to" from the loser's side
            "Oman lost to Afghanistan 3-1 in the qualifier in Muscat on Tuesday.",
            "Afghanistan beat Oman 3-1 in the qualifier in Muscat on Tuesday.",
            "en",
        ),
        (
            "د افغانستان ملي ټیم په دوشنبه کې د ازبکستان ټیم ته ۲-۰ ماتې ورکړه.",
            "د افغانستان ملي ټیم په دوشنبه کې د ازبکستان ملي ټیم ته ۲-۰ ماتې ورکړه.",
            "ps",
        ),
    ],
)
def test_the_same_result_told_otherwise_is_no_mismatch(claim: str, source: str, language: str) -> None:
    assert check_support(claim, page(source, language=language)).verdict is not Verdict.MISMATCH


def test_lost_to_read_from_the_winners_side_in_arabic() -> None:
    # خسر X أمام Y: only the winner's slot is read, and it is the page's loser
    index = page("خسر منتخب الهند أمام منتخب أفغانستان بهدفين مقابل هدف في مباراة دوشنبه.", language="ar")
    claim = "خسر منتخب أفغانستان أمام منتخب الهند بهدفين مقابل هدف في مباراة دوشنبه."
    assert check_support(claim, index).verdict is Verdict.MISMATCH
