"""A page without a publication date in its metadata takes the year of its dates from its dateline."""

from __future__ import annotations

import datetime as dt

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import Verdict


def test_the_dateline_gives_the_year_of_a_date_written_without_one() -> None:
    index = page("KABUL, 14 March 2024 — The ministry said the road reopened on 5 March after the floods.")
    assert [d.date.value for d in index.dates] == [dt.date(2024, 3, 14), dt.date(2024, 3, 5)]


def test_the_metadata_date_wins_over_the_dateline() -> None:
    index = page("KABUL, 14 March 2024 — The road reopened on 5 March.", published=dt.date(2025, 1, 2))
    assert dt.date(2025, 3, 5) in [d.date.value for d in index.dates]


def test_a_historical_first_date_is_no_dateline() -> None:
    index = page("The Taliban took Kabul on 15 August 2021. On 5 March, the ministry reopened the road.")
    # 5 March is not dated 2021: its year is unknown, and it is compared by month and day only
    taken, fifth = (d.date for d in index.dates)
    assert (taken.value, taken.year_assumed) == (dt.date(2021, 8, 15), False)
    assert ((fifth.value.month, fifth.value.day), fifth.year_assumed) == ((3, 5), True)


def test_a_dateline_after_the_headline_line_still_counts() -> None:
    index = page("Road reopens after floods\nKABUL, 14 March 2024 — The road reopened on 5 March.")
    assert dt.date(2024, 3, 5) in [d.date.value for d in index.dates]


def test_a_claim_dated_by_a_yearless_dateline_is_not_the_events_date() -> None:
    # neither the page nor the claim states a year: the dates are still compared, by month and day
    index = page(
        "KABUL, 14 March — The finance ministry published the provincial budget on Tuesday. "
        "The cabinet approved the budget on 9 March, five days before it was made public."
    )
    result = check_support("The cabinet approved the provincial budget on 14 March.", index)
    assert result.verdict is Verdict.MISMATCH
    honest = check_support("The cabinet approved the budget on 9 March, the ministry said.", index)
    assert honest.verdict is Verdict.SUPPORTED


def test_a_claims_year_is_not_held_by_a_page_that_never_states_it() -> None:
    index = page("The destroyer was handed over to the navy on July 27 in a ceremony in Adelaide.")
    assert check_support("The destroyer was handed over to the navy on 27 July 2017.", index).verdict is not (
        Verdict.SUPPORTED
    )
    with_year = page(
        "The destroyer was handed over to the navy on July 27 in a ceremony in Adelaide in 2017."
    )
    assert check_support("The destroyer was handed over to the navy on 27 July 2017.", with_year).verdict is (
        Verdict.SUPPORTED
    )


def test_a_datelines_date_is_no_rival_to_an_event_date_stated_in_another_sentence() -> None:
    index = page(
        "HERAT, 21 November — Herat's wrestlers won four of the seven gold medals at the national championship, "
        "which ended on Sunday. The event ran from 15 to 19 November and drew 160 wrestlers."
    )
    claim = "Herat's wrestlers won four of the seven gold medals at the national championship, which ended on 19 November."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_a_claims_date_without_a_year_is_any_years() -> None:
    # "since 15 August" on a 2025 page that writes 15 August 2021: the claim names no year
    index = page("KABUL, 3 March 2025 — Since the Taliban took Kabul on 15 August 2021, exports have fallen.")
    claim = "Since the Taliban took Kabul on 15 August, exports have fallen."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the campaign's start is not the date of the report
        ("The planting campaign in Herat began on 10 March 2025.", Verdict.CANDIDATE),
        # the announcement is the report's: its date is the dateline's
        (
            "The agriculture department announced on 10 March 2025 that 850,000 saplings would be planted.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_claim_dated_only_by_the_dateline(claim: str, verdict: Verdict) -> None:
    index = page(
        "HERAT, 10 March 2025 — The agriculture department announced that 850,000 saplings would be planted "
        "in five districts. The planting campaign in Herat began with volunteers from local schools."
    )
    assert check_support(claim, index).verdict is verdict
