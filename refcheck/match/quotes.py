"""Quotations: verbatim after normalization, else the nearest passage diffed word by word.

Tiers: (1) the normalized quotation is a substring of the page key, or of the despaced key (ZWNJ written as a
space); (2) ``rapidfuzz.fuzz.partial_ratio_alignment`` locates the best passage, the window is refined to
whole words, and a token diff (``Levenshtein.opcodes``) lists the differences. A changed negation, number,
date or name makes a ``mismatch`` (a changed time frame, this year/last year, is a date, and so is a month
changed next to an ordinal day, the fifth of March; a place and its adjective, Qatar/Qatari or قطر/القطري,
are one name; a reversed direction, rose/fell or بیش از/کمتر از, is a negation, and another unit for the
number, percent/percentage points or dollars/afghanis, a number: directions.py; another scope or ordinal,
all/some or first/last, a number, another modal, will/could, a negation, and so the speech acts, weekdays,
tenses, time bounds and fractions of qualifiers.py, even in a titled run, Monday/Tuesday; a dropped or
changed condition, if/once or اگر/nothing, a negation, and another noun after the same number, 12 canals/
12 dams, a number); other words
make it ``close``; below the
similarity floor the quotation is ``not_found``. A fuzzy score alone never decides: a dropped "not"
scores 93. Arabic script shows no capitals, so names are seen otherwise (speakers.py): two or more
replaced words after a title (المتحدث, سخنگوی, ویاند…) or next to the same speech verb (X وویل / Y وویل)
that the page never uses are a NAME, and so is one such word where a place stands (مرز X, د X ولایت,
معبر X: places.py); and such a replaced run anywhere is more than ``close`` allows.

Too short (documented rule): fewer than 4 words or fewer than 20 characters after normalization. Such a
quotation is still looked up, and the note says whether it was found, but it is reported ``too_short``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein, Opcode

from refcheck.match.counted import other_counted_noun
from refcheck.match.directions import direction_flags, is_ordinal, opposite, unit_words
from refcheck.match.facts import (
    MONTH_WORDS,
    Token,
    is_name_token,
    is_transliteration,
    negation_flags,
    negation_pair,
    tokenize,
)
from refcheck.match.index import SourceIndex
from refcheck.match.numbers import fold_numbers, is_number
from refcheck.match.outcome import Outcome
from refcheck.match.places import is_cued_place, place_of
from refcheck.match.qualifiers import condition_changed, is_condition, qualifier_kind
from refcheck.match.speakers import is_rewrite_run, is_speaker_name, is_titled_name
from refcheck.match.timeframes import frame_spans
from refcheck.match.trade import trade_directions
from refcheck.models import Difference, DifferenceKind, Verdict
from refcheck.text.normalize import Normalized, normalize, normalize_with_map

MIN_WORDS = 4
MIN_CHARS = 20
LOCATE_CUTOFF = 60.0  # partial_ratio below this: the quotation is not on the page
CLOSE_FLOOR = 0.80  # character similarity of quotation and passage for `close`
MISMATCH_FLOOR = 0.70  # ...and for `mismatch` (a changed fact in a passage that is clearly the same)
_SPAN_WEIGHTS = (1, 3, 3)  # insertion (source-only word), deletion (quotation-only word), substitution
MAX_QUOTE = 2000  # rapidfuzz's partial_ratio is slow when both strings are long (rapidfuzz #430)
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3,})\s*")


@dataclass(frozen=True, slots=True)
class _Part:
    verdict: Verdict
    score: float
    start: int  # key span of the passage
    end: int
    differences: tuple[Difference, ...] = ()


def split_quote(text: str) -> list[str]:
    """The parts of a quotation cut at its ellipses (…, ..., [...]), in order."""
    return [part for part in (p.strip(" \"'“”«»‘’„") for p in _ELLIPSIS.split(text)) if part]


def is_too_short(key: str) -> bool:
    """Fewer than 4 words or fewer than 20 characters after normalization."""
    return len(tokenize(key)) < MIN_WORDS or len(key) < MIN_CHARS


def match_quote(quote: str, index: SourceIndex, conditioned: bool = False) -> Outcome:
    """Find ``quote`` in the page, part by part and in order, and give its verdict.

    ``conditioned``: the report opens a condition just before the quotation, so a condition the page puts
    just before the quoted words is not missing from it."""
    parts = [normalize_with_map(part) for part in split_quote(quote)]
    parts = [part for part in parts if part.key]
    if not parts:
        return Outcome(Verdict.NOT_FOUND, 0.0, None, note="empty quotation")
    results: list[_Part] = []
    position = 0
    for part in parts:
        found = _match_part(part, index, position, conditioned)
        if found.verdict is Verdict.NOT_FOUND and position:
            found = _match_part(part, index, 0, conditioned)  # out of order: still report where it is
        results.append(found)
        if found.verdict is not Verdict.NOT_FOUND:
            position = found.end
    outcome = _combine(results, index)
    if is_too_short(" ".join(part.key for part in parts)):
        return Outcome(
            Verdict.TOO_SHORT,
            outcome.score,
            outcome.evidence,
            outcome.differences,
            f"too short to verify ({_found_note(outcome.verdict)})",
        )
    return outcome


def _found_note(verdict: Verdict) -> str:
    return {
        Verdict.VERBATIM: "found verbatim in the source",
        Verdict.CLOSE: "found with small differences",
        Verdict.MISMATCH: "found, but a negation, number, date or name differs",
    }.get(verdict, "not found in the source")


def _combine(results: list[_Part], index: SourceIndex) -> Outcome:
    verdicts = {r.verdict for r in results}
    score = min(r.score for r in results)
    differences = tuple(d for r in results for d in r.differences)
    located = [r for r in results if r.verdict is not Verdict.NOT_FOUND]
    # a part that was not found still shows the nearest passage, when one was aligned, for a person to judge
    evidence = " … ".join(index.evidence(r.start, r.end) for r in results if r.end > r.start) or None
    if Verdict.NOT_FOUND in verdicts:
        note = "no passage of the source holds the quotation"
        if located:
            note = f"{len(located)} of {len(results)} parts of the quotation found"
        elif evidence:
            note = "no passage of the source holds the quotation; the nearest one is shown"
        return Outcome(Verdict.NOT_FOUND, score, evidence, differences, note)
    if Verdict.MISMATCH in verdicts:
        kinds = sorted({d.kind.value for d in differences if _breaks(d)})
        return Outcome(
            Verdict.MISMATCH, score, evidence, differences, "the source differs: " + ", ".join(kinds)
        )
    if Verdict.CLOSE in verdicts:
        return Outcome(Verdict.CLOSE, score, evidence, differences, "nearly verbatim; differences listed")
    return Outcome(Verdict.VERBATIM, 1.0, evidence, (), "found verbatim after normalization")


def _breaks(difference: Difference) -> bool:
    if difference.kind is DifferenceKind.NAME:
        return not is_transliteration(difference.claim, difference.source)
    return difference.kind.breaks_quote


def _match_part(part: Normalized, index: SourceIndex, position: int, conditioned: bool = False) -> _Part:
    needle = part.key
    at = index.key.find(needle, position)
    if at >= 0:
        return _verbatim(index, at, at + len(needle), conditioned)
    despaced = needle.replace(" ", "")
    first = bisect_left(index.despaced_at, position)
    at = index.despaced.find(despaced, first)
    if despaced and at >= 0:
        end = index.despaced_at[at + len(despaced) - 1] + 1
        return _verbatim(index, index.despaced_at[at], end, conditioned)
    return _fuzzy_part(part, index, position, conditioned)


def _verbatim(index: SourceIndex, start: int, end: int, conditioned: bool = False) -> _Part:
    """The words are the page's, unless the page opens them with a condition the quotation leaves out:
    "the loan is approved" quoted from "if the loan is approved" states as a fact what the page does not."""
    preceding = index.key[:start].rstrip()
    before = preceding.rsplit(" ", 1)[-1]
    if conditioned or not before or not is_condition(before):
        return _Part(Verdict.VERBATIM, 1.0, start, end)
    opened = len(preceding) - len(before)
    dropped = Difference(DifferenceKind.NEGATION, "", index.norm.original_text(opened, opened + len(before)))
    return _Part(Verdict.MISMATCH, 1.0, opened, end, (dropped,))


def _fuzzy_part(part: Normalized, index: SourceIndex, position: int, conditioned: bool = False) -> _Part:
    needle = part.key[:MAX_QUOTE]
    hay = index.key
    alignment = fuzz.partial_ratio_alignment(needle, hay[position:], score_cutoff=LOCATE_CUTOFF)
    if alignment is None:
        return _Part(Verdict.NOT_FOUND, 0.0, 0, 0)
    pad = len(needle) // 2 + 10
    begin = max(0, position + alignment.dest_start - pad)
    finish = min(len(hay), position + alignment.dest_end + pad)
    claim_tokens = tokenize(part.key)
    window = tokenize(hay, begin, finish)
    if not claim_tokens or not window:
        return _Part(Verdict.NOT_FOUND, alignment.score / 100, 0, 0)
    hit_start = position + alignment.dest_start
    span = _best_span(
        claim_tokens, window, hit_start, hit_start + (alignment.dest_end - alignment.dest_start)
    )
    lo, hi = span
    # a negation just outside the aligned run belongs to it (ولم یحدد vs وحدد: dropping it aligns better)
    # ...and so does a condition ("if" financing is secured: the quotation states as a fact what is not)
    negates = negation_flags([t.canon for t in window])
    if lo > 0 and (negates[lo - 1] or (not conditioned and is_condition(window[lo - 1].canon))):
        lo -= 1
    if hi < len(window) and negates[hi]:
        hi += 1
    source_tokens = window[lo:hi]
    if not source_tokens:
        return _Part(Verdict.NOT_FOUND, alignment.score / 100, 0, 0)
    start, end = source_tokens[0].start, source_tokens[-1].end
    similarity = fuzz.ratio(needle, hay[start:end]) / 100
    differences = diff_tokens(part, claim_tokens, index.norm, source_tokens, index.postings)
    if not differences:  # only folding differs (12,000 / 12000): the words are the source's words
        return _Part(Verdict.VERBATIM, 1.0, start, end)
    breaking = [d for d in differences if _breaks(d)]
    if breaking and similarity >= MISMATCH_FLOOR:
        return _Part(Verdict.MISMATCH, similarity, start, end, differences)
    rewritten = any(_is_rewrite(d, index.postings) for d in differences if d.kind is DifferenceKind.WORD)
    if not breaking and not rewritten and similarity >= CLOSE_FLOOR:
        return _Part(Verdict.CLOSE, similarity, start, end, differences)
    return _Part(Verdict.NOT_FOUND, similarity, start, end, differences)


def _best_span(claim: list[Token], window: list[Token], start: int, end: int) -> tuple[int, int]:
    """The run of window tokens that best aligns with the claim, searched around the fuzzy hit start:end.

    A source word the quotation lacks costs 1, a quotation word the source lacks or replaced costs 3: a
    phrase the quotation left out stays inside the passage instead of being traded for substitutions,
    and a respelled name at the edge (Kodashov/Kudashev) stays aligned with its source spelling.
    """
    claim_words = [t.canon for t in claim]
    window_words = [t.canon for t in window]
    first = next((i for i, t in enumerate(window) if t.end > start), 0)
    last = next((i for i in range(len(window) - 1, -1, -1) if window[i].start < end), len(window) - 1) + 1
    best, best_score = (first, last), (-(10**9), -len(window))
    reach = min(10, max(5, len(claim_words) // 3))
    for lo in range(max(0, first - reach), min(len(window), first + reach + 1)):
        for hi in range(max(lo + 1, last - reach), min(len(window), last + reach) + 1):
            # ties go to the run whose length is nearest the quotation's
            cost = Levenshtein.distance(claim_words, window_words[lo:hi], weights=_SPAN_WEIGHTS)
            score = (-cost, -abs(hi - lo - len(claim_words)))
            if score > best_score:
                best, best_score = (lo, hi), score
    return best


def diff_tokens(
    claim: Normalized,
    claim_tokens: list[Token],
    source: Normalized,
    source_tokens: list[Token],
    page_terms: Container[str] = (),
) -> tuple[Difference, ...]:
    """Word-level differences between a quotation and its passage, each with its kind.

    ``page_terms``: the content-word stems of the whole page, to see that replaced words are a name.
    """
    found: list[Difference] = []
    claim_words = [t.canon for t in claim_tokens]
    source_words = [t.canon for t in source_tokens]
    # negations are read in context: "failed" negates only before "to"
    claim_negations, source_negations = negation_flags(claim_words), negation_flags(source_words)
    claim_frames, source_frames = _frames_of(claim.key, claim_tokens), _frames_of(source.key, source_tokens)
    claim_directions, source_directions = direction_flags(claim_words), direction_flags(source_words)
    for op in Levenshtein.opcodes(claim_words, source_words):
        if op.tag == "equal":
            continue
        ours = claim_tokens[op.src_start : op.src_end]
        theirs = source_tokens[op.dest_start : op.dest_end]
        if "".join(t.text for t in ours) == "".join(t.text for t in theirs):
            continue  # only a space differs (می شود / میشود, a split compound)
        negations = (
            sum(claim_negations[op.src_start : op.src_end]),
            sum(source_negations[op.dest_start : op.dest_end]),
        )
        kind = classify(claim, ours, source, theirs, negations)
        if kind is DifferenceKind.WORD and len(trade_directions(t.canon for t in (*ours, *theirs))) == 2:
            kind = DifferenceKind.NEGATION  # exports / imports: the opposite direction of trade
        if kind in {DifferenceKind.WORD, DifferenceKind.NAME} and opposite(
            claim_directions[op.src_start : op.src_end], source_directions[op.dest_start : op.dest_end]
        ):
            kind = DifferenceKind.NEGATION  # rose/fell, more than/less than: the opposite direction
        if kind is DifferenceKind.WORD and _other_units(claim, claim_tokens, source, source_tokens, op):
            kind = DifferenceKind.NUMBER  # 3 percent / 3 percentage points: another unit for the number
        if kind is DifferenceKind.WORD and (
            is_titled_name(claim_words, op.src_start, ours, theirs, page_terms)
            or is_speaker_name(
                claim_words, source_words, op, [t.text for t in ours], [t.text for t in theirs], page_terms
            )
        ):
            kind = DifferenceKind.NAME
        if kind in {DifferenceKind.WORD, DifferenceKind.NAME} and (
            _months(claim_words, op.src_start, op.src_end)
            != _months(source_words, op.dest_start, op.dest_end)
        ):
            kind = DifferenceKind.DATE
        if kind in {DifferenceKind.WORD, DifferenceKind.NAME} and (
            set(claim_frames[op.src_start : op.src_end]) - set(source_frames)
            or set(source_frames[op.dest_start : op.dest_end]) - set(claim_frames)
        ):
            kind = DifferenceKind.DATE  # this year / last year
        if kind in {DifferenceKind.WORD, DifferenceKind.NAME}:  # Monday / Tuesday, Total / Per capita
            kind = (
                qualifier_kind(
                    [t.canon for t in ours],
                    [t.canon for t in theirs],
                    claim_words[max(0, op.src_start - 2) : op.src_end + 2],
                    source_words[max(0, op.dest_start - 2) : op.dest_end + 2],
                )
                or kind
            )
        if kind is DifferenceKind.WORD and condition_changed(
            [t.canon for t in ours], [t.canon for t in theirs]
        ):
            kind = DifferenceKind.NEGATION  # if it is funded / it is funded: a condition turned into a fact
        one_word = op.tag == "replace" and op.src_end - op.src_start == 1 == op.dest_end - op.dest_start
        if (
            kind is DifferenceKind.WORD
            and one_word
            and other_counted_noun(claim_words, source_words, op.src_start, op.dest_start)
        ):
            kind = DifferenceKind.NUMBER  # 12 canals / 12 dams: the number counts something else
        if kind is DifferenceKind.WORD and is_cued_place(claim_words, op.src_start, ours, theirs, page_terms):
            kind = DifferenceKind.NAME  # مرز میلک / مرز اسلام‌قلعه: another place the page never names
        found.append(Difference(kind, _text(claim, ours), _text(source, theirs)))
    return tuple(found)


def _other_units(
    claim: Normalized, claim_tokens: list[Token], source: Normalized, source_tokens: list[Token], op: Opcode
) -> bool:
    """The run writes its number's unit otherwise on each side (percent / percentage points, km / miles)."""
    claim_words, source_words = [t.canon for t in claim_tokens], [t.canon for t in source_tokens]
    ours = unit_words(claim_words, op.src_start, op.src_end, claim.key, claim_tokens)
    theirs = unit_words(source_words, op.dest_start, op.dest_end, source.key, source_tokens)
    return bool(ours and theirs and ours != theirs)


