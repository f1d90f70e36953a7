"""Footnote markers in a report's body: superscripts, [n], [^n], ^n^ and digits set after punctuation.

A PDF export loses the raised position of a marker, and Unicode has no superscript Persian digits, so
plain digits (ASCII, Persian, Arabic-Indic) right after sentence punctuation or a closing quote count
as markers too ("…heightened.7", "…the same."2", "…است.۷"). Markers may be glued to punctuation or
quotes ("same."²", ";[5]") and grouped ("²,³", "[1][2]", "[1, 3]"). Pandoc's Markdown writes a
superscript as ^3^ ("…canal.^3^", "^2,4^").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP = f"[{SUPERSCRIPTS}]"
_DIGITS = "[0-9۰-۹٠-٩]"
_SEPARATOR = r"\s*[,،;⁻‐–\-]\s*"

_SUPERSCRIPT_MARK = re.compile(rf"{_SUP}{{1,3}}(?:[,،⸴˒⁻]{_SUP}{{1,3}})*")
_BRACKET_MARK = re.compile(rf"\[\^?({_DIGITS}{{1,3}}(?:{_SEPARATOR}{_DIGITS}{{1,3}})*)\](?!\(|:)")
_PANDOC_MARK = re.compile(rf"\^({_DIGITS}{{1,3}}(?:{_SEPARATOR}{_DIGITS}{{1,3}})*)\^")
# Plain digits right after a letter and sentence punctuation, or after a closing quote or parenthesis
# (“ closes a quotation in right-to-left text typed as ”…“).
_PLAIN_MARK = re.compile(
    rf"(?:(?<=[^\W\d_][.!?؟;؛])|(?<=[^\W\d_][.!?؟,،]['\"”»“’)])|(?<=[^\W\d_]['\"”»“’)])"
    rf"|(?<=[^\W\d_]['\"”»“’)][.!?؟;؛]))"
    rf"({_DIGITS}{{1,3}})(?=[\s\"”»’.,;:،؛)]|$)(?![.,]{_DIGITS})"
)


@dataclass(frozen=True, slots=True)
class Marker:
    numbers: tuple[int, ...]
    start: int
    end: int
    certain: bool  # superscript or bracketed; plain digits are only plausibly markers


def number_of(digits: str) -> int:
    """The number that digits of any script spell: ASCII, Persian, Arabic-Indic or superscript ("¹²" = 12)."""
    return int("".join(str(unicodedata.digit(c)) for c in digits))


def _numbers(text: str) -> tuple[int, ...]:
    """ "2,3" → (2, 3); "2–4" → (2, 3, 4)."""
    numbers: list[int] = []
    for part in re.split(r"[,،;⸴˒]", text):
        bounds = [piece for piece in re.split(r"[⁻‐–\-]", part.strip()) if piece.strip()]
        values = [number_of(piece.strip()) for piece in bounds]
        if len(values) == 2 and 0 < values[1] - values[0] <= 20:
            numbers.extend(range(values[0], values[1] + 1))
        else:
            numbers.extend(values)
    return tuple(numbers)


def find_markers(text: str, start: int = 0, end: int | None = None, most: int | None = None) -> list[Marker]:
    """Markers in ``text[start:end]``, in order; adjacent markers ("[1][2]") merged into one group.

    ``most``: the highest plausible reference number; plain-digit markers above it are ignored.
    """
    end = len(text) if end is None else end
    limit = (most + 5) if most else 300
    found: list[Marker] = []
    patterns = ((_SUPERSCRIPT_MARK, True), (_BRACKET_MARK, True), (_PANDOC_MARK, True), (_PLAIN_MARK, False))
    for pattern, certain in patterns:
        for match in pattern.finditer(text, start, end):
            digits = match.group(1) if match.groups() else match.group()
            numbers = _numbers(digits)
            if numbers and (certain or max(numbers) <= limit) and min(numbers) > 0:
                found.append(Marker(numbers, match.start(), match.end(), certain))
    found.sort(key=lambda marker: marker.start)
    return _merged(text, _without_overlaps(found))


def _without_overlaps(markers: list[Marker]) -> list[Marker]:
    kept: list[Marker] = []
    for marker in markers:
        if not kept or marker.start >= kept[-1].end:
            kept.append(marker)
    return kept


def _merged(text: str, markers: list[Marker]) -> list[Marker]:
    merged: list[Marker] = []
    for marker in markers:
        previous = merged[-1] if merged else None
        if previous and text[previous.end : marker.start].strip(" ,،") == "":
            merged[-1] = Marker(
                previous.numbers + marker.numbers, previous.start, marker.end, previous.certain
            )
        else:
            merged.append(marker)
    return merged


# A plain-digit marker that a page break pushed to the start of the next page: "…heightened.\n\n\n\n7 Russian"
_PUSHED = re.compile(rf"(?m)(?<=[.!?؟\"”»’])[ \t]*\n(?:[ \t]*\n)+[ \t]*({_DIGITS}{{1,3}})[ \t]+(?=[^\W\d_])")


def pushed_markers(text: str, start: int, end: int, found: list[Marker]) -> list[Marker]:
    """Plain digits at the start of a page that go on the markers' sequence: the one after the marker
    before them. A numbered list ("1. Russia …") keeps its full stop, so it is not taken for one."""
    pushed: list[Marker] = []
    for match in _PUSHED.finditer(text, start, end):
        number = number_of(match.group(1))
        before = [marker for marker in found if marker.end <= match.start()]
        expected = max(before[-1].numbers) + 1 if before else 1
        if number == expected and not any(m.start == match.start(1) for m in found):
            pushed.append(Marker((number,), match.start(1), match.end(1), certain=False))
    return sorted([*found, *pushed], key=lambda marker: marker.start)
