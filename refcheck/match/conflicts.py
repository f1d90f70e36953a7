"""Where a passage states another number than the claim in the same place: the evidence of a ``mismatch``.

A number differs "in the same place" when the passage puts another number next to a word that the claim's
number stands next to (20 درصد افزایش / 9 درصد افزایش), or, for a number the page states nowhere, between
the same two words (up from sixteen a year earlier / up from six the year before). Absence alone is never
a mismatch. Beside numbers: the opposite polarity (the passage states, un-negated, the word the claim's
negation governs: not *reach*, لا *يجدون*; a shared subject or place is no counterpart), the opposite
direction (rose/fell, more than/less than: directions.py, reported as a NEGATION) and another unit for the
same number (3 percent / 3 percentage points).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from refcheck.match.directions import direction_conflict, unit_conflicts
from refcheck.match.facts import NEGATION_WORDS, Token, content_words, negation_flags, same_stem
from refcheck.match.numbers import is_year, number_spans
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize


def _neighbours(number: str, claim: Sequence[Token]) -> set[str]:
    """The content words that stand just before or after ``number`` in the claim."""
    words = [t.canon for t in claim]
    neighbours: set[str] = set()
    for start, end, value in number_spans(words):
        if value == number:
            neighbours |= set(content_words(words[max(0, start - 1) : start] + words[end : end + 1]))
    return neighbours


def holds_in_same_place(number: str, claim: Sequence[Token], window: Sequence[Token]) -> bool:
    """The passage states the claim's number next to a word the claim's number stands next to."""
    neighbours = _neighbours(number, claim)
    source = [t.canon for t in window]
    return any(
        value == number
        and set(content_words(source[max(0, start - 1) : start] + source[end : end + 1])) & neighbours
        for start, end, value in number_spans(source)
    )


def number_in_same_place(number: str, claim: Sequence[Token], window: Sequence[Token]) -> str | None:
    """Another number that the passage puts next to the word the claim's number stands next to."""
    neighbours = _neighbours(number, claim)
    source = [t.canon for t in window]
    for start, end, value in number_spans(source):
        if value != number and is_year(value) == is_year(number):  # an amount is never "replaced" by a year
            around = set(content_words(source[max(0, start - 1) : start] + source[end : end + 1]))
            if around & neighbours:
                return key_text(window, start, end)
    return None


def written(number: str, claim: Sequence[Token]) -> str:
    """The claim's number as the claim writes it (2.9 میلیارد, not 2900000000), for a difference."""
    words = [t.canon for t in claim]
    return next((key_text(claim, a, b) for a, b, value in number_spans(words) if value == number), number)


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
                found.append(
                    Difference(DifferenceKind.NUMBER, written(number, claim), key_text(window, start, end))
                )
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


def stated_otherwise(
    claim_key: str, claim: Sequence[Token], source_key: str, window: Sequence[Token]
) -> list[Difference]:
    """The passage reverses a direction of the claim (rose/fell, more than/less than) or writes one of its
    numbers with another unit (3 percent / 3 percentage points)."""
    found = list(unit_conflicts(claim_key, claim, source_key, window))
    direction = direction_conflict(claim, window)
    return found if direction is None else [direction, *found]


def _negated_terms(words: list[str]) -> set[str]:
    """Content words within three words of a negation: what is negated."""
    found: set[str] = set()
    for i, negates in enumerate(negation_flags(words)):
        if negates:
            found |= set(content_words(words[max(0, i - 3) : i] + words[i + 1 : i + 4]))
    return found


