"""Which number goes with which place: a number moved to another item of the page's list is a mismatch."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict

POWER = page(
    "Afghanistan bought more electricity abroad in 2024 than ever, the utility said on 8 January 2025. "
    "Imports from Turkmenistan rose to 1,900 gigawatt-hours, while supplies from Iran fell to 600 "
    "gigawatt-hours after a hot summer."
)
CONTRACTS = page(
    "The ministry signed nine contracts worth $2 billion. Five of the contracts went to Turkish firms and "
    "three to Chinese companies, the ministry said."
)


@pytest.mark.parametrize(
    ("claim", "index"),
    [
        ("Imports of electricity from Turkmenistan reached 600 gigawatt-hours, the utility said.", POWER),
        (
            "Three of the contracts went to Turkish firms and five to Chinese companies, the ministry said.",
            CONTRACTS,
        ),
        (  # two scores swapped between two named players
            "Karim Sadiq made 45 and Nawroz Mangal 88 as Afghanistan won the final in Sharjah.",
            page("Nawroz Mangal scored 45 and Karim Sadiq added 88 as Afghanistan won the final in Sharjah."),
        ),
        (  # the day of a date (1 May) is no second amount of the claim
            "About 300 trucks crossed at Torkham on 1 May, the ministry said.",
            page(
                "More than 900 trucks crossed at Spin Boldak on 1 May, against about 300 at Islam Qala and "
                "120 at Torkham, the ministry said."
            ),
        ),
    ],
)
def test_a_number_the_page_gives_to_another_place_is_a_mismatch(claim: str, index: object) -> None:
    result = check_support(claim, index)  # type: ignore[arg-type]
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NUMBER in [d.kind for d in result.differences]


@pytest.mark.parametrize(
    ("claim", "index"),
    [
        (
            "Imports of electricity from Iran fell to 600 gigawatt-hours after a hot summer, the utility said.",
            POWER,
        ),
        ("Five of the contracts went to Turkish firms and three to Chinese companies.", CONTRACTS),
        (  # the same two scores, told in the other order
            "Karim Sadiq made 45 and Nawroz Mangal 88 as Afghanistan won the final in Sharjah.",
            page("Nawroz Mangal scored 88 and Karim Sadiq added 45 as Afghanistan won the final in Sharjah."),
        ),
        (  # 5,000 and 7,000 "respectively": bound by order
            "Herat and Balkh received 5,000 tonnes and 7,000 tonnes of wheat respectively.",
            page("Herat received 5,000 tonnes of wheat, while Balkh received 7,000 tonnes."),
        ),
        (  # the page states 1,100 for another year of Uzbekistan's, with no place of its own
            "Uzbekistan exported 1,100 gigawatt-hours to Afghanistan in 2023, the utility said.",
            page(
                "Uzbekistan exported 2,700 gigawatt-hours in 2024, up from 1,100 gigawatt-hours in 2023, the utility said."
            ),
        ),
        (  # 2,000 stands nearer Pakistan on the page, but Afghanistan has no other number
            "Afghanistan received 2,000 tonnes of wheat from Pakistan in the first ten months of the year.",
            page("Pakistan sent 2,000 tonnes of wheat to Afghanistan in the first ten months of the year."),
        ),
    ],
)
def test_a_number_kept_with_its_place_is_supported(claim: str, index: object) -> None:
    assert check_support(claim, index).verdict is Verdict.SUPPORTED  # type: ignore[arg-type]


QUAKE = page(
    "قالت السلطات إن الزلزال دمّر 640 منزلاً في مديرية دولت آباد، و1230 منزلاً في مديرية شيرين تكاب. "
    "وتواصل فرق الإغاثة توزيع الخيام على العائلات.",
    language="ar",
)


def test_an_amount_moved_to_a_district_the_gazetteer_does_not_know_is_a_mismatch() -> None:
    result = check_support("دمّر الزلزال 640 منزلاً في مديرية شيرين تكاب، بحسب السلطات.", QUAKE)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NUMBER in [d.kind for d in result.differences]


def test_an_amount_kept_with_its_district_is_supported() -> None:
    result = check_support("دمّر الزلزال 1230 منزلاً في مديرية شيرين تكاب، بحسب السلطات.", QUAKE)
    assert result.verdict is Verdict.SUPPORTED


def test_a_verb_that_one_list_item_uses_is_no_item() -> None:
    # "صادره" (exported) stands in the second item only; the first item's own words come before its amount
    index = page(
        "وزارت وايي، تر ټولو ډېر صادرات وچه مېوه وه چې ۷۲ میلیونه ډالره ارزښت یې درلود او ډېره برخه یې هند ته "
        "لېږل شوې ده. د ۴۸ میلیونو ډالرو تازه مېوه زیاتره پاکستان ته صادره شوې.",
        language="ps",
    )
    claim = "د ۷۲ میلیونو ډالرو وچه مېوه صادره شوې چې ډېره برخه یې هند ته لېږل شوې ده."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_a_number_after_a_month_name_is_an_amount_when_no_day_can_be_it() -> None:
    # "In May 640 houses": 640 is no day of May; it is the amount bound to Muqur
    index = page("In May 640 houses were destroyed in Ghazni, while 920 houses were destroyed in Paktia.")
    result = check_support("In May 920 houses were destroyed in Ghazni.", index)
    assert result.verdict is Verdict.MISMATCH
