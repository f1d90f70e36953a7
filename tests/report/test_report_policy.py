"""The failure policy: severities of problems, links and claim verdicts, and the counts."""

from __future__ import annotations

import dataclasses

from refcheck.models import (
    Claim,
    ClaimCheck,
    ClaimResult,
    Document,
    LinkCheck,
    LinkStatus,
    Problem,
    ProblemCode,
    Reference,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
    Verdict,
)
from refcheck.report.policy import (
    count_errors,
    findings,
    link_severity,
    result_severities,
    sorted_findings,
    summary_line,
    tally,
    verdict_severity,
)

REF = Reference(number=1, line=5, text="x", url="https://example.org/a")


def _link(status: LinkStatus, accept: frozenset[str] = frozenset()) -> ReferenceCheck:
    return ReferenceCheck(dataclasses.replace(REF, accept=accept), LinkCheck(REF.url or "", status))


def test_counts_of_the_fixture(run: RunResult, expected: dict[str, int]) -> None:
    counts = tally(run)
    assert (counts.errors, counts.warnings, counts.info) == (expected["errors"], expected["warnings"], 1)
    assert count_errors(run) == 3
    assert summary_line(counts) == "3 errors, 4 warnings"


def test_findings_codes_and_lines(report: ReportCheck) -> None:
    found = {(f.code, f.severity, f.line, f.reference) for f in findings(report)}
    assert found == {
        ("missing_reference", Severity.ERROR, 40, 7),
        ("duplicate_reference", Severity.WARNING, 54, 3),
        ("not_found", Severity.ERROR, 52, 2),
        ("redirected", Severity.WARNING, 54, 3),
        ("skipped", Severity.INFO, 56, 4),
        ("unsupported", Severity.WARNING, 58, 5),
        ("candidate", Severity.WARNING, 14, 2),
        ("mismatch", Severity.ERROR, 16, 1),
    }


def test_messages_say_what_to_do(report: ReportCheck) -> None:
    by_code = {f.code: f.message for f in findings(report)}
    assert "https://example.org/new" in by_code["redirected"]
    assert "web.archive.org" in by_code["not_found"] and "HTTP 404" in by_code["not_found"]
    assert "“Five” vs “Six”" in by_code["mismatch"]


def test_sorted_errors_first(report: ReportCheck) -> None:
    severities = [f.severity for f in sorted_findings(findings(report))]
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index)
    assert severities[0] is Severity.ERROR and severities[-1] is Severity.INFO


def test_link_severities() -> None:
    assert link_severity(_link(LinkStatus.OK)) is None
    assert link_severity(ReferenceCheck(REF)) is None
    for status in (LinkStatus.NOT_FOUND, LinkStatus.SOFT_404, LinkStatus.DNS_ERROR, LinkStatus.REFUSED):
        assert link_severity(_link(status)) is Severity.ERROR
    for status in (LinkStatus.BLOCKED, LinkStatus.TIMEOUT, LinkStatus.REDIRECTED, LinkStatus.SERVER_ERROR):
        assert link_severity(_link(status)) is Severity.WARNING
    assert link_severity(_link(LinkStatus.SKIPPED)) is Severity.INFO


def test_accepted_status_is_not_an_error(document: Document) -> None:
    check = _link(LinkStatus.NOT_FOUND, accept=frozenset({"not_found"}))
    assert link_severity(check) is Severity.INFO
    clean = dataclasses.replace(document, problems=(), claims=())
    assert count_errors(RunResult((ReportCheck(clean, references=(check,)),))) == 0
    assert count_errors(RunResult((ReportCheck(clean, references=(_link(LinkStatus.NOT_FOUND),)),))) == 1


def test_an_accepted_http_code_is_not_an_error() -> None:
    reference = dataclasses.replace(REF, accept=frozenset({"404"}))
    check = ReferenceCheck(reference, LinkCheck(REF.url or "", LinkStatus.NOT_FOUND, http_status=404))
    assert link_severity(check) is Severity.INFO
    other = ReferenceCheck(reference, LinkCheck(REF.url or "", LinkStatus.NOT_FOUND, http_status=410))
    assert link_severity(other) is Severity.ERROR


def test_verdict_severities() -> None:
    assert {v for v in Verdict if verdict_severity(v) is Severity.INFO} == {
        Verdict.VERBATIM,
        Verdict.CLOSE,
        Verdict.SUPPORTED,
    }
    assert {v for v in Verdict if verdict_severity(v) is Severity.ERROR} == {
        Verdict.MISMATCH,
        Verdict.NOT_FOUND,
    }


def test_claim_held_by_another_reference_is_no_error(document: Document) -> None:
    claim = Claim((1, 2), 3, "x", "x")
    held = ClaimCheck(claim, (ClaimResult(1, Verdict.NOT_FOUND), ClaimResult(2, Verdict.VERBATIM)))
    assert result_severities(held) == [Severity.INFO, Severity.INFO]
    weak = ClaimCheck(claim, (ClaimResult(1, Verdict.MISMATCH), ClaimResult(2, Verdict.CANDIDATE)))
    assert result_severities(weak) == [Severity.WARNING, Severity.WARNING]
    failed = ClaimCheck(claim, (ClaimResult(1, Verdict.MISMATCH), ClaimResult(2, Verdict.NOT_FOUND)))
    assert result_severities(failed) == [Severity.ERROR, Severity.ERROR]
    report = ReportCheck(dataclasses.replace(document, problems=()), claims=(held, failed))
    assert [(f.code, f.line) for f in findings(report)] == [("mismatch", 3)]


def test_each_quote_is_judged_on_its_own() -> None:
    claim = Claim((1,), 3, "x", "x")
    check = ClaimCheck(
        claim, (ClaimResult(1, Verdict.VERBATIM, "a b c"), ClaimResult(1, Verdict.NOT_FOUND, "d e f"))
    )
    assert result_severities(check) == [Severity.INFO, Severity.ERROR]


def test_no_url_link_left_to_the_problem(document: Document) -> None:
    ref = Reference(number=4, line=9, text="no link")
    doc = dataclasses.replace(
        document, problems=(Problem(ProblemCode.NO_URL, Severity.ERROR, "no URL", 9, 4),)
    )
    report = ReportCheck(doc, references=(ReferenceCheck(ref, LinkCheck("", LinkStatus.NO_URL)),))
    assert [f.code for f in findings(report)] == ["no_url"]
    assert count_errors(RunResult((report,))) == 1


def test_document_problems_shown_once_and_parse_only_findings(
    parsed_run: RunResult, report: ReportCheck
) -> None:
    assert [f.code for f in findings(parsed_run.reports[0])] == ["missing_reference", "duplicate_reference"]
    assert sum(f.code == "missing_reference" for f in findings(report)) == 1
