"""Fields of an entry: labels in four languages (typos too), outlet and title, date, links."""

from __future__ import annotations

import datetime as dt

import pytest

from refcheck.models import Calendar
from refcheck.parse.fields import read_fields
from refcheck.parse.labels import LabelKind, find_labels


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Outlet, Title, Published date: 14/Sep/2021, available at: x", ["date", "link"]),
        ("بي بي سي، عنوان، د نشر نیته ۲۲/اکتوبر/۲۰۲۱، د لاس رسي لينک: x", ["date", "link"]),
        ("اراف ای، عنوان، د نشر نپته ۲۸/۴/۲۰۲۳، د لاس رسي لینک: x", ["date", "link"]),  # the typo نپته
        ("بی‌بی‌سی، عنوان، تاریخ نشر: ۱ میزان ۱۴۰۲، لینک دسترسی: x", ["date", "link"]),
        ("الجزيرة، عنوان، تاريخ النشر: ١٤ أيلول ٢٠٢١، الرابط: x", ["date", "link"]),
        ("BBC, Title, accessed on: 3 May 2024", ["accessed"]),
        ("The missing link in Kabul", []),  # a short label counts only with its colon
    ],
)
def test_labels_are_found_tolerantly(text: str, kinds: list[str]) -> None:
    assert [hit.kind.value for hit in find_labels(text)] == kinds


def test_english_entry_with_title_in_the_link_place() -> None:
    fields = read_fields(
        "Ramani, Samuel, RUSI, Russia and the Taliban: Prospective Partners? Published date: 14/Sep/2021, "
        "available at: Russia and the Taliban: Prospective Partners? | Royal United Services Institute (rusi.org)"
    )
    assert fields.outlet == "Ramani, Samuel, RUSI"
    assert fields.title == "Russia and the Taliban: Prospective Partners?"
    assert fields.date is not None and fields.date.value == dt.date(2021, 9, 14)
    assert fields.link_text and fields.link_text.startswith("Russia and the Taliban")
    assert fields.has_link_label and fields.links == () and fields.text_urls == ()


def test_persian_entry_with_a_markdown_link_and_escaped_parentheses() -> None:
    fields = read_fields(
        "خبرگزاری اناتولی، رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان، د نشر نپته ۰۶/۰۸/۲۰۲۱، "
        "د لاس رسي لینک: [رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان \\(aa.com.tr\\)](http://aa.com.tr)"
    )
    assert fields.outlet == "خبرگزاری اناتولی"
    assert fields.title == "رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان"
    assert [(link.text, link.url) for link in fields.links] == [
        ("رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان (aa.com.tr)", "http://aa.com.tr")
    ]
    assert fields.date is not None and fields.date.value == dt.date(2021, 8, 6)
    assert fields.date.text == "۰۶/۰۸/۲۰۲۱"


def test_solar_hijri_numeric_date_with_a_label_typo() -> None:
    fields = read_fields(
        "پی، دبلیو. برگزاری نشست فارمت مسکو، د نشر نپته ۷/۷/۱۴۰۲، د لاس رسي لینک: برگزاری نشست"
    )
    assert fields.date is not None
    assert (fields.date.value, fields.date.calendar) == (dt.date(2023, 9, 29), Calendar.SOLAR_HIJRI)
    assert fields.outlet == "پی، دبلیو" and fields.title == "برگزاری نشست فارمت مسکو"


def test_a_date_without_a_label_and_a_bare_url() -> None:
    fields = read_fields(
        'World Water Institute, "The Kabul Basin", 12 January 2024, https://water.example/kabul.'
    )
    assert fields.date is not None and fields.date.value == dt.date(2024, 1, 12)
    assert fields.text_urls == ("https://water.example/kabul",)
    assert fields.title == "The Kabul Basin"


def test_an_unreadable_labelled_date_is_kept_as_written() -> None:
    fields = read_fields("Group, Title, published date: 45/13/2022, https://x.example/a")
    assert fields.date is None and fields.date_text == "45/13/2022"


def test_accessed_date_is_not_the_publication_date() -> None:
    fields = read_fields("Outlet, Title, https://x.example/a, accessed on: 3 May 2024")
    assert fields.date is None


def test_kind_enum_values() -> None:
    assert {kind.value for kind in LabelKind} == {"link", "date", "accessed"}


def test_author_year_entries_take_the_title_after_the_year() -> None:
    fields = read_fields(
        "Ahmadi, Rahim (2022). The Long History of TAPI. Journal of Regional Energy Studies. https://j.example/1"
    )
    assert fields.title == "The Long History of TAPI"
    assert fields.outlet == "Ahmadi, Rahim (2022), Journal of Regional Energy Studies"
    persian = read_fields("رحیمی، احمد (۲۰۲۲). تاریخ طولانی تاپی. مجله مطالعات انرژی. https://j.example/2")
    assert persian.title == "تاریخ طولانی تاپی"


def test_a_url_wrapped_by_a_pdf_export_is_joined_but_a_following_word_is_not() -> None:
    assert read_fields("DW, Title, https://www.dw.com/fa-af/\na-66978123").text_urls == (
        "https://www.dw.com/fa-af/a-66978123",
    )
    assert read_fields("DW, Title, https://www.dw.com/fa-af/\nAccessed 3 May").text_urls == (
        "https://www.dw.com/fa-af/",
    )


def test_home_pages_in_every_usual_spelling() -> None:
    from refcheck.parse.urls import is_homepage

    assert all(
        is_homepage(url)
        for url in (
            "http://aa.com.tr",
            "https://x.example/",
            "https://x.example/index.html",
            "https://x.example/fa/",
        )
    )
    assert not any(
        is_homepage(url) for url in ("https://x.example/fa/article-1", "https://x.example/?p=31874")
    )
