"""The facts a claim stands on: words, negations, numbers, dates and names, read from normalized keys.

Tokens are read from a ``Normalized`` key (refcheck.text.normalize) and keep their key offsets, so every
difference can be shown in the original text. Numbers are read in numbers.py (``2,500`` = ``۲۵۰۰``,
``۸۰ هزار`` = ``80,000``, half a million = ``نیم میلیون`` = 500,000). Negations are recognised as words
(not, نه, لا, هرگز, هیڅکله…), as verb prefixes (کرد/نکرد, می/نمی), as negating verbs (رفض, امتنع, فشل)
and as constructions read in context (failed to, declined to, has yet to, fell short of, ونه توانید;
"declined by 20%" is no negation). Dates are read in datespans.py, in any calendar. Attribution
verbs (said, گفت, وویل, قال) are stopwords: every report has them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from refcheck.match.numbers import NUMBER_WORDS, canonical_number, is_number
from refcheck.match.synonyms import synonym_table
from refcheck.models import Calendar, Difference, DifferenceKind
from refcheck.text.months import month_names
from refcheck.text.normalize import normalize

T = TypeVar("T")


def _words(text: str) -> list[str]:
    return text.split()


# A number with its thousands separators and an ordinal suffix (18th), or a word (with an apostrophe: didn't).
# An Arabic-script prefix glued to a number (بـ4.8 مليار: "at 4.8 billion") is a word of its own.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?\b|[\u0600-\u06ff]+(?=\d)|\w+(?:'\w+)*")

NEGATION_WORDS = frozenset(
    _words(
        # English
        "not no never nor none neither nobody nothing cannot without "
        # Dari / Persian (keys: ZWNJ removed, ي→ی)
        "نه نیست نیستند نبود نبودند هیچ بدون "
        # Pashto
        "مه هیڅ هېڅ نشته نشي نشو "
        # Arabic (keys: ي→ی, أ→ا), also with the conjunctions و and ف attached
        "لا لم لن لیس لیست لیسوا غیر عدم ولا ولم ولن ولیس فلا فلم"
    )
)
# Words that negate what they govern though they are not negation words: never (هرگز, هیڅکله), refused
# (امتناع, رفض, امتنع), failed (فشل), did not become (نشد: موفق نشد). Arabic with و attached.
_NEGATING_WORDS = frozenset(
    normalize(word)
    for word in _words(
        "هرگز امتناع خودداری نشد هیڅکله هېڅکله "
        "فشل فشلت وفشل وفشلت يفشل تفشل رفض رفضت ورفض ورفضت يرفض ترفض امتنع امتنعت وامتنع وامتنعت يمتنع تمتنع"
    )
)
# Constructions that negate: a word that negates only before one of the given words (failed to reach,
# declined to comment, has yet to, fell short of; Pashto ونه توانید "could not"). Only the first word
# counts as the negation, so "did not reach" and "failed to reach" hold one negation each.
_NEGATING_BEFORE = {
    **dict.fromkeys(_words("fail fails failed failing decline declines declined declining"), ("to",)),
    **dict.fromkeys(_words("refuse refuses refused refusing unable yet"), ("to",)),
    **dict.fromkeys(_words("fell fall falls falling"), ("short",)),
    "ونه": ("توان", "کړ", "شو", "شول", "منل"),  # Pashto perfective negation before the verb
}
# Persian verb forms that start with the negative prefix ن (نمی‌کنند→نمیکنند, نکرد, نشد, نخواهد…).
_NEGATIVE_PREFIXES = tuple(_words("نمی نکرد نکن نشد نشو نخواه ندار نداشت نباید نتوان نبود نیست"))


def _month_words() -> frozenset[str]:
    """Every month name the date reader knows (text/months.py), as normalized words; a name of two words
    ("ربیع الاول", "تشرين الأول") is known by its first."""
    words: set[str] = set()
    for calendar in Calendar:
        for names in month_names(calendar).values():
            words.update(normalize(name).split()[0] for name in names if normalize(name))
    return frozenset(words)


MONTH_WORDS = _month_words()
# English words before a month name that make it the month, not "may" or a name (in May, since March).
BEFORE_MONTH = frozenset({"in", "since", "until", "by", "during", "of", "early", "late", "mid"})

# Verbs that attribute a statement (said, گفت, وویل, قال): every report has them, so sharing one with a
# passage says nothing about what was said.
ATTRIBUTION_VERBS = frozenset(
    normalize(w)
    for w in _words(
        "announced stated added noted "
        "گفت گفته گفتند افزود افزوده اعلام "
        "وویل ویل ویلي وايي ووایه ووېل ویلی "
        "قال قالت وقال وقالت يقول تقول أعلن أعلنت وأعلن وأعلنت ذكر ذكرت أكد أكدت وأكد وأكدت أضاف وأضاف "
        "أضافت وأضافت أوضح أوضحت وأوضح وأوضحت صرح صرحت"
    )
)

STOPWORDS = (
    frozenset(
        _words(
            """
        a an the and or but of to in on at by for from with as is are was were be been being has have had
        do does did this that these those it its it's they them their there here he she his her him we our
        you your i me my which who whom whose what when where why how than then so such also very more most
        into over under about after before between during against among through while both each either all
        any some same other another only own just can could will would shall should may might must said says
        say told tell according s t one additionally furthermore moreover meanwhile however therefore
        thus hence besides nevertheless nonetheless likewise similarly notably
        و در به از که این را با است برای آن یک تا می شد شده بود ها های هم نیز کرد کرده اند او ما شما ایشان
        وی خود چه اما یا اگر پس بر روی باید شود گفت گفته همه دیگر هر کنند کند داد دارد داشت
        د په او له چې دا یې ته هم کې سره څخه ده دي وو وه شو شوی شی کړ کړی کړې پر هغه هغوی موږ ډېر
        """
        )
    )
    | frozenset(
        normalize(w)
        for w in _words(
            "في من على إلى عن أن ما هذا هذه ذلك التي الذي الذين كان كانت قد لقد مع بين كل بعد قبل عند"
        )
    )
    | ATTRIBUTION_VERBS
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word or number of a key, with its key offsets."""

    text: str  # as in the key (casefolded, letter forms unified, digits folded)
    start: int
    end: int

    @property
    def canon(self) -> str:
        """The compared form: numbers without separators or ordinal suffix; number words as digits."""
        if self.text[0].isdigit():
            return canonical_number(self.text)
        return NUMBER_WORDS.get(self.text, self.text)