def polarity_differs(claim: Sequence[Token], terms: Collection[str], window: Sequence[Token]) -> bool:
    """The passage negates what the claim affirms, or affirms what it negates (judged near the negation)."""
    claim_words = [t.text for t in claim]
    source_words = [t.text for t in window]
    claim_negated, source_negated = _negated_terms(claim_words), _negated_terms(source_words)
    if len(source_negated & set(terms) - claim_negated) >= 2:
        return True
    source_terms = set(content_words(source_words))
    present = {stem_ for stem_ in claim_negated if stem_ in source_terms}
    # the same place: the passage states what the claim's negation governs (not *reach*, لا *يجدون*);
    # a subject or a place it shares (أفغانستان) is no counterpart for the negation
    governed = _governed(claim_words)
    stated = any(_same_verb(word, term) for word in governed for term in source_terms)
    return stated and bool(present) and not (present & source_negated)


def _same_verb(a: str, b: str) -> bool:
    """One verb, an Arabic imperfect prefix or an ending aside (يتوصلا / توصلا / التوصل)."""
    if a == b:
        return True
    if a.isascii() or len(a) < 4 or len(b) < 4:
        return False
    return any(
        x.startswith(y) or y.startswith(x) for x in (a, a[1:]) for y in (b, b[1:]) if len(y) >= 4 <= len(x)
    )


_LIGHT_VERBS = frozenset(normalize(word) for word in ("يتم", "تم", "يكون", "تكون", "get", "got", "become"))


def _governed(words: list[str]) -> set[str]:
    """What each negation governs: the next content word after a negation word (not reached, لا
    يجدون), the content words on either side of a negated verb (تایید نکرد, refused to sign)."""
    found: set[str] = set()
    for i, negates in enumerate(negation_flags(words)):
        if not negates:
            continue
        after = content_words(words[i + 1 : i + 4])
        after = after[:2] if after and after[0] in _LIGHT_VERBS else after[:1]  # لم يتم *التوصل*
        before = [] if words[i] in NEGATION_WORDS else content_words(words[max(0, i - 2) : i])[-1:]
        found |= {*after, *before}
    return found


def negation_difference(claim: Sequence[Token], window: Sequence[Token]) -> Difference:
    """The negations of the claim and of the passage, as a NEGATION difference."""
    return Difference(DifferenceKind.NEGATION, _negations_text(claim), _negations_text(window))


def _negations_text(tokens: Sequence[Token]) -> str:
    flags = negation_flags([t.text for t in tokens])
    return " ".join(t.text for t, negates in zip(tokens, flags, strict=True) if negates)


# "Instead of X" says X is not done: the words it governs follow it (instead of, rather than, به جای, بدلاً
# من), or in Pashto come before it (له کور په کور پر ځای: instead of door to door).
# (Bare بدل is "changed" in Dari and Pashto; په ځای کې is "at the place": neither is read.)
_INSTEAD_MARKERS = "instead of|rather than|به جای|بهجای|بجای|به عوض|بدلا من|بدلا عن|عوضا عن"
_INSTEAD_AFTER = tuple(tuple(marker.split()) for marker in _INSTEAD_MARKERS.split("|"))
_INSTEAD_BEFORE: tuple[tuple[str, ...], ...] = (("پر", "ځای"), ("پرځای",))
_INSTEAD_REACH = 4  # words an "instead of" governs
_TIE_REACH = 12  # words around it, in the claim and in the passage, that tie the two together
_NEGATION_REACH = 3  # words from the claim's negation (or "absence of") to the word it denies


