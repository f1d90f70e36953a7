"""Paraphrased claims in the source's language: find the passage, then check its numbers, dates, negation.

The passage is the window of 1–3 sentences holding the largest IDF-weighted share of the claim's words
(passages.py). ``supported`` needs a high share AND every number and date of the claim in the passage AND
the same polarity (a negating construction such as "failed to" or امتنع counts as a negation) AND, when
the claim says "this year" or "last year", each number stated in a sentence of that time frame. A passage
that holds the claim's words but states another number or date next to the same words, the opposite polarity
or direction (rose/fell), another unit, speaker or scope (conflicts.py, speakers.py, qualifiers.py), or its
number for another time frame (timeframes.py) is a ``mismatch``, unless another sentence of the same year
states the claim's numbers in the claim's place (then it is judged, at best a candidate). Absence alone is
never a mismatch, with one exception: a number the page states nowhere, where the passage puts another
number between the same two words (up from sixteen / up from six; conflicts.py). A wrong ``supported`` is
worse than a ``not_found``: thresholds are conservative. A claim's digits and dates are facts the passage
must hold, so a passage that holds them all needs a lower share (ANCHORED_SHARE), except when the only fact
is a bare year across three sentences. Two multi-word proper names (Ajit Doval, Nikolai Patrushev) lower
it too (NAMED_SHARE) when the passage holds them and every other name word of the claim. A passage
that holds only part of the claim's words (a loose paraphrase) is a ``candidate``, shown for a person to
confirm and never counted as verified, when its
numbers are in it or in a sentence next to it and its dates on the page: a number the page states only
elsewhere never rescues it (the passage that holds the numbers is judged instead). A claim with no number
or date needs more than a topic in common (a subject, a place and "said") to be a candidate. Shares are
compared with a tolerance (float sums). Words news prose swaps (ties/relations, member states/countries)
count as one (synonyms.py); a place, month, counted noun or trade direction that the passage puts in the
claim's slot with another value is a mismatch (slots.py); a claim dated by the page's only event date, in
a sentence of its own, is still supported, and one dated only by a dateline that the sentence holding the
claim contradicts is not (eventdates.py); a passage that states the claim under a condition the claim drops
(if…, اگر, إذا), or adds one, makes it a candidate at best; words given to another institution than the
passage's sentence names are a mismatch (attribution.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.attribution import speaker_role_conflict, speaks
from refcheck.match.claimfacts import ClaimFacts, read_claim
from refcheck.match.conflicts import (
    holds_in_same_place,
    negation_difference,
    number_in_same_place,
    polarity_differs,
    replaced_numbers,
    stated_otherwise,
    written,
)
from refcheck.match.counted import counted_doubts, counted_note
from refcheck.match.datespans import DateSpan, same_date
from refcheck.match.eventdates import (
    date_conflicts,
    dateline_note,
    dateline_year_conflict,
    dates_between,
    dating_sentence,
    holds_date,
    is_sole_event_date,
    page_year,
)
from refcheck.match.facts import (
    Token,
    tokenize,
)
from refcheck.match.hedges import dropped_hedge
from refcheck.match.index import SourceIndex
from refcheck.match.numbers import (
    is_year,
    numbers_of,
)
from refcheck.match.outcome import TO_CONFIRM, Outcome
from refcheck.match.passages import Passage, core_sentence, find_passage, holds_all_names, quoted_passage
from refcheck.match.qualifiers import qualifier_conflicts
from refcheck.match.slots import condition_differs, slot_conflicts, token_span
from refcheck.match.speakers import speaker_conflict
from refcheck.match.timeframes import tie_numbers
from refcheck.match.who import who_conflicts
from refcheck.models import Difference, DifferenceKind, Verdict
from refcheck.text import display

SUPPORT_SHARE = 0.8  # IDF-weighted share of the claim's content words the passage must hold
ANCHORED_SHARE = 0.65  # ...when the claim states a number or date and the passage holds them all
MISMATCH_SHARE = 0.7  # ...for a differing number, date or negation to count as "the same place"
CANDIDATE_SHARE = 0.3  # ...for a loose paraphrase stating a number or date to be shown as a candidate
UNANCHORED_CANDIDATE_SHARE = 0.6  # ...for one that states none (shared words alone are weak evidence),
UNANCHORED_CANDIDATE_TERMS = 5  # ...unless the passage holds this many of its words (not a topic match)
_EPSILON = 1e-9  # shares are sums of floats: 0.7999999999999999 is 0.8
REPLACED_NUMBER_SHARE = 0.5  # ...for a number the page never states, framed by the same words as another
MIN_TERMS = 3  # a claim with fewer content words cannot be judged from overlap
NAMED_SHARE = 0.6  # ...when the passage holds MIN_NAMES multi-word names and every name word of the claim
MIN_NAMES = 2


def check_support(core: str, index: SourceIndex, quoted: Sequence[str] = ()) -> Outcome:
    """The verdict on a paraphrased claim against a page in the claim's language.

    ``quoted``: the source passages of the core's own quotations, already found verbatim or close. A
    passage that holds one of them needs only MISMATCH_SHARE of the core's words: the rest is attribution.
    """
    year = page_year(index)
    facts = read_claim(core, context_year=year)
    if len(facts.terms) < MIN_TERMS:
        return Outcome(Verdict.NOT_FOUND, 0.0, None, note="the claim has too few content words to match")
    passage = find_passage(facts.terms, index)
    around = quoted_passage(facts.terms, index, quoted)
    if (
        around is not None
        and around.share >= MISMATCH_SHARE
        and (passage is None or passage.share + _EPSILON < SUPPORT_SHARE)
    ):
        return _judge_quoted(facts, index, around)
    if passage is None or passage.share < CANDIDATE_SHARE:
        share = passage.share if passage else 0.0
        evidence = index.evidence(passage.start, passage.end) if passage else None
        return Outcome(Verdict.NOT_FOUND, share, evidence, note="no passage of the source states the claim")
    return _judge(facts, index, passage)


def _judge_quoted(facts: ClaimFacts, index: SourceIndex, around: Passage) -> Outcome:
    """The sentence of the core's own quotation: what else the core says is mostly attribution."""
    near = tokenize(index.key, around.start, around.end)
    missing = _missing_facts(facts, near, index, around)
    text = index.evidence(around.start, around.end)
    ties = tie_numbers(facts.key, facts.numbers, index, around.first, around.last)
    if ties.conflicts:
        return Outcome(Verdict.MISMATCH, around.share, text, ties.conflicts, _OTHER_TIME)
    if missing:
        return Outcome(Verdict.NOT_FOUND, around.share, text, note="the passage lacks " + ", ".join(missing))
    if ties.untied:
        return Outcome(Verdict.CANDIDATE, around.share, text, note=_untied_note(ties.untied))
    note = "the passage holds the quotation and most of the sentence around it"
    return Outcome(Verdict.SUPPORTED, around.share, text, note=note)


