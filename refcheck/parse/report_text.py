"""A report as plain text lines and the hyperlinks they carry; the line builder for HTML and DOCX."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hyperlink:
    line: int  # 1-based line in ReportText.text where the link's text starts
    text: str  # the visible link text
    url: str  # as written (may be "#", "", relative, or a real URL)


@dataclass(frozen=True, slots=True)
class ReportText:
    text: str  # the report as lines of plain text; for .md/.txt the file content unchanged
    links: tuple[Hyperlink, ...]


# Persian and Arabic-Indic digits too: Unicode has no raised forms of them, and a raised "۵" left as a
# plain digit reads as a decimal after "2023." ("…in 2023”.۵"), so the marker would be lost.
_SUPERSCRIPTS = str.maketrans("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹" * 3 + "⁺⁻⁼⁽⁾")
FOOTNOTE_MARK = re.compile(r"^\s*\[?\s*\d+(?:\s*[,،\u2013\u2014-]\s*\d+)*\s*\]?\s*$")


def superscript(text: str) -> str:
    """Digits as Unicode superscripts; a bracketed footnote marker loses its brackets (``[3]`` -> ``³``)."""
    if FOOTNOTE_MARK.match(text):
        text = "".join(text.split()).strip("[]")
    return text.translate(_SUPERSCRIPTS)


def collapse(text: str) -> str:
    return " ".join(text.split())


# --- the line builder shared by HTML and DOCX --------------------------------------------------------

LINE, PARAGRAPH = 1, 2  # strengths of a break: a new line, or a new paragraph (a blank line before it)


class LineBuilder:
    """Accumulates text into lines and records where each hyperlink's text starts."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.gap = 0
        self.prefix = ""  # a list item's number, waiting for the item's first text
        self.prefix_gap = 0  # the break before the item; breaks of blocks opened inside it do not count
        self.open_links: list[tuple[str, list[str], list[int]]] = []
        self.links: list[Hyperlink] = []

    def brk(self, strength: int = LINE) -> None:
        self.gap = max(self.gap, strength)

    def _apply_gap(self) -> None:
        if self.gap and self.parts:
            self.lines.append(collapse("".join(self.parts)))
            self.parts = []
        if self.gap == PARAGRAPH and self.lines and self.lines[-1]:
            self.lines.append("")
        self.gap = 0

    def start_item(self, prefix: str) -> None:
        """Begin a list item: ``prefix`` ("3. ") goes on the line of its first text, whatever blocks open."""
        self.brk(LINE)
        self.prefix, self.prefix_gap = prefix, self.gap

    def write(self, text: str) -> None:
        if not text:
            return
        if not text.strip():
            if self.parts:
                self.parts.append(" ")
            for _, pieces, _ in self.open_links:
                pieces.append(" ")
            return
        if self.prefix:
            self.gap = self.prefix_gap
            self._apply_gap()
            self.parts.append(self.prefix)
            self.prefix = ""
        self._apply_gap()
        self.parts.append(text)
        for _, pieces, start in self.open_links:
            if not start:
                start.append(len(self.lines) + 1)
            pieces.append(text)

    def open_link(self, url: str) -> None:
        self.open_links.append((url, [], []))

    def close_link(self) -> None:
        if self.open_links:
            url, pieces, start = self.open_links.pop()
            line = start[0] if start else len(self.lines) + 1
            self.links.append(Hyperlink(line, collapse("".join(pieces)), url))

    def result(self) -> ReportText:
        self.brk(LINE)
        self._apply_gap()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return ReportText("\n".join(self.lines), tuple(sorted(self.links, key=lambda link: link.line)))
