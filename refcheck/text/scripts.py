"""Which writing systems a text uses, by counting its letters per Unicode script.

A reference entry of the Weekly Analysis often mixes scripts (an English outlet name, a Persian title,
a Pashto label), so ``script_mix`` lists every script present, most letters first. The script of a
letter is the first word of its Unicode name (``ARABIC LETTER BEH`` → "arabic"), with a few names
mapped to their script ("CJK" → "han"). Only letters count: digits, marks and punctuation belong to
no script here. Counting runs over the distinct characters of the text, so a long page costs one
``Counter`` pass.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

# First words of Unicode names that are not the script's usual name.
_SCRIPT_ALIASES = {"cjk": "han", "modifier": "", "fullwidth": "latin", "halfwidth": "", "mathematical": ""}
_RTL_CLASSES = frozenset({"R", "AL"})


@functools.lru_cache(maxsize=8192)
def letter_script(char: str) -> str:
    """The script of one character, "" when it is not a letter (or its script cannot be told)."""
    if not unicodedata.category(char).startswith("L"):
        return ""
    name = unicodedata.name(char, "")
    if not name:
        return ""
    first = name.split(" ", 1)[0].lower()
    return _SCRIPT_ALIASES.get(first, first)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` holds."""
    counts: Counter[str] = Counter()
    for char, count in Counter(text).items():
        script = letter_script(char)
        if script:
            counts[script] += count
    return counts


def script_mix(text: str) -> tuple[str, ...]:
    """The scripts present in ``text``, most letters first ("arabic", "latin", "cyrillic", ...)."""
    counts = script_counts(text)
    return tuple(sorted(counts, key=lambda script: (-counts[script], script)))


def is_rtl(text: str) -> bool:
    """Whether most of the letters of ``text`` are written right to left (Arabic script, Hebrew...)."""
    right = left = 0
    for char, count in Counter(text).items():
        if not unicodedata.category(char).startswith("L"):
            continue
        direction = unicodedata.bidirectional(char)
        if direction in _RTL_CLASSES:
            right += count
        elif direction == "L":
            left += count
    return right > left
