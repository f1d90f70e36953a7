"""The fields of one reference entry: outlet, title, date, link, in any of the four languages.

An entry reads roughly "outlet, title, <date label> date, <link label> link or title". Labels are
found tolerantly (labels.py); without labels, a date and a URL are still found where they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refcheck.models import ParsedDate
from refcheck.text.dates import find_dates, find_year, parse_date
from refcheck.text.normalize import normalize

from .labels import LabelHit, LabelKind, find_labels, is_label_only
from .urls import urls_in_text

# A Markdown inline link; its text may hold escaped brackets and parentheses.
MARKDOWN_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(\s*([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\s*\)")
_ESCAPED = re.compile(r"\\(.)")
_SEGMENT_SPLIT = re.compile(r"\s*[,،]\s+|(?<=[^\s.]{2})\.\s+")
# A URL that a PDF export wrapped at a "/" or "-": the next line goes on with more of its path.
_URL_WRAP = re.compile(
    r"(https?://\S*[/\-_=?&.])[ \t]*\n[ \t]*(?=[\w%\-./?=&#~]*[\d/\-_%=?&])([\w%\-./?=&#~]+)(?=\s|$)"
)
_YEAR_IN_PARENTHESES = re.compile(r"\(\s*[0-9۰-۹٠-٩]{4}\s*[a-z]?\)")
# A title in quotation marks: "…", “…”, «…», „…“, or ”…“ (right-to-left text typed with mirrored marks).
_QUOTED_TITLE = re.compile(r'"([^"]{2,}?)"|“([^“”]{2,}?)”|«([^«»]{2,}?)»|„([^„“”]{2,}?)[“”]|”([^“”]{2,}?)“')
# Link text that is only a domain ("reuters.com", "www.bbc.com/persian"): a site's name, not a title.
_DOMAIN_ONLY = re.compile(r"^\(?(?:www\.)?(?:[\w\-]+\.)+[a-z]{2,}(?:/[\w\-/]*)?\)?$", re.IGNORECASE)
_EDGE = ' \t\n,،;؛:.-–—|"“”«»'


@dataclass(frozen=True, slots=True)
class EntryLink:
    text: str
    url: str


@dataclass(frozen=True, slots=True)
class EntryFields:
    text: str  # the entry as one line, Markdown link syntax replaced by the link's text
    title: str | None
    outlet: str | None
    link_text: str | None  # the title that stands where the URL belongs, or a hyperlink's text
    links: tuple[EntryLink, ...]  # hyperlinks, in order
    text_urls: tuple[str, ...]  # bare URLs written in the entry
    date: ParsedDate | None
    date_text: str | None
    has_link_label: bool


def flatten_markdown(text: str) -> tuple[str, list[EntryLink]]:
    """The entry text with Markdown links replaced by their text, and those links."""
    links: list[EntryLink] = []

    def replace(match: re.Match[str]) -> str:
        label = _ESCAPED.sub(r"\1", match.group(1)).strip()
        links.append(EntryLink(label, match.group(2).strip()))
        return label

    flat = MARKDOWN_LINK.sub(replace, text)
    return " ".join(flat.replace("**", "").split()), links


def read_fields(
    raw: str, extra_links: tuple[EntryLink, ...] = (), context_year: int | None = None
) -> EntryFields:
    """The fields of an entry whose number has been removed. ``extra_links``: hyperlinks of the document."""
    text, markdown_links = flatten_markdown(_URL_WRAP.sub(r"\1\2", raw))
    links = tuple(markdown_links) + tuple(link for link in extra_links if link not in markdown_links)
    text_urls = tuple(url for _, _, url in urls_in_text(text))
    labels = find_labels(text)
    values = _values(text, labels)
    date, date_text = _date(text, values, context_year)
    link_values = [value for kind, value in values if kind is LabelKind.LINK]
    link_text = _link_text(link_values, links)
    head = text[: labels[0].start] if labels else _without_urls(text, text_urls)
    outlet, title = _outlet_and_title(head, link_text, date_text)
    return EntryFields(
        text=text,
        title=title,
        outlet=outlet,
        link_text=link_text,
        links=links,
        text_urls=text_urls,
        date=date,
        date_text=date_text,
        has_link_label=bool(link_values),
    )


def _values(text: str, labels: list[LabelHit]) -> list[tuple[LabelKind, str]]:
    values = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start if index + 1 < len(labels) else len(text)
        value = text[label.end : end].strip(_EDGE)
        if value and not is_label_only(value):
            values.append((label.kind, value))
    return values


def _date(
    text: str, values: list[tuple[LabelKind, str]], context_year: int | None
) -> tuple[ParsedDate | None, str | None]:
    labelled = [value for kind, value in values if kind is LabelKind.DATE]
    for value in labelled:
        date = parse_date(value, context_year=context_year)
        if date is None:
            mentions = find_dates(value, context_year=context_year)
            date = mentions[0].date if mentions and mentions[0].start < 3 else None
        if date is not None:
            return date, date.text
    if labelled:  # a labelled date that no calendar reads
        return None, labelled[0].split("،")[0].split(",")[0].strip()
    accessed = {value for kind, value in values if kind is LabelKind.ACCESSED}
    link_parts = {value for kind, value in values if kind is LabelKind.LINK}
    searchable = text
    for part in accessed | link_parts:
        searchable = searchable.replace(part, " " * len(part))
    for _, _, url in urls_in_text(searchable):
        searchable = searchable.replace(url, " " * len(url))
    # A date outside the quoted title first: "World Bank, "Monitor, April 2024", 30 April 2024"
    unquoted = _QUOTED_TITLE.sub(lambda match: " " * len(match.group()), searchable)
    mentions = find_dates(unquoted, context_year=context_year) or find_dates(
        searchable, context_year=context_year
    )
    if mentions:
        return mentions[0].date, mentions[0].date.text
    year = find_year(searchable)  # "Ahmadi, Rahim (2022). Title.": a year is all the entry gives
    return (year.date, year.date.text) if year else (None, None)


def _link_text(link_values: list[str], links: tuple[EntryLink, ...]) -> str | None:
    """The title standing where the link belongs: a link's text, or a link label's value; never a URL
    or a bare domain ("[reuters.com](https://…)" names the site, not the page)."""
    for text in [link.text for link in links] + link_values:
        if text and not urls_in_text(text) and not is_domain_only(text):
            return text
    return None


def is_domain_only(text: str) -> bool:
    """Whether ``text`` is only a site's address without a scheme: "reuters.com", "(www.dw.com)"."""
    return bool(_DOMAIN_ONLY.match(text.strip()))