def _frames_of(key: str, tokens: list[Token]) -> list[str]:
    """The time frame (this year, last year…) each token belongs to, "" for none."""
    spans = frame_spans(key, tokens[0].start, tokens[-1].end) if tokens else []
    return [next((f for a, b, f in spans if a < t.end and t.start < b), "") for t in tokens]


def _text(norm: Normalized, tokens: list[Token]) -> str:
    return norm.original_text(tokens[0].start, tokens[-1].end) if tokens else ""


def classify(
    claim: Normalized,
    ours: list[Token],
    source: Normalized,
    theirs: list[Token],
    negations: tuple[int, int] | None = None,
) -> DifferenceKind:
    """The kind of one differing run of words: negation, number, date, name, or an ordinary word.

    ``negations``: how many negations each run holds, read with the words around it (failed to).
    """
    a = [t.canon for t in ours]
    b = [t.canon for t in theirs]
    ours_negated, theirs_negated = negations or (sum(negation_flags(a)), sum(negation_flags(b)))
    if ours_negated != theirs_negated or any(negation_pair(x, y) for x in a for y in b):
        return DifferenceKind.NEGATION
    if sorted(fold_numbers(a)) != sorted(fold_numbers(b)):
        return DifferenceKind.NUMBER
    names_a = _names(claim, ours)
    names_b = _names(source, theirs)
    if names_a != names_b:
        return DifferenceKind.NAME
    return DifferenceKind.WORD


