"""A page prepared once for matching: its normalized key and offset map, sentences, words, numbers, dates.

``index_page`` does all the per-page work so that each quotation or claim checked against the page costs
only a search. Sentences are found in the original text (line breaks end a heading or a paragraph, which
the key, with its whitespace folded, no longer shows) and kept as key spans.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from refcheck.match.datespans import DateSpan, find_date_spans
from refcheck.match.facts import (
    content_words,
    latin_names,
    tokenize,
)
from refcheck.match.numbers import numbers_of, year_range_ends
from refcheck.models import Page
from refcheck.text.language import detect_language
from refcheck.text.normalize import Normalized, normalize_with_map

# What stands before a dateline's date: a paragraph's first words, a place and a comma (KABUL, / هرات،).
_DATELINE = re.compile(r"^\s*[^\W\d]+(?:[ -][^\W\d]+){0,2}[,،]\s*$")


def opens_dateline(text: str) -> bool:
    """``text`` (what stands before a date in its line or sentence) is a dateline's place: "KABUL, ",
    "هرات، ", "new delhi, " — the date after it dates the page, not the events it reports."""
    return bool(_DATELINE.match(text))


# A sentence ends at . ! ? ؟ ۔ followed by a space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])[\"'”»’)\]]*\s+|\s*\n\s*")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the page: its key span and what it states."""

    start: int  # key offsets
    end: int
    terms: frozenset[str]  # content-word stems
    numbers: frozenset[str]


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """A page, normalized once, with what matching needs to find passages in it."""

    page: Page
    norm: Normalized
    despaced: str  # the key without spaces (ZWNJ-vs-space noise)
    despaced_at: array[int]  # despaced_at[i]: key index of despaced[i]
    sentences: tuple[Sentence, ...]
    postings: dict[str, tuple[int, ...]]  # term -> sentences that hold it
    spellings: dict[str, tuple[str, ...]]  # first letter -> terms: where near spellings are looked up
    idf: dict[str, float]
    dates: tuple[DateSpan, ...]  # key spans
    language: str | None
    script: str  # "arabic", "latin" or "other": the script most of the page's letters are in
    names: tuple[str, ...]  # capitalised Latin-script words (names) of a Latin-script page, in order
    year: int | None = None  # the year of dates written without one: publication's, else the dateline's

    @property
    def key(self) -> str:
        return self.norm.key

    def key_position(self, original: int) -> int:
        """The key index of the first key character produced at or after ``original``."""
        return bisect_left(self.norm.starts, original)

    def evidence(self, start: int, end: int) -> str:
        """The original text behind key[start:end], as the source wrote it."""
        if end <= start:
            return ""
        return self.norm.original_text(start, end).strip()

    def sentence_at(self, key_position: int) -> int:
        """The index of the sentence that holds ``key_position`` (the nearest one before it)."""
        starts = [s.start for s in self.sentences]
        return max(0, bisect_left(starts, key_position + 1) - 1)


def index_page(page: Page) -> SourceIndex:
    """Normalize ``page`` once and find its sentences, words, numbers and dates; pure."""
    norm = normalize_with_map(page.text)
    key = norm.key
    despaced_at = array("i", (i for i, c in enumerate(key) if c != " "))
    despaced = key.replace(" ", "")
    sentences = tuple(_sentences(norm))
    postings: dict[str, list[int]] = defaultdict(list)
    for number, sentence in enumerate(sentences):
        for term in sentence.terms:
            postings[term].append(number)
    total = max(1, len(sentences))
    idf = {term: math.log(1 + total / len(hits)) for term, hits in postings.items()}
    when = page.published or page.modified
    year = when.year if when else None
    spans = find_date_spans(page.text, context_year=year)
    if when is None:
        # a page without a publication date in its metadata: its dateline's year is the year of the dates it
        # writes without one (۱۵ میزان, 5 March); without a dateline they are read in an assumed year and
        # compared by month and day only (datespans.find_date_spans)
        year = next(
            (
                d.date.value.year
                for d in spans
                if d.date.precision == "day"
                and not d.date.year_assumed
                and opens_dateline(page.text[: d.start].rsplit("\n", 1)[-1])
            ),
            None,
        )
        spans = find_date_spans(page.text, context_year=year) if year else spans
    dates = tuple(DateSpan(_key_at(norm, d.start), _key_at(norm, d.end), d.date) for d in spans)
    script = script_of(page.text[:20000])
    return SourceIndex(
        page=page,
        norm=norm,
        despaced=despaced,
        despaced_at=despaced_at,
        sentences=sentences,
        postings={term: tuple(hits) for term, hits in postings.items()},
        spellings=_by_initial(postings),
        idf=idf,
        dates=dates,
        language=page.language or _detect_language(page.text),
        script=script,
        names=tuple(latin_names(page.text)) if script == "latin" else (),
        year=year,
    )


def _by_initial(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    buckets: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        if len(term) >= 4:
            buckets[term[0]].append(term)
    return {initial: tuple(words) for initial, words in buckets.items()}


def _key_at(norm: Normalized, original: int) -> int:
    return bisect_left(norm.starts, original)


def _sentences(norm: Normalized) -> list[Sentence]:
    text = norm.original
    found: list[Sentence] = []
    begin = 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        stop = boundary.start() if boundary else len(text)
        if stop > begin:
            start, end = _key_at(norm, begin), _key_at(norm, stop)
            if end > start:
                words = [t.text for t in tokenize(norm.key, start, end)]
                if words:
                    found.append(
                        Sentence(
                            start,
                            end,
                            frozenset(content_words(words)),
                            frozenset(numbers_of(words) | set(year_range_ends(norm.key[start:end]).values())),
                        )
                    )
        if boundary:
            begin = boundary.end()
    return found


def script_of(text: str) -> str:
    """The script most letters of ``text`` are written in."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if not arabic and not latin:
        return "other"
    return "arabic" if arabic > latin else "latin"


def _detect_language(text: str) -> str | None:
    return detect_language(text[:5000])


def language_of_claim(text: str, given: str | None) -> str | None:
    """The language a claim is written in: the one given, else a guess from its text."""
    return given or _detect_language(text)
