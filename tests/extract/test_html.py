"""HTML -> article text: boilerplate stripped, blocks as lines, words kept whole."""

from __future__ import annotations

from refcheck.extract import read_page
from refcheck.text.normalize import normalize

URL = "https://example.org/news/1"


def _text(markup: str) -> str:
    return read_page(markup.encode(), "text/html; charset=utf-8", URL).text


BOILERPLATE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Headline - Site</title>
<style>.x{color:red}</style><script>var headline = "Headline repeated by script";</script></head>
<body>
<header class="site"><a href="/">Site logo</a></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<div id="cookiePolicy"><p>We use cookies to improve your experience.</p><button>OK</button></div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; World</div>
<article>
  <header><h1>Headline</h1><p class="teaser">The teaser of the story.</p></header>
  <p>First paragraph of the story.</p>
  <div class="share-tools"><a href="https://twitter.com/intent/tweet?u=x">Tweet this</a></div>
  <div class="detay-paylas"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> |
  <a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>
  <p>Second paragraph.</p>
  <noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
  <svg><title>Icon title</title><text>svg text</text></svg>
  <p hidden>Hidden paragraph</p><p style="display: none">Invisible paragraph</p>
  <form><input value="x"><label>Search label</label></form>
  <iframe src="https://ads.example"></iframe>
</article>
<aside><p>Sidebar text</p></aside>
<section class="related-news"><h2>Related stories</h2><ul><li>Other story</li></ul></section>
<section class="most-read"><h2>Most read</h2><ol><li>Popular story</li></ol></section>
<footer><p>Copyright footer</p></footer>
<script>document.cookie = "accepted"; console.log("Headline");</script>
</body></html>"""


def test_boilerplate_is_stripped_and_the_article_kept() -> None:
    text = _text(BOILERPLATE_PAGE)
    assert text.splitlines() == [
        "Headline",
        "The teaser of the story.",
        "First paragraph of the story.",
        "Second paragraph.",
    ]


def test_blocks_are_lines_and_inline_tags_do_not_split_words() -> None:
    markup = (
        "<body><p>Ka<b>bu</b>l and <a href='#'>Mos</a>cow,\n   said   the <em>envoy</em>.</p>"
        "<div>Next block</div></body>"
    )
    assert _text(markup) == "Kabul and Moscow, said the envoy.\nNext block"


def test_br_is_a_line_break_and_blockquote_is_kept() -> None:
    markup = (
        "<article><p>He said:</p><blockquote><p>“Taliban is fighting in Afghanistan;<br />\n"
        "therefore, our interests are the same.”</p></blockquote></article>"
    )
    text = _text(markup)
    assert text.splitlines() == [
        "He said:",
        "“Taliban is fighting in Afghanistan;",
        "therefore, our interests are the same.”",
    ]
    assert normalize("Afghanistan; therefore, our interests") in normalize(text)


def test_rtl_text_and_zwnj_are_kept_as_written() -> None:
    sentence = "سازمان‌های تروریستی بین‌المللی مستقر در افغانستان، به کشورهای همسایه نفوذ کرده‌اند"
    markup = f'<html lang="fa" dir="rtl"><body><article><p dir="rtl">{sentence}</p></article></body></html>'
    assert _text(markup) == sentence


def test_main_is_preferred_to_body_when_there_is_no_article() -> None:
    markup = "<body><div class='menu-x'>Menu words</div><main><p>Main text</p></main><div>Other</div></body>"
    assert _text(markup) == "Main text"


def test_longest_article_is_chosen() -> None:
    markup = "<body><article><p>Teaser</p></article><article><p>The long article body.</p></article></body>"
    assert _text(markup) == "The long article body."


def test_article_inside_a_form_or_a_sidebar_layout_is_not_stripped() -> None:
    markup = (
        "<body><form id='aspnetForm'><div class='sidebar-layout'><article><p>Body</p></article></div></form>"
    )
    assert _text(markup) == "Body"


def test_wayback_toolbar_and_comments_are_stripped() -> None:
    markup = """<html><head><title>T</title></head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base"><div id="wm-ipp">3 captures COLLECTED BY About this capture</div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/2023/</div>
<article><p>Archived article text.</p></article></body></html>
<!--
     FILE ARCHIVED ON 10:15:30 Apr 28, 2023 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 08:02:11 Nov 25, 2024.
-->"""
    page = read_page(markup.encode(), "text/html", "https://example.org/x")
    assert page.text == "Archived article text."
    assert page.archived  # the toolbar marks a snapshot, whatever host served it


def test_malformed_and_deeply_nested_markup() -> None:
    assert _text("<p>unclosed <b>bold <i>italic</p><p>next") == "unclosed bold italic\nnext"
    deep = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert _text(f"<body>{deep}</body>") == "deep text"
    assert _text("") == ""
    assert _text("<p>a &lt; b</p>") == "a < b"
    assert read_page(b"<p>a caf\xe9 garbage <p", "text/html", URL).text == "a café garbage"


def test_a_teaser_article_does_not_hide_the_page_text() -> None:
    story = "<p>" + "The real story text is here, outside any article element. " * 20 + "</p>"
    markup = f"<body><div class='content'>{story}</div><article><p>Teaser card</p></article></body>"
    text = _text(markup)
    assert text.startswith("The real story text is here") and "Teaser card" in text


def test_screen_reader_only_text_is_not_visible_text() -> None:
    markup = "<main><span class='sr-only'>Image caption,</span><a class='visually-hidden'>Skip</a><p>Body</p>"
    assert _text(markup) == "Body"


def test_markup_that_looks_like_a_url_is_text() -> None:
    assert _text("https://example.org/page") == "https://example.org/page"


def test_the_header_of_main_keeps_its_headline() -> None:
    markup = "<body><header>Site</header><main><header><h1>Headline</h1></header><p>Body</p></main></body>"
    assert _text(markup) == "Headline\nBody"
