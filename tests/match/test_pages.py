"""Is it the right page: cited titles against page titles."""

from __future__ import annotations

from refcheck.match.pages import best_title_agreement, title_agrees


def test_a_title_with_the_sites_name_added_agrees() -> None:
    assert title_agrees(
        "The Evolving Russian-Taliban Relations", "The Evolving Russian-Taliban Relations - Rise to Peace"
    )


def test_letter_forms_and_digits_do_not_matter() -> None:
    assert title_agrees(
        "برگزاری نشست فارمت مسکو با حضور وزیر خارجه طالبان در کازان",
        "برگزاري نشست فارمت مسکو با حضور وزير خارجه طالبان در کازان – DW – 7/7/1402",
    )


def test_another_page_disagrees() -> None:
    assert (
        title_agrees("Russia and the Taliban: Prospective Partners?", "Page not found | Example News")
        is False
    )


def test_a_translated_title_cannot_be_compared() -> None:
    assert title_agrees("رزمایش مشترک روسیه", "Joint Russian exercise on the Afghan border") is None


def test_any_cited_title_may_agree() -> None:
    page = "Taliban delegation to take part in Russia — Islamic World forum in Kazan - TASS"
    assert best_title_agreement(
        ("Tass, Russian New Agency", "Taliban delegation to take part in Russia"), page
    )
    assert best_title_agreement(("A completely different headline here",), page) is False
    assert best_title_agreement(("Anything at all",), None) is None
