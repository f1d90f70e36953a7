"""The regular expressions of ``refcheck.text.dates``, each compiled once at import.

A month expression is one month name of up to three words, or two names of the same month joined by
``/``, a dash or parentheses (``حزيران/يونيو``, ``حزيران (يونيو)``); the reader checks that both name
the same month. Between a month and its year a word for "year" may stand (``سال``, ``کال``, ``عام``,
``سنة``, ``year``) or the Pashto ``د`` ("of"); these words never count as part of a month name.
"""

from __future__ import annotations

import re

DIGIT = "[0-9۰-۹٠-٩]"
LETTER = r"[^\W\d_]"
_MARK = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d\u0640]"  # diacritics, ZWNJ, tatweel
_WORD = rf"{LETTER}(?:{LETTER}|{_MARK}|['’ʼ-](?={LETTER}))*['’ʼ]?"
_SPACE = r"[^\S\n]"
# Words that stand between a month and its year, or between a day and its month (Pashto د, "of").
YEAR_WORDS = ("سال", "کال", "كال", "عام", "سنة", "year", "د")
_YEAR_WORD = rf"(?:{'|'.join(YEAR_WORDS)})(?!{LETTER})"
_NOT_A_MONTH_WORD = rf"(?!(?:{'|'.join(YEAR_WORDS)}|of|په)(?!{LETTER}))"
_MONTH = rf"{_WORD}(?:{_SPACE}+{_NOT_A_MONTH_WORD}{_WORD}){{0,2}}"  # ذو الحجة, Dhu al Hijjah
# The second name of a pair; "pe" is the closing parenthesis, part of the expression.
_PAIRED = rf"(?:{_SPACE}*(?:/|[–—-]|\(){_SPACE}*(?P<m2>{_MONTH})(?P<pe>{_SPACE}*\))?)?"
MONTH_EXPRESSION = rf"(?P<m>{_MONTH}){_PAIRED}"
WORD_START = rf"(?<!{LETTER})(?<!{_MARK})"
NUMBER_START = r"(?<!\d)(?<!\d[/.\-,٫٬])(?<!/)"  # not inside a number, a number list or a URL path
NUMBER_END = r"(?!\d)(?![/.\-,٫٬]\d)(?!/)"
# Latin ordinals, and the Pashto (۱۵مه, ۱۵م) and Persian (۱۵ام) ones written onto the number.
ORDINAL = rf"(?:(?:st|nd|rd|th|مه|ام|م|ه)(?!{LETTER}))?"
_YEAR = rf"(?P<y>{DIGIT}{{4}}){NUMBER_END}"
_BEFORE_YEAR = rf"(?:{_YEAR_WORD}{_SPACE}+)?"
_SECOND_DAY = rf"(?:\s*(?:[–—-]|and|&|و)\s*(?P<d2>{DIGIT}{{1,2}})(?!\d){ORDINAL})?"

