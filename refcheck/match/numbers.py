"""Numbers as a claim or a page states them, read from the words of a normalized key.

Digits are folded (``2,500`` = ``2500``, ``18th`` = ``18``), English number words are numbers (six ≠
sixteen), a number and its multiplier word are one value (``۸۰ هزار`` = ``80 thousand`` = ``80,000``),
and so are the fractions of a multiplier that reports write in words: half a million, a quarter of a
million, one and a half million, نیم میلیون, دو و نیم میلیون, دوه نیم میلیونه, نصف مليون, مليون ونصف
(= 500000, 250000, 1500000, 500000, 2500000, 2500000, 500000, 1500000).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from refcheck.text.normalize import normalize

_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_TRAILING_ZEROS = re.compile(r"\d+\.\d*0")


def _words(text: str) -> list[str]:
    return text.split()


def is_number(word: str) -> bool:
    return word[:1].isdigit()


def canonical_number(text: str) -> str:
    """``2,500`` → ``2500``; ``18th`` → ``18``; ``10.0`` → ``10`` and ``3.50`` → ``3.5`` (one number, written
    to another precision); other numbers unchanged."""
    text = re.sub(r"(?:st|nd|rd|th)$", "", text)
    text = text.replace(",", "") if _THOUSANDS.match(text) else text
    if _TRAILING_ZEROS.fullmatch(text):
        text = text.rstrip("0").rstrip(".")
    return text


# English number words compared as numbers (six/sixteen); "one" is left out: it is mostly a pronoun.
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty"
        )
    )
    if word != "one"
} | {
    word: str(value)
    for value, word in zip(
        range(30, 100, 10), _words("thirty forty fifty sixty seventy eighty ninety"), strict=True
    )
}
# A multiplier word after a number: "80 thousand" = "۸۰ هزار" = 80,000.
_MULTIPLIERS = {
    normalize(word): 10**power
    for words, power in (
        ("thousand thousands هزار زره زرو الف الاف آلاف", 3),  # Pashto زرو, میلیونو: the oblique form
        ("million millions میلیون ملیون میلیونه ملیونه میلیونو ملیونو مليون ملايين", 6),
        ("billion billions میلیارد ملیارد میلیارده میلیاردو مليار مليارات", 9),
    )
    for word in _words(words)
}
# Arabic duals: مليونان ونصف = two and a half million
_DUALS = {
    normalize(word): 2 * 10**power
    for words, power in (("ألفان ألفين", 3), ("مليونان مليونين", 6), ("ملياران مليارين", 9))
    for word in _words(words)
}
# Fractions of a multiplier written in words, and the small numbers written before them (one and a half,
# یک و نیم, یو نیم). Only in these phrases are they numbers: نه is also "not", نیم also "half an hour".
_HALF, _QUARTER = Fraction(1, 2), Fraction(1, 4)
_FRACTIONS = {"half": _HALF, "quarter": _QUARTER, "نیم": _HALF, "نصف": _HALF, "ربع": _QUARTER}
_JOINED_FRACTIONS = {normalize("ونصف"): _HALF, normalize("وربع"): _QUARTER}  # مليون ونصف
_SMALL_NUMBERS = {
    normalize(word): value
    for words in (
        "_ one two three four five six seven eight nine ten",
        "_ یک دو سه چهار پنج شش هفت هشت نه ده",
        "_ یو دوه درې څلور پنځه شپږ اووه اته نهه لس",
        "_ واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة",
    )
    for value, word in enumerate(_words(words))
    if word != "_"
}


# Words a number may start with (digits aside)
_STARTERS = frozenset(NUMBER_WORDS) | set(_FRACTIONS) | set(_MULTIPLIERS) | set(_DUALS) | set(_SMALL_NUMBERS)


def number_value(word: str) -> str | None:
    """The canonical number a word states (``2,500`` → ``2500``, ``sixteen`` → ``16``), or None."""
    if is_number(word):
        return canonical_number(word)
    return NUMBER_WORDS.get(word)


def fold_numbers(words: Sequence[str], keep_parts: bool = False) -> list[str]:
    """The numbers ``words`` state, a number and its multiplier word read as one value (۸۰ هزار → 80000).

    ``keep_parts``: also keep the number before a multiplier (a page is searched for either form).
    """
    found: list[str] = []
    for start, end, value in number_spans(words):
        found.append(value)
        part = number_value(words[start]) if keep_parts and end - start == 2 else None
        if part is not None and words[end - 1] in _MULTIPLIERS:
            found.append(part)
    return found


def number_spans(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """Each number of ``words`` as (first word, end word, value); a multiplier word belongs to its number,
    and a fraction phrase (half a million, دو و نیم میلیون, مليون ونصف) is one number."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        if not (words[i][:1].isdigit() or words[i] in _STARTERS or words[i].endswith("ونیم")):
            i += 1  # most words: neither a number nor the start of one
            continue
        fraction = _fraction_at(words, i)
        if fraction is not None:
            found.append((i, *fraction))
            i = fraction[0]
            continue
        value = number_value(words[i])
        if (
            value is None
            and words[i] in _SMALL_NUMBERS
            and i + 1 < len(words)
            and words[i + 1] in _MULTIPLIERS
        ):
            value = str(
                _SMALL_NUMBERS[words[i]]
            )  # شپږ زره, شش هزار, ستة آلاف: a word number before a multiplier
        if value is not None:
            multiplier = _MULTIPLIERS.get(words[i + 1]) if i + 1 < len(words) else None
            if multiplier is not None and _PLAIN.fullmatch(value):
                found.append((i, i + 2, _scaled(value, multiplier)))
                i += 1
            else:
                found.append((i, i + 1, value))
        i += 1
    return found


