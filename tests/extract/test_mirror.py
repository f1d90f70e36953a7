"""The mirror's pages (../shared/mirror/pages), as EXPECTED.md describes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from refcheck.extract import decode_body, read_page
from refcheck.models import Page
from refcheck.text.normalize import normalize

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "mirror" / "pages"
pytestmark = pytest.mark.skipif(not PAGES.is_dir(), reason=f"the shared mirror is absent ({PAGES})")
WAYBACK_URL = "https://web.archive.org/web/20230428101530/https://www.rfi.fr/fa/%D8%AC%D9%87%D8%A7%D9%86/x"


def _read(name: str, content_type: str = "text/html", url: str = "https://example.org/") -> Page:
    return read_page((PAGES / name).read_bytes(), content_type, url)


def test_dw_windows_1256_page_decodes_without_replacement_characters() -> None:
    body = (PAGES / "dw-fa-af-a-66951234.cp1256.html").read_bytes()
    assert "\ufffd" not in decode_body(body, "text/html")
    page = _read("dw-fa-af-a-66951234.cp1256.html")
    assert "\ufffd" not in page.text
    assert normalize("فارمت مسکو") in normalize(page.text)
    assert normalize("قرغیزستان") in normalize(page.text)
    assert page.title is not None and page.title.endswith("DW – 7/7/1402")
    assert page.language == "fa"


@pytest.mark.parametrize(
    ("name", "published", "modified"),
    [
        ("bbc-persian-world-58956417.html", dt.date(2021, 10, 22), dt.date(2021, 10, 22)),
        ("dw-fa-af-a-66951234.cp1256.html", dt.date(2023, 9, 29), dt.date(2023, 9, 29)),
        ("aa-fa-2325364.html", dt.date(2021, 8, 5), dt.date(2021, 8, 6)),
        ("tass-politics-1618835.html", dt.date(2023, 5, 17), None),
        ("rusi-russia-and-taliban-prospective-partners.html", dt.date(2021, 9, 14), dt.date(2021, 9, 14)),
        ("risetopeace-evolving-russian-taliban-relations.html", dt.date(2022, 3, 14), dt.date(2022, 3, 15)),
        ("wayback-20230428101530-rfi-fa-shoigu-sco.html", dt.date(2023, 4, 28), dt.date(2023, 4, 28)),
    ],
)
def test_dates_of_table_b(name: str, published: dt.date, modified: dt.date | None) -> None:
    page = _read(name)
    assert page.published == published
    if modified is not None:
        assert page.modified == modified


RISE = "risetopeace-evolving-russian-taliban-relations.html"


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        (RISE, ["rtpPost", "gtag", "cookies", "Related Posts", "Recent Posts", "Privacy Policy", "Donate"]),
        (
            "bbc-persian-world-58956417.html",
            ["SIMORGH_DATA", "کوکی", "خبرهای مرتبط", "پربیننده", "querySelector"],
        ),
        ("tass-politics-1618835.html", ["__TASS_STATE__", "cookies", "More news on the topic"]),
        ("aa-fa-2325364.html", ["aaNews", "acceptCookies", "توییتر", "فیسبوک"]),
        ("dw-fa-af-a-66951234.cp1256.html", ["مطالب مرتبط", "کوکي", "ناوبري"]),
        ("rusi-russia-and-taliban-prospective-partners.html", ["rusiAnalytics", "cookies"]),
    ],
)
def test_scripts_banners_navigation_and_related_links_are_not_text(name: str, absent: list[str]) -> None:
    text = _read(name).text
    for words in absent:
        assert words not in text, words


def test_script_repeating_the_headline_leaves_one_headline() -> None:
    text = _read("tass-politics-1618835.html").text
    assert text.count("Taliban delegation to take part in Russia") == 1


def test_kabulov_blockquote_reads_as_one_passage() -> None:
    text = _read("risetopeace-evolving-russian-taliban-relations.html").text
    quote = (
        "Taliban is fighting in Afghanistan against the people we fought in Syria; "
        "therefore, our interests are the same."
    )
    assert normalize(quote) in normalize(text)
    assert "Zamir Kabulov, Russia’s special representative for Afghanistan" in text  # &#8217; decoded
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("“Taliban is fighting"))
    assert lines[start + 1] == "therefore, our interests are the same.”"


def test_rtl_text_is_intact() -> None:
    text = _read("bbc-persian-world-58956417.html").text
    assert "سازمان پیمان امنیت جمعی (CSTO)" in text
    assert "این رزمایش از روز دوشنبه ۲۶ مهر ۱۴۰۰" in text
    assert "برگزار می‌کنند" in text  # ZWNJ kept as written


def test_wayback_snapshot_is_stripped_and_marked_archived() -> None:
    page = _read("wayback-20230428101530-rfi-fa-shoigu-sco.html", url=WAYBACK_URL)
    assert page.archived
    for words in ("captures", "COLLECTED BY", "About this capture", "FILE ARCHIVED", "Wayback", "__wm"):
        assert words not in page.text, words
    assert "سرگئی شویگو" in page.text
    assert page.text.startswith("وزیر دفاع روسیه")
    assert page.language == "fa"


def test_canonical_and_titles() -> None:
    aa = _read("aa-fa-2325364.html")
    assert aa.title == "رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان"
    assert aa.canonical_url is not None and aa.canonical_url.startswith("https://www.aa.com.tr/fa/")
    rtp = _read("risetopeace-evolving-russian-taliban-relations.html")
    assert rtp.title == "The Evolving Russian-Taliban Relations - Rise to Peace"
    assert rtp.language == "en"


def test_every_mirror_page_reads_without_error() -> None:
    for path in sorted(PAGES.glob("*.html")):
        page = read_page(path.read_bytes(), "text/html", "https://example.org/")
        assert page.text and "\ufffd" not in page.text, path.name
