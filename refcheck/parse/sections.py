"""Find the reference list: its heading, its numbered entries, and where it stops.

The list is the last section whose heading names it (References, Sources, Notes, منابع, مآخذ,
سرچینې, ماخذونه, المراجع, المصادر, …). A table-of-contents line that only mentions it ("References.... 9")
is not it. An entry runs from its number to the next number; an unnumbered paragraph after an entry
belongs to it when it reads as part of a reference (a link, a field label, a short tail), and ends the
list when it reads as ordinary prose (an imprint, contact lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refcheck.text.normalize import normalize

from .lines import LineIndex, raw_paragraphs
from .markers import SUPERSCRIPTS, number_of

HEADINGS = frozenset(
    normalize(name)
    for name in (
        "references",
        "reference",
        "sources",
        "source",
        "notes",
        "endnotes",
        "end notes",
        "footnotes",
        "bibliography",
        "works cited",
        "citations",
        "references and notes",
        "notes and references",
        "reference list",
        "sources and references",
        "منابع",
        "مآخذ",
        "ماخذ",
        "منابع و مآخذ",
        "منابع و ماخذ",
        "فهرست منابع",
        "مراجع",
        "یادداشت‌ها",
        "پانویس‌ها",
        "پاورقی‌ها",
        "سرچینې",
        "سرچینی",
        "سرچينې",
        "ماخذونه",
        "مآخذونه",
        "منابع او ماخذونه",
        "حوالې",
        "المراجع",
        "المصادر",
        "المصادر والمراجع",
        "قائمة المراجع",
        "الهوامش",
        "المراجع والمصادر",
    )
)
_HEADING_DECORATION = re.compile(r"^[\s#*_>|=\-–—]*(?:[0-9۰-۹٠-٩]{1,2}[.)\-–:]?\s+)?|[\s#*_:：.\-–—|]*$")

_DIGIT = r"[0-9۰-۹٠-٩]"
# An entry's number at the start of a line: 12 / 12. / 12) / [12] / [^12]: / ¹² / ۱۲- / ^12
ENTRY_START = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+)?(?:\[\^?(?P<bracketed>{_DIGIT}{{1,3}})\]:?"
    rf"|\^?(?P<plain>{_DIGIT}{{1,3}})(?!{_DIGIT}|[/.\-:]{_DIGIT})[.)\-–:]?"
    rf"|(?P<sup>[{SUPERSCRIPTS}]{{1,3}}))[ \t\u00a0]*(?=\S)"
)


@dataclass(frozen=True, slots=True)
class RawEntry:
    number: int
    start: int  # offset of the entry's first character after its number
    end: int
    line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class Section:
    heading_line: int
    heading_offset: int  # where the body ends
    entries: tuple[RawEntry, ...]


def heading_name(line: str) -> str:
    """The normalized words of a candidate heading line, decoration and numbering removed."""
    return normalize(_HEADING_DECORATION.sub("", line))


def is_reference_heading(line: str) -> bool:
    """A line that is only a reference-list heading; "References..... 9" in a contents list is not."""
    stripped = line.strip()
    if not 0 < len(stripped) <= 60:
        return False
    name = heading_name(stripped)
    # "سرچینې او ماخذونه", "منابع و مآخذ", "Notes and Sources": names of the list joined by "and"
    parts = _AND.split(name)
    return name in HEADINGS or (len(parts) > 1 and all(part in HEADINGS for part in parts))


_AND = re.compile(r"\s+(?:و|او|and|&)\s+")
_FOOTNOTE_DEFINITION = re.compile(r"^[ \t]*\[\^[0-9۰-۹٠-٩]{1,3}\]:", re.MULTILINE)


def find_section(text: str) -> Section | None:
    """The last reference section of ``text``, or None when no heading names one."""
    index = LineIndex.of(text)
    lines = text.split("\n")
    headings = [number for number, line in enumerate(lines, start=1) if is_reference_heading(line)]
    sections = [_section(text, heading, lines, index) for heading in reversed(headings)]
    with_entries = [section for section in sections if section.entries]
    if with_entries or sections:
        return (with_entries or sections)[0]
    return _footnote_definitions(text, index)


def _footnote_definitions(text: str, index: LineIndex) -> Section | None:
    """Without a heading, Markdown footnote definitions ("[^1]: …") at the end are the list."""
    definitions = list(_FOOTNOTE_DEFINITION.finditer(text))
    if not definitions:
        return None
    start = definitions[0].start()
    entries = _entries(text, start, index)
    return Section(index.line_of(start), start, tuple(entries)) if entries else None


def _section(text: str, heading: int, lines: list[str], index: LineIndex) -> Section:
    offset = index.offset_of(heading)
    entries = _entries(text, offset + len(lines[heading - 1]) + 1, index)
    return Section(heading, offset, tuple(entries))


def _entries(text: str, start: int, index: LineIndex) -> list[RawEntry]:
    entries: list[RawEntry] = []
    current: tuple[int, int] | None = None  # (number, start offset)
    current_end = start
    for paragraph in raw_paragraphs(text, start):
        for line_start, line_end in _line_spans(text, paragraph.start, paragraph.end):
            line = text[line_start:line_end]
            match = ENTRY_START.match(line)
            number = _number(match) if match else None
            if match and number is not None and _plausible(number, current, entries):
                if current is not None:
                    entries.append(_entry(current, current_end, index))
                current = (number, line_start + match.end())
                current_end = line_end
            elif current is not None and _continues_entry(line, line_start == paragraph.start):
                current_end = line_end
            elif current is not None and line_start == paragraph.start:
                entries.append(_entry(current, current_end, index))
                return entries
            elif current is None and _is_heading_like(line) and entries:
                return entries
    if current is not None:
        entries.append(_entry(current, current_end, index))
    return entries


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        if text[position:stop].strip():
            spans.append((position, stop))
        position = stop + 1
    return spans


def _number(match: re.Match[str]) -> int | None:
    digits = match.group("bracketed") or match.group("plain") or match.group("sup")
    return number_of(digits) if digits else None


def _plausible(number: int, current: tuple[int, int] | None, entries: list[RawEntry]) -> bool:
    """A number starts a new entry only if it goes on the list's sequence (a gap of a few is fine)."""
    if number == 0:
        return False
    previous = current[0] if current else 0
    return previous < number <= previous + 10 or (current is None and not entries and number <= 10)


_LINK_OR_LABEL = re.compile(
    r"https?://|www\.|\]\(|available|retrieved|accessed|url|link"
    r"|لینک|لينک|لينك|رابط|پیوند|د لاس|نیته|نېټه|تاریخ|تاريخ",
    re.IGNORECASE,
)


def _continues_entry(line: str, starts_paragraph: bool) -> bool:
    """Whether an unnumbered line is more of the current entry rather than prose after the list."""
    if not starts_paragraph:
        return not _reads_as_prose(line)
    if _LINK_OR_LABEL.search(line):
        return not _reads_as_prose(line)
    return len(line.split()) <= 12 and not line.rstrip().endswith((".", ":"))


def _reads_as_prose(line: str) -> bool:
    words = line.split()
    return len(words) > 25 and not re.search(r"https?://|\]\(", line)


def _is_heading_like(line: str) -> bool:
    return line.lstrip().startswith("#")


def _entry(current: tuple[int, int], end: int, index: LineIndex) -> RawEntry:
    number, start = current
    return RawEntry(number, start, end, index.line_of(start), index.line_of(max(start, end - 1)))
