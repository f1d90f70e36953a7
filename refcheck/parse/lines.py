"""Positions in a report's text: offsets to 1-based line numbers, and paragraphs joined across breaks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_TERMINAL = (*'.!?؟:;"”»’)]', "…")
# Footnote markers that may follow a sentence's closing punctuation: ".²", ".[3]", ".^3^", ".7", "»۲"
_TRAILING_MARKERS = re.compile(
    r"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^?[0-9۰-۹٠-٩]{1,3}\]|\^[0-9۰-۹٠-٩,،]{1,12}\^|(?<=[.!?؟\"”»“’)])[0-9۰-۹٠-٩]{1,3})"
    r"(?:[,،\s]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^?[0-9۰-۹٠-٩]{1,3}\]|\^[0-9۰-۹٠-٩,،]{1,12}\^))*$"
)
_BLANK_RUN = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Maps character offsets of a text to 1-based line numbers."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls((0, *(match.end() for match in re.finditer("\n", text))))

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def offset_of(self, line: int) -> int:
        return self.starts[line - 1]


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


def raw_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Paragraph]:
    """Blocks of text separated by blank lines, as offsets into ``text``."""
    end = len(text) if end is None else end
    paragraphs: list[Paragraph] = []
    position = start
    for gap in _BLANK_RUN.finditer(text, start, end):
        if text[position : gap.start()].strip():
            paragraphs.append(_trimmed(text, position, gap.start()))
        position = gap.end()
    if text[position:end].strip():
        paragraphs.append(_trimmed(text, position, end))
    return paragraphs


def _trimmed(text: str, start: int, end: int) -> Paragraph:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Paragraph(start, end)


def continues(previous: str, following: str, block: str | None = None) -> bool:
    """Whether ``following`` goes on the sentence that ``previous`` left open (a page break or wrap).

    ``previous`` is the paragraph just before; ``block`` the paragraph it belongs to so far. A quotation
    left open goes on. Otherwise a paragraph that ends without closing punctuation (a footnote marker
    after it does not count) is cut by a page break when the next one starts in lower case, or when both
    are prose (long enough not to be a heading or a list label).
    """
    last = _TRAILING_MARKERS.sub("", previous.rstrip())
    first = following.lstrip()
    if not last or not first or _looks_like_heading(first.split("\n", 1)[0]):
        return False
    if quotation_open(block if block is not None else previous):
        return True
    if last.endswith(_TERMINAL) or _looks_like_heading(last):
        return False
    if first[0].islower():
        return True
    return len(last.split()) >= 8 and len(first.split()) >= 4


def quotation_open(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close («…», “…”, ”…“ or straight quotes)."""
    return (
        text.count("«") > text.count("»")
        or text.count("“") > text.count("”") + text.count("„")
        or text.count('"') % 2 == 1
    )


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    shouting = bool(letters) and all(not c.islower() for c in letters) and any(c.isupper() for c in letters)
    return line.lstrip().startswith("#") or (len(words) <= 8 and shouting)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Paragraph]:
    """Paragraphs of ``text[start:end]``, joined where a page break or line wrap split one."""
    joined: list[Paragraph] = []
    previous: Paragraph | None = None  # the last raw paragraph: its own end decides, not the block's
    for paragraph in raw_paragraphs(text, start, end):
        following = text[paragraph.start : paragraph.end]
        if previous is not None and joined:
            block = text[joined[-1].start : joined[-1].end]
            if continues(text[previous.start : previous.end], following, block):
                joined[-1] = Paragraph(joined[-1].start, paragraph.end)
                previous = paragraph
                continue
        joined.append(paragraph)
        previous = paragraph
    return joined


def flatten(text: str) -> str:
    """A span of the report as one line of prose: newlines and blank-line runs become single spaces."""
    return " ".join(text.split())
