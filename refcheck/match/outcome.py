"""The outcome of matching one quotation or claim against one page, before it becomes a ClaimResult."""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.models import Difference, Verdict


@dataclass(frozen=True, slots=True)
class Outcome:
    verdict: Verdict
    score: float  # 0..1
    evidence: str | None  # the passage as the page wrote it
    differences: tuple[Difference, ...] = ()
    note: str = ""