def _judge(facts: ClaimFacts, index: SourceIndex, passage: Passage, relocated: bool = False) -> Outcome:
    """The verdict on the best passage; ``relocated``: a passage chosen for holding the claim's numbers
    and dates rather than the most of its words, which can be at best a candidate."""
    evidence = index.evidence(passage.start, passage.end)
    window = tokenize(index.key, passage.start, passage.end)
    core = [window[j] for j in _core_span(facts, index, passage, window)]  # the sentence holding the claim
    differences = _conflicts(facts, window, index, passage) if passage.share >= MISMATCH_SHARE else ()
    if not differences and passage.share >= REPLACED_NUMBER_SHARE:
        page_numbers = set().union(*(sentence.numbers for sentence in index.sentences))
        differences = replaced_numbers(facts.numbers, facts.tokens, window, page_numbers)
        speaker = speaker_conflict(facts.tokens, window, index.postings) or speaker_role_conflict(
            facts.tokens, core
        )
        differences += (speaker,) if speaker is not None else ()
        differences += qualifier_conflicts(facts.tokens, window)  # all/some, first/last by one word
    if differences and all(d.kind is DifferenceKind.NUMBER for d in differences):
        holding = _holding_passage(facts, index, passage, window)
        if holding is not None:  # another passage states the claim's numbers in the claim's place
            return _judge(facts, index, holding, relocated=True)
    if differences:
        return Outcome(Verdict.MISMATCH, passage.share, evidence, differences, _OTHER_FACT)
    ties = tie_numbers(facts.key, facts.numbers, index, passage.first, passage.last)
    if ties.conflicts:
        verdict = Verdict.MISMATCH if passage.share >= REPLACED_NUMBER_SHARE else Verdict.NOT_FOUND
        return Outcome(verdict, passage.share, evidence, ties.conflicts, _OTHER_TIME)
    missing = _missing_facts(facts, window, index, passage)
    if not missing and not relocated and passage.share + _EPSILON >= _support_share(facts, index, passage):
        if ties.untied:
            return Outcome(Verdict.CANDIDATE, passage.share, evidence, note=_untied_note(ties.untied))
        if condition_differs(facts.tokens, core):
            return Outcome(Verdict.CANDIDATE, passage.share, evidence, note=_CONDITIONAL)
        if hedge := dropped_hedge(facts.tokens, core):
            return Outcome(Verdict.CANDIDATE, passage.share, evidence, note=_hedged_note(hedge))
        if doubts := counted_doubts(facts.tokens, window, index.postings):
            return Outcome(Verdict.CANDIDATE, passage.share, evidence, doubts, counted_note(doubts[0]))
        if note := dateline_note([d.date for d in facts.dates], index, passage, speaks(facts.tokens)):
            return Outcome(Verdict.CANDIDATE, passage.share, evidence, note=note)
        return Outcome(
            Verdict.SUPPORTED, passage.share, evidence, note=_supported_note(facts, index, passage)
        )
    absent = _absent_from_page(facts, index)
    if absent or "the claim's polarity" in missing:
        lacking = ", ".join(absent) if absent else "the claim's polarity"
        return Outcome(Verdict.NOT_FOUND, passage.share, evidence, note=f"the page lacks {lacking}")
    elsewhere = _stated_elsewhere(facts, index, passage.first, passage.last)
    if elsewhere:
        return _elsewhere(facts, index, passage, window, elsewhere, relocated)
    if not _is_anchored(facts) and not _holds_enough(passage):
        note = (
            f"the passage shares only {passage.share:.0%} of the claim's words ({passage.held} of them) "
            "and the claim states no number or date"
        )
        return Outcome(Verdict.NOT_FOUND, passage.share, evidence, note=note)
    # a paraphrase too loose to verify by its words: the passage is shown for a person to confirm
    facts_note = " and holds its numbers (its dates are on the page)" if _is_anchored(facts) else ""
    note = f"the passage shares {passage.share:.0%} of the claim's words{facts_note}{TO_CONFIRM}"
    return Outcome(Verdict.CANDIDATE, passage.share, evidence, note=note)


