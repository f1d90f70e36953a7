"""Which number goes with which place or person: a claim that moves a number from one item to another.

"Imports from Uzbekistan rose to 2,700 gigawatt-hours, while supplies from Tajikistan fell to 1,100"
holds every word and number of "imports from Uzbekistan reached 1,100 gigawatt-hours"; "Wardak scored
112 and Karimi added 64" every word of "Wardak made 64 and Karimi 112". What differs is the binding.

A list item is a segment of its sentence, between commas, semicolons and the words that join items (and,
while, و, او, فيما). A segment that names one amount and one item binds them: the item is its one place
(gazetteer), or, in Latin script, its one name (a run of capitalised words) when it names no place. A
segment with two amounts or two items binds nothing: words alone cannot tell which goes with which
("Pakistan sent 2,000 tonnes of wheat to Afghanistan").

The claim's amount N, bound to item E, is moved when the passage binds E to another amount, never to N,
and states N in a segment that names another item and not E. An amount the passage states with no item
of its own (Uzbekistan exported 2,700 GWh in 2024, up from 1,100 in 2023) is no rival. Years, spans of
time (ten months) and the day of a date (1 May) are not amounts. Not read, so never a mismatch: lists
bound by order ("respectively", به ترتیب), a claim's segment that names a place and a body (the ADB
approved $150 million for Afghanistan). In Arabic script, where most items are no gazetteer place and
no capitals mark a name, an item is also a word only one segment uses, just after its amount
(_moved_by_words).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from refcheck.match.directions import DURATIONS, unit_class
from refcheck.match.facts import MONTH_WORDS, Token, content_words, is_name_token
from refcheck.match.numbers import is_multiplier, is_number, is_year, number_spans
from refcheck.match.places import place_at, place_words
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import Normalized, normalize

_ITEM_REACH = 5  # words after an amount where its item stands (640 منزلاً في مديرية دولت آباد)
SEPARATORS = frozenset(",;:،؛—–")
JOINERS = frozenset(
    normalize(w) for w in ("and", "while", "whereas", "but", "و", "او", "فيما", "بينما", "اما")
)


@dataclass(frozen=True, slots=True)
class _Segment:
    """One list item of a sentence: its amounts (value, as written) and its items (places, names)."""

    amounts: tuple[tuple[str, str], ...]
    items: frozenset[str]
    words: frozenset[str] = frozenset()  # its content-word stems, amounts and units aside
    after: frozenset[str] = frozenset()  # ...those just after its first amount (640 houses in Dawlat Abad)
    mixed: bool = False  # it names a place and a person or body: its amount's item is not read
    names: frozenset[str] = frozenset()  # its Latin-script names, places or not

    @property
    def pair(self) -> tuple[str, str] | None:
        """(amount, item) when the segment binds one to the other."""
        if len(self.amounts) == 1 and len(self.items) == 1:
            return self.amounts[0][0], next(iter(self.items))
        return None


def moved_numbers(
    claim: Sequence[Token], claim_text: Normalized, sentences: Sequence[Sequence[Token]], page: Normalized
) -> list[Difference]:
    """The claim's amounts bound to an item where the passage binds that item to another amount and states
    the claim's amount for another item. ``claim_text`` and ``page``: the normalized texts the tokens are
    spans of (their punctuation separates the items, their capitals show the names)."""
    if any(_respectively(tokens) for tokens in (claim, *sentences)):
        return []  # "5,000 and 7,000 tonnes respectively": the binding is by order, which is not read
    theirs = [segment for sentence in sentences for segment in _segments(sentence, page)]
    found = []
    ours = _segments(claim, claim_text)
    for segment in ours:
        if segment.pair is None or segment.mixed:
            continue
        value, item = segment.pair
        values_of_item = {s.pair[0] for s in theirs if s.pair and s.pair[1] == item} | {
            s.amounts[0][0] for s in theirs if len(s.amounts) == 1 and item in s.names
        }
        if value in values_of_item or any(
            value in _values(s) and (item in s.items or not s.items) for s in theirs
        ):
            continue  # the passage binds them, or may: a segment holds both, or holds the amount alone
        elsewhere = any(value in _values(s) and s.items - {item} for s in theirs)
        if values_of_item and elsewhere:
            other = sorted(values_of_item)[0]
            shown = segment.amounts[0][1]
            found.append(Difference(DifferenceKind.NUMBER, f"{shown} ({item})", f"{other} ({item})"))
    return found or _moved_by_words(ours, theirs)


def _moved_by_words(ours: Sequence[_Segment], theirs: Sequence[_Segment]) -> list[Difference]:
    """The same, for items the gazetteer does not know (districts, camps, dams), in Arabic script, where no
    capitals mark a name (place words are left to the pairs above): an item is a word, or the day of a
    date, that only one segment of the passage uses. The claim's amount is moved when every single-amount
    segment that states it names an item of its own that the claim does not name, while the claim names
    the item of another single-amount segment (920 houses in Qades, where the passage has 920 in Muqur
    and 1,850 in Qades)."""
    uses = Counter(word for segment in theirs for word in segment.words)
    # the item of a list segment follows its amount (640 منزلاً في مديرية دولت آباد) or, with nothing
    # after it, comes before it (د عمري په کمپ کې ۸۶۰۰); the words that open the list are the predicate
    unique = {w for w, n in uses.items() if n == 1}
    items = [(segment, (segment.after & unique) or (segment.words & unique)) for segment in theirs]
    found = []
    for segment in ours:
        if len(segment.amounts) != 1 or any(w.isascii() and not w.isdigit() for w in segment.words):
            continue  # Latin script: names are read by their capitals (moved_numbers)
        (value, shown), words = segment.amounts[0], segment.words
        holding = [own for s, own in items if _values(s) == {value}]
        if not holding or any(value in _values(s) and len(s.amounts) > 1 for s, _ in items):
            continue  # the passage does not state it alone, or states it with others: no binding to read
        if any(not own or own & words for own in holding):
            continue  # the claim names the item the passage states its amount for
        rival = next(
            (
                (s.amounts[0][0], sorted(own & words)[0])
                for s, own in items
                if len(s.amounts) == 1 and own & words
            ),
            None,
        )
        if rival is not None and rival[0] != value:
            found.append(
                Difference(DifferenceKind.NUMBER, f"{shown} ({rival[1]})", f"{rival[0]} ({rival[1]})")
            )
    return found


def _values(segment: _Segment) -> set[str]:
    return {value for value, _ in segment.amounts}


def _segments(tokens: Sequence[Token], text: Normalized) -> list[_Segment]:
    """``tokens`` cut at punctuation between two tokens and at the words that join list items."""
    runs: list[list[int]] = [[]]
    for i, token in enumerate(tokens):
        gap = text.key[tokens[i - 1].end : token.start] if i else ""
        between_numbers = (
            0 < i < len(tokens) - 1 and is_number(tokens[i - 1].canon) and is_number(tokens[i + 1].canon)
        )
        if (token.text in JOINERS and not between_numbers) or SEPARATORS & set(gap):
            runs.append([])
        if token.text not in JOINERS:
            runs[-1].append(i)
    return [_segment(tokens, text, run) for run in runs if run]


def _segment(tokens: Sequence[Token], text: Normalized, run: list[int]) -> _Segment:
    words = [tokens[i].canon for i in run]
    spans = number_spans(words)
    amounts = tuple(
        (value, tokens[run[start]].text)
        for start, end, value in spans
        if not (is_year(value) and tokens[run[start]].text.isdigit())  # 1,900 with its separator is an amount
        and not (end < len(words) and unit_class(words[end]) in DURATIONS)
        and not _day_of_date(words, start, end)
    )
    places = {
        place
        for k in range(len(words))
        if (place := place_at(words, k)) is not None and unit_class(words[k]) is None  # afghanis
    }
    stems = frozenset(
        stem
        for k, word in enumerate(words)
        if not is_number(word)
        and not is_multiplier(word)
        and unit_class(word) is None
        and place_at(words, k) is None
        for stem in content_words([word])
    )
    # the day of a date names its item as a word does (the auction of 7 December)
    days = {value for start, end, value in spans if _day_of_date(words, start, end)}
    first = next((start for start, _, value in spans if value in dict(amounts)), len(words))
    after = frozenset(
        w for word in words[first + 1 : first + 1 + _ITEM_REACH] for w in content_words([word])
    ) & (stems | days)
    names = _names(tokens, text, run)
    # a place and another name in one segment (the ADB approved $150 million for Afghanistan): which of
    # them the amount goes with is not read on the claim's side
    covered = {k + d for k in range(len(words)) if place_at(words, k) for d in range(place_words(words, k))}
    mixed = bool(places) and any(
        k not in covered
        and run[k] > 0
        and words[k] not in MONTH_WORDS
        and is_name_token(text.original_text(tokens[run[k]].start, tokens[run[k]].end))
        for k in range(len(words))
    )
    return _Segment(amounts, frozenset(places or names), stems | days, after, mixed, frozenset(names))


def _day_of_date(words: Sequence[str], start: int, end: int) -> bool:
    """The number is the day of a date: a month name stands next to it (1 May, May 1, ۱ ثور)."""
    if not (end - start == 1 and words[start].isdigit() and 1 <= int(words[start]) <= 31):
        return False  # In May 640 houses…: no day
    return (start > 0 and words[start - 1] in MONTH_WORDS) or (end < len(words) and words[end] in MONTH_WORDS)


def _names(tokens: Sequence[Token], text: Normalized, run: list[int]) -> set[str]:
    """Each run of capitalised Latin-script words, by its last word (Samiullah Wardak: wardak). The first
    word of the text counts only with a capitalised word after it."""
    capital = [
        i > 0
        and is_name_token(original := text.original_text(tokens[i].start, tokens[i].end))
        and bool(content_words([tokens[i].text]))
        and tokens[i].text not in MONTH_WORDS
        and original.isalpha()
        for i in run
    ]
    if run and run[0] == 0 and len(run) > 1 and capital[1]:
        first = text.original_text(tokens[0].start, tokens[0].end)
        capital[0] = is_name_token(first) and bool(content_words([tokens[0].text]))
    found = set()
    for k, is_capital in enumerate(capital):
        if is_capital and (k + 1 == len(capital) or not capital[k + 1]):
            found.add(tokens[run[k]].text)
    return found


_RESPECTIVELY = tuple(
    tuple(normalize(w) for w in phrase.split())
    for phrase in ("respectively", "به ترتیب", "په ترتیب", "على التوالي", "بالترتيب")
)


def _respectively(tokens: Sequence[Token]) -> bool:
    """The text pairs its lists by order (respectively, به ترتیب, على التوالي, په ترتیب)."""
    words = [t.text for t in tokens]
    return any(tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in _RESPECTIVELY)