# Persian verb prefixes and suffixes that writers join with a ZWNJ, a space or nothing (می شود / میشود).
_JOINS_NEXT = frozenset(("می", "نمی"))
_JOINS_PREVIOUS = frozenset(("ها", "های", "هایی", "اند", "ایم", "اید", "ام"))


def tokenize(key: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``key[start:end]``, with offsets into ``key``.

    A Persian prefix or suffix written apart (می شود, سازمان های) is joined to its word, as the key of the
    ZWNJ spelling has it (میشود, سازمانهای), so the two spellings give the same tokens.
    """
    stop = len(key) if end is None else end
    tokens: list[Token] = []
    glue = False
    for m in _TOKEN.finditer(key, start, stop):
        word = m.group()
        if tokens and (glue or (word in _JOINS_PREVIOUS and not tokens[-1].text.isascii())):
            tokens[-1] = Token(tokens[-1].text + word, tokens[-1].start, m.end())
        else:
            tokens.append(Token(word, m.start(), m.end()))
        glue = word in _JOINS_NEXT
    return tokens


def is_negation(word: str) -> bool:
    """A negation word or a negated verb form (not, didn't, نه, نمیکنند, لم, هرگز, رفض…)."""
    if word in NEGATION_WORDS or word in _NEGATING_WORDS or word.endswith("n't"):
        return True
    return len(word) > 3 and word.startswith(_NEGATIVE_PREFIXES)


def negation_flags(words: Sequence[str]) -> list[bool]:
    """Which of ``words`` negate: negation words and negated verbs, and the first word of a negating
    construction (failed to, declined to, has yet to, fell short of, ونه توانید)."""
    return [_negates(words, i) for i in range(len(words))]


def _negates(words: Sequence[str], i: int) -> bool:
    word = words[i]
    if is_negation(word):
        return True
    wanted = _NEGATING_BEFORE.get(word)
    if not wanted or i + 1 >= len(words):
        return False
    after = words[i + 1]
    # English words as written; Pashto verbs by their stem (توانید, توانیدل)
    return any(after == f or (not f.isascii() and after.startswith(f)) for f in wanted)


def negation_pair(claim_word: str, source_word: str) -> bool:
    """Two words that differ only by a negative prefix (کرد/نکرد, میکنند/نمیکنند, کوي/نه کوي)."""
    for a, b in ((claim_word, source_word), (source_word, claim_word)):
        if a == "ن" + b or a == "نه" + b or a == "مه" + b or a == "نمی" + b.removeprefix("می"):
            return True
        if a.endswith("n't") and a[:-3] in {b, b + "n"}:  # didn't/did, can't/can
            return True
        if a == "cannot" and b == "can":
            return True
    return False


def stem(word: str) -> str:
    """A crude stem for overlap counting (never for verdicts on quotations); words that news prose uses
    for one another (member countries / member states: synonyms.py) share one stem."""
    plain = _plain_stem(word)
    return _SYNONYMS.get(plain, plain)


def _plain_stem(word: str) -> str:
    if word.isascii():
        word = _fold_spelling(word)
        for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)] + repl
        return word
    for prefix in ("وال", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in ("هایی", "های", "ها", "ان", "ات", "ین", "ی"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(words: Iterable[str]) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words, no negations)."""
    listed = list(words)
    return [
        stem(w)
        for i, w in enumerate(listed)
        if len(w) > 1
        and w not in STOPWORDS
        and w not in NUMBER_WORDS
        and not is_number(w)
        and not _negates(listed, i)
    ]


# ---- names (Latin script: capitals are visible only in the original text)

_NAME = re.compile(r"\b[A-Z][a-zA-Z-]+\b")
_ACRONYM = re.compile(r"\b[A-Z]{2,}[0-9]*\b")
_NOT_NAMES = frozenset(
    _words(
        "The This That These Those It Its A An And But Or If In On At By For From With As Both Each All Any "
        "Some No Not He She They We You I His Her Their Our Mr Mrs Ms Dr President Minister Ambassador "
        "According Moreover However Also Then When Where While Since After Before During Meanwhile Therefore"
    )
)


_NAME_RUN = re.compile(r"\b[A-Z][A-Za-z'’-]*[a-z](?:(?:\s+(?:of|for|the))*\s+[A-Z][A-Za-z'’-]*[a-z])+\b")


def proper_names(text: str) -> list[str]:
    """Runs of two or more capitalised Latin-script words, ``of``/``for``/``the`` allowed between
    them (Ajit Doval, Organization of Islamic Cooperation), without a sentence-opening function word."""
    found = []
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
            while words and not words[0][:1].isupper():
                words = words[1:]
        if len(words) >= 2:
            found.append(" ".join(words))
    return found


def latin_names(text: str) -> list[str]:
    """Capitalised Latin-script words of ``text`` that read as names (not sentence-opening function words)."""
    return [m.group() for m in _NAME.finditer(text) if m.group() not in _NOT_NAMES]


def acronyms(text: str) -> list[str]:
    """Latin-script acronyms such as CSTO, SCO, OIC."""
    return [m.group() for m in _ACRONYM.finditer(text)]


def is_name_token(original: str) -> bool:
    """A token that the source or the claim wrote as a Latin-script name."""
    return bool(original[:1].isupper() and original.isascii() and original not in _NOT_NAMES)


# British spellings of ordinary words and their American forms (-isation/-ization, -our/-or, -re/-er,
# -ence/-ense, -ogue/-og, -yse/-yze, travelled/traveled): a fold applied to both spellings of a word.
_SPELLING_FOLDS = (
    (re.compile(r"is(ation|ations|e|ed|es|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
    (re.compile(r"(?<=[a-z])our(s|ed|ing|able|ite|ites|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=[^aeiou])re(s|d)?$"), r"er\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ll(ed|ing|er|ers|or|ors|ment)$"), r"l\1"),
)
# Endings of ordinary (abstract) nouns: a capitalised word ending so is a word of a title (the
# Organisation of Islamic Cooperation, the Ministry of Defence), not a person's name.
_COMMON_NOUN_ENDINGS = ("ation", "ition", "ment", "ness", "ity", "ship", "ism", "ence", "ance", "ogy")


def american_spelling(word: str) -> str:
    """``word`` casefolded, a British spelling folded to the American one (organisation → organization)."""
    word = word.casefold()
    for pattern, replacement in _SPELLING_FOLDS:
        word = pattern.sub(replacement, word)
    return word


def _fold_spelling(word: str) -> str:
    # stems compare British and American spellings alike (organisation, advisor/adviser)
    return american_spelling(_AGENT_OR.sub(r"\1ser\2", word)) if len(word) >= 5 else word


_AGENT_OR = re.compile(r"(i)sor(s)?$")  # advisor/adviser, supervisor


def is_spelling_variant(a: str, b: str) -> bool:
    """One ordinary word spelled the British and the American way (Organisation/Organization)."""
    return a.casefold() != b.casefold() and american_spelling(a) == american_spelling(b)


def is_common_word(word: str) -> bool:
    """A capitalised word that reads as an ordinary noun of a title (Organisation), not a name."""
    folded = american_spelling(word)
    return any(folded.endswith(ending) for ending in _COMMON_NOUN_ENDINGS) or folded.endswith("ization")


def is_transliteration(a: str, b: str) -> bool:
    """Two spellings of one name (Kodashov/Kudashev, Nikolai/Nikolay): same initial, similar letters."""
    a, b = a.casefold(), b.casefold()
    if not a or not b or a[0] != b[0]:
        return False
    return fuzz.ratio(a, b) >= 70 or fuzz.ratio(_skeleton(a), _skeleton(b)) >= 80


def _skeleton(word: str) -> str:
    # consonants only: transliterations mostly disagree on vowels (Kodashov/Kudashev)
    return word[0] + re.sub(r"[aeiouy]", "", word[1:])


def differences_of_names(claim_names: Sequence[str], source_names: Sequence[str]) -> tuple[Difference, ...]:
    """Each claim name that the source spells otherwise: its nearest transliteration in the source."""
    present = set(source_names)
    found: list[Difference] = []
    for name in dict.fromkeys(claim_names):
        if name in present:
            continue
        spellings = [s for s in dict.fromkeys(source_names) if is_transliteration(name, s)]
        if spellings:
            best = max(spellings, key=lambda s: fuzz.ratio(name.casefold(), s.casefold()))
            found.append(Difference(DifferenceKind.NAME, name, best))
    return tuple(found)


# Prefixes Arabic-script words take without a space (و، ف، ب، ل، ال): وزارة / والوزارة / بالوزارة.
ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


def lookup_prefixed(table: Mapping[str, T], word: str) -> T | None:
    """``table[word]``, or the entry of ``word`` without one of the ARABIC_PREFIXES (والوزارة → الوزارة)."""
    if word in table:
        return table[word]
    if word.isascii():
        return None
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2 and word[len(prefix) :] in table:
            return table[word[len(prefix) :]]
    return None


def neighbours(
    words: Sequence[str],
    i: int,
    reach: int,
    scan: int,
    width: int = 1,
    keep: Callable[[str], bool] | None = None,
) -> tuple[list[str], list[str]]:
    """The ``reach`` content words nearest words[i:i + width] on each side, looked for within ``scan`` words:
    function words are skipped, not counted ("all of the carpets" stands with "carpets"). ``keep``: the
    words that may be neighbours (not the places or qualifiers that are slots themselves)."""
    kept = keep or (lambda word: True)
    before = content_words([w for w in words[max(0, i - scan) : i] if kept(w)])[-reach:]
    after = content_words([w for w in words[i + width : i + width + scan] if kept(w)])[:reach]
    return before, after


_SYNONYMS = synonym_table(_plain_stem, normalize)  # after the stemmer's own tables


def same_stem(a: str, b: str) -> bool:
    """Two stems of one word that the stemmer leaves apart (moved / move, بازنشستگ / بازنشسته): equal, or
    one a prefix of the other but for two letters, on four letters or more."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (
        len(short) >= 4
        and len(long_) - len(short) <= 2
        and long_.startswith(short[:-1] if not short.isascii() else short)
    )
