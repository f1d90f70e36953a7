"""The outcome of matching one quotation or claim against one page, before it becomes a ClaimResult."""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.models import Difference, Verdict

# The end of every note of a candidate: refcheck shows the evidence, a person decides.
TO_CONFIRM = ": for a person to confirm"


@dataclass(frozen=True, slots=True)
class Outcome:
    verdict: Verdict
    score: float  # 0..1
    evidence: str | None  # the passage as the page wrote it
    differences: tuple[Difference, ...] = ()
    note: str = ""