def _is_rewrite(difference: Difference, page_terms: Container[str]) -> bool:
    """A word difference that replaces 2+ Arabic-script words the page never uses: never ``close``."""
    return is_rewrite_run(
        [t.text for t in tokenize(normalize(difference.claim))],
        [t.text for t in tokenize(normalize(difference.source))],
        page_terms,
    )


def _months(words: list[str], start: int, end: int) -> set[str]:
    """Month names among words[start:end] that stand next to a number ("may" alone is a verb, دی is "is")."""
    found = set()
    for i in range(start, end):
        if words[i] in MONTH_WORDS:
            near = words[max(0, i - 2) : i] + words[i + 1 : i + 3]
            if any(is_number(w) or is_ordinal(w) for w in near):  # 5 March, the fifth of March
                found.add(words[i])
    return found


def _names(norm: Normalized, tokens: list[Token]) -> list[str]:
    """The names a run of words holds, as keys: places of the gazetteer by the place they name, their
    adjectives included (Qatari, القطري = qatar; Arabic script shows no capitals), and other Latin-script
    capitalised words."""
    found: list[str] = []
    for token in tokens:
        place = place_of(token.text)
        if place is not None:
            found.append(place)
        elif is_name_token(norm.original_text(token.start, token.end)):
            found.append(token.text)
    return found
