""" "Instead of X" on the page says X is not done: a claim that states X as done is a mismatch."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (
            "The ministry said the measles vaccination would be given in schools across Kabul.",
            "The ministry said the measles vaccination would be given at health centres instead of in schools "
            "across Kabul, to reach children who have left education.",
            "en",
        ),
        (
            "روغتیا وزارت ویلي چې د سرخکان واکسین به په ښوونځیو کې ورکول کېږي.",
            "روغتیا وزارت ویلي چې د سرخکان واکسین به په ښوونځیو کې پر ځای په روغتیايي مرکزونو کې ورکول کېږي.",
            "ps",
        ),
        (
            "وزارت گفت که واکسین سرخکان در مکتب‌ها تطبیق می‌شود.",
            "وزارت گفت که واکسین سرخکان به جای مکتب‌ها در مراکز صحی تطبیق می‌شود.",
            "fa",
        ),
        (  # a negation elsewhere in the claim does not deny what "instead of" governs
            "In Kunar vaccinators went door to door and no child was missed, the ministry said.",
            "The ministry said that in Kunar vaccinators worked from mosques instead of door to door and no "
            "child was missed.",
            "en",
        ),
        (  # the words that tie claim and page stand far from "instead of"
            "Ministry spokesman Sharif Naseri said the teams would work from mosque-based sites.",
            "Dr Sharif Naseri, the ministry's spokesman, said door-to-door visits would be used instead of "
            "mosque-based sites. The campaign's director said the teams could extend the campaign.",
            "en",
        ),
        (  # what "instead of" governs ends where a clause of reason begins
            "The agency trucked the flour for Ghor through Herat.",
            "The agency trucked the flour for Ghor through Bamyan instead of Herat because snow had closed the road.",
            "en",
        ),
        (  # به‌جای X به‌عنوان Y: instead of retiring, appointed as an adviser
            "وزیر پیشین زراعت بازنشسته شد.",
            "وزیر پیشین زراعت به‌جای بازنشستگی به‌عنوان مشاور ریاست‌الوزرا گماشته شد.",
            "fa",
        ),
    ],
)
def test_what_the_page_does_instead_of_is_not_done(claim: str, source: str, language: str) -> None:
    result = check_support(claim, page(source, language=language))
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in [d.kind for d in result.differences]


def test_what_the_page_does_instead_is_supported() -> None:
    index = page(
        "The ministry said the measles vaccination would be given at health centres instead of in schools "
        "across Kabul, to reach children who have left education."
    )
    claim = "The ministry said the measles vaccination would be given at health centres across Kabul."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (  # the claim names what is done instead too
            "Mosques stayed shut and Eid prayers were held in homes, the ministry said.",
            "The ministry said Eid prayers were held in homes instead of mosques because of the outbreak.",
            "en",
        ),
        (  # بدل کرد is "changed", not "instead of"
            "وزارت معارف کتاب‌های درسی جدید را چاپ کرد.",
            "وزارت معارف نصاب درسی را بدل کرد و کتاب‌های درسی جدید را چاپ کرد.",
            "fa",
        ),
        (  # په ځای کې is "at the scene"
            "پولیسو د پېښې له ځای څخه ۱۲ کسان ونیول.",
            "پولیسو د پېښې په ځای کې ۱۲ کسان ونیول.",
            "ps",
        ),
    ],
)
def test_what_only_looks_like_instead_of_is_no_mismatch(claim: str, source: str, language: str) -> None:
    assert check_support(claim, page(source, language=language)).verdict is not Verdict.MISMATCH
