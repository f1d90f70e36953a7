"""Messages show text as written, in typographic quotes: no Python repr, no `\\u200c` (trial finding 7)."""

from __future__ import annotations

import dataclasses

import pytest

from refcheck.models import (
    Claim,
    ClaimCheck,
    ClaimResult,
    Difference,
    DifferenceKind,
    Quote,
    ReportCheck,
    RunResult,
    Verdict,
)
from refcheck.report import render
from refcheck.report.policy import quoted, result_message

NEGATED = "وزارت گفت این کار انجام نمی‌شود"  # holds a ZWNJ, as almost every Persian verb does
RESULT = ClaimResult(
    1,
    Verdict.MISMATCH,
    NEGATED,
    0.9,
    "وزارت گفت این کار انجام می‌شود",
    (Difference(DifferenceKind.NEGATION, "نمی‌شود", "می‌شود"), Difference(DifferenceKind.NUMBER, "", "۳")),
)


def test_a_difference_keeps_its_zwnj_and_uses_typographic_quotes() -> None:
    message = result_message(RESULT)
    assert "negation “نمی‌شود” vs “می‌شود”" in message
    assert "number ∅ vs “۳”" in message
    assert f"quote “{NEGATED}”" in message
    assert "\\u200c" not in message and "'" not in message


def test_quoted_folds_whitespace_but_keeps_invisible_marks() -> None:
    assert quoted("a\n b\u200cc") == "“a b\u200cc”"
    assert quoted("  ") == "∅"


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "junit", "github"])
def test_no_escaped_zwnj_in_any_format(fmt: str, report: ReportCheck) -> None:
    claim = Claim((1,), 20, f"«{NEGATED}»", f"«{NEGATED}»", (Quote(NEGATED, 20),))
    changed = dataclasses.replace(report, claims=(*report.claims, ClaimCheck(claim, (RESULT,))))
    output = render(RunResult(reports=(changed,)), fmt, width=200)
    assert "\\u200c" not in output and "u200c" not in output
    assert "می\u200cشود" in output