def instead_conflict(claim: Sequence[Token], window: Sequence[Token]) -> Difference | None:
    """The claim states what the passage says is done instead of something else, as the thing done (the
    campaign goes door to door, where it is held in mosques instead of door to door): every word of what
    "instead of" governs is in the claim, which has no "instead of", negation or "absence of" of its own, and
    the claim ties it to a word that stands next to the "instead of" in the passage."""
    claim_words, window_words = [t.text for t in claim], [t.text for t in window]
    if _instead_spans(claim_words):
        return None
    negated = [k for k, flag in enumerate(negation_flags(claim_words)) if flag or claim_words[k] in _ABSENCE]
    claim_stems = [next(iter(content_words([w])), "") for w in claim_words]
    for start, end, governed, done in _instead_spans(window_words):
        if done and 2 * len(set(done[:2]) & set(claim_stems)) >= len(done[:2]):
            continue  # the claim names what is done instead too (prayers held in homes; mosques shut)
        matched = [
            next((k for k, ours in enumerate(claim_stems) if same_stem(ours, g)), -1) for g in governed
        ]
        if not governed or -1 in matched:
            continue
        at = matched[0]
        places = [k for k, ours in enumerate(claim_stems) if same_stem(ours, governed[0])]
        # an English negation denies what follows it (not door to door; no child was missed denies the
        # child); a Dari, Pashto or Arabic negated verb stands on either side of what it denies
        if any(
            0 <= j - k <= _NEGATION_REACH or (not claim_words[k].isascii() and abs(j - k) <= _NEGATION_REACH)
            for k in negated
            for j in places
        ):
            continue  # the claim says it is not done (not door to door; in the absence of the captain)
        ours = {w for w in claim_stems[max(0, at - _TIE_REACH) : at + _TIE_REACH + 1] if w}
        around = window_words[max(0, start - _TIE_REACH) : end + _TIE_REACH]
        if (ours - set(governed)) & set(content_words(around)):
            theirs = " ".join(t.text for t in window[start:end])
            return Difference(DifferenceKind.NEGATION, claim_words[at], f"{theirs} {claim_words[at]}")
    return None


# Words of absence that state the other side of an "instead of" (in the absence of the captain, لغياب).
_ABSENCE = frozenset(normalize(w) for w in ("absence", "without", "غياب", "لغياب", "بغياب", "غیاب", "نبود"))


def _instead_spans(words: Sequence[str]) -> list[tuple[int, int, list[str], list[str]]]:
    """Each "instead of" in ``words``: where it stands, the run of content words it governs (after it; in
    Pashto, before it), up to the first function word ("instead of the old camp" governs old, camp), and
    the run on its other side: what is done instead (held in homes instead of mosques: homes)."""
    found = []
    for i in range(len(words)):
        for marker in _INSTEAD_AFTER + _INSTEAD_BEFORE:
            if tuple(words[i : i + len(marker)]) != marker:
                continue
            end = i + len(marker)
            if marker not in _INSTEAD_AFTER:  # Pashto: X پر ځای Y
                governed = _content_run(words[max(0, i - _INSTEAD_REACH) : i][::-1])
                done = _content_run(words[end : end + _INSTEAD_REACH])
            elif marker[0].isascii():  # English: Y instead of X
                governed = _content_run(words[end : end + _INSTEAD_REACH])
                done = _content_run(words[max(0, i - _INSTEAD_REACH) : i][::-1])
            else:  # Dari, Arabic: به جای X، Y / بدلاً من X Y
                governed = _content_run(words[end : end + _INSTEAD_REACH])
                rest = end + len(governed) + _INSTEAD_REACH
                done = _content_run(words[end + len(governed) : rest][1:] if governed else [])
            found.append((i, end, governed, done))
    return found


# Words that open another clause after what an "instead of" governs (instead of Uruzgan because…).
_CLAUSE_WORDS_TEXT = (
    "because due after since when while which who where despite although as "
    "زیرا چون ځکه لأن بسبب بعد الذي التي که چې بهعنوان"
)
_CLAUSE_WORDS = frozenset(normalize(w) for w in _CLAUSE_WORDS_TEXT.split())


def _content_run(words: Sequence[str]) -> list[str]:
    """The stems of the first run of content words, past the function words that lead it."""
    stems = [next(iter(content_words([w])), "") if w not in _CLAUSE_WORDS else "" for w in words]
    first = next((k for k, stem_ in enumerate(stems) if stem_), len(stems))
    run = []
    for stem_ in stems[first:]:
        if not stem_:
            break
        run.append(stem_)
    return run
