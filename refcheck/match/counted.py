"""What a number counts or measures, on both sides: 12 districts / 12 provinces, 33 billion cubic metres of
oil / of gas, ۱۲۰ قلم داروی ضروری / ۱۲۰ قلم تجهیزات طبی.

A paraphrase that keeps a number but changes the noun it counts states another fact, or the same fact in
the writer's word (300 homes / 300 houses): words alone cannot tell which, so another noun is a doubt (a
``candidate``), and only things counted where the page measures (120 bridges / 120 kilometres) a
mismatch. A noun the page never uses is read as the writer's synonym when the claim also names what the
page counts (جوازهای … به ۳۲۰۰ رسیده), else as another noun. The noun is the word after the number, after
a word like "new" (42 new wells), a Dari or Pashto counting word (۱۲۰ قلم دارو) or a measure and "of"
(tons of wheat, متر مکعب من الغاز).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from rapidfuzz import fuzz

from refcheck.match.directions import DURATIONS, is_unit, unit_class, unit_words
from refcheck.match.facts import Token, content_words
from refcheck.match.numbers import counts_at, is_multiplier, is_number, is_number_modifier, is_year
from refcheck.match.outcome import TO_CONFIRM
from refcheck.match.places import place_of
from refcheck.models import Difference, DifferenceKind
from refcheck.text.display import quoted
from refcheck.text.normalize import normalize

# Words that count people without saying who (45 people / 45 نفر / 45 تن): any noun may stand for them.
_ANYONE_WORDS = (
    "people persons individuals others نفر تن کس کسان اشخاص افراد فرد مردم تنه وګړي خلک خلکو شخص أشخاص "
    "أفراد ناس"
)
_ANYONE = frozenset(normalize(word) for word in _ANYONE_WORDS.split())
_ANYONE_STEMS = frozenset(content_words(list(_ANYONE)))
SPELLING = 80  # character similarity at which two counted nouns are spellings of one word
ARABIC_SPELLING = 90  # ...in Arabic script, where words of one root (معلم / متعلم) score higher


def _spelled_alike(a: str, b: str) -> bool:
    """Two spellings or inflections of one word (canals / canal, افغانان / افغان), not two words of one
    Arabic root (معلم / متعلم, ښوونځي / ښوونکي)."""
    if a.isascii():
        return fuzz.ratio(a, b) > SPELLING
    return a.startswith(b) or b.startswith(a) or fuzz.ratio(a, b) >= ARABIC_SPELLING


def counted_doubts(
    claim: Sequence[Token], window: Sequence[Token], page_terms: Container[str]
) -> tuple[Difference, ...]:
    """Another noun the passage counts with the claim's number (12 districts / 12 provinces): a change of
    fact or a writer's near-synonym (300 homes / 300 houses), which words alone cannot tell apart."""
    claim_words, window_words = [t.canon for t in claim], [t.canon for t in window]
    return tuple(counted_swaps(claim, window, claim_words, window_words, page_terms, measured=False))


def counted_note(doubt: Difference) -> str:
    counts = f"the passage counts {quoted(doubt.source)} where the claim counts {quoted(doubt.claim)}"
    return counts + TO_CONFIRM


