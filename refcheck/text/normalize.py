"""The one normalization used for matching keys, with a map back to the original text.

Both sides of every comparison (labels, titles, quotations, pages) go through ``normalize`` so that
they are folded identically. The key is for comparing only; what refcheck shows is always the
original text, found again through ``Normalized.original_span``.

What it does, character by character: NFKC (presentation forms, superscripts), case folding,
Arabic and Persian letter forms unified (ك→ک, ي/ى→ی, ة/ۀ/ە→ه, أ/إ/آ/ٱ→ا), diacritics,
tatweel, bidi marks and zero-width characters (ZWNJ included) removed, digits of every script folded
to ASCII, quotes and dashes unified, Arabic punctuation to ASCII, whitespace runs folded to one space.
The Pashto letters (ښ ږ ځ څ ګ ړ ډ ټ ڼ ې ۍ) are kept: general-purpose Persian normalizers destroy them.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass

# Letters folded to one form. Pashto letters are deliberately absent.
_LETTERS = {
    "ك": "ک",  # Arabic kaf → Persian keheh
    "ڪ": "ک",
    "ي": "ی",  # Arabic yeh → Persian yeh
    "ى": "ی",  # alef maksura
    "ة": "ه",  # teh marbuta
    "ۀ": "ه",  # heh with yeh above
    "ە": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
}
_PUNCTUATION = {
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "〝": '"',
    "〞": '"',
    "＂": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "﹘": "-",
    "﹣": "-",
    "－": "-",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "٬": ",",
    "۔": ".",
    "…": "...",
}
# Marks removed outright: tatweel, bidi controls, zero-width characters (ZWNJ included), BOM.
_REMOVED = frozenset(
    "\u0640\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
SPACE = " "


def _is_arabic_mark(char: str) -> bool:
    code = ord(char)
    return 0x064B <= code <= 0x065F or code == 0x0670 or 0x06D6 <= code <= 0x06ED


def fold_char(char: str) -> str:
    """The normalized form of one character: "" when it is dropped, " " for any whitespace."""
    if char in _REMOVED or _is_arabic_mark(char):
        return ""
    if char.isspace():
        return SPACE
    if char in _LETTERS:
        return _LETTERS[char]
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    folded = unicodedata.normalize("NFKC", char)
    if folded != char:  # e.g. a presentation form or a superscript: fold what it became
        return "".join(fold_char(part) for part in folded)
    if unicodedata.category(char) == "Mn" and not _keeps_mark(char):
        return ""
    return char.casefold()


def _keeps_mark(char: str) -> bool:
    # Combining marks of Latin text (accents) are dropped; marks of scripts that need them to spell
    # (Devanagari vowel signs etc.) are kept.
    return not (0x0300 <= ord(char) <= 0x036F)


_FOLD_CACHE: dict[str, str] = {}


def _fold_cached(char: str) -> str:
    folded = _FOLD_CACHE.get(char)
    if folded is None:
        folded = _FOLD_CACHE[char] = fold_char(char)
    return folded


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching key and, for each of its characters, where it came from in the original."""

    original: str
    key: str
    starts: array[int]  # starts[i]: index in `original` of the character that produced key[i]
    ends: array[int]  # ends[i]: index just past it

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced key[start:end] (end exclusive, end > start)."""
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        begin, finish = self.original_span(start, end)
        return self.original[begin:finish]


def normalize_with_map(text: str) -> Normalized:
    """Normalize ``text`` and keep, for each key character, its span in the original."""
    pieces: list[str] = []
    starts = array("i")
    ends = array("i")
    space_at = -1  # index of a whitespace run's first character, waiting for the next word
    for index, char in enumerate(text):
        folded = _fold_cached(char)
        if not folded:
            continue
        if folded == SPACE:
            if pieces and space_at < 0:
                space_at = index
            continue
        if space_at >= 0:
            pieces.append(SPACE)
            starts.append(space_at)
            ends.append(space_at + 1)
            space_at = -1
        for piece in folded:
            pieces.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return Normalized(text, "".join(pieces), starts, ends)


def normalize(text: str) -> str:
    """The matching key of ``text`` (see the module docstring)."""
    folded = "".join(_fold_cached(char) for char in text)
    return " ".join(folded.split())


def despace(key: str) -> str:
    """A key with every space removed: absorbs می‌شود / می شود / میشود and split compounds."""
    return key.replace(SPACE, "")


def fold_digits(text: str) -> str:
    """Digits of every script as ASCII digits; nothing else changes."""
    return "".join(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in text)
