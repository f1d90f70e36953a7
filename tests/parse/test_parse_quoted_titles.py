"""Entries written `Outlet, "Title", date, [domain](url)`: the quoted title, the outlet, the full date
(trial finding 6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from refcheck.parse.document import parse_document
from refcheck.parse.fields import is_domain_only, read_fields
from refcheck.parse.formats import read_report


def test_the_quoted_title_is_the_title_and_a_domain_link_text_is_not() -> None:
    fields = read_fields(
        'Kabul Ledger, "Second phase of the northern canal begins", 22 March 2024, '
        "[kabulledger.example](https://kabulledger.example/news/canal-phase-two)"
    )
    assert fields.title == "Second phase of the northern canal begins"
    assert fields.outlet == "Kabul Ledger"
    assert fields.link_text is None
    assert fields.date is not None and fields.date.value == dt.date(2024, 3, 22)


def test_a_month_inside_the_quoted_title_is_not_the_date() -> None:
    fields = read_fields(
        "Regional Bank, “Economic Update, May 2024”, 31 May 2024, "
        "[www.regionalbank.example](https://www.regionalbank.example/update-may)"
    )
    assert fields.title == "Economic Update, May 2024"
    assert fields.outlet == "Regional Bank"
    assert fields.date is not None and fields.date.value == dt.date(2024, 5, 31)
    assert fields.date_text == "31 May 2024"


def test_a_quoted_title_with_commas_and_a_bare_url() -> None:
    fields = read_fields(
        "Steppe Wire, “Kazakhstan, Uzbekistan aim to double trade”, 3 January 2024, https://steppe.example/a/1"
    )
    assert (fields.outlet, fields.title) == ("Steppe Wire", "Kazakhstan, Uzbekistan aim to double trade")


def test_a_guillemet_title_in_a_persian_entry() -> None:
    fields = read_fields(
        "رادیو نمونه، «آغاز مرحله دوم کانال»، ۲ حمل ۱۴۰۳، [radio.example](https://radio.example/a/2)"
    )
    assert (fields.outlet, fields.title) == ("رادیو نمونه", "آغاز مرحله دوم کانال")
    assert fields.date is not None and fields.date.value == dt.date(2024, 3, 21)


def test_a_title_in_the_link_place_is_still_kept() -> None:
    fields = read_fields("Outlet, Title, available at: A page title here | Outlet (outlet.example)")
    assert fields.link_text == "A page title here | Outlet (outlet.example)"


def test_domains_are_told_from_titles() -> None:
    assert all(is_domain_only(text) for text in ("reuters.com", "www.bbc.com", "(aa.com.tr)", "dw.com/fa-af"))
    assert not any(is_domain_only(text) for text in ("Reuters", "A title. Another", "3.5 percent"))


def test_the_parsed_reference_has_no_domain_title(tmp_path: Path) -> None:
    text = (
        "# Brief\n\nThe canal entered its second phase.¹\n\n## References\n\n"
        '1. Kabul Ledger, "Second phase of the northern canal begins", 22 March 2024, '
        "[kabulledger.example](https://kabulledger.example/news/canal-phase-two)\n"
    )
    path = tmp_path / "brief.md"
    path.write_text(text, encoding="utf-8")
    (reference,) = parse_document(read_report(path), "brief.md").references
    assert reference.title == "Second phase of the northern canal begins"
    assert reference.outlet == "Kabul Ledger"
    assert reference.link_text is None
    assert reference.url == "https://kabulledger.example/news/canal-phase-two"


def test_a_phrase_quoted_inside_a_title_is_not_the_title() -> None:
    fields = read_fields(
        'Steppe Wire, Why the "Kabul model" fails, 3 January 2024, https://steppe.example/a/2'
    )
    assert fields.title == 'Why the "Kabul model" fails'
    assert fields.outlet == "Steppe Wire"


def test_a_title_whose_comma_sits_inside_the_quotes() -> None:
    fields = read_fields('Kabul Ledger, "Canal works begin," March 22, 2024, https://kabulledger.example/c')
    assert (fields.outlet, fields.title) == ("Kabul Ledger", "Canal works begin")
    assert fields.date is not None and fields.date.value == dt.date(2024, 3, 22)