def counted_swaps(
    claim: Sequence[Token],
    window: Sequence[Token],
    claim_words: list[str],
    window_words: list[str],
    page_terms: Container[str],
    measured: bool,
) -> list[Difference]:
    """What a number of the claim counts (the noun after it), where every place the passage states the
    number counts something else that is not a spelling of it (12 districts / 12 provinces, where the page
    names provinces elsewhere; not افغانان / افغان). ``measured``: only where the page measures with the
    number instead (120 bridges / 120 kilometres: a fact); else only another noun, which may be the
    writer's near-synonym (300 homes / 300 houses): the caller makes that a doubt, not a mismatch."""
    counted: dict[str, list[tuple[int, set[str]]]] = {}
    people: dict[str, int] = {}  # numbers the page counts people with (45 people), where it does
    for j in range(len(window_words)):
        number = counts_at(window_words, j)
        if number is not None and window_words[j] in _ANYONE:
            people.setdefault(number, j)
        if (
            number is not None
            and window_words[j] not in _ANYONE
            and not is_number_modifier(window_words[j])
            and not is_multiplier(window_words[j])
        ):
            # a unit measures what follows it: 236 million dollar grant counts the grant too
            nouns = _counted_nouns(window_words, j) | (
                _counted_nouns(window_words, j + 1)
                if is_unit(window_words[j]) and j + 1 < len(window_words)
                else set()
            )
            counted.setdefault(number, []).append((j, nouns))
    found: list[Difference] = []
    claim_terms = set(content_words(claim_words))
    for i in range(len(claim_words)):
        number = counts_at(claim_words, i)
        if (
            number is None
            or is_year(number)
            or is_number_modifier(claim_words[i])
            or is_multiplier(claim_words[i])
        ):
            continue  # a year counts nothing (۱۳۵۱ دریافت)
        if not names_what(claim_words[i]) or claim_words[i] in _MEASURE_WORDS:
            # 33 billion cubic metres of oil / of gas: what the measure is of
            if not measured and (doubt := _measured_swap(claim, window, claim_words, i, counted.get(number))):
                found.append(doubt)
            continue
        ours = _counted_nouns(claim_words, i)
        places = counted.get(number, [])
        if place_of(claim_words[i]) and any(claim_words[i] in window_words[j : j + 3] for j, _ in places):
            continue  # 12 هزار افغان / 12 هزار مهاجر افغان: the page's noun is of the same people
        units = [j for j, _ in places if _measures(window_words, j)]
        if ours and units and len(units) == len(places):
            # the page measures with the number (120 kilometres of road), the claim counts things with it
            found += (
                [Difference(DifferenceKind.NUMBER, claim[i].text, window[units[0]].text)] if measured else []
            )
            continue
        if measured or not ours:
            continue
        if (
            not places
            and number in people
            and claim_words[i].isascii()  # Dari and Pashto put the verb after the number (۱۰.۵ میلیون رسیده)
            and ours - _ANYONE_STEMS
            and not place_of(claim_words[i])
        ):
            # 45 children where the page counts 45 people: the claim says who they were, the page does not
            found.append(Difference(DifferenceKind.NUMBER, claim[i].text, window[people[number]].text))
            continue
        # a word the page never uses may be the claim's word for what the page counts, when the claim names
        # that too (به ۳۲۰۰ رسیده: the page's ۳۲۰۰ جواز, and the claim's جوازهای before the number)
        unused = not any(o in page_terms for o in ours)
        if places and all(
            ours - theirs
            and theirs - ours
            and not _spelled_alike(
                claim_words[_noun_at(claim_words, i)], window_words[_noun_at(window_words, j)]
            )
            and not (unused and theirs & claim_terms)
            for j, theirs in places
        ):
            ours_at, theirs_at = _noun_at(claim_words, i), _noun_at(window_words, places[0][0])
            found.append(Difference(DifferenceKind.NUMBER, claim[ours_at].text, window[theirs_at].text))
    return found


def _measured_swap(
    claim: Sequence[Token],
    window: Sequence[Token],
    claim_words: Sequence[str],
    i: int,
    places: list[tuple[int, set[str]]] | None,
) -> Difference | None:
    """The claim measures something else than every place of the passage that states the same amount in
    the same unit (33 billion cubic metres of oil / of gas): a doubt, since the noun may be a synonym."""
    at = _measured_noun(claim_words, i)
    if at is None or not places:
        return None
    ours = set(content_words([claim_words[at]]))
    window_words = [t.canon for t in window]
    theirs = [(j, _measured_noun(window_words, j)) for j, _ in places if window_words[j] == claim_words[i]]
    if not ours or not theirs or any(k is None for _, k in theirs):
        return None
    if all(
        not ours & set(content_words([window_words[k]]))
        and fuzz.ratio(claim_words[at], window_words[k]) < SPELLING
        for _, k in theirs
        if k is not None
    ):
        k = theirs[0][1]
        assert k is not None
        return Difference(DifferenceKind.NUMBER, claim[at].text, window[k].text)
    return None


