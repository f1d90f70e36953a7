"""PDF bytes -> text (pypdf), title and dates from the document information dictionary.

A scanned PDF has no text layer: its text is "" and matching reports the source as unreadable.
A PDF that pypdf cannot read at all gives an empty text too; a broken page is skipped, not fatal.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

__all__ = ["PdfContent", "read_pdf"]

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_WHITESPACE_RUNS = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class PdfContent:
    """What a PDF yields: its text, one page after another (blank line between pages), and metadata."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None


def _pdf_date(raw: object) -> dt.date | None:
    """The date of a PDF date string ``D:YYYYMMDDHHmmSS+HH'mm'`` (in its own timezone)."""
    if raw is None:
        return None
    match = _PDF_DATE.match(str(raw).strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _page_text(page: object) -> str:
    try:
        text = page.extract_text() or ""  # type: ignore[attr-defined]
    except Exception:  # pypdf raises many kinds of errors on broken content streams
        return ""
    lines = (_WHITESPACE_RUNS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def read_pdf(body: bytes) -> PdfContent:
    """Text and metadata of a PDF; an unreadable or text-less PDF gives empty text."""
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata
    except Exception:  # pypdf raises many kinds of errors on a broken file: its text is unreadable
        return PdfContent("")
    if info is None:
        return PdfContent("\n\n".join(page for page in pages if page))
    title = info.get("/Title")
    title_text = " ".join(str(title).split()) if title else None
    return PdfContent(
        text="\n\n".join(page for page in pages if page),
        title=title_text or None,
        published=_pdf_date(info.get("/CreationDate")),
        modified=_pdf_date(info.get("/ModDate")),
    )
