"""Offline language identification that knows Pashto, with Arabic-script text settled among fa/ps/ar/ur.

The classifier is py3langid (its model ships in the wheel; research §4c found it labels Pashto
correctly where lingua cannot). It reads the raw text: refcheck's normalization unifies ي/ی and ك/ک,
which is the very evidence that tells Arabic from Persian (a normalized Arabic sentence comes out
"fa"), so nothing is normalized first. On top of it:

* Arabic-script text (at least 40% of the letters; Latin outlet names are common in Persian
  entries) is classified among Persian, Pashto, Arabic and Urdu only, on its Arabic-script part.
  Dari and Iranian Persian are both "fa".
* The letters only Pashto writes (ښ ږ ځ څ ګ ړ ډ ټ ڼ ې ۍ) decide for "ps" when there are at least
  two of them and they make up at least 2% of the Arabic-script letters: one such letter can be a
  Pashto label inside a Persian entry.
* Latin-script text (at least half of the letters) is classified among the Latin-script languages a
  Weekly Analysis cites (``LATIN_SCRIPT_LANGUAGES``), URLs left out, and "en" is preferred: another
  language must be clearly ahead (``_latin_language``). Names-heavy English (an outlet, a person, a
  place and a title: "Eurasianet, Qosh Tepa canal alarms Uzbekistan") would otherwise come out
  Uzbek or Indonesian. A text the classifier is sure is in another Latin-script language (Uzbek,
  say) gives None rather than a wrong answer.
* Labels that are not ISO 639-1 codes are dropped (py3langid also knows e.g. "pcm", which takes a
  share of any English), Arabic dialect labels counted as "ar".
* Too little text (fewer than three words) gives None, and so does a guess that is not clearly
  ahead (``_decide``): a list of place names has no language.

Only the first ``_SAMPLE`` characters of a long text are read. The model (about 0.5 s to load) is
read on the first call and kept; importing this module loads nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from refcheck.text.scripts import script_counts

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

PASHTO_LETTERS = frozenset("ښږځڅګړډټڼېۍ")
ARABIC_SCRIPT_LANGUAGES = ("fa", "ps", "ar", "ur")
LATIN_SCRIPT_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "pl", "sv")
_ARABIC_SHARE = 0.4
_LATIN_SHARE = 0.5
_SURE = 0.9  # a share that is clearly ahead whatever the other evidence
_AHEAD = 0.6  # enough for another language than English when the text has no English word
# Words only English has among LATIN_SCRIPT_LANGUAGES ("in", "of", "was", "will", "over" are Dutch
# or German words too, "to" and "by" Polish ones).
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "its",
        "has",
        "have",
        "were",
        "are",
        "been",
        "who",
        "what",
        "why",
        "how",
        "about",
        "after",
        "amid",
        "into",
        "says",
        "said",
        "new",
        "published",
        "accessed",
        "retrieved",
        "available",
        # month names the other languages of the list spell differently
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "october",
    ]
)
_PASHTO_SHARE = 0.02
_MIN_WORDS = 3
_MIN_SHARE = 0.2
_MIN_LEAD = 2.0
_SAMPLE = 50_000  # characters read of a long text (a whole page classifies in ~30 ms per 100k)
# py3langid labels that are not ISO 639-1 codes, as the 639-1 code of their macrolanguage.
_ALIASES = {
    "ary": "ar",
    "arz": "ar",
    "uzs": "uz",
    "sdh": "ku",
    "wuu": "zh",
    "yue": "zh",
    "gug": "gn",
    "hbo": "he",
}
_PASHTO_LETTER = re.compile(f"[{''.join(sorted(PASHTO_LETTERS))}]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_NOT_ARABIC_SCRIPT = re.compile(
    r"[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\s]+"
)


@functools.cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _iso(label: str) -> str | None:
    label = _ALIASES.get(label, label)
    return label if len(label) == 2 else None


def _scores(text: str, among: tuple[str, ...] | None = None) -> dict[str, float]:
    """The classifier's probabilities per ISO 639-1 code (optionally only ``among``), summing to 1."""
    return _shares(_identifier().rank(text), among)


def _shares(ranking: list[tuple[str, float]], among: tuple[str, ...] | None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for label, score in ranking:
        language = _iso(label)
        if language is not None and (among is None or language in among):
            scores[language] = scores.get(language, 0.0) + score
    total = sum(scores.values())
    return {language: score / total for language, score in scores.items()} if total else {}


def _decide(scores: dict[str, float]) -> str | None:
    """The best language when it is clearly the best: at least ``_MIN_SHARE`` and ``_MIN_LEAD`` times
    the runner-up (names-heavy English such as an outlet and a title scores low, but far ahead)."""
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked:
        return None
    best, share = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if share >= _MIN_SHARE and share >= _MIN_LEAD * runner_up else None


def _arabic_script_language(text: str, pashto_letters: int, arabic_letters: int) -> str | None:
    if pashto_letters >= 2 and pashto_letters >= _PASHTO_SHARE * arabic_letters:
        return "ps"
    arabic_part = " ".join(_NOT_ARABIC_SCRIPT.sub(" ", text).split())
    return _decide(_scores(arabic_part, ARABIC_SCRIPT_LANGUAGES))


def _latin_language(text: str) -> str | None:
    """The language of mostly Latin-script text, among ``LATIN_SCRIPT_LANGUAGES``, "en" first.

    Another language wins only when clearly ahead of English: a share of ``_SURE``, or of ``_AHEAD``
    when the text holds no English word and is running text (a quarter of its words in lower case).
    Otherwise "en" when English is the best, or the text has an English word or is running text;
    None for a list of names ("Kabul Kandahar Herat").
    """
    text = _URL.sub(" ", text)
    words = _WORD.findall(text)
    english = any(word.lower() in _ENGLISH_WORDS for word in words)
    ranking = _identifier().rank(text)
    everything = _shares(ranking, None)
    top = max(everything, key=everything.__getitem__, default=None)
    if top is not None and top not in LATIN_SCRIPT_LANGUAGES and everything[top] >= _SURE and not english:
        return None  # surely another Latin-script language (Uzbek, say): no guess from the list
    scores = _shares(ranking, LATIN_SCRIPT_LANGUAGES)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if best == "en":
        return "en"
    lower = sum(1 for word in words if word.islower())
    running_text = lower >= 2 and 4 * lower >= len(words)  # not a list of names with a word in it
    needed = _AHEAD if running_text and not english else _SURE
    if scores[best] >= needed and scores[best] >= _MIN_LEAD * scores.get("en", 0.0):
        return best
    return "en" if english or running_text else None


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text`` ("en", "fa", "ps", "ar", "ur", ...), or None when
    the text is too short or the guess is unsure. Offline; see the module docstring."""
    text = text[:_SAMPLE]
    if sum(1 for _ in itertools.islice(_WORD.finditer(text), _MIN_WORDS)) < _MIN_WORDS:
        return None
    counts = script_counts(text)
    letters = sum(counts.values())
    arabic_letters = counts.get("arabic", 0)
    if arabic_letters >= _ARABIC_SHARE * letters:
        pashto_letters = len(_PASHTO_LETTER.findall(text))
        return _arabic_script_language(text, pashto_letters, arabic_letters)
    if counts.get("latin", 0) >= _LATIN_SHARE * letters:
        return _latin_language(text)
    return _decide(_scores(text))
