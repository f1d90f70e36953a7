"""Where a passage states another number than the claim in the same place: the evidence of a ``mismatch``.

A number differs "in the same place" when the passage puts another number next to a word that the claim's
number stands next to (20 درصد افزایش / 9 درصد افزایش), or, for a number the page states nowhere, between
the same two words (up from sixteen a year earlier / up from six the year before). Absence alone is never
a mismatch.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from refcheck.match.facts import Token, content_words
from refcheck.match.numbers import number_spans
from refcheck.models import Difference, DifferenceKind


def number_in_same_place(number: str, claim: Sequence[Token], window: Sequence[Token]) -> str | None:
    """Another number that the passage puts next to the word the claim's number stands next to."""
    words = [t.canon for t in claim]
    neighbours: set[str] = set()
    for start, end, value in number_spans(words):
        if value == number:
            neighbours |= set(content_words(words[max(0, start - 1) : start] + words[end : end + 1]))
    source = [t.canon for t in window]
    for start, end, value in number_spans(source):
        if value != number:
            around = set(content_words(source[max(0, start - 1) : start] + source[end : end + 1]))
            if around & neighbours:
                return key_text(window, start, end)
    return None


def replaced_numbers(
    numbers: Collection[str], claim: Sequence[Token], window: Sequence[Token], page_numbers: Collection[str]
) -> tuple[Difference, ...]:
    """The claim's ``numbers`` that the page states nowhere, where the passage puts another number between
    the same two words (up from sixteen a year earlier / up from six the year before)."""
    claim_words = [t.canon for t in claim]
    source = [t.canon for t in window]
    found: list[Difference] = []
    for number in sorted(set(numbers) - set(page_numbers)):
        frames = {
            frame(claim_words, start, end)
            for start, end, value in number_spans(claim_words)
            if value == number
        }
        for start, end, value in number_spans(source):
            around = frame(source, start, end)
            if value != number and None not in around and around in frames:
                found.append(Difference(DifferenceKind.NUMBER, number, key_text(window, start, end)))
                break
    return tuple(found)


def frame(words: list[str], start: int, end: int, reach: int = 3) -> tuple[str | None, str | None]:
    """The nearest content word before words[start:end] and after it, within ``reach`` words."""
    before = content_words(words[max(0, start - reach) : start])
    after = content_words(words[end : end + reach])
    return (before[-1] if before else None, after[0] if after else None)


def key_text(window: Sequence[Token], start: int, end: int) -> str:
    """The key text of window[start:end] (a number with its multiplier word: ۱.۶ میلیارد)."""
    return " ".join(t.text for t in window[start:end])