NUMERIC_DMY = re.compile(
    rf"{NUMBER_START}(?P<d>{DIGIT}{{1,2}})[^\S\n]*(?P<s>[/.\-])[^\S\n]*(?P<m>{DIGIT}{{1,2}})"
    rf"[^\S\n]*(?P=s)[^\S\n]*{_YEAR}"
)
NUMERIC_YMD = re.compile(
    rf"{NUMBER_START}(?P<y>{DIGIT}{{4}})[^\S\n]*(?P<s>[/.\-])[^\S\n]*(?P<m>{DIGIT}{{1,2}})"
    rf"[^\S\n]*(?P=s)[^\S\n]*(?P<d>{DIGIT}{{1,2}}){NUMBER_END}"
)
NUMERIC_SPACED = re.compile(  # parse_date only: "06 08 2021"
    rf"{NUMBER_START}(?P<d>{DIGIT}{{1,2}})[^\S\n]+(?P<m>{DIGIT}{{1,2}})[^\S\n]+{_YEAR}"
)
DAY_MONTH_YEAR = re.compile(
    rf"{NUMBER_START}(?P<d>{DIGIT}{{1,2}})(?!\d){ORDINAL}{_SECOND_DAY}(?:\s+(?:of|د))?"
    rf"(?:\s*[/.\-]\s*|\s+){MONTH_EXPRESSION}\.?(?:(?:\s*[/.\-,،]\s*|\s+){_BEFORE_YEAR}{_YEAR})?"
)
MONTH_DAY_YEAR = re.compile(
    rf"{WORD_START}{MONTH_EXPRESSION}\.?[^\S\n]*(?P<d>{DIGIT}{{1,2}})(?!\d){ORDINAL}{_SECOND_DAY}"
    rf"(?:\s*[,،]?\s*{_BEFORE_YEAR}{_YEAR})?"
)
MONTH_YEAR = re.compile(rf"{WORD_START}{MONTH_EXPRESSION}\.?\s*[,،/\-]?\s*{_BEFORE_YEAR}{_YEAR}")
# Pashto's genitive form, from the year: (د) ۱۴۰۲ کال د وري ۱۵مه, د ۲۰۲۱ کال د اکتوبر په ۱۸مه.
_PASHTO_ERA = r"(?:(?:هجري|هجری)[^\S\n]+)?(?:لمریز|لمريز|شمسي|شمسی|قمري|قمری|میلادي|ميلادي|میلادی)"
GENITIVE = re.compile(
    rf"{NUMBER_START}{_YEAR}(?:{_SPACE}+{_PASHTO_ERA})?{_SPACE}+[کك]ال{_SPACE}+د{_SPACE}+"
    rf"(?P<m>{_MONTH}){_SPACE}+(?:په{_SPACE}+)?(?P<d>{DIGIT}{{1,2}})(?!\d){ORDINAL}"
)
GENITIVE_LEAD = re.compile(rf"(?<!{LETTER})د{_SPACE}+$")  # the د before the year, searched backwards
YEAR_ONLY = re.compile(rf"{NUMBER_START}{_YEAR}")
# then a marker, [a-z]? and ")"; not inside a URL path or query
YEAR_IN_PARENTHESES = re.compile(rf"(?<![/=?&#.])\({_SPACE}*{NUMBER_START}{_YEAR}")
CLOSING = re.compile(rf"{_SPACE}*[a-z]?{_SPACE}*\)")
# The same words read backwards from a number, in the reversed text: the (up to three) words before it,
# after a word for "year" if there is one, and the words of a first month name before "/", "-" or "(".
_REVERSED_WORD = rf"['’ʼ]?(?:{LETTER}|{_MARK}|['’ʼ-](?={LETTER}))*{LETTER}"
_REVERSED_YEAR_WORD = rf"(?:{'|'.join(word[::-1] for word in YEAR_WORDS)}){_SPACE}+"
WORDS_BEFORE = re.compile(
    rf"{_SPACE}*(?:{_REVERSED_YEAR_WORD})?[,،/\-]?{_SPACE}*\.?\)?{_SPACE}*"
    rf"({_REVERSED_WORD}(?:{_SPACE}+{_REVERSED_WORD}){{0,2}})"
)
PAIR_BEFORE = re.compile(
    rf"{_SPACE}*(?:/|[–—-]|\(){_SPACE}*({_REVERSED_WORD}(?:{_SPACE}+{_REVERSED_WORD}){{0,2}})"
)
DIGIT_RUN = re.compile(r"\d+")
WORD_GAP = re.compile(r"\s+|['’ʼ]")  # where the last words of a run may begin (l'October)
# "month" right before an ambiguous month name makes it one: ماه اسد ۱۴۰۰, شهر رمضان ۱۴۴۴
MONTH_WORD_BEFORE = re.compile(r"(?:ماه|میاشت[یېي]?|شهر|month of)[\s\u200c]+$")
# After a day and month: a number, perhaps after a word for "year": then the context year is not used.
NUMBER_FOLLOWS = re.compile(rf"\s*[,،]?\s*{_BEFORE_YEAR}\d")
# A day number right before a month name, as DAY_MONTH_YEAR writes it (perhaps after "of", د, or a
# first month name of a pair).
DAY_BEFORE = re.compile(
    rf"(?<!\d){DIGIT}{{1,2}}{ORDINAL}(?:{_SPACE}*[/.\-]{_SPACE}*|{_SPACE}+)(?:(?:of|د){_SPACE}+)?"
    rf"(?:{_MONTH}{_SPACE}*(?:/|[–—-]|\(){_SPACE}*)?$"
)

_H = "ه\u0640*"  # heh, perhaps stretched with tatweel (هـ)
_GAP = r"[\s.\u200c/]*"
MARKER = re.compile(
    r"[^\S\n]*(?:"
    rf"(?P<solar>{_H}{_GAP}ش|هجر[یي]{_GAP}(?:شمس[یي]|خورشید[یي])|(?:ه{_GAP})?خورشید[یي]|شمس[یي]"
    r"|S\.?[^\S\n]?H\.?|ش)"
    rf"|(?P<lunar>{_H}{_GAP}ق|هجر[یي]{_GAP}قمر[یي]|قمر[یي]|A\.?[^\S\n]?H\.?|{_H}|ق)"
    rf"|(?P<hijri>هجر[یيى]ة?|هجري|هجریه)"
    r"|(?P<gregorian>م[یي]لاد[یي]ة?|م[یي]لاد[یي]|A\.?[^\S\n]?D\.?|C\.?[^\S\n]?E\.?|م)"
    rf")(?!{LETTER})"
)
