"""Paraphrased claims in the source's language: supported only with every number, date and polarity."""

from __future__ import annotations

import datetime as dt

from match_helpers import claim, page

from refcheck.match import check_claim
from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict

SOURCE = page(
    "Speaking in Kabul on Tuesday, the deputy minister said the new policy would not improve access to "
    "education for girls in rural provinces. He also confirmed that 200 families had returned to their homes "
    "in Kunduz last week. Aid agencies have asked donors for another 45 million dollars before the winter.\n"
    "Foreign ministers from Russia, China, Pakistan and Iran met in Tashkent on 26 July 2022 to discuss "
    "regional security.",
    published=dt.date(2022, 8, 1),
)


def test_paraphrase_with_its_number_is_supported() -> None:
    result = check_support(
        "The deputy minister confirmed that 200 families returned to their homes in Kunduz.", SOURCE
    )
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and "200 families" in result.evidence
    assert len(result.evidence) < 300  # the passage, not the page


def test_changed_number_in_the_same_place_is_a_mismatch() -> None:
    result = check_support(
        "The deputy minister confirmed that 500 families returned to their homes in Kunduz.", SOURCE
    )
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.NUMBER, "500", "200")
    ]


def test_a_number_the_page_lacks_is_not_a_mismatch() -> None:
    result = check_support(
        "Aid agencies asked donors for 45 million dollars and 90 trucks before the winter.", SOURCE
    )
    assert result.verdict is Verdict.NOT_FOUND
    assert "90" in result.note


def test_date_in_another_form_is_supported_and_a_changed_date_is_not() -> None:
    same = check_support(
        "The foreign ministers of Russia, China, Pakistan and Iran met in Tashkent on July 26, 2022.", SOURCE
    )
    assert same.verdict is Verdict.SUPPORTED
    other = check_support(
        "The foreign ministers of Russia, China, Pakistan and Iran met in Tashkent on July 27, 2022.", SOURCE
    )
    assert other.verdict is Verdict.MISMATCH
    assert {d.kind for d in other.differences} == {DifferenceKind.DATE}


def test_opposite_polarity_is_never_supported() -> None:
    result = check_support(
        "The deputy minister said the new policy would improve access to education for girls.", SOURCE
    )
    assert result.verdict in {Verdict.MISMATCH, Verdict.NOT_FOUND}
    assert result.verdict is Verdict.MISMATCH and result.differences[0].kind is DifferenceKind.NEGATION


def test_unrelated_claim_is_not_found() -> None:
    result = check_support(
        "The central bank raised interest rates to control inflation in the capital.", SOURCE
    )
    assert result.verdict is Verdict.NOT_FOUND


def test_context_sentences_never_lower_the_core() -> None:
    core = "The deputy minister confirmed that 200 families returned to their homes in Kunduz."
    span = "Wheat prices fell by 30 percent in Herat, a claim this page never makes. " + core
    results = check_claim(claim(core, text=span), {1: SOURCE}, claim_language="en")
    assert [r.verdict for r in results] == [Verdict.SUPPORTED]


def test_persian_paraphrase_is_supported() -> None:
    source = page(
        "وزارت معارف روز یکشنبه اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود.",
        language="fa",
    )
    result = check_support("وزارت معارف اعلام كرد كه 350 مكتب جديد در ولايات شمالي ساخته خواهد شد.", source)
    assert result.verdict is Verdict.SUPPORTED


def test_a_year_range_names_both_years() -> None:
    source = page("Full implementation of the name change takes place during the 2018-2019 academic year.")
    result = check_support(
        "Full implementation of the name change is taking place during the 2018–19 academic year.", source
    )
    assert result.verdict is Verdict.SUPPORTED


def test_loose_paraphrase_is_a_candidate_never_verified() -> None:
    # like the mirror's reference 1: the passage is right, but shares too few words to verify
    source = page(
        "Vladimir Putin was quick to side with Washington.\n"
        "It offered to pass on intelligence to the international coalition, opened Russian airspace to "
        "humanitarian flights, and dropped its objections to American forces using military bases in Central Asia.\n"
        "Wheat prices in Moscow rose sharply over the winter."
    )
    text = (
        "The country committed to sharing intelligence information with the U.S.-led international coalition, "
        "utilizing space, and allowing the construction of U.S. military bases in Central Asia."
    )
    result = check_support(text, source)
    assert result.verdict is Verdict.CANDIDATE
    assert not result.verdict.is_verified
    assert result.evidence is not None and result.evidence.startswith("It offered to pass on intelligence")
    with_number = check_support(text.replace("military bases", "12 military bases"), source)
    assert with_number.verdict is Verdict.NOT_FOUND
