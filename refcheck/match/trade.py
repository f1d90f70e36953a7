"""The direction of trade: exports against imports, in English, Dari, Pashto and Arabic.

"Exports reached 1.2 billion dollars" and "imports reached 1.2 billion dollars" differ by one word and
state opposite facts, like rose and fell. Nouns and verbs are both read (صادرات, صادروي, تصدر; واردات,
واردوي, تستورد), with the Arabic conjunction و attached.
"""

from __future__ import annotations

from collections.abc import Iterable

from refcheck.text.normalize import normalize

_TRADE = {
    normalize(word): direction
    for words, direction in (
        (
            "export exports exported exporting exporter exporters صادرات صادراتی الصادرات صادر "
            "صادروي صادروی تصدر یصدر وتصدر ویصدر صدرت",
            "export",
        ),
        (
            "import imports imported importing importer importers واردات وارداتی الواردات وارد "
            "واردوي واردوی تستورد یستورد وتستورد ویستورد استوردت",
            "import",
        ),
    )
    for word in words.split()
}


def trade_direction(word: str) -> str | None:
    """ "export" or "import" for a word of trade, or None."""
    return _TRADE.get(word)


def trade_directions(words: Iterable[str]) -> set[str]:
    """The directions of trade the words state."""
    return {direction for word in words if (direction := _TRADE.get(word)) is not None}
