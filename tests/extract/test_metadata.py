"""Metadata: title, dates in their own timezone, canonical URL, language, archived snapshots."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from refcheck.extract import page as page_module
from refcheck.extract import read_page
from refcheck.extract.metadata import parse_date
from refcheck.extract.page import is_archived_url

URL = "https://example.org/news/1"


def _page(head: str, body: str = "<article><p>Text.</p></article>", lang: str = ' lang="en"') -> object:
    markup = f"<!DOCTYPE html><html{lang}><head>{head}</head><body>{body}</body></html>"
    return read_page(markup.encode(), "text/html; charset=utf-8", URL)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-17T14:26:00+03:00", dt.date(2023, 5, 17)),
        ("2023-05-17T23:30:00-05:00", dt.date(2023, 5, 17)),  # the date where it was written, not UTC's
        ("2023-09-29T12:34:00.000Z", dt.date(2023, 9, 29)),
        ("2021-08-05", dt.date(2021, 8, 5)),
        ("20230428", dt.date(2023, 4, 28)),
        ("2021/08/05 10:00", dt.date(2021, 8, 5)),
        ("Fri, 28 Apr 2023 10:15:30 GMT", dt.date(2023, 4, 28)),
        ("2023-02-30", None),
        ("0001-01-01", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (1684322760, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_open_graph_dates_in_their_own_timezone() -> None:
    page = _page(
        '<meta property="article:published_time" content="2021-08-05T23:12:00+03:00">'
        '<meta property="article:modified_time" content="2021-08-06T08:40:00+03:00">'
    )
    assert (page.published, page.modified) == (dt.date(2021, 8, 5), dt.date(2021, 8, 6))


def test_json_ld_graph_prefers_the_article_node() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "datePublished": "2020-01-01T00:00:00Z"},
            {
                "@type": "NewsArticle",
                "datePublished": "2022-03-14T13:05:22+00:00",
                "dateModified": "2022-03-15",
            },
        ],
    }
    page = _page(f'<script type="application/ld+json">{json.dumps(graph)}</script>')
    assert (page.published, page.modified) == (dt.date(2022, 3, 14), dt.date(2022, 3, 15))


def test_json_ld_list_and_broken_json_ld() -> None:
    items = [{"@type": ["Article"], "datePublished": "2019-05-01"}]
    page = _page(
        '<script type="application/ld+json">{not json</script>'
        f'<script type="application/ld+json">{json.dumps(items)}</script>'
    )
    assert page.published == dt.date(2019, 5, 1)


def test_itemprop_and_dublin_core_and_name_date() -> None:
    assert _page(
        "", '<article><span itemprop="datePublished" content="2020-02-02">x</span></article>'
    ).published == (dt.date(2020, 2, 2))
    assert _page('<meta name="DC.date" content="2018-07-09">').published == dt.date(2018, 7, 9)
    assert _page('<meta name="date" content="2017-06-05">').published == dt.date(2017, 6, 5)
    assert _page('<meta itemprop="dateModified" content="2016-01-02T00:00:00Z">').modified == dt.date(
        2016, 1, 2
    )


def test_time_element_of_the_article_only() -> None:
    body = (
        '<article><p><time datetime="2021-10-22">22 Oct</time> Text.</p></article>'
        '<section class="related"><time datetime="2021-08-05">5 Aug</time></section>'
    )
    assert _page("", body).published == dt.date(2021, 10, 22)
    related_only = (
        '<article><p>Text.</p></article><section class="related"><time datetime="2021-08-05">x</time>'
    )
    assert _page("", related_only).published is None


def test_title_canonical_language() -> None:
    page = _page(
        '<title> The  Evolving Relations - Site </title><meta property="og:title" content="OG title">'
        '<link rel="canonical" href="https://example.org/canonical/">',
        "<svg><title>Logo</title></svg><article><h1>Heading</h1><p>Text.</p></article>",
        lang=' lang="en-US"',
    )
    assert page.title == "The Evolving Relations - Site"
    assert page.canonical_url == "https://example.org/canonical/"
    assert page.language == "en"
    assert _page('<meta property="og:title" content="OG title">').title == "OG title"
    assert _page("", "<article><h1>Only a heading</h1></article>").title == "Only a heading"


def test_language_falls_back_to_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def detect(text: str) -> str | None:
        seen.append(text)
        return "ps"

    monkeypatch.setattr(page_module, "detect_language", detect)
    page = _page("", "<article><p>دا د پښتو متن دی</p></article>", lang="")
    assert page.language == "ps"
    assert seen == ["دا د پښتو متن دی"]
    assert _page("", lang=' lang="fa"').language == "fa"  # declared: no detection


def test_archived_snapshot_urls() -> None:
    assert is_archived_url("https://web.archive.org/web/20230428101530/https://www.rfi.fr/fa/x")
    assert is_archived_url("http://127.0.0.1:8765/web/20230428101530id_/https://www.rfi.fr/fa/x")
    assert not is_archived_url("https://www.rfi.fr/fa/web/2023/x")
    page = read_page(b"<p>x</p>", "text/html", "https://web.archive.org/web/20230428101530/https://a.org/")
    assert page.archived
    assert not read_page(b"<p>x</p>", "text/html", URL).archived


def test_json_ld_wrapped_in_comments_with_raw_newlines() -> None:
    script = '<script type="application/ld+json">\n<!--\n{"@type": "NewsArticle", "headline": "a\nb",\n'
    script += '"datePublished": "2023-04-28T12:05:00+02:00"}\n-->\n</script>'
    assert _page(script).published == dt.date(2023, 4, 28)
