"""Paraphrased claims in the source's language: find the passage, then check its numbers, dates, negation.

Retrieval is lexical: the claim's content-word stems are looked up in the page's sentence postings and
each window of 1–3 consecutive sentences is scored by the IDF-weighted share of the claim's words it holds
(near spellings such as organisation/organization count). ``supported`` needs a high share AND every
number and date of the claim in the passage AND the same polarity. A passage that holds the claim's words
but states another number or date next to the same words, or the opposite polarity, is a ``mismatch``.
Absence alone is never a mismatch, with one exception: a number the page states nowhere, where the
passage puts another number between the same two words (up from sixteen / up from six). A wrong
``supported`` is worse than a ``not_found``: thresholds are conservative. A claim's digits and dates are
facts the passage must hold, so a passage that holds them all needs a lower share (ANCHORED_SHARE), except
when the only fact is a bare year across three sentences. A passage that holds only part of the claim's
words (a loose paraphrase) but every one of its numbers and dates is a ``candidate``: shown for a person to
confirm, never counted as verified. A claim with no number or date needs more than a topic in common (a
subject, a place and "said") to be a candidate. Shares are compared with a tolerance (float sums).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from refcheck.match.facts import (
    DateSpan,
    Token,
    canonical_number,
    content_words,
    find_date_spans,
    is_negation,
    is_number,
    is_year,
    number_spans,
    numbers_of,
    same_date,
    tokenize,
    year_range_ends,
)
from refcheck.match.index import SourceIndex
from refcheck.match.outcome import Outcome
from refcheck.models import Difference, DifferenceKind, Verdict
from refcheck.text.normalize import normalize_with_map

SUPPORT_SHARE = 0.8  # IDF-weighted share of the claim's content words the passage must hold
ANCHORED_SHARE = 0.65  # ...when the claim states a number or date and the passage holds them all
MISMATCH_SHARE = 0.7  # ...for a differing number, date or negation to count as "the same place"
CANDIDATE_SHARE = 0.3  # ...for a loose paraphrase stating a number or date to be shown as a candidate
UNANCHORED_CANDIDATE_SHARE = 0.6  # ...for one that states none (shared words alone are weak evidence),
UNANCHORED_CANDIDATE_TERMS = 5  # ...unless the passage holds this many of its words (not a topic match)
_EPSILON = 1e-9  # shares are sums of floats: 0.7999999999999999 is 0.8
REPLACED_NUMBER_SHARE = 0.5  # ...for a number the page never states, framed by the same words as another
MIN_TERMS = 3  # a claim with fewer content words cannot be judged from overlap
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
class ClaimFacts:
    """What a claim states, read from its text once."""

    terms: tuple[str, ...]  # content-word stems, in order
    numbers: frozenset[str]
    dates: tuple[DateSpan, ...]
    negated: bool
    tokens: tuple[Token, ...]
    digits: frozenset[str] = frozenset()  # the numbers written in digits (three is not; 3 and ۳ are)


def read_claim(text: str, context_year: int | None = None) -> ClaimFacts:
    """The content words, numbers, dates and polarity of a claim."""
    key = normalize_with_map(text).key
    tokens = tokenize(key)
    dates = tuple(find_date_spans(text, context_year=context_year))
    date_digits = {
        canonical_number(w.text)
        for d in dates
        for w in tokenize(normalize_with_map(text[d.start : d.end]).key)
        if is_number(w.text)
    }
    words = [t.text for t in tokens]
    spans = number_spans(words)
    numbers = frozenset(value for _, _, value in spans) - date_digits
    digits = frozenset(value for start, _, value in spans if is_number(words[start])) - date_digits
    # a season or a term written "2018-19" means 2018 and 2019
    for short, year in year_range_ends(key).items():
        numbers = numbers - {short} | {year}
        digits = digits - {short} | {year}
    terms = tuple(dict.fromkeys(content_words(w for w in words if not is_number(w))))
    negated = any(is_negation(w) for w in words)
    return ClaimFacts(terms, numbers, dates, negated, tuple(tokens), digits)


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


def find_passage(terms: tuple[str, ...], index: SourceIndex) -> Passage | None:
    """The 1–3 sentence window that holds the largest IDF-weighted share of ``terms``."""
    hits = _hits(terms, index)
    if hits is None:
        return None
    best: Passage | None = None
    for first in sorted(hits.by_sentence):
        for last in range(first, min(first + MAX_WINDOW, len(index.sentences))):
            passage = hits.passage(index, first, last)
            if best is None or passage.share > best.share + 1e-9:
                best = passage
    return best


def _quoted_passage(terms: tuple[str, ...], index: SourceIndex, quoted: Sequence[str]) -> Passage | None:
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


def check_support(core: str, index: SourceIndex, quoted: Sequence[str] = ()) -> Outcome:
    """The verdict on a paraphrased claim against a page in the claim's language.

    ``quoted``: the source passages of the core's own quotations, already found verbatim or close. A
    passage that holds one of them needs only MISMATCH_SHARE of the core's words: the rest is attribution.
    """
    year = _page_year(index)
    facts = read_claim(core, context_year=year)
    if len(facts.terms) < MIN_TERMS:
        return Outcome(Verdict.NOT_FOUND, 0.0, None, note="the claim has too few content words to match")
    passage = find_passage(facts.terms, index)
    around = _quoted_passage(facts.terms, index, quoted)
    if (
        around is not None
        and around.share >= MISMATCH_SHARE
        and (passage is None or passage.share + _EPSILON < SUPPORT_SHARE)
    ):
        # the sentence of the core's own quotation: what else the core says is mostly attribution
        near = tokenize(index.key, around.start, around.end)
        missing = _missing_facts(facts, near, index, around)
        text = index.evidence(around.start, around.end)
        if not missing:
            note = "the passage holds the quotation and most of the sentence around it"
            return Outcome(Verdict.SUPPORTED, around.share, text, note=note)
        return Outcome(Verdict.NOT_FOUND, around.share, text, note="the passage lacks " + ", ".join(missing))
    if passage is None or passage.share < CANDIDATE_SHARE:
        share = passage.share if passage else 0.0
        evidence = index.evidence(passage.start, passage.end) if passage else None
        return Outcome(Verdict.NOT_FOUND, share, evidence, note="no passage of the source states the claim")
    evidence = index.evidence(passage.start, passage.end)
    window = tokenize(index.key, passage.start, passage.end)
    differences = _conflicts(facts, window, index, passage) if passage.share >= MISMATCH_SHARE else ()
    if not differences and passage.share >= REPLACED_NUMBER_SHARE:
        differences = _replaced_numbers(facts, window, index)
    if differences:
        return Outcome(
            Verdict.MISMATCH, passage.share, evidence, differences, "the passage states something else"
        )
    missing = _missing_facts(facts, window, index, passage)
    if not missing and passage.share + _EPSILON >= _support_share(facts, passage):
        return Outcome(Verdict.SUPPORTED, passage.share, evidence, note="the passage states the claim")

    absent = _absent_from_page(facts, index)
    if absent or "the claim's polarity" in missing:
        lacking = ", ".join(absent) if absent else "the claim's polarity"
        return Outcome(Verdict.NOT_FOUND, passage.share, evidence, note=f"the page lacks {lacking}")
    if not _is_anchored(facts) and not _holds_enough(passage):
        note = (
            f"the passage shares only {passage.share:.0%} of the claim's words ({passage.held} of them) "
            "and the claim states no number or date"
        )
        return Outcome(Verdict.NOT_FOUND, passage.share, evidence, note=note)
    # a paraphrase too loose to verify by its words: the passage is shown for a person to confirm
    note = (
        f"the passage shares {passage.share:.0%} of the claim's words; the page states all its numbers and "
        "dates: for a person to confirm"
    )
    return Outcome(Verdict.CANDIDATE, passage.share, evidence, note=note)


def _is_anchored(facts: ClaimFacts) -> bool:
    """The claim states a number or a date: facts that a passage must hold, not just share words with."""
    return bool(facts.digits or facts.dates)


def _holds_enough(passage: Passage) -> bool:
    """A passage that shares enough of a claim without numbers or dates to be shown as a candidate.

    A subject, a place and a verb in common (the chamber of commerce, Iran, said) is a topic, not a claim.
    """
    return (
        passage.share + _EPSILON >= UNANCHORED_CANDIDATE_SHARE or passage.held >= UNANCHORED_CANDIDATE_TERMS
    )


def _support_share(facts: ClaimFacts, passage: Passage) -> float:
    """The share of the claim's words a passage that holds all its facts needs for ``supported``.

    A claim's number or date is a fact the passage must hold, so fewer shared words are needed; but a
    bare year is common on a page, so it lowers the bar only in a passage of one or two sentences.
    """
    if not _is_anchored(facts):
        return SUPPORT_SHARE
    specific = any(not is_year(n) for n in facts.digits) or any(
        d.date.precision != "year" for d in facts.dates
    )
    return ANCHORED_SHARE if specific or passage.last - passage.first < 2 else SUPPORT_SHARE


def _page_year(index: SourceIndex) -> int | None:
    when = index.page.published or index.page.modified
    return when.year if when else None


def _window_dates(index: SourceIndex, passage: Passage) -> list[DateSpan]:
    return [d for d in index.dates if passage.start <= d.start < passage.end]


def _missing_facts(facts: ClaimFacts, window: list[Token], index: SourceIndex, passage: Passage) -> list[str]:
    numbers = numbers_of([t.text for t in window])
    missing = [f"the number {n}" for n in sorted(facts.numbers - numbers)]
    dates = _window_dates(index, passage)
    for claim_date in facts.dates:
        if not any(same_date(claim_date.date, d.date) for d in dates):
            missing.append(f"the date {claim_date.date.text}")
    if _polarity_differs(facts, window):
        missing.append("the claim's polarity")
    return missing


def _absent_from_page(facts: ClaimFacts, index: SourceIndex) -> list[str]:
    """The claim's numbers and dates that the page states nowhere."""
    numbers = set().union(*(sentence.numbers for sentence in index.sentences))
    absent = [f"the number {n}" for n in sorted(facts.numbers - numbers)]
    absent += [
        f"the date {d.date.text}"
        for d in facts.dates
        if not any(same_date(d.date, p.date) for p in index.dates)
    ]
    return absent


