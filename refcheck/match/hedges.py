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

from refcheck.match.facts import Token, content_words, same_stem
from refcheck.text.normalize import normalize

# One hedge a line: its words as written (a phrase of two words is read as one).
_HEDGE_WORDS = (
    # English
    "could",
    "may",
    "might",
    "expected to",
    "likely to",
    "possibly",
    "potentially",
    "plans to",
    "planned to",
    "aims to",
    "intends to",
    # Dari / Persian
    "ممکن",
    "احتمال",
    "احتمالا",
    "شاید",
    "انتظار میرود",
    "قرار است",
    "پیشبینی",
    "میتواند",
    "میتوانند",
    # Pashto
    "کېدای",
    "کیدای",
    "ښایی",
    "ښایي",
    "تمه",
    "امکان",
    # Arabic
    "ربما",
    "المتوقع",
    "یتوقع",
    "یتوقع ان",
    "متوقع",
    "یحتمل",
    "المحتمل",
    "یمکن",
    "یعتزم",
    "تعتزم",
    "یخطط",
    "تخطط",
    "پلان",
    "قصد",
)
_HEDGES = frozenset(tuple(normalize(word) for word in hedge.split()) for hedge in _HEDGE_WORDS)
_MAY = normalize("قد")  # Arabic قد + a present verb (قد تأخذ: may take); + a past verb (قد زار) is "had"
_PRESENT = ("ی", "ت", "ن")  # the prefixes of an Arabic present verb, in keys (ي is ی)
_REACH = 3  # content words after an English hedge that it governs (could take, is expected to carry)
_FAR_REACH = 8  # ... in Dari, Pashto and Arabic, where the verb ends the clause


def dropped_hedge(claim: Sequence[Token], sentence: Sequence[Token]) -> str | None:
    """The hedge of the passage's sentence that governs one of the claim's words, where the claim has none."""
    claim_words = [t.canon for t in claim]
    if _hedges(claim_words):
        return None
    ours = set(content_words(claim_words))
    words = [t.canon for t in sentence]
    for start, end in _hedges(words):
        reach = _REACH if words[start].isascii() else _FAR_REACH
        governed = content_words(words[end : end + 3 * reach])[:reach]  # content words: past چې، دا، د
        if any(same_stem(a, b) for a in ours for b in governed):
            return " ".join(t.text for t in sentence[start:end])
    return None


def _hedges(words: Sequence[str]) -> list[tuple[int, int]]:
    """Where each hedge of ``words`` stands."""
    found = []
    for i, word in enumerate(words):
        if not word.isascii() and word[:1] in ("و", "ف") and len(word) > 3 and (word[1:],) in _HEDGES:
            word = word[1:]  # ویتوقع, وقد: "and" before the hedge
        if word == "may" and any(w[:1].isdigit() for w in words[max(0, i - 1) : i + 2]):
            continue  # 18 May, May 18: the month
        if (word,) in _HEDGES and (i + 1 >= len(words) or (word, words[i + 1]) not in _HEDGES):
            found.append((i, i + 1))
        elif i + 1 < len(words) and (word, words[i + 1]) in _HEDGES:
            found.append((i, i + 2))
        elif word == _MAY and i + 1 < len(words) and words[i + 1].startswith(_PRESENT):
            found.append((i, i + 1))
    return found
