"""Fetched bytes -> Page: the one entry point of extract (``read_page``).

Which reader is used: PDF when the body starts with ``%PDF`` or the content type says PDF (unless the
body is plainly HTML, as a paywall or bot page answering a PDF link is); HTML for ``text/html`` and
XHTML, or a body that looks like HTML when the type is missing or ``application/octet-stream``;
``text/plain`` as it is; anything else gives an empty text. Pure: no network, no globals.
"""

from __future__ import annotations

import re

from refcheck.extract.charset import decode_body
from refcheck.extract.html import block_text, content_root, parse_html, strip_boilerplate
from refcheck.extract.metadata import first_time_date, read_metadata
from refcheck.extract.pdf import read_pdf
from refcheck.models import Page
from refcheck.text.language import detect_language

__all__ = ["is_archived_url", "read_page"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
_PLAIN_TYPES = frozenset({"text/plain"})
_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
_UNKNOWN_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "application/unknown"})
_LOOKS_HTML = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL
)
_ARCHIVED_URL = re.compile(r"^https?://[^/]+/web/\d{4,14}(?:[a-z]{2}_)?/(?:https?:|[a-z0-9-]+\.)", re.I)
_WAYBACK_MARK = re.compile(r"BEGIN WAYBACK TOOLBAR INSERT|FILE ARCHIVED ON .{0,80}INTERNET ARCHIVE", re.S)


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def is_archived_url(url: str) -> bool:
    """True for a Wayback Machine snapshot URL (``…/web/20230428101530/https://…``), on any host."""
    return bool(_ARCHIVED_URL.match(url or ""))


def _language(declared: str | None, text: str) -> str | None:
    if declared:
        return declared
    return detect_language(text) if text.strip() else None


def _html_page(markup: str, url: str) -> Page:
    soup = parse_html(markup)
    meta = read_metadata(soup)
    strip_boilerplate(soup)
    root = content_root(soup)
    text = block_text(root)
    published = meta.published or first_time_date(root)
    return Page(
        text=text,
        title=meta.title,
        published=published,
        modified=meta.modified,
        canonical_url=meta.canonical_url,
        language=_language(meta.language, text),
        archived=is_archived_url(url) or bool(_WAYBACK_MARK.search(markup)),
    )


def read_page(body: bytes, content_type: str | None, url: str) -> Page:
    """The readable content of a fetched body (see the module docstring); never raises on bad input."""
    media = _media_type(content_type)
    if media in _UNKNOWN_TYPES:
        media = None
    archived = is_archived_url(url)
    looks_html = bool(_LOOKS_HTML.match(body[:4096]))
    if body.lstrip()[:5] == b"%PDF-" or (media in _PDF_TYPES and not looks_html):
        pdf = read_pdf(body)
        return Page(
            text=pdf.text,
            title=pdf.title,
            published=pdf.published,
            modified=pdf.modified,
            language=_language(None, pdf.text),
            archived=archived,
        )
    if media in _HTML_TYPES or (media in {None, *_PDF_TYPES} and looks_html):  # a "PDF" link may answer HTML
        return _html_page(decode_body(body, content_type), url)
    if media in _PLAIN_TYPES or media is None:
        text = decode_body(body, content_type)
        return Page(text=text, language=_language(None, text), archived=archived)
    return Page(text="", archived=archived)