def _holding_passage(
    facts: ClaimFacts, index: SourceIndex, passage: Passage, window: list[Token]
) -> Passage | None:
    """For a passage chosen by its words that lacks some of the claim's numbers: the passage that holds
    them all, each next to the word the claim puts it next to, and enough of the claim's words for a
    candidate, and states the claim's dates and time frame. It is judged instead: an honest paraphrase of
    another sentence is no mismatch."""
    lacking = facts.numbers - numbers_of([t.text for t in window])
    if not lacking:
        return None
    holding = find_passage(facts.terms, index, lambda a, b: not _stated_elsewhere(facts, index, a, b, 0))
    if holding is None or holding.share < CANDIDATE_SHARE:
        return None
    there = tokenize(index.key, holding.start, holding.end)
    if not all(holds_in_same_place(n, facts.tokens, there) for n in lacking):
        return None
    # a sentence of another date or time frame (in 2023, last year) is the claim's distractor, not its source
    if _missing_facts(facts, there, index, holding):
        return None
    years, other_years = _years(index, passage, window), _years(index, holding, there)
    if years and other_years - years:
        return None  # the passage the claim's words come from is of another year (14 March 2024 / in 2022)
    ties = tie_numbers(facts.key, facts.numbers, index, holding.first, holding.last)
    return None if ties.conflicts else holding


