"""Field labels of reference entries in four languages, found tolerantly.

Labels are matched on normalized keys (letter forms, ZWNJ, digits folded), and long labels also with a
small edit distance, so common typos still count: the example report writes "د نشر نپته" for
"د نشر نیته".
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from refcheck.text.normalize import Normalized, normalize, normalize_with_map


class LabelKind(enum.Enum):
    LINK = "link"
    DATE = "date"  # the publication date
    ACCESSED = "accessed"  # the date the author read the page: not the reference's date


_LABELS: dict[LabelKind, tuple[str, ...]] = {
    LabelKind.LINK: (
        "available at",
        "available from",
        "available online at",
        "available online",
        "retrieved from",
        "online at",
        "url",
        "link",
        "web link",
        "accessible at",
        "د لاس رسي لینک",
        "د لاسرسي لینک",
        "د لاس رسۍ لینک",
        "د لاسرسۍ لینک",
        "د لاس رسی لینک",
        "لاسرسی",
        "لینک",
        "لینک دسترسی",
        "پیوند",
        "نشانی",
        "نشانی اینترنتی",
        "آدرس",
        "قابل دسترس در",
        "دسترسی در",
        "رابط",
        "الرابط",
        "متاح على",
        "متوفر على",
        "متاح عبر",
        "على الرابط",
    ),
    LabelKind.DATE: (
        "published date",
        "publication date",
        "date published",
        "date of publication",
        "published on",
        "published",
        "date",
        "dated",
        "د نشر نیته",
        "د نشر نېټه",
        "د خپرېدو نېټه",
        "د خپریدو نیټه",
        "د خپرولو نېټه",
        "نېټه",
        "نیټه",
        "تاریخ نشر",
        "تاریخ انتشار",
        "تاریخ",
        "منتشر شده در",
        "انتشار",
        "تاریخ النشر",
        "نشر في",
        "بتاریخ",
        "تاریخ الاصدار",
    ),
    LabelKind.ACCESSED: (
        "accessed",
        "accessed on",
        "last accessed",
        "retrieved on",
        "viewed on",
        "date accessed",
        "تاریخ دسترسی",
        "تاریخ مراجعه",
        "د کتلو نېټه",
        "تاریخ الوصول",
        "تمت الزیارة",
    ),
}


@dataclass(frozen=True, slots=True)
class _Label:
    kind: LabelKind
    words: tuple[str, ...]
    key: str


_COMPILED: tuple[_Label, ...] = tuple(
    sorted(
        (
            _Label(kind, tuple(normalize(text).split()), normalize(text))
            for kind, texts in _LABELS.items()
            for text in texts
        ),
        key=lambda label: -len(label.key),
    )
)


@dataclass(frozen=True, slots=True)
class LabelHit:
    kind: LabelKind
    start: int  # offsets in the original text
    end: int  # just past the label and its colon


_WORD = re.compile(r"[^\s,،:;؛()\[\]]+")


def find_labels(text: str) -> list[LabelHit]:
    """Every field label in ``text``, longest first where they overlap, in text order."""
    normalized = normalize_with_map(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(normalized.key)]
    taken: list[tuple[int, int]] = []
    hits: list[LabelHit] = []
    for label in _COMPILED:
        size = len(label.words)
        for index in range(len(words) - size + 1):
            window = words[index : index + size]
            start, end = window[0][0], window[-1][1]
            if any(start < stop and begin < end for begin, stop in taken):
                continue
            if not _same(" ".join(word for _, _, word in window), label.key):
                continue
            hit = _hit(label.kind, normalized, start, end, text)
            if len(label.key) >= _SHORT or text[hit.end - 1 : hit.end] in ":：":
                taken.append((start, end))
                hits.append(hit)
    return sorted(hits, key=lambda hit: hit.start)


_SHORT = 8  # a label shorter than this ("url", "link", "date") counts only when a colon follows it


def _same(candidate: str, label: str) -> bool:
    """Equal keys, or one edit apart for a label long enough that a typo cannot make another word."""
    if candidate == label:
        return True
    return len(label) >= _SHORT and Levenshtein.distance(candidate, label, score_cutoff=1) <= 1


def _hit(kind: LabelKind, normalized: Normalized, start: int, end: int, text: str) -> LabelHit:
    begin, finish = normalized.original_span(start, end)
    colon = re.match(r"\s*[:：]", text[finish:])
    return LabelHit(kind, begin, finish + (colon.end() if colon else 0))


def is_label_only(text: str) -> bool:
    """Whether ``text`` is nothing but a label (such a "value" carries no information)."""
    return normalize(text.strip(" :،,")) in {label.key for label in _COMPILED}
