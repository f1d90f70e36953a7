"""Which number goes with which place: a claim that moves a number from one item of a list to another.

"Imports from Uzbekistan rose to 2,700 gigawatt-hours, while supplies from Tajikistan fell to 1,100"
holds every word and number of "imports from Uzbekistan reached 1,100 gigawatt-hours"; "four of the
contracts went to Chinese firms, two to British companies" every word of "two went to Chinese firms and
four to British companies". What differs is the binding. A number of the claim is bound to the place
nearest it in its clause; in the passage's sentence that holds the claim, the number is a swap when it
stands nearest another place AND the claim's place stands nearest another number. Either alone is no
swap: "Pakistan sent 2,000 tonnes of wheat to Afghanistan" binds 2,000 to Pakistan by distance, yet
Afghanistan has no other number, and "Afghanistan received 2,000 tonnes from Pakistan" says the same.
Years are dates, not amounts, and are left to the date checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from refcheck.match.directions import unit_class
from refcheck.match.facts import Token
from refcheck.match.numbers import is_year, number_spans
from refcheck.match.places import place_at
from refcheck.models import Difference, DifferenceKind

_REACH = 6  # words between a number and the place it is bound to in the claim
_SPANS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})  # a time, not an amount


def moved_numbers(claim: Sequence[Token], sentences: Sequence[Sequence[Token]]) -> list[Difference]:
    """The claim's numbers that a sentence of the passage gives to another place, whose own number it gives
    to the claim's place, where no sentence gives them to the claim's place."""
    ours = _items(claim)
    theirs = [_items(sentence) for sentence in sentences]
    found = []
    for at, value in ours.numbers.items():
        place = _nearest(at, ours.places, ours.numbers, _REACH)
        if place is None:
            continue
        bound = [_binding(items, value, place) for items in theirs]
        if any(place in places for places, _ in bound):
            continue  # a sentence binds the claim's number to the claim's place
        other = sorted(
            n for places, numbers in bound if places and numbers and value not in numbers for n in numbers
        )
        if other:
            ours_shown, theirs_shown = f"{claim[at].text} ({place})", f"{other[0]} ({place})"
            found.append(Difference(DifferenceKind.NUMBER, ours_shown, theirs_shown))
    return found


def _binding(items: _Items, value: str, place: str) -> tuple[set[str], set[str]]:
    """The places nearest ``value`` and the numbers nearest ``place`` in one sentence."""
    at_value = [j for j, other in items.numbers.items() if other == value]
    at_place = [j for j, other in items.places.items() if other == place]
    places = {p for j in at_value if (p := _nearest(j, items.places, items.numbers)) is not None}
    numbers = {n for j in at_place if (n := _nearest(j, items.numbers, items.places)) is not None}
    return places, numbers


@dataclass(frozen=True, slots=True)
class _Items:
    """The numbers and the places of a run of words, each by the position of its first word."""

    numbers: dict[int, str]
    places: dict[int, str]


def _items(tokens: Sequence[Token]) -> _Items:
    """The amounts and places of ``tokens``: not a year (1,900 with its separator is an amount), not a span
    of time (ten months)."""
    words = [t.canon for t in tokens]
    numbers = {
        start: value
        for start, end, value in number_spans(words)
        if not (is_year(value) and tokens[start].text.isdigit())
        and not (end < len(words) and unit_class(words[end]) in _SPANS)
    }
    places = {i: place for i in range(len(words)) if (place := place_at(words, i)) is not None}
    return _Items(numbers, places)


def _nearest(
    at: int, items: dict[int, str], blockers: dict[int, str], reach: int | None = None
) -> str | None:
    """The item nearest position ``at`` (the earlier one on a tie), within ``reach`` words when given."""
    ranked = sorted(items, key=lambda i: (abs(i - at), i > at))
    for i in ranked:
        if reach is not None and abs(i - at) > reach:
            return None
        between = range(min(i, at) + 1, max(i, at))
        if reach is not None and any(k in blockers for k in between):
            continue  # another number stands between: the place is that number's
        return items[i]
    return None