def _years(index: SourceIndex, passage: Passage, window: list[Token]) -> set[int]:
    """The years a passage states, in its dates or as bare years (in 2022)."""
    bare = {int(n) for n in numbers_of([t.text for t in window]) if is_year(n)}
    return bare | {d.date.value.year for d in _window_dates(index, passage) if not d.date.year_assumed}


def _elsewhere(
    facts: ClaimFacts,
    index: SourceIndex,
    passage: Passage,
    window: list[Token],
    elsewhere: list[str],
    relocated: bool,
) -> Outcome:
    """A passage that lacks some of the claim's numbers, which the page states in other places.

    Another number next to the same word is a mismatch; else the claim is judged, at best a candidate,
    on the passage that holds its numbers (a number elsewhere never rescues this passage).
    """
    evidence = index.evidence(passage.start, passage.end)
    replaced = [
        Difference(DifferenceKind.NUMBER, written(number, facts.tokens), other)
        for number in sorted(facts.numbers - _numbers_near(index, passage.first, passage.last))
        if (other := number_in_same_place(number, facts.tokens, window)) is not None
    ]
    if (
        replaced
        and passage.share >= REPLACED_NUMBER_SHARE
        and _holding_passage(facts, index, passage, window) is None
    ):
        return Outcome(Verdict.MISMATCH, passage.share, evidence, tuple(replaced), _OTHER_FACT)
    if not relocated:
        # the passage that holds them itself (never one that only borders them)
        holding = find_passage(facts.terms, index, lambda a, b: not _stated_elsewhere(facts, index, a, b, 0))
        if holding is not None and holding.share >= CANDIDATE_SHARE:
            return _judge(facts, index, holding, relocated=True)
    note = f"the passage lacks {', '.join(elsewhere)}, which the page states only elsewhere"
    return Outcome(Verdict.NOT_FOUND, passage.share, evidence, note=note)


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


def _support_share(facts: ClaimFacts, index: SourceIndex, passage: Passage) -> float:
    """The share of the claim's words a passage that holds all its facts needs for ``supported``.

    A claim's number or date is a fact the passage must hold, so fewer shared words are needed; but a
    bare year is common on a page, so it lowers the bar only in a passage of one or two sentences. Two
    multi-word proper names (Ajit Doval, Organization of Islamic Cooperation) are as specific as a number:
    they lower the bar when the passage holds them and every other capitalised word of the claim (a
    claim that names a person, a place or a body the passage lacks says more than the passage).
    """
    if len(facts.names) >= MIN_NAMES and holds_all_names(
        facts.terms, facts.names, facts.text, index, passage
    ):
        return NAMED_SHARE
    if not _is_anchored(facts):
        return SUPPORT_SHARE
    specific = any(not is_year(n) for n in facts.digits) or any(
        d.date.precision != "year" for d in facts.dates
    )
    return ANCHORED_SHARE if specific or passage.last - passage.first < 2 else SUPPORT_SHARE


def _window_dates(index: SourceIndex, passage: Passage) -> list[DateSpan]:
    return dates_between(index, passage.start, passage.end)


def _missing_facts(facts: ClaimFacts, window: list[Token], index: SourceIndex, passage: Passage) -> list[str]:
    numbers = numbers_of([t.text for t in window])
    missing = [f"the number {n}" for n in sorted(facts.numbers - numbers)]
    dates = _window_dates(index, passage)
    for claim_date in facts.dates:
        if not any(holds_date(claim_date.date, d.date, index) for d in dates) and not is_sole_event_date(
            claim_date.date, [d.date for d in facts.dates], index, dates
        ):
            missing.append(f"the date {claim_date.date.text}")
    if polarity_differs(facts.tokens, facts.terms, window):
        missing.append("the claim's polarity")
    return missing


