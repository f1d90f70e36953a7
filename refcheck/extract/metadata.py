"""A page's metadata: title, published and modified dates, canonical URL, declared language.

Dates are read, first found wins, from ``<meta>`` (``article:published_time``, ``og:*``,
``itemprop``, ``date``/``pubdate``/``DC.date``…), then JSON-LD (``@graph`` too; Article types before
other nodes), then the first ``<time datetime>`` of the article (the caller passes it, since only the
article's own ``<time>`` is trusted). An ISO 8601 timestamp gives the date in the timezone it is
written in: ``2023-05-17T14:26:00+03:00`` is 2023-05-17, whatever UTC says.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

__all__ = ["Metadata", "first_time_date", "parse_date", "read_metadata"]

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "citation_publication_date", "citation_date", "release_date",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "og:modified_time", "datemodified", "last-modified",
    "dc.date.modified", "dcterms.modified", "article.updated", "lastmod",
)  # fmt: skip
_ARTICLE_TYPES = re.compile(r"article|posting|report", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?![\d])")
_SLASHED = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_MIN_YEAR, _MAX_YEAR = 1900, 2200
_JSON_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    canonical_url: str | None = None
    language: str | None = None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """The calendar date of an ISO 8601, ``YYYY/MM/DD`` or RFC 2822 timestamp, in its own timezone."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern in (_ISO_DATE, _SLASHED):
        match = pattern.match(value)
        if match:
            return _valid(*(int(part) for part in match.groups()))
    try:
        stamp = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return _valid(stamp.year, stamp.month, stamp.day)


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text or None


_INDEXED = frozenset({"meta", "title", "link", "script", "h1", "html"})


def _index(soup: BeautifulSoup) -> dict[str, list[Tag]]:
    """The tags metadata is read from, by name, and ``itemprop`` elements as "itemprop:<name>"; one pass."""
    index: dict[str, list[Tag]] = {}
    for tag in soup.find_all(True):
        if tag.name in _INDEXED:
            index.setdefault(tag.name, []).append(tag)
        itemprop = tag.get("itemprop")
        if isinstance(itemprop, str):
            index.setdefault(f"itemprop:{itemprop.strip().lower()}", []).append(tag)
    return index


def _meta_values(index: dict[str, list[Tag]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for tag in index.get("meta", ()):
        content = tag.get("content")
        if not isinstance(content, str):
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attr)
            if isinstance(key, str) and key.strip():
                values.setdefault(key.strip().lower(), []).append(content)
    return values


def _json_ld_nodes(index: dict[str, list[Tag]]) -> Iterator[dict[str, object]]:
    """Every object in the page's JSON-LD, ``@graph`` members included, Article types first."""
    nodes: list[dict[str, object]] = []
    for script in index.get("script", ()):
        if "ld+json" not in str(script.get("type") or "").lower():
            continue
        raw = _JSON_WRAPPERS.sub("", script.get_text() or "").strip() or "null"
        try:
            data = json.loads(raw, strict=False)  # strict=False: raw newlines inside strings are common
        except (json.JSONDecodeError, RecursionError):
            continue
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                nodes.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list | dict):
                    pending.append(graph)

    def is_article(node: dict[str, object]) -> bool:
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds)

    yield from sorted(nodes, key=lambda node: not is_article(node))


def _first_date(candidates: Iterator[object]) -> dt.date | None:
    for candidate in candidates:
        found = parse_date(candidate)
        if found:
            return found
    return None


def _from_meta(meta: dict[str, list[str]], keys: tuple[str, ...]) -> Iterator[str]:
    for key in keys:
        yield from meta.get(key, ())


def _from_json_ld(nodes: list[dict[str, object]], key: str) -> Iterator[object]:
    for node in nodes:
        yield node.get(key)


def _itemprop(index: dict[str, list[Tag]], name: str) -> Iterator[str]:
    for tag in index.get(f"itemprop:{name.lower()}", ()):
        for attr in ("content", "datetime"):
            value = tag.get(attr)
            if isinstance(value, str):
                yield value


def first_time_date(root: Tag) -> dt.date | None:
    """The date of the first ``<time datetime>`` in ``root`` (``pubdate`` ones first)."""
    times = root.find_all("time", attrs={"datetime": True})
    marked = [tag for tag in times if tag.has_attr("pubdate")]
    return _first_date(tag.get("datetime") for tag in marked + times)


def _title(index: dict[str, list[Tag]], meta: dict[str, list[str]]) -> str | None:
    for tag in index.get("title", ()):
        if tag.find_parent("svg") is None:
            title = _clean(tag.get_text())
            if title:
                return title
    for value in [*meta.get("og:title", []), *meta.get("twitter:title", [])]:
        if _clean(value):
            return _clean(value)
    headings = index.get("h1")
    return _clean(headings[0].get_text(" ")) if headings else None


def _canonical(index: dict[str, list[Tag]]) -> str | None:
    for link in index.get("link", ()):
        rel = link.get("rel")
        rels = rel if isinstance(rel, list) else str(rel or "").split()
        if "canonical" in (r.lower() for r in rels):
            href = link.get("href")
            if isinstance(href, str) and href.strip():
                return href.strip()
    return None


def _language(index: dict[str, list[Tag]], meta: dict[str, list[str]]) -> str | None:
    candidates: list[str] = []
    for html in index.get("html", ())[:1]:
        for attr in ("lang", "xml:lang"):
            value = html.get(attr)
            if isinstance(value, str):
                candidates.append(value)
    candidates += meta.get("content-language", [])
    for value in candidates:
        subtag = re.split(r"[-_,;\s]", value.strip(), maxsplit=1)[0].lower()
        if subtag.isalpha() and 2 <= len(subtag) <= 3:
            return subtag
    return None


def read_metadata(soup: BeautifulSoup) -> Metadata:
    """Title, dates, canonical URL and declared language of a parsed page (read before stripping)."""
    index = _index(soup)
    meta = _meta_values(index)
    nodes = list(_json_ld_nodes(index))

    def published() -> Iterator[object]:
        yield from _from_meta(meta, _PUBLISHED_META[:3])
        yield from _itemprop(index, "datePublished")
        yield from _from_json_ld(nodes, "datePublished")
        yield from _from_meta(meta, _PUBLISHED_META[3:])
        yield from _from_json_ld(nodes, "dateCreated")

    def modified() -> Iterator[object]:
        yield from _from_meta(meta, _MODIFIED_META[:3])
        yield from _itemprop(index, "dateModified")
        yield from _from_json_ld(nodes, "dateModified")
        yield from _from_meta(meta, _MODIFIED_META[3:])

    return Metadata(
        title=_title(index, meta),
        published=_first_date(published()),
        modified=_first_date(modified()),
        canonical_url=_canonical(index),
        language=_language(index, meta),
    )
