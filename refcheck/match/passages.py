"""Finding the passage of a page that holds the most of a claim's words: lexical retrieval for support.py.

The claim's content-word stems are looked up in the page's sentence postings and each window of 1–3
consecutive sentences is scored by the IDF-weighted share of the claim's words it holds (near spellings
such as organisation/organization count). A word the page never uses weighs like the rarest page word.
``holds_all_names``: whether a passage holds every name of a claim (which lowers the share it needs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from refcheck.match.facts import content_words, latin_names, tokenize
from refcheck.match.index import SourceIndex
from refcheck.match.places import place_of
from refcheck.text.normalize import normalize_with_map

MAX_WINDOW = 3  # sentences per passage
NEAR_SPELLING = 88  # rapidfuzz ratio for a claim word to count as a spelling of a page word


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of sentences ``first..last`` (inclusive) and how much of the claim it holds."""

    first: int
    last: int
    share: float
    start: int  # key span
    end: int
    held: int = 0  # how many distinct claim terms it holds


@dataclass(frozen=True, slots=True)
class _Hits:
    """Which sentences hold which claim terms, and what each term weighs."""

    by_sentence: dict[int, set[str]]
    weights: dict[str, float]
    total: float

    def passage(self, index: SourceIndex, first: int, last: int) -> Passage:
        covered = set().union(*(self.by_sentence.get(n, set()) for n in range(first, last + 1)))
        share = sum(self.weights[t] for t in covered) / self.total
        start, end = index.sentences[first].start, index.sentences[last].end
        return Passage(first, last, share, start, end, len(covered))


def _hits(terms: tuple[str, ...], index: SourceIndex) -> _Hits | None:
    mapped = _map_terms(terms, index)
    weights = {term: index.idf.get(page_term, 1.0) for term, page_term in mapped.items()}
    missing_weight = sum(_missing_weight(index) for term in terms if term not in mapped)
    total = sum(weights.values()) + missing_weight
    if not total or not mapped:
        return None
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for term, page_term in mapped.items():
        for number in index.postings.get(page_term, ()):
            by_sentence[number].add(term)
    return _Hits(by_sentence, weights, total)


def find_passage(
    terms: tuple[str, ...], index: SourceIndex, accept: Callable[[int, int], bool] | None = None
) -> Passage | None:
    """The 1–3 sentence window that holds the largest IDF-weighted share of ``terms``.

    ``accept(first, last)``: only windows it accepts (those that hold the claim's numbers, say).
    """
    hits = _hits(terms, index)
    if hits is None:
        return None
    best: Passage | None = None
    for first in sorted(hits.by_sentence):
        for last in range(first, min(first + MAX_WINDOW, len(index.sentences))):
            passage = hits.passage(index, first, last)
            better = best is None or passage.share > best.share + 1e-9
            if better and (accept is None or accept(first, last)):
                best = passage
    return best


def core_sentence(terms: Collection[str], index: SourceIndex, first: int, last: int) -> int:
    """The sentence of ``first..last`` that holds the most of a claim's ``terms`` (the first on a tie)."""
    wanted = set(terms)
    return max(range(first, last + 1), key=lambda n: len(index.sentences[n].terms & wanted))


def quoted_passage(terms: tuple[str, ...], index: SourceIndex, quoted: Sequence[str]) -> Passage | None:
    """The sentence that holds one of the core's quotations, with the one before it (the attribution)."""
    hits = _hits(terms, index)
    best: Passage | None = None
    for evidence in quoted:
        at = index.page.text.find(evidence)
        if hits is None or at < 0:
            continue
        first = index.sentence_at(index.key_position(at))
        last = index.sentence_at(index.key_position(at + len(evidence)) - 1)
        passage = hits.passage(index, max(0, first - 1), last)
        if best is None or passage.share > best.share:
            best = passage
    return best


def passage_terms(terms: tuple[str, ...], index: SourceIndex, passage: Passage) -> set[str]:
    """The claim terms (in the claim's spelling) that sentences ``passage.first..last`` hold."""
    mapped = _map_terms(terms, index)
    held = set().union(*(index.sentences[n].terms for n in range(passage.first, passage.last + 1)))
    return {term for term, page_term in mapped.items() if page_term in held}


def _missing_weight(index: SourceIndex) -> float:
    # a word the page never uses weighs like the rarest page word
    return max(index.idf.values(), default=1.0)


def _map_terms(terms: tuple[str, ...], index: SourceIndex) -> dict[str, str]:
    """Each claim term that the page holds, mapped to the page's spelling of it."""
    mapped: dict[str, str] = {}
    for term in terms:
        if term in index.postings:
            mapped[term] = term
        elif len(term) >= 5:
            # near spellings share their first letter (organisation/organization, Nikolai/Nikolay)
            bucket = index.spellings.get(term[0], ())
            near = process.extractOne(term, bucket, scorer=fuzz.ratio, score_cutoff=NEAR_SPELLING)
            if near is not None:
                mapped[term] = near[0]
    return mapped


def holds_all_names(
    terms: tuple[str, ...], names: Sequence[frozenset[str]], text: str, index: SourceIndex, passage: Passage
) -> bool:
    """Every multi-word name (``names``, as stems) and every capitalised word of the claim ``text`` is in
    the passage (a place also as its adjective: Russian/Russia's)."""
    held = passage_terms(terms, index, passage)
    if not all(name <= held for name in names):
        return False
    window = tokenize(index.key, passage.start, passage.end)
    places = {place_of(t.text) for t in window} - {None}
    for word in latin_names(text):
        key = normalize_with_map(word).key
        stems = content_words([key])
        if not stems:
            continue
        if stems[0] in held or (place_of(key) is not None and place_of(key) in places):
            continue
        return False
    return True