def _negated_terms(words: list[str]) -> set[str]:
    """Content words within three words of a negation: what is negated."""
    found: set[str] = set()
    for i, word in enumerate(words):
        if is_negation(word):
            found |= set(content_words(words[max(0, i - 3) : i] + words[i + 1 : i + 4]))
    return found


def _polarity_differs(facts: ClaimFacts, window: list[Token]) -> bool:
    """The passage negates what the claim affirms, or affirms what it negates (judged near the negation)."""
    claim_words = [t.text for t in facts.tokens]
    source_words = [t.text for t in window]
    claim_negated, source_negated = _negated_terms(claim_words), _negated_terms(source_words)
    terms = set(facts.terms)
    if len(source_negated & terms - claim_negated) >= 2:
        return True
    present = {stem_ for stem_ in claim_negated if stem_ in set(content_words(source_words))}
    return bool(present) and not (present & source_negated)


def _conflicts(
    facts: ClaimFacts, window: list[Token], index: SourceIndex, passage: Passage
) -> tuple[Difference, ...]:
    """Numbers, dates or polarity the passage states otherwise next to the claim's own words."""
    found: list[Difference] = []
    window_numbers = numbers_of([t.text for t in window])
    for number in sorted(facts.numbers - window_numbers):
        other = _number_in_same_place(number, facts.tokens, window)
        if other is not None:
            found.append(Difference(DifferenceKind.NUMBER, number, other))
    dates = _window_dates(index, passage)
    for claim_date in facts.dates:
        if dates and not any(same_date(claim_date.date, d.date) for d in dates):
            same_precision = [d for d in dates if d.date.precision == claim_date.date.precision]
            if same_precision and passage.share >= SUPPORT_SHARE:
                found.append(
                    Difference(DifferenceKind.DATE, claim_date.date.text, same_precision[0].date.text)
                )
    if passage.share >= 0.9 and passage.first == passage.last and _polarity_differs(facts, window):
        claim_neg = " ".join(t.text for t in facts.tokens if is_negation(t.text))
        source_neg = " ".join(t.text for t in window if is_negation(t.text))
        found.append(Difference(DifferenceKind.NEGATION, claim_neg, source_neg))
    return tuple(found)


