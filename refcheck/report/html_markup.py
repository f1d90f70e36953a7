"""Markup helpers of the HTML output: escaping, links, right-to-left isolation, badges."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from refcheck.models import LinkStatus, Severity, UrlSource
from refcheck.report.shorten import is_web_url, short_url

CSP = "default-src 'none'; style-src 'unsafe-inline'"


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_URL_IN_TEXT = re.compile(r"https?://\S+?(?=;?(?:\s|$))")
_QUOTED = re.compile(r"""(?<!\w)(['"])(.+?)\1(?!\w)""")
LINK_CODES = frozenset(status.value for status in LinkStatus)
URL_SOURCE = {
    UrlSource.CONFIG: "from references.yaml",
    UrlSource.LINK: "from the report's link",
    UrlSource.TEXT: "from the entry's text",
}
SEVERITY_WORDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def el(tag: str, content: str, cls: str = "", **attrs: str) -> str:
    """An element with already-safe ``content``; ``dir="auto"`` always, attributes escaped."""
    extra = "".join(f' {name.rstrip("_")}="{esc(value)}"' for name, value in attrs.items() if value)
    cls_attr = f' class="{esc(cls)}"' if cls else ""
    return f'<{tag}{cls_attr} dir="auto"{extra}>{content}</{tag}>'


def url_text(text: str) -> str:
    """A URL as escaped text; with right-to-left letters each path segment is isolated in a ``<bdi>``
    so the segments stay in reading order (``/fa/جهان/2023-…``) instead of being reordered as a block."""
    if not _RTL.search(text):
        return esc(text)
    return "".join(el("bdi", esc(part)) if _RTL.search(part) else esc(part) for part in re.split("(/)", text))


def anchor(url: str | None, label: str | None = None, *, short: bool = False) -> str:
    """A live link for an http(s) URL only; any other URL (``javascript:``…) is shown as text."""
    if not url:
        return ""
    text = esc(label) if label is not None else url_text(short_url(url, 64) if short else url)
    if not is_web_url(url):
        return el("span", text, "url-text")
    title = f' title="{esc(url.strip())}"' if short or label is not None else ""
    return f'<a href="{esc(url.strip())}" dir="auto"{title} rel="noopener noreferrer nofollow">{text}</a>'


def linkify(text: str) -> str:
    """``text`` escaped, with every http(s) URL in it shortened to a link (findings' messages)."""
    out, pos = [], 0
    for match in _URL_IN_TEXT.finditer(text):
        out.append(isolate_quoted(text[pos : match.start()]) + anchor(match.group(), short=True))
        pos = match.end()
    return "".join(out) + isolate_quoted(text[pos:])


def isolate_quoted(text: str) -> str:
    """``text`` escaped; a quoted right-to-left passage ('…' or "…") goes in a ``<bdi>`` so its
    punctuation stays inside the quotation marks in an English sentence."""
    out, pos = [], 0
    for match in _QUOTED.finditer(text):
        if _RTL.search(match.group(2)):
            quote = esc(match.group(1))
            out.append(esc(text[pos : match.start()]) + quote + el("bdi", esc(match.group(2))) + quote)
            pos = match.end()
    return "".join(out) + esc(text[pos:])


def mark(text: str, words: Iterable[str], tag: str) -> str:
    """``text`` escaped, with the first free occurrence of each of ``words`` wrapped in ``<tag>``."""
    spans: list[tuple[int, int]] = []
    for word in words:
        start = text.find(word) if word.strip() else -1
        while start >= 0 and any(s < start + len(word) and start < e for s, e in spans):
            start = text.find(word, start + 1)
        if start >= 0:
            spans.append((start, start + len(word)))
    out, pos = [], 0
    for start, end in sorted(spans):
        out.append(esc(text[pos:start]) + el(tag, esc(text[start:end])))
        pos = end
    return "".join(out) + esc(text[pos:])


def badge(label: str, severity: Severity | None, extra: str = "") -> str:
    cls = f"badge sev-{severity.value if severity else 'ok'}" + (f" {extra}" if extra else "")
    return el("span", esc(label), cls)


def status_class(severity: Severity | None) -> str:
    return f"st-{severity.value if severity else 'ok'}"


def archive_when(timestamp: str | None) -> str:
    """``20230428101530`` as ``2023-04-28 10:15:30``; anything else unchanged."""
    if not timestamp:
        return ""
    digits = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?", timestamp.strip())
    if not digits:
        return timestamp
    y, m, d, hh, mm, ss = digits.groups()
    return f"{y}-{m}-{d}" + (f" {hh}:{mm or '00'}:{ss or '00'}" if hh else "")
