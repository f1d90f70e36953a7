"""Who holds which office: a claim that gives a person the office the page gives someone else.

"Vice-captain Hamid Sadiq said captain Rahim Nuristani would miss the series" holds every word of "captain
Hamid Sadiq said … vice-captain Rahim Nuristani would miss the series"; "X به‌عنوان معین و Y به‌عنوان
وزیر" every word of "X به‌عنوان وزیر … و Y به‌عنوان معین". What differs is who holds which office.

An office is read with its rank (deputy, vice, معاون, نائب, مرستیال; معین alone is a deputy minister) and
its place (governor of Herat, والی هرات). The person is the name next to it: in Latin script the run
of capitalised words just after it (captain Hamid Sadiq) or just before it (Hamid Sadiq, the captain);
in Arabic script, where no capitals mark a name, up to NAME_REACH content words on either side, up to a
comma, a joining word, another office or what the holder says (إن, که, چې); place words (of Herat;
Wardak, also a name) and an Arabic office's complement (المدير التنفيذي لبرشنا) are left out. A claim's
office is another's when the page names the same person (half the claim's capitalised name words at
least; in Arabic script two words at least, two in five of the shorter list) only with an office of
another rank, kind or place, and never with the claim's; an office the page gives no holder (Mujahid,
who is also deputy minister) may be the person's second one, so it stops the rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from refcheck.match.binding import JOINERS, SEPARATORS
from refcheck.match.facts import Token, content_words, is_name_token, lookup_prefixed
from refcheck.match.places import place_at
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import Normalized, normalize

_OFFICE_LINES = (
    "minister وزیر وزير",
    "governor والی والي محافظ",
    "captain کپتان کاپیتان قائد",
    "coach مربی روزونکی مدرب",
    "spokesman spokeswoman spokesperson سخنگو ویاند متحدث",
    "director مدیر مدير",
    "ambassador سفیر سفير",
    "chairman chairwoman chair chaired ترأس وترأس ترأست",
    "secretary",
    "member عضو عضوا",
    "mayor شهردار ښاروال",
    "head chief رئیس رئيس مشر",
    "commander قوماندان",
)
_OFFICES = {normalize(w): line.split()[0] for line in _OFFICE_LINES for w in line.split()}
_RANKS = {normalize(w): True for w in ("deputy", "vice", "نائب", "نایب", "معاون", "مرستیال")}
_DEPUTY_MINISTER = normalize("معین")
_BREAKS = SEPARATORS | frozenset('()«»"')  # a list item's punctuation, and a bracket or quote
NAME_REACH = 3  # words either side of an office that name its holder, in Arabic script
# Words between an English office and the name of its holder (X will chair; Y as its secretary).
_BETWEEN = frozenset(
    {"the", "will", "would", "to", "as", "its", "his", "her", "their", "serve", "act", "was", "is"}
    | {"dr", "mr", "mrs", "ms", "eng", "prof", "mullah", "maulvi"}
)
# Words that open what the holder says or does: no part of a name (قال X إن المشروع…, گفت که, وویل چې).
_CLAUSE = frozenset(
    normalize(w) for w in ("إن", "أن", "ان", "که", "چې", "said", "that", "قال", "گفت", "وویل")
)


@dataclass(frozen=True, slots=True)
class _Office:
    deputy: bool
    kind: str | None  # minister, governor…; None for a rank word alone (مرستیال)
    place: str | None  # the place it is of (governor of Herat), when named


@dataclass(frozen=True, slots=True)
class _Holder:
    office: _Office
    names: frozenset[str]
    text: str  # the office as written


def other_office(
    claim: Sequence[Token], claim_text: Normalized, window: Sequence[Token], page: Normalized
) -> Difference | None:
    """The first person of the claim whom the passage names only with another office."""
    theirs = _holders(window, page)
    unheld = [h.office for h in theirs if not h.names]  # "…, who is also deputy minister": whose, unread
    for ours in _holders(claim, claim_text):
        if not ours.names or any(_compatible(ours.office, office) for office in unheld):
            continue
        same_person = [h for h in theirs if _same_person(ours.names, h.names)]
        if same_person and not any(_compatible(ours.office, h.office) for h in same_person):
            name = " ".join(sorted(ours.names))
            return Difference(DifferenceKind.NAME, f"{ours.text} ({name})", f"{same_person[0].text} ({name})")
    return None


def other_rank(
    claim: Sequence[Token], claim_text: Normalized, sentence: Sequence[Token], page: Normalized
) -> Difference | None:
    """An office the claim gives without the rank that every mention of it in the passage's sentence has
    (the minister, where the sentence has only the deputy minister), or with a rank where it has none;
    named holders or not. A rank the page gives with a pronoun (نائبه, his deputy) may be the claim's
    deputy, so a ranked office of the claim is then not compared."""
    ours, theirs = _holders(claim, claim_text), _holders(sentence, page)
    bare_rank = any(h.office.deputy and h.office.kind is None for h in theirs)
    for kind in dict.fromkeys(h.office.kind for h in ours if h.office.kind):
        ranked = {h.office.deputy for h in ours if h.office.kind == kind}
        other = {h.office.deputy for h in theirs if h.office.kind == kind} or ranked
        if ranked == {True} and bare_rank:
            continue
        if len(ranked) == 1 and len(other) == 1 and other != ranked:
            mine = next(h.text for h in ours if h.office.kind == kind)
            stated = next(h.text for h in theirs if h.office.kind == kind)
            return Difference(DifferenceKind.NAME, mine, stated)
    return None


def _compatible(a: _Office, b: _Office) -> bool:
    if a.deputy != b.deputy:
        return False
    if a.kind and b.kind and a.kind != b.kind:
        return False
    return not (a.place and b.place and a.place != b.place)


def _same_person(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    shared = ours & theirs
    if all(w.isascii() for w in ours):
        return bool(shared) and 2 * len(shared) >= len(ours)
    return len(shared) >= 2 and 5 * len(shared) >= 2 * min(len(ours), len(theirs))


def _office_at(word: str) -> str | None:
    if not word.isascii() and word.endswith("ی") and word[:-1] in _OFFICES:
        return _OFFICES[word[:-1]]  # the ezafe: سخنگوی وزارت, وزیری
    return lookup_prefixed(_OFFICES, word)


def _rank_at(word: str) -> bool:
    """A rank word, with a prefix (والنائب) or a pronoun ending (نائبه, معاونش: his deputy)."""
    if lookup_prefixed(_RANKS, word):
        return True
    return not word.isascii() and any(word[:-k] in _RANKS for k in (1, 2))


def _holders(tokens: Sequence[Token], text: Normalized) -> list[_Holder]:
    words = [t.text for t in tokens]
    found = []
    taken: set[int] = set()
    for i, word in enumerate(words):
        if i in taken:
            continue
        kind = _office_at(word)
        deputy = word == _DEPUTY_MINISTER
        if kind is None and not deputy and not _rank_at(word):
            continue
        start, end = i, i + 1
        if kind is None and not deputy:  # a rank word: its office follows (deputy minister) or stands alone
            nxt = next((k for k in range(i + 1, min(len(words), i + 3)) if _office_at(words[k])), None)
            if nxt is not None:
                kind, end = _office_at(words[nxt]), nxt + 1
            deputy = True
        elif kind is not None:  # a rank before it was read with the rank word, two lines up
            after = i + 1 < len(words) and _rank_at(words[i + 1])  # Pashto: د وزیر مرستیال
            deputy, end = after, (i + 2 if after else i + 1)
        if deputy and kind is None and word == _DEPUTY_MINISTER:
            kind = "minister"
        taken.update(range(start, end))
        place = next((p for k in range(end, min(len(words), end + 3)) if (p := place_at(words, k))), None)
        if place is None and start > 0:  # the Balkh governor, والی هرات's Pashto د هرات والي
            place = place_at(words, start - 1) or (place_at(words, start - 2) if start > 1 else None)
        names = _names(tokens, text, start, end)
        office_text = text.original_text(tokens[start].start, tokens[end - 1].end)
        found.append(_Holder(_Office(deputy, kind, place), names, office_text))
    return found


def _names(tokens: Sequence[Token], text: Normalized, start: int, end: int) -> frozenset[str]:
    """The words that name the holder of the office at tokens[start:end]."""
    if tokens[start].text.isascii():
        after = _capital_run(tokens, text, end, 1)
        return after or _capital_run(tokens, text, start - 1, -1)
    found: set[str] = set()
    for step, first in ((1, end), (-1, start - 1)):
        k, held = first, 0
        while 0 <= k < len(tokens) and held < NAME_REACH and abs(k - first) < 2 * NAME_REACH:
            lo, hi = sorted((k, k - step))
            gap = text.key[tokens[lo].end : tokens[hi].start]
            word = tokens[k].text
            if _BREAKS & set(gap) or word in JOINERS or word in _CLAUSE or _office_at(word) or _rank_at(word):
                break
            complement = step == 1 and abs(k - first) < 2 and word.startswith(("ال", "ل")) and word != "الله"
            # of Herat (Wardak is both); Arabic's office complement: المدير التنفيذي لبرشنا
            stems = [] if place_at([word], 0) or complement else content_words([word])
            found.update(stems)
            k, held = k + step, held + len(stems)
    return frozenset(found)


def _capital_run(tokens: Sequence[Token], text: Normalized, k: int, step: int) -> frozenset[str]:
    """The capitalised words from tokens[k] on, in the direction of ``step``, past the words that stand
    between an office and its holder ("the", "will chair", "as its secretary", "the ministry's
    spokesman")."""
    skipped = 0
    while (
        0 <= k < len(tokens) and skipped < 4 and (tokens[k].text in _BETWEEN or tokens[k].text.endswith("'s"))
    ):
        k, skipped = k + step, skipped + 1
    found = []
    while 0 <= k < len(tokens):
        original = text.original_text(tokens[k].start, tokens[k].end)
        if (
            not (is_name_token(original) and original.isalpha())
            or _office_at(tokens[k].text)
            or _rank_at(tokens[k].text)
            or place_at([tokens[k].text], 0)  # the Herat director: the office's place, not its holder
        ):
            break
        found.append(tokens[k].text)
        k += step
    return frozenset(found)
