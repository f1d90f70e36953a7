"""Claims: what each footnote marker vouches for (DESIGN.md, "Claims").

A claim's *core* is the sentence its marker closes; its *span* runs back to the previous marker within
the same paragraph (paragraphs are joined across page breaks and line wraps). Every quotation in the
span ("…", “…”, «…», ‘…’, „…“) is listed on its own.
"""

from __future__ import annotations

import re

from refcheck.models import Claim, Quote

from .lines import LineIndex, Paragraph, flatten, quotation_open
from .markers import Marker

_QUOTES = (
    re.compile(r"“([^“”]{2,}?)”"),
    re.compile(r"(?<!\w)”([^“”]{2,}?)“"),  # right-to-left text typed with the marks mirrored
    re.compile(r"«([^«»]{2,}?)»"),
    re.compile(r"„([^„“”]{2,}?)[“”]"),
    re.compile(r"(?<![\w’])‘([^‘’]{2,}?)’(?!\w)"),
    re.compile(r"(?<![\w\"])\"([^\"]{2,}?)\"(?![\w\"])"),
)
# A sentence ends at . ! ? ؟ … (and a closing quote after it) followed by space, unless the dot ends an
# abbreviation (U.S., Dr., e.g.), stands between two digits of any script (a decimal: 3.06, ۳.۰۶), or the
# next word starts in lower case.
_BOUNDARY = re.compile(r"(?<=[.!?؟…])[\"”»’)]*[⁰¹²³⁴⁵⁶⁷⁸⁹\[\]\d۰-۹٠-٩^,]*\s+(?=\S)")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|vs|etc|e\.g|i\.e|Jr|Sr|Gen|Col|Lt|Maj|Sgt))\.$"
)


def extract_claims(
    text: str, paragraphs: list[Paragraph], markers: list[Marker], index: LineIndex
) -> list[Claim]:
    """One claim per marker group, in the order of the text.

    A marker that a page break pushed to the start of the next paragraph still closes the sentence
    before the break.
    """
    claims: list[Claim] = []
    previous_span_start: int | None = None
    for paragraph in paragraphs:
        inside = [marker for marker in markers if paragraph.start <= marker.start < paragraph.end]
        span_start = paragraph.start
        for marker in inside:
            if not text[paragraph.start : marker.start].strip() and previous_span_start is not None:
                claims.append(_claim(text, previous_span_start, marker, index, before=paragraph.start))
            else:
                claims.append(_claim(text, span_start, marker, index))
            span_start = marker.end
        previous_span_start = span_start
    return claims


def _claim(text: str, span_start: int, marker: Marker, index: LineIndex, before: int | None = None) -> Claim:
    """The claim of ``marker``, whose span runs from ``span_start`` to the marker (or to ``before``)."""
    span = text[span_start : marker.start if before is None else before]
    core_start = span_start + _last_sentence_start(span)
    quotes = tuple(
        Quote(flatten(match.group(1)), index.line_of(span_start + match.start()))
        for match in _quotes_in(span)
    )
    return Claim(
        markers=marker.numbers,
        line=index.line_of(marker.start),
        text=flatten(span),
        core=flatten(span[core_start - span_start :]),
        quotes=quotes,
    )


def _quotes_in(span: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    mirrored = 0 <= span.find("”") < span.find("“") or "“" not in span
    patterns = [_QUOTES[1], _QUOTES[0]] if mirrored else list(_QUOTES[:1])
    for pattern in [*patterns, *_QUOTES[2:]]:
        for match in pattern.finditer(span):
            if not any(match.start() < other.end() and other.start() < match.end() for other in found):
                found.append(match)
    return sorted(found, key=lambda match: match.start())


def sentence_starts(span: str) -> list[int]:
    """Offsets where sentences begin in ``span`` (the first is 0)."""
    starts = [0]
    for match in _BOUNDARY.finditer(span):
        before = span[: match.start()].rstrip('"”»’)')
        following = span[match.end() :]
        if _ABBREVIATION.search(before) or (following[:1].islower() and following[:1].isascii()):
            continue
        if _is_decimal_point(span, match.start() - 1):
            continue
        if _inside_quote(span, match.end()):
            continue
        starts.append(match.end())
    return starts


def _is_decimal_point(text: str, position: int) -> bool:
    """Whether the point at ``position`` has a digit of any script on both sides ("۳.۰۶", "23.7")."""
    return (
        text[position : position + 1] == "."
        and 0 < position < len(text) - 1
        and text[position - 1].isdecimal()
        and text[position + 1].isdecimal()
    )


def _inside_quote(span: str, position: int) -> bool:
    """Whether ``position`` lies inside an open quotation (a sentence may end inside a quote)."""
    head = span[:position]
    return quotation_open(head)


def _last_sentence_start(span: str) -> int:
    stripped = span.rstrip()
    starts = [start for start in sentence_starts(span) if start < len(stripped)]
    return starts[-1]
