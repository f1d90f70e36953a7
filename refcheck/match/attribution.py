"""Who said it: the institution a claim gives its words to, against the one the page names.

"Pakistan's commerce ministry said trade fell by 18 percent" where the page has "…, the Afghanistan
Chamber of Commerce and Investment said"; "وقال وزير الأشغال العامة إن…" where it has "وقال نائب رئيس
الوزراء… إن…". The speaker is the run of words before a speech verb (X said, X گفت, X وویل), in Arabic
between the verb and its "that" (قال X إن), or after "according to" (وفق, بحسب, به گفته). Only
the institutions and offices in those runs are compared (ministry, chamber, bank, council, deputy…;
وزارت, اتاق, معین; وزارة, غرفة, نائب), each family
as one (minister = ministry, وزیر = وزارت): a spokesman speaks for his institution, so he is transparent,
and a run with no institution (officials said, Mujahid said) is never compared. The passage's sentence
that holds the claim must give the words to another institution, and to none of the claim's.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.facts import Token, lookup_prefixed
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize

_SPEECH = (
    "said says told stated announced added noted گفت گفته گفتند افزود وویل ویلي وايي "
    "قال قالت وقال وقالت أعلن وأعلن أكد وأكد أضاف وأضاف أوضح وأوضح صرح"
)
_THAT = "ان که چې that"
# Institutions and offices, one family per line: every word of a line is the family's first word.
_FAMILIES = (
    "ministry minister ministries ministers وزارت وزیر وزارة وزير",
    "deputy under-secretary معین مرستیال نائب نایب وكيل وكيلة",
    "secretary-general دبیرکل الأمين",
    "delegation هیئت پلاوی وفد",
    "chamber اتاق خونه غرفة",
    "bank بانک بنك مصرف",
    "council شورا مجلس",
    "commission committee کمیسیون لجنة هيئة",
    "court محکمه محكمة",
    "governor governorate والی والي محافظ",
    "ambassador embassy سفیر سفارت سفير سفارة",
    "president presidency ریاست جمهوری رئاسة",  # رئیس alone is any head: رئيس الوزراء, رئيس الجمهورية
    "agency office اداره دفتر مكتب",
    "organization organisation programme program fund سازمان صندوق منظمة برنامج",
    "army military police اردو پولیس جيش شرطة",
)
_SPEECH_VERBS = frozenset(normalize(word) for word in _SPEECH.split())
_ALSO_DEEDS = frozenset({"added", "noted"})  # speech only before "that" or at the end of the clause
_COMPLEMENTIZERS = frozenset(normalize(word) for word in _THAT.split())
_FAMILY = {normalize(word): line.split()[0] for line in _FAMILIES for word in line.split()}
_RUN = 8  # words of a speaker run before its verb (X، وزیر امور مهاجرین، روز دوشنبه گفت)
_AFTER = 7  # words between an Arabic speech verb and its "that" (قال X إن)


def speaker_role_conflict(claim: Sequence[Token], sentence: Sequence[Token]) -> Difference | None:
    """The institution the claim gives its words to, where the passage's sentence gives them to another."""
    ours = _speakers([t.canon for t in claim])
    theirs = _speakers([t.canon for t in sentence])
    if not ours or not theirs:
        return None
    claim_roles = set().union(*(roles for _, roles in ours))
    # the same institution, and the same rank in it: a deputy minister is not the minister
    if any(roles & claim_roles and ("deputy" in roles) == ("deputy" in claim_roles) for _, roles in theirs):
        return None
    return Difference(DifferenceKind.NAME, " ".join(ours[0][0]), " ".join(theirs[0][0]))


def _speakers(words: Sequence[str]) -> list[tuple[list[str], set[str]]]:
    """Each speaker run of ``words`` that names an institution, with the institutions it names."""
    found = []
    for v, word in enumerate(words):
        if _according(words, v):  # according to a statement by the finance ministry, وفق بيان لوزارة
            run = list(words[v + 1 : v + 1 + _RUN])
            roles = {family for w in run if (family := _family(w)) is not None}
            found += [(run, roles)] if roles else []
            continue
        if word not in _SPEECH_VERBS or (word in _ALSO_DEEDS and words[v + 1 : v + 2] not in ([], ["that"])):
            continue  # "the ministry had added 200 beds": a deed, not words
        that = next(
            (k for k in range(v + 1, min(len(words), v + _AFTER + 1)) if words[k] in _COMPLEMENTIZERS), None
        )
        # Arabic names the speaker between the verb and its "that" (قال X إن); Dari and Pashto before it
        # (X گفته است که: the words between are the verb's own)
        run = list(words[v + 1 : that]) if that is not None and that > v + 1 and not word.isascii() else []
        roles = {family for w in run if (family := _family(w)) is not None}
        if not roles:
            start = max(0, v - _RUN)
            while start > 0 and _family(words[start - 1]) == "deputy":
                start -= 1  # the rank before an office the run begins with (Deputy Minister X, who …, said)
            before = [w for w in words[start:v] if not w[:1].isdigit()]
            run = before
            roles = {family for w in run if (family := _family(w)) is not None}
        if roles:
            found.append((run, roles))
    return found


_ACCORDING_WORDS = "وفق وفقا بحسب حسب گفته وینا"
_ACCORDING = frozenset(normalize(word) for word in _ACCORDING_WORDS.split())
_BY_WORD = frozenset(normalize(word) for word in ("گفته", "وینا"))


def _according(words: Sequence[str], v: int) -> bool:
    """words[v] opens an attribution by source: "according" (to), وفق, بحسب, به گفته, د … په وینا."""
    if words[v] in _BY_WORD:  # به گفته, په وینا: "گفته است" alone is "has said"
        return v > 0 and words[v - 1] in {"به", "په"}
    return (words[v] == "according" and v + 1 < len(words) and words[v + 1] == "to") or words[v] in _ACCORDING


def _family(word: str) -> str | None:
    return lookup_prefixed(_FAMILY, word.removesuffix("'s"))  # the ministry's spokesman, والوزارة


_STATEMENT_WORDS = frozenset(
    normalize(w)
    for w in (
        "published",
        "released",
        "statement",
        "report",
        "announcement",
        "اعلامیه",
        "اعلام",
        "بیان",
        "اعلان",
    )
)


def speaks(tokens: Sequence[Token]) -> bool:
    """The claim reports words said, announced or published (its date may be the statement's)."""
    return any(t.canon in _SPEECH_VERBS or t.canon in _STATEMENT_WORDS for t in tokens)