def _supported_note(facts: ClaimFacts, index: SourceIndex, passage: Passage) -> str:
    """What ``supported`` rests on, with the sentence that dates the claim when the passage does not."""
    dated = dating_sentence([d.date for d in facts.dates], index, _window_dates(index, passage))
    if dated is None:
        return "the passage states the claim"
    return f"the passage states the claim; the page dates it in another sentence: “{dated}”"


def _numbers_near(index: SourceIndex, first: int, last: int, reach: int = 1) -> set[str]:
    """The numbers of sentences ``first..last`` and of ``reach`` sentences on either side of them."""
    near = index.sentences[max(0, first - reach) : last + reach + 1]
    return set().union(*(sentence.numbers for sentence in near))


def _stated_elsewhere(
    facts: ClaimFacts, index: SourceIndex, first: int, last: int, reach: int = 1
) -> list[str]:
    """The claim's numbers that are not in sentences ``first..last`` nor ``reach`` sentences from them.

    Dates are not asked for: a page states an event's date once (its dateline, its first paragraph) and
    the rest of the claim further on.
    """
    return [f"the number {n}" for n in sorted(facts.numbers - _numbers_near(index, first, last, reach))]


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


def _conflicts(
    facts: ClaimFacts, window: list[Token], index: SourceIndex, passage: Passage
) -> tuple[Difference, ...]:
    """Numbers, dates or polarity the passage states otherwise next to the claim's own words."""
    found: list[Difference] = []
    window_numbers = numbers_of([t.text for t in window])
    for number in sorted(facts.numbers - window_numbers):
        other = number_in_same_place(number, facts.tokens, window)
        if other is not None:
            found.append(Difference(DifferenceKind.NUMBER, written(number, facts.tokens), other))
    claim_dates = [d.date for d in facts.dates]
    found.extend(
        date_conflicts(
            claim_dates,
            facts.terms,
            index,
            passage,
            strict=passage.share >= SUPPORT_SHARE or passage.first == passage.last,
        )
    )
    year = dateline_year_conflict(facts.numbers, facts.terms, index, passage)
    found.extend([year] if year is not None else [])
    found.extend(stated_otherwise(facts.key, facts.tokens, index.key, window))
    # Kazakhstan / Uzbekistan raised, in April / September, 12 districts / 12 provinces
    core = _core_span(facts, index, passage, window)
    found.extend(slot_conflicts(facts.tokens, window, core, not facts.dates, index.postings))
    # who said or did it, with which number, in which office
    found.extend(who_conflicts(facts, window, [window[j] for j in core], index, passage))
    if (
        passage.share >= 0.9
        and passage.first == passage.last
        and polarity_differs(facts.tokens, facts.terms, window)
    ):
        found.append(negation_difference(facts.tokens, window))
    return tuple(found)


def _core_span(facts: ClaimFacts, index: SourceIndex, passage: Passage, window: list[Token]) -> range:
    """The positions in ``window`` of the passage's sentence that holds the most of the claim."""
    sentence = index.sentences[core_sentence(facts.terms, index, passage.first, passage.last)]
    return range(*token_span(window, sentence.start, sentence.end))


_OTHER_FACT = "the passage states something else"
_CONDITIONAL = "the claim and the passage differ on a condition (if…)" + TO_CONFIRM
_OTHER_TIME = "the passage states the claim's number for another time"


def _hedged_note(hedge: str) -> str:
    possibility = f"the passage states it as a possibility ({display.quoted(hedge)})"
    return possibility + ", the claim as a fact" + TO_CONFIRM


def _untied_note(numbers: Sequence[str]) -> str:
    stated = f"the passage states {', '.join(numbers)}"
    return stated + " but not in a sentence with the claim's time frame" + TO_CONFIRM