def _number_in_same_place(number: str, claim: tuple[Token, ...], window: list[Token]) -> str | None:
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
                return _key_text(window, start, end)
    return None


def _replaced_numbers(facts: ClaimFacts, window: list[Token], index: SourceIndex) -> tuple[Difference, ...]:
    """Numbers of the claim that the page states nowhere, where the passage puts another number between
    the same two words (up from sixteen a year earlier / up from six the year before)."""
    page_numbers = set().union(*(sentence.numbers for sentence in index.sentences))
    claim = [t.canon for t in facts.tokens]
    source = [t.canon for t in window]
    found: list[Difference] = []
    for number in sorted(facts.numbers - page_numbers):
        frames = {_frame(claim, start, end) for start, end, value in number_spans(claim) if value == number}
        for start, end, value in number_spans(source):
            frame = _frame(source, start, end)
            if value != number and None not in frame and frame in frames:
                found.append(Difference(DifferenceKind.NUMBER, number, _key_text(window, start, end)))
                break
    return tuple(found)


def _frame(words: list[str], start: int, end: int, reach: int = 3) -> tuple[str | None, str | None]:
    """The nearest content word before words[start:end] and after it, within ``reach`` words."""
    before = content_words(words[max(0, start - reach) : start])
    after = content_words(words[end : end + reach])
    return (before[-1] if before else None, after[0] if after else None)


def _key_text(window: list[Token], start: int, end: int) -> str:
    """The key text of window[start:end] (a number with its multiplier word: ۱.۶ میلیارد)."""
    return " ".join(t.text for t in window[start:end])
