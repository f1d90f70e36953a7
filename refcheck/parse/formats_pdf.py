"""PDF reports: pypdf's text, pages separated by a blank line, and /URI link annotations."""

from __future__ import annotations

import io
from pathlib import Path

from refcheck.errors import InputError

from .report_text import Hyperlink, ReportText, collapse

# --- PDF ---------------------------------------------------------------------------------------------


def _pdf_link_lines(page: object, lines: list[str]) -> list[tuple[int, str, str]]:
    """(index of the line in ``lines``, link text, URI) for each /URI link annotation of a page."""
    annotations = []
    for ref in page.get("/Annots") or []:  # type: ignore[attr-defined]
        annotation = ref.get_object()
        action = annotation.get("/A")
        action = action.get_object() if action is not None else None
        if annotation.get("/Subtype") != "/Link" or action is None or action.get("/URI") is None:
            continue
        x0, y0, x1, y1 = (float(v) for v in annotation.get("/Rect", [0, 0, 0, 0]))
        annotations.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), str(action.get("/URI"))))
    if not annotations:
        return []
    chunks: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            chunks.append((x, y, text))

    try:
        page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    except Exception:  # pypdf raises many kinds of errors on broken content streams
        chunks = []
    found = []
    for x0, y0, x1, y1, uri in annotations:
        inside = [text for x, y, text in chunks if x0 - 2 <= x <= x1 + 2 and y0 - 2 <= y <= y1]  # y: baseline
        label = collapse(" ".join(inside))
        first = collapse(inside[0])[:40] if inside else ""  # a link's text may wrap onto the next line
        index = next((i for i, line in enumerate(lines) if first and first in collapse(line)), 0)
        found.append((index, label, uri))
    return found


def read_pdf(data: bytes, path: Path) -> ReportText:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = list(reader.pages)
    except Exception as error:  # pypdf raises many kinds of errors on a broken file; each is bad input
        raise InputError(f"not a readable PDF ({error.__class__.__name__})", path=str(path)) from None
    lines: list[str] = []
    links: list[Hyperlink] = []
    for page in pages:
        try:
            text = page.extract_text() or ""
        except Exception:  # a broken page is skipped, not fatal
            text = ""
        page_lines = [line.rstrip() for line in text.splitlines()]
        while page_lines and not page_lines[-1]:
            page_lines.pop()
        while page_lines and not page_lines[0]:
            page_lines.pop(0)
        if not page_lines:
            continue
        if lines:
            lines.append("")
        first = len(lines) + 1
        for index, label, uri in _pdf_link_lines(page, page_lines):
            links.append(Hyperlink(first + index, label, uri))
        lines.extend(page_lines)
    return ReportText("\n".join(lines), tuple(links))
