"""What a claim states, read once from its text: its content words, numbers, dates, polarity and names.

support.py and crosslang.py judge a claim by these facts: the words a passage must share, the numbers and
dates it must hold (2,500 = ۲۵۰۰; a date in any calendar), the polarity it must have, and the multi-word
names (Ajit Doval, Organization of Islamic Cooperation) that make a claim specific. A number word after
"the" (the two countries) names what the claim has named, so it is no count the passage must state.
"""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.match.datespans import DateSpan, find_date_spans
from refcheck.match.facts import (
    Token,
    content_words,
    negation_flags,
    proper_names,
    tokenize,
)
from refcheck.match.numbers import canonical_number, is_number, number_spans, year_range_ends
from refcheck.text.normalize import Normalized, normalize_with_map

_DEFINITE = frozenset({"the", "these", "those", "both"})


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What a claim states, read from its text once."""

    terms: tuple[str, ...]  # content-word stems, in order
    numbers: frozenset[str]
    dates: tuple[DateSpan, ...]
    negated: bool
    tokens: tuple[Token, ...]
    norm: Normalized  # the claim normalized, with the map back to the text as written
    digits: frozenset[str] = frozenset()  # the numbers written in digits (three is not; 3 and ۳ are)
    names: tuple[frozenset[str], ...] = ()  # the content-word stems of each multi-word proper name

    @property
    def key(self) -> str:
        """The claim's normalized key."""
        return self.norm.key

    @property
    def text(self) -> str:
        """The claim as written (its capitals show its names)."""
        return self.norm.original


def read_claim(text: str, context_year: int | None = None) -> ClaimFacts:
    """The content words, numbers, dates and polarity of a claim."""
    norm = normalize_with_map(text)
    key = norm.key
    tokens = tokenize(key)
    dates = tuple(find_date_spans(text, context_year=context_year, borrowed=True))
    date_digits = {
        canonical_number(w.text)
        for d in dates
        for w in tokenize(normalize_with_map(text[d.start : d.end]).key)
        if is_number(w.text)
    }
    words = [t.text for t in tokens]
    # "the two countries" names countries the claim has named, it states no count
    spans = [span for span in number_spans(words) if span[0] == 0 or words[span[0] - 1] not in _DEFINITE]
    numbers = frozenset(value for _, _, value in spans) - date_digits
    digits = frozenset(value for start, _, value in spans if is_number(words[start])) - date_digits
    # a season or a term written "2018-19" means 2018 and 2019
    for short, year in year_range_ends(key).items():
        numbers = numbers - {short} | {year}
        digits = digits - {short} | {year}
    terms = tuple(dict.fromkeys(content_words(w for w in words if not is_number(w))))
    negated = any(negation_flags(words))
    names = tuple(
        dict.fromkeys(
            stems
            for name in proper_names(text)
            if len(stems := frozenset(content_words(t.text for t in tokenize(normalize_with_map(name).key))))
            >= 2
        )
    )
    return ClaimFacts(terms, numbers, dates, negated, tuple(tokens), norm, digits, names)
