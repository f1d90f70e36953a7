"""Time qualifiers: "this year", "last year", "next year" in English, Dari/Persian, Pashto and Arabic.

A passage of two or three sentences may state one figure for this year and another for last year; a claim
that says "this year" must take its number from the sentence that says so. The qualifiers are read from
normalized keys (refcheck.text.normalize), so امسال, سږکال, هذا العام and "since the start of the year" all
read as ``this_year``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from refcheck.match.index import SourceIndex
from refcheck.match.numbers import is_year
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize

THIS_YEAR, LAST_YEAR, NEXT_YEAR = "this year", "last year", "next year"

# Per time frame, its phrases (written as a person writes them; normalized when compiled).
_PHRASES = {
    THIS_YEAR: (
        "this year|so far this year|earlier this year|the current year|year to date|"
        "since the start of the year|since the beginning of the year|since the start of this year|"
        "since the beginning of this year|"
        "امسال|سال جاری|سال روان|از آغاز سال|از ابتدای سال|از شروع سال|از اول سال|"
        "سږکال|سږ کال|روان کال|د کال له پیل|"
        "هذا العام|هذه السنة|العام الحالي|العام الجاري|السنة الحالية|السنة الجارية|منذ بداية العام|"
        "منذ مطلع العام|منذ بداية السنة|منذ مطلع السنة|منذ بداية هذا العام|منذ مطلع هذا العام"
    ),
    LAST_YEAR: (
        "last year|a year earlier|a year ago|the year before|the previous year|the preceding year|"
        "پارسال|سال گذشته|سال قبل|سال پیش|سال پار|سال پیشین|"
        "پرون کال|پروسږکال|تېر کال|تیر کال|"
        "العام الماضي|السنة الماضية|العام السابق|السنة السابقة|العام المنصرم|العام الفائت"
    ),
    NEXT_YEAR: (
        "next year|the coming year|سال آینده|راتلونکي کال|"
        "العام المقبل|العام القادم|السنة المقبلة|السنة القادمة"
    ),
}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for frame, phrases in _PHRASES.items():
        keys = sorted({normalize(p) for p in phrases.split("|")}, key=len, reverse=True)
        alternatives = "|".join(_with_prefixes(k) for k in keys)
        compiled.append((frame, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")))
    return tuple(compiled)


# Words that make "سال گذشته" "the past N years" (سه سال گذشته, چند سال پیش): a count before the year
_COUNTS = frozenset(
    normalize(w) for w in re.findall(r"\S+", "دو سه چهار پنج شش هفت هشت نه ده چند two several few")
)


def _with_prefixes(key: str) -> str:
    # Arabic joins و، ف، ب، ك، ل to the article: بالعام الماضي, وفي العام, للعام (ل + العام)
    if not key.startswith("ال"):
        return re.escape(key)
    return rf"(?:[وف]?[بک]?{re.escape(key)}|[وف]?ل{re.escape(key[1:])})"


def frame_spans(key: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Each time qualifier of ``key[start:end]`` as (start, end, frame), key offsets."""
    stop = len(key) if end is None else end
    found = []
    for frame, pattern in _patterns():
        for m in pattern.finditer(key, start, stop):
            before = key[max(0, m.start() - 20) : m.start()].split()
            if before and (before[-1] in _COUNTS or before[-1][:1].isdigit()):
                continue
            found.append((m.start(), m.end(), frame))
    return found


def time_frames(key: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The time frames ``key[start:end]`` states (this year, last year, next year)."""
    return frozenset(frame for _, _, frame in frame_spans(key, start, end))


@dataclass(frozen=True, slots=True)
class Ties:
    """How a passage ties a claim's numbers to the claim's time frame."""

    conflicts: tuple[Difference, ...] = ()  # numbers the passage states only for another time frame
    untied: tuple[str, ...] = ()  # numbers the passage states without the claim's time frame


def tie_numbers(claim_key: str, numbers: Iterable[str], index: SourceIndex, first: int, last: int) -> Ties:
    """Whether sentences ``first..last`` state each of the claim's numbers (years aside) in a sentence that
    also states the claim's time frame. A number stated only in sentences of another time frame (the
    claim says this year, the sentence last year) is a conflict; one stated with no time frame is untied.
    """
    claimed = frame_spans(claim_key)
    frames = {frame for _, _, frame in claimed}
    if not frames:
        return Ties()
    conflicts: list[Difference] = []
    untied: list[str] = []
    for number in sorted(n for n in numbers if not is_year(n)):
        holding = [s for s in index.sentences[first : last + 1] if number in s.numbers]
        stated = [frame_spans(index.key, s.start, s.end) for s in holding]
        if not holding or any(frames & {frame for _, _, frame in spans} for spans in stated):
            continue
        if all(stated):
            start, end, _ = stated[0][0]
            claim_text = " / ".join(dict.fromkeys(claim_key[a:b] for a, b, _ in claimed))
            conflicts.append(Difference(DifferenceKind.DATE, claim_text, index.evidence(start, end)))
        else:
            untied.append(number)
    return Ties(tuple(conflicts), tuple(untied))
