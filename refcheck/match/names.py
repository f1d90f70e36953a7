"""Person names across scripts: a crude consonant key that a Latin spelling and an Arabic-script one share.

``Suhail al-Shaheen`` and ``سهيل الشاهين`` both give the keys ``SHL XHN``: the article (al-, ال) and the
vowels (a e i o u, ا و ی ع) are dropped, and letters that transliterate alike fall into one class (ق ک k q c;
س ص s; ت ط t). A single word's key is too weak to anchor anything (three consonants match many words), so
names are compared as runs of two or three adjacent words, their keys joined (a writer may join or split
the parts: Abdul Qahar / عبدالقهار), and need five consonants or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from refcheck.match.facts import tokenize

MIN_KEY = 5  # consonants of a name of two or three words: fewer would match ordinary words

_LATIN_DIGRAPHS = (("sh", "X"), ("kh", "K"), ("gh", "G"), ("ch", "C"), ("zh", "Z"), ("ph", "F"), ("dh", "Z"))
_LATIN = dict(zip("bptjgkqcxdrzsfmnlh", "BBTJGKKKKDRZSFMNLH", strict=True))
_ARABIC = {
    **dict.fromkeys("بپ", "B"),
    **dict.fromkeys("تط", "T"),
    **dict.fromkeys("ثسص", "S"),
    "ج": "J",
    "چ": "C",
    **dict.fromkeys("حهة", "H"),
    "خ": "K",
    **dict.fromkeys("دض", "D"),
    **dict.fromkeys("ذزظژ", "Z"),
    "ر": "R",
    "ش": "X",
    **dict.fromkeys("غگ", "G"),
    "ف": "F",
    **dict.fromkeys("قکك", "K"),
    "ل": "L",
    "م": "M",
    "ن": "N",
}
# A capitalised Latin word, perhaps with its article (al-Shaheen), and what follows it up to the next word
_LATIN_WORD = re.compile(r"(?:\b(?:al|el|ul)[- ]|\b(?:ad|as|an|ar)-)?\b[A-Z][a-z]+\b")


def latin_key(word: str) -> str:
    """The consonant key of a Latin-script name word (``al-Shaheen`` → ``XHN``)."""
    word = re.sub(r"^(?:(?:al|el|ul)[- ]|(?:ad|as|an|ar)-)", "", word.casefold())
    for digraph, mark in _LATIN_DIGRAPHS:
        word = word.replace(digraph, mark)
    return _collapse("".join(_LATIN.get(c, c if c.isupper() else "") for c in word))


@lru_cache(maxsize=65536)
def arabic_key(word: str) -> str:
    """The consonant key of an Arabic-script word, without its article (``الشاهین`` → ``XHN``)."""
    for prefix in ("وال", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    return _collapse("".join(_ARABIC.get(c, "") for c in word))


def _collapse(key: str) -> str:
    # doubled letters (Mojaddedi, shadda lost), and a final h (Abdullah/عبدالله, Hamza/حمزة)
    key = re.sub(r"(.)\1+", r"\1", key)
    return key[:-1] if key.endswith("H") and len(key) > 2 else key


def latin_full_names(text: str) -> Iterator[tuple[str, str, int]]:
    """Each run of two or three capitalised words of ``text`` (a full name), its key and its offset.

    ("Suhail al-Shaheen", "SHLXHN", 42); "Abdul Qahar Balkhi" gives two two-word runs and one of three.
    """
    words = list(_LATIN_WORD.finditer(text))
    for i, first in enumerate(words):
        run = [first]
        for following in words[i + 1 : i + 3]:
            if not text[run[-1].end() : following.start()].isspace():
                break
            run.append(following)
            key = "".join(latin_key(m.group()) for m in run)
            if len(key) >= MIN_KEY:
                yield text[first.start() : following.end()], key, first.start()


@lru_cache(maxsize=16)
def arabic_full_names(key: str) -> dict[str, tuple[int, ...]]:
    """The keys of every run of two or three adjacent Arabic-script words of a key, with their offsets."""
    found: dict[str, list[int]] = {}
    tokens = [t for t in tokenize(key) if not t.text.isascii()]
    for i, first in enumerate(tokens):
        name = arabic_key(first.text)
        for j in range(i + 1, min(i + 3, len(tokens))):
            if not key[tokens[j - 1].end : tokens[j].start].isspace():
                break  # not adjacent (punctuation, a number or a Latin word between)
            name += arabic_key(tokens[j].text)
            if len(name) >= MIN_KEY:
                found.setdefault(name, []).append(first.start)
    return {name: tuple(at) for name, at in found.items()}