def _without_urls(text: str, urls: tuple[str, ...]) -> str:
    for url in urls:
        text = text.replace(url, " ")
    return text


def _outlet_and_title(
    head: str, link_text: str | None, date_text: str | None
) -> tuple[str | None, str | None]:
    """Split "outlet, title" where the title starts: a quoted title, else where the link's text starts,
    else by the script."""
    quoted = _quoted_title(head)
    if quoted and not _YEAR_IN_PARENTHESES.search(head[: quoted.start()]):
        title = next(group for group in quoted.groups() if group).strip(_EDGE)
        before, after = head[: quoted.start()], head[quoted.end() :]
        if date_text:
            before, after = before.replace(date_text, " "), after.replace(date_text, " ")
        outlet = before.strip(_EDGE) or _without_domains(after).strip(_EDGE)
        return outlet or None, title or None
    if date_text and not _YEAR_IN_PARENTHESES.search(head):
        head = head.replace(date_text, " ")
    segments = [segment.strip(_EDGE) for segment in _SEGMENT_SPLIT.split(head.strip(_EDGE))]
    segments = [segment for segment in segments if segment]
    if not segments:
        return None, None
    if len(segments) == 1:
        return None, segments[0]
    separator = "، " if _is_arabic_script(head) else ", "
    year = next((i for i, segment in enumerate(segments[:-1]) if _YEAR_IN_PARENTHESES.search(segment)), None)
    if year is not None:  # "Author, Name (2022). Title. Journal.": the title follows the year
        return separator.join(segments[: year + 1] + segments[year + 2 :]), segments[year + 1]
    start = _title_start(segments, link_text)
    return separator.join(segments[:start]) or None, separator.join(segments[start:])


def _quoted_title(head: str) -> re.Match[str] | None:
    """The first quotation that stands as a field of its own ("Outlet, “Title”, date"), not a phrase
    quoted inside a title ("Why the “Kabul model” fails")."""
    for match in _QUOTED_TITLE.finditer(head):
        before, inside, after = (
            head[: match.start()].rstrip(),
            match.group()[1:-1],
            head[match.end() :].lstrip(),
        )
        opens = not before or before[-1] in ",،.:;"
        closes = not after or after[0] in ",،.:;(" or inside.rstrip()[-1:] in {",", "،", "."}
        if opens and closes:
            return match
    return None


def _without_domains(text: str) -> str:
    parts = [part.strip(_EDGE) for part in _SEGMENT_SPLIT.split(text.strip(_EDGE))]
    return ", ".join(part for part in parts if part and not is_domain_only(part))


def _title_start(segments: list[str], link_text: str | None) -> int:
    if link_text:
        wanted = normalize(link_text).split()[:2]
        for index, segment in enumerate(segments):
            if wanted and normalize(segment).split()[: len(wanted)] == wanted:
                return index
    if _is_arabic_script(" ".join(segments)):
        return 1  # "outlet، title" (a comma may also stand inside the title)
    longest = max(range(len(segments)), key=lambda index: len(segments[index]))
    return max(longest, 1)


def _is_arabic_script(text: str) -> bool:
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return arabic > latin
