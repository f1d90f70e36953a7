"""Qualifiers: scope words (all/some), modal certainty (will/could) and position ordinals (first/last).

Each is a fact a claim can change without touching a number: "all schools" and "some schools", "the
talks will resume" and "the talks could resume", "the first phase" and "the last phase" say different
things. Each word belongs to a class (all, some, most, only…; certain, possible; first, last, second…),
read in English, Dari/Persian, Pashto and Arabic (همه/بعضی, ټول/ځینې, كل/بعض; خواهد/ممکن است, به/کېدای
شي, سوف/قد; اولین/آخرین, لومړی/وروستی, الأول/الأخير). Only another class in the same place counts: one
side stating a qualifier that the other leaves out is a rewording. A changed scope or ordinal is reported
as a NUMBER difference (both say how many or which one), a changed modal as a NEGATION (a polarity of
certainty: "will" asserts what "could" leaves open).
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.facts import Token, content_words
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize


def _classes(table: dict[str, str]) -> dict[str, str]:
    return {normalize(word): cls for words, cls in table.items() for word in words.split()}


# Scope words (quantifiers). "few" alone means "not many"; "a few" is "some" (a phrase, below).
_SCOPE = _classes(
    {
        "all every each entire whole همه همگی تمام تمامی هر ټول ټوله ټولې ټولو كل جميع كافة أي": "all",
        "none nobody هیچکس هیڅوک": "none",
        "some several بعضی برخی چند چندین ځینې ځینو ځيني بعض": "some",
        "few": "few",
        "most majority اکثر اکثریت بیشتر اغلب ډېری ډیری اکثره معظم أغلب غالبية": "most",
        "many numerous ډېرو كثير العديد": "many",
        "only merely solely فقط تنها یوازې یواځې يوازې": "only",
    }
)
_SCOPE_PHRASES = {
    ("a", "few"): "some",
    ("no", "one"): "none",
    (normalize("یو"), normalize("شمېر")): "some",
    (normalize("یو"), normalize("شمیر")): "some",
    (normalize("عدد"), normalize("من")): "some",
    (normalize("لا"), normalize("أحد")): "none",
}
# Modal certainty: what will happen against what may happen.
_MODAL = _classes(
    {
        "will shall would خواهد خواهند خواهیم خواهم میشود به کوي سوف": "certain",
        "could may might possibly perhaps maybe ممکن شاید میتواند میتوانند میتوان کېدای کیدای ښايي "
        "قد ربما يمكن": "possible",
    }
)
_MODAL_PHRASES = {("going", "to"): "certain"}
# Ordinals of position before (or, in Arabic, after) a noun; ordinal days next to a month are dates.
_ORDINAL = _classes(
    {
        "first earliest اولین نخستین نخست اول لومړی لومړۍ لومړنی لومړنۍ الأول الأولى أول": "first",
        "last final latest آخرین آخر واپسین وروستی وروستۍ وروستني الأخير الأخيرة آخر": "last",
        "second دومین دوم دویم دوهم دویمه دوهمه الثاني الثانية": "second",
        "third سومین سوم درېیم دریم الثالث الثالثة": "third",
    }
)
_ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
_FUTURE_PREFIX = ("سی", "ست", "سن", "سا")  # Arabic سـ + imperfect: سيبدأ = will begin
_REACH = 1  # the qualified word stands next to its qualifier (all schools, المرة الأخيرة)


def _lookup(table: dict[str, str], word: str) -> str | None:
    if word in table:
        return table[word]
    if word.isascii():
        return None
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2 and word[len(prefix) :] in table:
            return table[word[len(prefix) :]]
    return None


def _run_classes(
    table: dict[str, str], phrases: dict[tuple[str, str], str], words: Sequence[str]
) -> list[tuple[int, str]]:
    """(position, class) of each qualifier among ``words``; a two-word phrase counts once."""
    found: list[tuple[int, str]] = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        if pair in phrases:
            found.append((i, phrases[pair]))
            skip = True
        elif (cls := _lookup(table, word)) is not None:
            found.append((i, cls))
    return found


def _modal_classes(words: Sequence[str], other: Sequence[str] = ()) -> set[str]:
    """The modal classes of a run; a run that says "possibly" anywhere is possible (would possibly)."""
    found = {cls for _, cls in _run_classes(_MODAL, _MODAL_PHRASES, words)}
    # سيبدأ against قد يبدأ: the future prefix is read only when the bare verb stands on the other side
    if any(w.startswith(_FUTURE_PREFIX) and w[1:] in other for w in words):
        found.add("certain")
    return {"possible"} if "possible" in found else found


def qualifier_kind(
    ours: Sequence[str],
    theirs: Sequence[str],
    ours_around: Sequence[str] = (),
    theirs_around: Sequence[str] = (),
) -> DifferenceKind | None:
    """The kind of a replaced run whose scope, ordinal or modal class differs on the two sides, or None.

    ``ours_around``/``theirs_around``: each run with a few words either side. A modal is compared there
    when the run holds one: ممکن است تکمیل شود / تکمیل خواهد شد are two runs, one modal each.
    """
    for table, phrases in ((_SCOPE, _SCOPE_PHRASES), (_ORDINAL, {})):
        a = {cls for _, cls in _run_classes(table, phrases, ours)}
        b = {cls for _, cls in _run_classes(table, phrases, theirs)}
        if a and b and a != b:
            return DifferenceKind.NUMBER  # another scope or position: how many, which one
    a, b = _modal_classes(ours, theirs), _modal_classes(theirs, ours)
    if (a or b) and ours_around and theirs_around:
        a, b = _modal_classes(ours_around, theirs_around), _modal_classes(theirs_around, ours_around)
    if a and b and a != b:
        return DifferenceKind.NEGATION  # another certainty: a polarity of what is asserted
    return None


def qualifier_conflicts(claim: Sequence[Token], window: Sequence[Token]) -> tuple[Difference, ...]:
    """Scope words and ordinals of a paraphrase that the passage replaces next to the same word (all
    private schools / some private schools): a NUMBER difference each."""
    claim_words, source_words = [t.canon for t in claim], [t.canon for t in window]
    found: list[Difference] = []
    for table, phrases in ((_SCOPE, _SCOPE_PHRASES), (_ORDINAL, {})):
        qualified = _run_classes(table, phrases, source_words)
        source = [(j, cls, _anchors(source_words, j)) for j, cls in qualified]
        for i, cls in _run_classes(table, phrases, claim_words):
            anchors = _anchors(claim_words, i)
            there = [(j, other) for j, other, near in source if near & anchors]
            if there and all(other != cls for _, other in there):
                found.append(Difference(DifferenceKind.NUMBER, claim[i].text, window[there[0][0]].text))
    return tuple(found)


def _anchors(words: Sequence[str], i: int) -> set[str]:
    """The content words a qualifier at ``i`` stands with, prefixes stripped (للمرة = المرة = مرة)."""
    near = [*words[max(0, i - _REACH) : i], *words[i + 1 : i + 1 + _REACH]]
    plain = [w for w in near if _lookup(_SCOPE, w) is None and _lookup(_ORDINAL, w) is None]
    return {_bare(w) for w in content_words(plain)}


def _bare(word: str) -> str:
    if word.isascii():
        return word
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word
