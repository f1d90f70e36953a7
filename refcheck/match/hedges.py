"""A hedge the claim drops: the page says a thing may, could or is expected to happen, the claim that it does.

"The canal could take up to 20 percent of the river's flow once it is fully operational" does not say
"the canal takes up to 20 percent"; "a pipeline is expected to carry 50,000 cubic metres a day" does not
say "the pipeline carries" them. Every word of such a claim can be on the page, so the hedge is read: a
hedge word of the passage's sentence (could, may, expected to, ممکن است, قد + a present verb, کېدای شي)
that governs one of the claim's words (one of the few words after it; in Dari, Pashto and Arabic, where
the verb comes later, a few more), where the claim has no hedge at all. The claim is then a candidate:
the page states a possibility, a person confirms whether the claim reports it as one.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.facts import BEFORE_MONTH, Token, content_words, same_stem
from refcheck.match.numbers import is_number
from refcheck.match.qualifiers import POSSIBLE
from refcheck.text.normalize import normalize

# Hedges besides the modal words of qualifiers.POSSIBLE (could, ممکن, ربما), one a line, as written (a
# phrase of two words is read as one).
_HEDGE_WORDS = (
    # English
    "expected to",
    "likely to",
    "potentially",
    "plans to",
    "planned to",
    "aims to",
    "intends to",
    # Dari / Persian
    "احتمال",
    "احتمالا",
    "انتظار میرود",
    "قرار است",
    "پیشبینی",
    # Pashto
    "ښایی",
    "ښایي",
    "تمه",
    "امکان",
    # Arabic
    "المتوقع",
    "یتوقع",
    "یتوقع ان",
    "متوقع",
    "یحتمل",
    "المحتمل",
    "یعتزم",
    "تعتزم",
    "یخطط",
    "تخطط",
    "پلان",
    "قصد",
    # more of each (review probes): expect X to, estimated, forecast; Pashto اټکل; Arabic يرجح, المرجح
    "expect",
    "expects",
    "probably",
    "estimated",
    "projected",
    "forecast",
    "اټکل",
    "یرجح",
    "المرجح",
    "المنتظر",
)
# Words that keep a hedge in a claim (the claim says "would", "is set to"): the claim hedges too.
_CLAIM_ONLY_WORDS = ("would", "set to", "likely", "نظر", "سوف", "المقرر", "برنامه")
_CLAIM_HEDGES = frozenset(tuple(normalize(w) for w in hedge.split()) for hedge in _CLAIM_ONLY_WORDS)
_HEDGES = frozenset(tuple(normalize(word) for word in hedge.split()) for hedge in _HEDGE_WORDS) | {
    (word,)
    for word in POSSIBLE - {normalize("قد")}  # قد is a hedge only before a present verb (below)
}
_MAY = normalize("قد")  # Arabic قد + a present verb (قد تأخذ: may take); + a past verb (قد زار) is "had"
_PRESENT = ("ی", "ت", "ن")  # the prefixes of an Arabic present verb, in keys (ي is ی)
_REACH = 3  # content words after an English hedge that it governs (could take, is expected to carry)
_FAR_REACH = 8  # ... in Dari, Pashto and Arabic, where the verb ends the clause


def dropped_hedge(claim: Sequence[Token], sentence: Sequence[Token]) -> str | None:
    """The hedge of the passage's sentence that governs one of the claim's words, where the claim has none."""
    claim_words = [t.canon for t in claim]
    if _hedges(claim_words, _HEDGES | _CLAIM_HEDGES):
        return None
    ours = set(content_words(claim_words))
    numbers = {w for w in claim_words if is_number(w)}
    words = [t.canon for t in sentence]
    for start, end in _hedges(words, _HEDGES):
        reach = _REACH if words[start].isascii() else _FAR_REACH
        governed = content_words(words[end : end + 3 * reach])[:reach]  # content words: past چې، دا، د
        # a claim that states numbers is about the hedge's clause only when one of them stands in it (the
        # 300 schools that reopened, not the other 200 that could)
        clause = words[max(0, start - _NUMBER_REACH) : end + 2 * _NUMBER_REACH]
        if numbers and not numbers & set(clause):
            continue
        if any(same_stem(a, b) for a in ours for b in governed):
            return " ".join(t.text for t in sentence[start:end])
    return None


_NUMBER_REACH = 6  # words before a hedge (twice as many after) where the claim's number is its clause's
_MONTH_CONTEXT = BEFORE_MONTH | {"from", "last", "next", "this"}  # from May, next May: the month


def _hedges(words: Sequence[str], hedges: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where each hedge of ``words`` stands."""
    found = []
    for i, word in enumerate(words):
        if not word.isascii() and word[:1] in ("و", "ف") and ((word[1:],) in hedges or word[1:] == _MAY):
            word = word[1:]  # ویتوقع, وقد: "and" before the hedge
        if word == "may" and (
            any(w[:1].isdigit() for w in words[max(0, i - 1) : i + 2])
            or (i > 0 and words[i - 1] in _MONTH_CONTEXT)
        ):
            continue  # 18 May, May 18, in May: the month
        if word == normalize("پلان") and words[i + 1 : i + 2] == [normalize("له")]:
            continue  # د پلان له مخې: according to the plan
        if (word,) in hedges and (i + 1 >= len(words) or (word, words[i + 1]) not in hedges):
            found.append((i, i + 1))
        elif i + 1 < len(words) and (word, words[i + 1]) in hedges:
            found.append((i, i + 2))
        elif word == _MAY and i + 1 < len(words) and words[i + 1].startswith(_PRESENT):
            found.append((i, i + 1))
    return found