def _fraction_at(words: Sequence[str], i: int) -> tuple[int, str] | None:
    """A number written with a fraction word that starts at words[i]: (end word, value), or None."""
    word = words[i]
    nxt = [*words[i + 1 : i + 5], "", "", "", "", ""]
    if word in _FRACTIONS:  # half a million, a quarter of a million, نیم میلیون, نصف مليون
        skip = 0
        while skip < 3 and nxt[skip] in {"a", "an", "of"}:
            skip += 1
        if nxt[skip] in _MULTIPLIERS:
            return i + skip + 2, _value(_FRACTIONS[word], _MULTIPLIERS[nxt[skip]])
        return None
    if nxt[0] in _JOINED_FRACTIONS and (word in _MULTIPLIERS or word in _DUALS):  # مليون ونصف, مليونان ونصف
        base, count = (_MULTIPLIERS[word], 1) if word in _MULTIPLIERS else (_DUALS[word] // 2, 2)
        return i + 2, _value(count + _JOINED_FRACTIONS[nxt[0]], base)
    if word.endswith("ونیم") and word[:-4] in _SMALL_NUMBERS and nxt[0] in _MULTIPLIERS:  # یک‌ونیم میلیون
        return i + 2, _value(_SMALL_NUMBERS[word[:-4]] + _HALF, _MULTIPLIERS[nxt[0]])
    whole = _whole(word)
    if whole is None:
        return None
    # one and a half million, دو و نیم میلیون, دوه نیم میلیونه, ۲ و نیم میلیون
    for connector in (("and", "a"), ("و",), ()):
        size = len(connector)
        if tuple(nxt[:size]) == connector and nxt[size] in _FRACTIONS and nxt[size + 1] in _MULTIPLIERS:
            return i + size + 3, _value(whole + _FRACTIONS[nxt[size]], _MULTIPLIERS[nxt[size + 1]])
    if nxt[0] in _MULTIPLIERS and nxt[1] in _JOINED_FRACTIONS:  # 3 ملايين ونصف
        return i + 3, _value(whole + _JOINED_FRACTIONS[nxt[1]], _MULTIPLIERS[nxt[0]])
    return None


def _whole(word: str) -> Fraction | None:
    """The whole number before a fraction phrase: digits, a small number word, or one joined to ونیم."""
    if _PLAIN.fullmatch(word):
        return Fraction(word)
    return Fraction(_SMALL_NUMBERS[word]) if word in _SMALL_NUMBERS else None


def _value(amount: Fraction, multiplier: int) -> str:
    scaled = amount * multiplier
    return str(scaled.numerator) if scaled.denominator == 1 else str(float(scaled))


def _scaled(value: str, multiplier: int) -> str:
    whole, _, fraction = value.partition(".")
    digits = int(whole + fraction) * multiplier
    return str(digits // 10 ** len(fraction)) if digits % 10 ** len(fraction) == 0 else value


def is_small_number_word(word: str) -> bool:
    """One to ten written as a word (two, دو, دوه…), which numbers.py reads only before a multiplier."""
    return word in _SMALL_NUMBERS


def is_year(number: str) -> bool:
    """A number that reads as a Gregorian or Hijri year (2016, 1403, 1351) rather than a count."""
    return len(number) == 4 and number.isdigit() and 1300 <= int(number) <= 2100


def numbers_of(words: Sequence[str]) -> set[str]:
    """Every number of a page's words, each multiplied form and its parts (for look-ups)."""
    return set(fold_numbers(words, keep_parts=True))


_YEAR_RANGE = re.compile(r"\b(1[89]|20)(\d\d)-(\d\d)\b")


def year_range_ends(key: str) -> dict[str, str]:
    """Short second years of ranges in ``key`` and what they stand for: "2018-19" → {"19": "2019"}."""
    return {short: century + short for century, _, short in _YEAR_RANGE.findall(key)}


# Words that may stand between a number and the noun it counts (12 new canals, ۱۲ نوي کانالونه, ۱۲ دیگر);
# any other word there is the noun itself (50 ألف لاجئ عادوا: the refugees, then what they did).
_BETWEEN_NUMBER_AND_NOUN = frozenset(
    normalize(w)
    for w in [
        "new",
        "more",
        "other",
        "additional",
        "further",
        "extra",
        "نوي",
        "نوې",
        "نور",
        "نورې",
        "نوی",
        "دیگر",
        "جدید",
        "جديد",
    ]
)


def is_multiplier(word: str) -> bool:
    """A word that multiplies the number before it (thousand, میلیونه, مليار): part of the number."""
    return word in _MULTIPLIERS


def is_number_modifier(word: str) -> bool:
    """A word that stands between a number and the noun it counts (12 new canals, ۱۲ کانال جدید)."""
    return word in _BETWEEN_NUMBER_AND_NOUN


def counts_at(words: Sequence[str], i: int) -> str | None:
    """The value of the number that ``words[i]`` follows as the noun it counts (1,214 civilians; 3.1 مليون
    طفل; 12 new canals), or None."""
    gap = 1 if i > 0 and words[i - 1] in _BETWEEN_NUMBER_AND_NOUN else 0
    offset = max(0, i - gap - 3)  # room for a number of two or three words (3.1 million)
    spans = number_spans(words[offset : i - gap])
    if spans and offset + spans[-1][1] == i - gap:
        return spans[-1][2]
    before = words[i - gap - 1] if i - gap > 0 else ""
    if _SMALL_NUMBERS.get(before, 1) > 1:  # سه بانک, three banks; "one" (یک, a) is also an article
        return str(_SMALL_NUMBERS[before])
    return None
