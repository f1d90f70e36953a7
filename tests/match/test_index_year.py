"""A page without a publication date in its metadata takes the year of its dates from its dateline."""

from __future__ import annotations

import datetime as dt

from match_helpers import page


def test_the_dateline_gives_the_year_of_a_date_written_without_one() -> None:
    index = page("KABUL, 14 March 2024 — The ministry said the road reopened on 5 March after the floods.")
    assert [d.date.value for d in index.dates] == [dt.date(2024, 3, 14), dt.date(2024, 3, 5)]


def test_the_metadata_date_wins_over_the_dateline() -> None:
    index = page("KABUL, 14 March 2024 — The road reopened on 5 March.", published=dt.date(2025, 1, 2))
    assert dt.date(2025, 3, 5) in [d.date.value for d in index.dates]


def test_a_historical_first_date_is_no_dateline() -> None:
    index = page("The Taliban took Kabul on 15 August 2021. On 5 March, the ministry reopened the road.")
    assert [d.date.value for d in index.dates] == [dt.date(2021, 8, 15)]


def test_a_dateline_after_the_headline_line_still_counts() -> None:
    index = page("Road reopens after floods\nKABUL, 14 March 2024 — The road reopened on 5 March.")
    assert dt.date(2024, 3, 5) in [d.date.value for d in index.dates]
