"""A core that holds a quotation is not told twice: one changed word, one error; no warning around a
quotation found verbatim."""

from __future__ import annotations

from refcheck.models import Claim, ClaimCheck, ClaimResult, Document, Quote, ReportCheck, Severity, Verdict
from refcheck.report.policy import findings

QUOTE = "exports reached 2.9 billion dollars in 1402"
CORE = f"The ministry said «{QUOTE}»."


def _report(quote_verdict: Verdict, core_verdict: Verdict, core: str = CORE) -> ReportCheck:
    claim = Claim((1,), 15, core, core, (Quote(QUOTE, 15),))
    results = (ClaimResult(1, quote_verdict, QUOTE), ClaimResult(1, core_verdict))
    document = Document("r.md", (), (), (claim,), ())
    return ReportCheck(document, claims=(ClaimCheck(claim, results),))


def _codes(report: ReportCheck) -> list[tuple[Severity, str, bool]]:
    return [(f.severity, f.code, f.message.startswith("quote")) for f in findings(report)]


def test_a_changed_number_in_a_quotation_is_one_error() -> None:
    assert _codes(_report(Verdict.MISMATCH, Verdict.MISMATCH)) == [(Severity.ERROR, "mismatch", True)]
    assert _codes(_report(Verdict.MISMATCH, Verdict.NOT_FOUND)) == [(Severity.ERROR, "mismatch", True)]


def test_a_verbatim_quotation_needs_no_warning_for_its_attribution() -> None:
    assert _codes(_report(Verdict.VERBATIM, Verdict.CANDIDATE)) == []


def test_a_mismatched_quotation_is_not_also_a_candidate_warning() -> None:
    assert _codes(_report(Verdict.MISMATCH, Verdict.CANDIDATE)) == [(Severity.ERROR, "mismatch", True)]


def test_a_core_that_fails_around_a_verbatim_quotation_is_still_an_error() -> None:
    # the quotation is right, but the sentence around it says something the page does not
    assert _codes(_report(Verdict.VERBATIM, Verdict.MISMATCH)) == [(Severity.ERROR, "mismatch", False)]


def test_a_quotation_outside_the_core_does_not_hide_the_core() -> None:
    other_core = "Exports then fell by half."
    report = _report(Verdict.MISMATCH, Verdict.NOT_FOUND, core=other_core)
    assert sorted(_codes(report)) == [
        (Severity.ERROR, "mismatch", True),
        (Severity.ERROR, "not_found", False),
    ]
