"""HTML -> the article text a reader sees: boilerplate dropped, one block per line.

``parse_html`` builds the tree (beautifulsoup4 with lxml), ``strip_boilerplate`` removes what is not
the article (scripts, navigation, site header and footer, cookie banners, related / most-read / share /
breadcrumb blocks, hidden elements, the Wayback Machine toolbar), ``content_root`` picks the article
(``<article>``, ``<main>``, ``[itemprop=articleBody]``, else ``<body>``) and ``block_text`` renders it:
"\\n" between block elements and at ``<br>``, whitespace collapsed inside a block, inline tags joined
without a space so that ``<b>wo</b>rd`` stays one word.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import (
    CData,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

__all__ = ["block_text", "content_root", "extract_text", "parse_html", "strip_boilerplate", "strip_wayback"]

_WAYBACK_TOOLBAR = re.compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
    re.DOTALL | re.IGNORECASE,
)
_DROPPED_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form", "iframe", "frame",
    "object", "embed", "canvas", "button", "select", "textarea", "input", "dialog", "head", "link", "meta",
)  # fmt: skip
_DROPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menubar"}
)
# Class or id fragments that mark boilerplate; matched case-insensitively anywhere in the attribute.
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|breadcrumb|related|most-?_?read|mostpopular|popular|newsletter|subscribe|"
    r"share|sharing|social|sidebar|advert|promo|sliding-popup|visually-hidden|sr-only|screen-reader|"
    r"skip-link|(?:^|[\s_-])(?:ads?|tags?|topics?|comments?)(?:[\s_-]|$)|(?:^|\s)wm-ipp|donato",
    re.IGNORECASE,
)
_SHORT_ARTICLE = 500  # characters
_PROTECTED = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br",
    }
)  # fmt: skip
# Links that share the page on a social network: their block is a share bar, not the article.
_SHARE_LINK = re.compile(
    r"//(?:www\.)?(?:twitter\.com/(?:intent|share)|x\.com/intent|facebook\.com/sharer|"
    r"linkedin\.com/share|(?:api\.)?whatsapp\.com/send|wa\.me/|t\.me/share|telegram\.me/share|"
    r"pinterest\.com/pin/create|reddit\.com/submit|vk\.com/share)",
    re.IGNORECASE,
)
_HAS_WORD = re.compile(r"\w")
_SKIPPED_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BREAK = "\x00"  # a block boundary while rendering; never in decoded HTML text


def strip_wayback(markup: str) -> str:
    """Remove the Wayback Machine toolbar that web.archive.org inserts into every snapshot."""
    return _WAYBACK_TOOLBAR.sub("", markup)


def parse_html(markup: str) -> BeautifulSoup:
    """The parsed tree of ``markup`` (lxml; malformed markup is repaired, never an error)."""
    with warnings.catch_warnings():  # a page that is only a URL, or XHTML: bs4's hints are not ours
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(strip_wayback(markup).replace(_BREAK, ""), "lxml")


def _attr_text(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def _is_article_marker(tag: Tag) -> bool:
    return tag.name in {"article", "main"} or tag.get("itemprop") == "articleBody"


def _article_holders(soup: BeautifulSoup) -> set[int]:
    """ids of the elements that contain an article, a main or an articleBody: never stripped."""
    holders: set[int] = set()
    for tag in soup.find_all(True):
        if _is_article_marker(tag):
            parent = tag.parent
            while parent is not None and id(parent) not in holders:
                holders.add(id(parent))
                parent = parent.parent
    return holders


def _is_boilerplate(tag: Tag, in_content: bool, verdicts: dict[str, bool]) -> bool:
    name = tag.name
    if name in _PROTECTED:
        return False
    if name in _DROPPED_TAGS:
        return True
    if name in {"header", "footer"} and not in_content:
        return True  # the site's; an article's own header holds its headline and teaser
    attrs = tag.attrs
    if not attrs:
        return False
    if name == "a" and _SHARE_LINK.search(_attr_text(tag, "href")):
        return True
    if "hidden" in attrs or ("style" in attrs and _HIDDEN_STYLE.search(_attr_text(tag, "style"))):
        return True
    if "role" in attrs and _attr_text(tag, "role").lower() in _DROPPED_ROLES:
        return True
    marks = f"{_attr_text(tag, 'class')} {_attr_text(tag, 'id')}".strip()
    if not marks:
        return False
    verdict = verdicts.get(marks)
    if verdict is None:  # class names repeat a lot on one page
        verdict = verdicts[marks] = _BOILERPLATE.search(marks) is not None
    return verdict


def strip_boilerplate(soup: BeautifulSoup) -> None:
    """Remove, in place, every element that is not part of what a reader reads as the article."""
    holders = _article_holders(soup)  # e.g. a page wrapped in one <form>, or a "sidebar-layout" div
    verdicts: dict[str, bool] = {}
    stack: list[tuple[Tag, bool]] = [(soup, False)]
    while stack:  # one walk; a removed element's subtree is not visited
        tag, in_content = stack.pop()
        for child in list(tag.contents):
            if not isinstance(child, Tag):
                continue
            if id(child) not in holders and _is_boilerplate(child, in_content, verdicts):
                child.decompose()
            else:
                stack.append((child, in_content or _is_article_marker(child)))


def content_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: the longest ``<article>``, else ``<main>``, else the body."""
    articles: list[Tag] = []
    found: dict[str, Tag] = {}
    for tag in soup.find_all(True):
        if tag.name == "article":
            articles.append(tag)
        elif tag.name in {"main", "body"}:
            found.setdefault(tag.name, tag)
        if tag.get("role") == "main":
            found.setdefault("role", tag)
        if tag.get("itemprop") == "articleBody":
            found.setdefault("itemprop", tag)
    container = next((found[key] for key in ("main", "role", "itemprop", "body") if key in found), soup)
    if articles:
        article = max(articles, key=lambda tag: len(tag.get_text()))
        # an <article> that is only a teaser card of a page whose text lives elsewhere is not the article
        if len(article.get_text()) >= min(_SHORT_ARTICLE, len(container.get_text()) // 4):
            return article
    return container


def block_text(root: Tag) -> str:
    """The text of ``root``: one block per line, whitespace collapsed inside each block."""
    pieces: list[str] = []
    stack: list[PageElement | str] = [root]
    while stack:  # iterative: deeply nested markup must not hit the recursion limit
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            pieces.append(node)  # a pending break
        elif isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                pieces.append(str(node))
        elif isinstance(node, Tag):
            block = node.name in _BLOCK_TAGS
            if block:
                pieces.append(_BREAK)
                stack.append(_BREAK)
            stack.extend(reversed(node.contents))
    lines = (" ".join(chunk.split()) for chunk in "".join(pieces).split(_BREAK))
    return "\n".join(line for line in lines if _HAS_WORD.search(line))  # drops "|" left by share bars


def extract_text(soup: BeautifulSoup) -> str:
    """Strip the boilerplate of ``soup`` (in place) and return the article's text."""
    strip_boilerplate(soup)
    return block_text(content_root(soup))