# Words of a measure after a number (cubic metres, متر مکعب) and the "of" before what it measures.
_MEASURE_WORDS_TEXT = "cubic square metre metres meter meters litre litres متر مکعب مربع مكعب لیتر"
_MEASURE_WORDS = frozenset(normalize(w) for w in _MEASURE_WORDS_TEXT.split())
_OF = frozenset(normalize(w) for w in ["of", "من", "از"])


def _measured_noun(words: Sequence[str], i: int) -> int | None:
    """The position of the noun that the unit or measure at ``i`` measures (tons of wheat, متر مکعب آب,
    متر مكعب من الغاز), or None when no noun follows."""
    k = i
    while k < len(words) and (_is_quantity_unit(words[k]) or words[k] in _MEASURE_WORDS):
        k += 1
    if k == i or k + 1 >= len(words) or words[k] not in _OF:
        return None  # only "of" says what is measured (18 km long / 18 کیلومتر طول: the measure's kind)
    noun = words[k + 1]
    if is_number(noun) or place_of(noun) or not content_words([noun]):
        return None  # 1,200 tonnes of Afghan pine nuts: the noun comes later
    return k + 1


def _is_quantity_unit(word: str) -> bool:
    """A unit of length, area, weight or volume (tons of wheat), not a share, a sum or a span of time."""
    unit = unit_class(word)
    return unit is not None and unit not in _SIGNED_UNITS and unit not in DURATIONS


def _counted_nouns(words: Sequence[str], i: int) -> set[str]:
    """The content stem of the noun at ``i``, or of the one after a counting word (۱۲۰ قلم دارو, ۵۰ عراده
    موټر). (The noun of a compound, 14 border crossings, would need the part of speech of the word after
    it: 14 families returned. Not read.)"""
    return set(content_words([words[_noun_at(words, i)]]))


def _noun_at(words: Sequence[str], i: int) -> int:
    return i + 1 if words[i] in _CLASSIFIERS and i + 1 < len(words) else i


# Counting words between a number and its noun in Dari and Pashto (۱۲۰ قلم دارو: 120 items of medicine).
_CLASSIFIER_WORDS = "قلم عدد دستگاه باب راس فروند عراده حلقه جلد دانه دانې ټوټې"
_CLASSIFIERS = frozenset(normalize(w) for w in _CLASSIFIER_WORDS.split())


# Units a writer also puts as a sign before or after the number ($236 million grant, 40% complete): the
# claim's word after the number is then what the sum or share is of, not a rival to the unit.
_SIGNED_UNITS = frozenset({"percent", "points", "usd", "afn", "eur", "rupees", "toman", "rial"})


def _measures(words: Sequence[str], j: int) -> bool:
    """words[j] is a unit of length, area, weight or time that the number before it measures in."""
    units = unit_words(words, j, j + 1)
    return bool(units) and not units & _SIGNED_UNITS


def names_what(word: str) -> bool:
    """The noun says what is counted: not people in general (45 نفر / 45 تن), not a unit (dollars, percent:
    directions.py compares units)."""
    return word not in _ANYONE and not is_unit(word)


def other_counted_noun(claim_words: Sequence[str], source_words: Sequence[str], at: int, there: int) -> bool:
    """In a quotation's word diff: the word at claim position ``at``, replaced by the one at source position
    ``there``, is the noun the same number counts on both sides (12 canals / 12 dams; 1,214 refugees /
    1,214 returnees), not a spelling or inflection of it (canals / canal), nor people in general (دوه
    میلیونه خلکو / اوسېدونکو: the residents are people)."""
    ours, theirs = claim_words[at], source_words[there]
    counted = counts_at(claim_words, at)
    return (
        counted is not None
        and counted == counts_at(source_words, there)
        and bool(content_words([ours]))
        and bool(content_words([theirs]))
        and content_words([ours]) != content_words([theirs])
        and ours not in _ANYONE
        and theirs not in _ANYONE
        and fuzz.ratio(ours, theirs) < SPELLING
    )
