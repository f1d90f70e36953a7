"""Facts a paraphrase states in a slot of its sentence: the place, the month, what a number counts
(counted.py reads that one), the scope of an amount, the direction of a range, a condition.

A claim can keep every word of its passage but one and say something else: "Kazakhstan raised the issue
at the summit" where the page has Uzbekistan, "shut for 27 days in April" where it has September, "12
districts" where it has 12 provinces. Each slot is read next to the words around it (its anchors: the
content words within ANCHOR_REACH words), so only another value in the same place counts, never a place,
month or noun the passage names for something else. A passage that states the claim under a condition
(exporters would shift… if the crossings were not kept open) is read here too: the claim that drops the
condition states as a fact what the page does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from refcheck.match.counted import counted_swaps, names_what
from refcheck.match.directions import is_unit, unit_words
from refcheck.match.facts import BEFORE_MONTH, MONTH_WORDS, Token, content_words, neighbours
from refcheck.match.numbers import (
    counts_at,
    is_number,
    is_small_number_word,
    is_year,
    number_spans,
)
from refcheck.match.places import place_at, place_of, place_words
from refcheck.match.qualifiers import condition_classes, fractions_in, has_condition, scope_of
from refcheck.match.trade import trade_direction
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize

_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FRACTION_FILLERS = frozenset({"of", "the", "از", "من"})
ANCHOR_REACH = 4  # words either side of a slot that tie it to its place in the sentence


def slot_conflicts(
    claim: Sequence[Token],
    window: Sequence[Token],
    core: range | None = None,
    months: bool = True,
    page_terms: Container[str] = (),
) -> tuple[Difference, ...]:
    """Places, months and counted nouns that the passage puts in the claim's slot with another value.

    ``core``: the positions in ``window`` of the sentence that holds the most of the claim: a value the
    passage states only in another sentence (exports in one, imports in the next) is not the claim's when
    this sentence puts another value in its slot. ``months``: compare bare month names too; the caller
    leaves them out when the claim's dates are read whole (18 January 2024 = ۲۵ مرغومي ۱۴۰۲: two month
    names, one date) and compared as dates. ``page_terms``: the page's word stems; a counted noun is
    compared only when the page uses it too (a word the page never uses may be the writer's synonym)."""
    claim_words, window_words = [t.canon for t in claim], [t.canon for t in window]
    core = core if core is not None else range(len(window))
    found = _swaps(claim, window, claim_words, window_words, core, _place, DifferenceKind.NAME)
    if _names_both(window_words[core.start : core.stop]):
        # "officials of the two countries agreed": the claim's "Iran and Afghanistan agreed" names them
        found = [d for d in found if not _joined_places(claim_words)]
    # exports / imports: the opposite direction of trade, like rose / fell; unless the claim tells it from
    # the other country (Afghanistan imported from Pakistan / Pakistan exported to Afghanistan)
    if _trader(claim_words) == _trader([window_words[j] for j in core]):
        found += _swaps(
            claim, window, claim_words, window_words, core, _trade, DifferenceKind.NEGATION, tied=True
        )
    if months:
        found += _swaps(claim, window, claim_words, window_words, core, _month, DifferenceKind.DATE)
    found.extend(counted_swaps(claim, window, claim_words, window_words, page_terms, measured=True))
    # a scope against an amount: read in the sentence that holds the claim (most of the revenue … / nearly
    # half of the duties, in the next sentence, is the share of something else)
    in_core = [window[j] for j in core]
    found.extend(_all_for_a_share(claim, in_core, claim_words, [t.canon for t in in_core]))
    found.extend(_reversed_ranges(claim_words, window_words))
    # one word, one difference: Afghan traders for Pakistani ones is a name, not also a counted noun
    first: dict[str, Difference] = {}
    for difference in found:
        first.setdefault(difference.claim, difference)
    return tuple(first.values())


def condition_differs(claim: Sequence[Token], window: Sequence[Token]) -> bool:
    """One side opens a condition (if, اگر, إذا, که چیرې; Pashto که … نو, چې که) and the other states none:
    the claim drops the page's condition, or adds one the page does not state."""
    if _conditional(window) != _conditional(claim):
        return True
    # unless / even if: both state a condition, of opposite sense
    ours, theirs = condition_classes([t.canon for t in claim]), condition_classes([t.canon for t in window])
    return bool(ours and theirs and ours != theirs)


def _conditional(tokens: Sequence[Token]) -> bool:
    words = [t.canon for t in tokens]
    if has_condition(words):
        return True
    # Pashto که is "if" and also "or"; with a later نو ("then"), or after چې ("that"), it opens a condition
    return any(
        word == "که" and ("نو" in words[i + 1 :] or (i > 0 and words[i - 1] == "چې"))
        for i, word in enumerate(words)
    )


_BOTH = tuple(
    tuple(normalize(w) for w in phrase.split())
    for phrase in ("two countries", "دو کشور", "دواړو هیوادونو", "دواړو هېوادونو", "البلدين")
)


def _names_both(words: Sequence[str]) -> bool:
    """The sentence speaks of "the two countries" (دو کشور, البلدين) without naming them."""
    return any(tuple(words[i : i + len(both)]) == both for i in range(len(words)) for both in _BOTH)


def _joined_places(words: Sequence[str]) -> bool:
    """Two places joined by "and" (ایران و افغانستان, Iran and Afghanistan)."""
    return any(
        place_at(words, i) and words[i + 1] in {"and", "و", "او"} and place_at(words, i + 2)
        for i in range(len(words) - 2)
    )


def _place(words: Sequence[str], i: int) -> str | None:
    return place_at(words, i)


def _trade(words: Sequence[str], i: int) -> str | None:
    return trade_direction(words[i])


def _trader(words: Sequence[str]) -> str | None:
    """The place nearest the first word of trade (Afghanistan imported, صادرات افغانستان): who trades."""
    at = next((i for i, w in enumerate(words) if trade_direction(w)), None)
    if at is None:
        return None
    near = sorted(range(max(0, at - 4), min(len(words), at + 5)), key=lambda k: (abs(k - at), k > at))
    return next((place for k in near if k != at and (place := place_of(words[k])) is not None), None)


def _month(words: Sequence[str], i: int) -> str | None:
    """A month name that stands as a month: next to a number, or (English) after "in", "since"…"""
    word = words[i]
    if word not in MONTH_WORDS:
        return None
    near = [*words[max(0, i - 2) : i], *words[i + 1 : i + 3]]
    if any(is_number(w) for w in near) or (word.isascii() and i > 0 and words[i - 1] in BEFORE_MONTH):
        return word
    return None


def _written(tokens: Sequence[Token], words: Sequence[str], i: int) -> str:
    """The value at ``i`` as written: both words of a two-word place (اسلام قلعې)."""
    return " ".join(t.text for t in tokens[i : i + place_words(words, i)])


def _swaps(
    claim: Sequence[Token],
    window: Sequence[Token],
    claim_words: list[str],
    window_words: list[str],
    core: range,
    read: Callable[[Sequence[str], int], str | None],
    kind: DifferenceKind,
    tied: bool = False,
) -> list[Difference]:
    """Each value of the claim that the passage puts in the claim's slot with another value of its kind (one
    the claim does not state either): a value the passage lacks, where another stands next to the same
    words; one stated only outside the passage's core sentence, where that sentence puts another there;
    and, when ``tied`` (a word whose slot is its neighbours: exports of coal), one stated in the core
    sentence where another is tied to more of the claim's words (exports of coal reached 400,000 tons /
    imports of fruit fell, for "imports of coal reached 400,000 tons"). A place is not ``tied``: it stands
    apart from what it locates (the customs office in Herat said fuel imports from Iran rose)."""
    ours = {i: value for i in range(len(claim_words)) if (value := read(claim_words, i)) is not None}
    theirs = {j: value for j in range(len(window_words)) if (value := read(window_words, j)) is not None}
    found: list[Difference] = []
    for i, value in ours.items():
        anchors = _anchors(claim_words, i, tied)
        overlap = {j: len(anchors & _anchors(window_words, j, tied)) for j in theirs}
        same = max((overlap[j] for j, other in theirs.items() if other == value), default=0)
        in_core = any(theirs[j] == value for j in theirs if j in core)
        # a value the passage states only outside its core sentence is checked against that sentence
        places = (
            [j for j in theirs if j in core] if value in theirs.values() and not in_core else list(theirs)
        )
        rivals = [j for j in places if theirs[j] not in ours.values() and overlap[j] > 0]
        best = max(rivals, key=overlap.__getitem__, default=None)
        # another value in the claim's slot, more tied to the claim's words than any of the claim's own
        if best is not None and (not in_core or (tied and overlap[best] > same)):
            claimed, stated = _written(claim, claim_words, i), _written(window, window_words, best)
            found.append(Difference(kind, claimed, stated))
    return found


def _all_for_a_share(
    claim: Sequence[Token], window: Sequence[Token], claim_words: list[str], window_words: list[str]
) -> list[Difference]:
    """A scope word of the claim (all, most, none) where the passage gives what it denies for the same noun:
    a share or a count for "all" (ټوله برېښنا / نږدې ۸۰ سلنه برېښنا; all private universities / seven private
    universities), half or less for "most" (most / about half), any for "none": a NUMBER difference."""
    amounts = _amounts(window_words)
    scoped = set().union(*(_scoped_nouns(window_words, j) for j in range(len(window_words))))
    found: list[Difference] = []
    for i, word in enumerate(claim_words):
        nouns = _scoped_nouns(claim_words, i)
        denies = _DENIES.get(scope_of(word) or "")
        if not nouns or nouns & scoped or denies is None:
            continue
        hit = next((j for j, share, theirs in amounts if nouns & theirs and denies(share)), None)
        if hit is not None:
            found.append(
                Difference(DifferenceKind.NUMBER, claim[i].text, " ".join(t.text for t in window[hit]))
            )
    return found


# What each scope denies of an amount (a share from 0 to 1; a count is a share below 1: some, not all).
_DENIES: dict[str, Callable[[float], bool]] = {
    "all": lambda share: share < 1,
    "most": lambda share: share <= 0.5,
    "none": lambda share: share > 0,
}
_NOUN_REACH = 2  # content words after a scope word or an amount that say what it is of


def _scoped_nouns(words: Sequence[str], i: int) -> set[str]:
    """The nouns a scope word at ``i`` qualifies (all private universities), unless a number follows the
    scope word (all 34 provinces states its count)."""
    if scope_of(words[i]) is None or (i + 1 < len(words) and is_number(words[i + 1])):
        return set()
    return set(_nouns_after(words, i + 1))


def _nouns_after(words: Sequence[str], start: int) -> list[str]:
    plain = [
        w
        for w in words[start : start + _NOUN_REACH + 2]
        if scope_of(w) is None and w not in _FRACTION_FILLERS
    ]
    return content_words(plain)[:_NOUN_REACH]


_SOME = "2"  # the value given to a count written as a word: a count is "some, not all" whatever it is


def _all_of(words: Sequence[str], j: int) -> bool:
    """The count before words[j] is preceded by "all" (all 1,200 returnees, all of the 1,200, همه ۳۴ ولایت):
    it states all of them, not a share."""
    before = [w for w in words[max(0, j - 5) : j] if w not in _FRACTION_FILLERS]
    return any(scope_of(w) == "all" for w in before[-3:])


def _amounts(words: Sequence[str]) -> list[tuple[slice, float, set[str]]]:
    """What the passage gives an amount of: (where the amount stands, the share it is, the nouns after it)
    for a percentage (80 percent of the electricity), a fraction (about half of the households) or a count
    (seven universities: some, not all)."""
    found: list[tuple[slice, float, set[str]]] = []
    for j, word in enumerate(words):
        value = counts_at(words, j)
        if value is None and j > 0 and is_small_number_word(words[j - 1]):
            value = _SOME  # هفت دانشگاه, seven universities: a count, whichever it is
        if value is None or not _PLAIN_NUMBER.fullmatch(value) or is_year(value) or _all_of(words, j):
            continue
        if is_unit(word) and unit_words(words, j, j + 1) == {"percent"}:
            found.append((slice(j - 1, j + 1), float(value) / 100, set(_nouns_after(words, j + 1))))
        elif names_what(word):
            share = 0.0 if float(value) == 0 else 0.99
            found.append((slice(j - 1, j + 1), share, set(_nouns_after(words, j))))
    for j, share in fractions_in(words):
        found.append((slice(j, j + 1), share, set(_nouns_after(words, j + 1))))
    return found


def _reversed_ranges(claim_words: Sequence[str], window_words: Sequence[str]) -> list[Difference]:
    """ "From 60 to 80" where the passage says "from 80 to 60" (از ۸۰ افغانی به ۶۰ افغانی): the change goes
    the other way, a NUMBER difference, whatever verb states it."""
    ours, theirs = _ranges(claim_words), _ranges(window_words)
    return [
        Difference(DifferenceKind.NUMBER, f"{a} → {b}", f"{b} → {a}")
        for a, b in ours
        if (b, a) in theirs and (a, b) not in theirs
    ]


_FROM = frozenset(normalize(w) for w in ["from", "از", "من"])
_TO = frozenset(normalize(w) for w in ["to", "به", "الی", "إلى"])
_RANGE_REACH = 3  # words between "from N" and "to M" (from 60 afghanis to 80 afghanis)


def _ranges(words: Sequence[str]) -> set[tuple[str, str]]:
    """The (from, to) number pairs of "from N … to M" (از N … به M, من N … إلى M)."""
    spans = number_spans(words)
    starts = {start: value for start, _, value in spans}
    found = set()
    for start, end, value in spans:
        if start == 0 or words[start - 1] not in _FROM:
            continue
        for k in range(end, min(len(words), end + _RANGE_REACH + 1)):
            if words[k] in _TO and k + 1 in starts:
                found.add((value, starts[k + 1]))
                break
    return found


def _anchors(words: Sequence[str], i: int, after_only: bool = False) -> set[str]:
    """Up to ANCHOR_REACH content words on each side of words[i] (within twice as many words), leaving out
    places, months and numbers, which are slots themselves: "the summit in Astana in September 2023" and
    "the summit of Central Asian leaders in Dushanbe" share "summit". ``after_only``: the words after it
    (what is exported: exports of coal, وتصدر … الفواكه), when there are any."""
    scan = 2 * ANCHOR_REACH
    before, after = neighbours(words, i, ANCHOR_REACH, scan, keep=_no_slot)
    if after_only and content_words(words[i + 1 : i + 1 + scan]):
        return set(after)
    return {*before, *after}


def _no_slot(word: str) -> bool:
    return place_of(word) is None and word not in MONTH_WORDS and not is_number(word)


def token_span(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The positions of the tokens that lie within key[start:end] (a sentence of the passage)."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)
