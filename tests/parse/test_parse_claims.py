"""Claims: the core sentence a marker closes, its span, its quotations; across page breaks."""

from __future__ import annotations

from refcheck.parse.claims import extract_claims
from refcheck.parse.lines import LineIndex, paragraphs
from refcheck.parse.markers import find_markers


def claims_of(text: str):  # type: ignore[no-untyped-def]
    return extract_claims(text, paragraphs(text), find_markers(text), LineIndex.of(text))


def test_core_is_the_sentence_the_marker_closes_and_span_runs_back_to_the_previous_marker() -> None:
    text = (
        "First claim here.¹ Context sentence one. The U.S. army left in 2021.² Next.\n\nOther paragraph.³\n"
    )
    first, second, third = claims_of(text)
    assert first.core == "First claim here." and first.markers == (1,)
    assert second.core == "The U.S. army left in 2021."
    assert second.text == "Context sentence one. The U.S. army left in 2021."
    assert third.text == "Other paragraph." and third.line == 3


def test_a_page_break_inside_a_sentence_does_not_end_the_paragraph() -> None:
    text = (
        "Moscow believes that the Taliban pose a lesser threat and that the Taliban\n\n\n\n"
        'can more effectively combat the Islamic State. Kabulov said, "Our interests are the same."²\n'
    )
    (claim,) = claims_of(text)
    assert claim.text.startswith("Moscow believes")
    assert claim.core == 'Kabulov said, "Our interests are the same."'
    assert [quote.text for quote in claim.quotes] == ["Our interests are the same."]
    assert claim.line == 5


def test_a_quotation_split_by_a_page_break_is_one_quotation() -> None:
    text = (
        'The ambassador stated in September 2021: "Both Moscow and New Delhi are concerned about the spread of terrorism from\n\n\n\n'
        'Afghanistan, as this situation is a threat." Additionally, Doval met Patrushev.⁵\n'
    )
    (claim,) = claims_of(text)
    assert claim.core == "Additionally, Doval met Patrushev."
    assert claim.quotes[0].text.startswith("Both Moscow") and claim.quotes[0].text.endswith("is a threat.")
    assert claim.quotes[0].line == 1


def test_every_quotation_style() -> None:
    text = (
        'He said “one two three” and «چهار پنج شش» and „sieben acht“ and ‘nine ten’ and "eleven twelve".¹\n'
    )
    (claim,) = claims_of(text)
    assert [q.text for q in claim.quotes] == [
        "one two three",
        "چهار پنج شش",
        "sieben acht",
        "nine ten",
        "eleven twelve",
    ]


def test_apostrophes_are_not_quotations() -> None:
    (claim,) = claims_of("Russia’s view and the Taliban’s answer were clear.¹\n")
    assert claim.quotes == ()


def test_a_heading_is_not_joined_to_the_next_paragraph() -> None:
    text = "RUSSIAN OBJECTIVE\n\nThe geopolitical significance of Afghanistan is clear.¹\n"
    (claim,) = claims_of(text)
    assert claim.text == "The geopolitical significance of Afghanistan is clear."


def test_a_marker_pushed_to_the_next_page_still_closes_the_sentence_before_the_break() -> None:
    text = "Earlier claim.¹ Russia's concerns about Afghanistan heightened.\n\n\n\n⁷ Russian Defense Minister spoke.⁸\n"
    _, seventh, eighth = claims_of(text)
    assert seventh.markers == (7,)
    assert seventh.core == "Russia's concerns about Afghanistan heightened."
    assert eighth.core == "Russian Defense Minister spoke."


def test_a_heading_after_a_cited_paragraph_is_not_part_of_the_next_claim() -> None:
    text = (
        "The ministry said that more than 450 thousand people have returned so far.2\n\n"
        "Position of the Government of Pakistan\n\n"
        "The interior minister said that all must leave by November.3\n"
    )
    _, third = claims_of(text)
    assert third.text == "The interior minister said that all must leave by November."


def test_a_quotation_left_open_at_a_page_break_goes_on_after_it() -> None:
    text = "یک کارشناس گفت: «بدون سرمایه‌گذاری در مدیریت آب، هیچ توافقی پایدار نخواهد\n\n\n\nماند.»۱\n"
    (claim,) = claims_of(text)
    assert [q.text for q in claim.quotes] == ["بدون سرمایه‌گذاری در مدیریت آب، هیچ توافقی پایدار نخواهد ماند."]


def test_mirrored_quotation_marks_of_right_to_left_text() -> None:
    (claim,) = claims_of("قال المتحدث: ”الصين تحترم سيادة أفغانستان.“٢\n")
    assert claim.markers == (2,)
    assert [q.text for q in claim.quotes] == ["الصين تحترم سيادة أفغانستان."]


def test_a_plain_digit_marker_pushed_to_the_next_page_is_found_but_a_numbered_list_is_not() -> None:
    from refcheck.parse.markers import pushed_markers

    text = (
        "The embassy was attacked.6 Russia's concerns about Afghanistan heightened.\n\n\n\n"
        "7 Russian Defense Minister spoke in Delhi.8\n\n"
        "Challenges remain.\n\n1. Russia designated the group in 2003.\n"
    )
    markers = pushed_markers(text, 0, len(text), find_markers(text))
    assert [m.numbers for m in markers] == [(6,), (7,), (8,)]
    claims = extract_claims(text, paragraphs(text), markers, LineIndex.of(text))
    assert claims[1].core == "Russia's concerns about Afghanistan heightened."
