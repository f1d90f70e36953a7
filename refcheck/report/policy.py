"""The failure policy: what counts as an error, a warning or information, as one flat list of findings.

Every formatter that lists what is wrong (terminal, markdown, junit, github) and the CLI's exit code
use this module, so they always agree. The rules (DESIGN.md, "Severity and exit code"):

- a problem keeps the severity it was given;
- a link whose ``LinkStatus.is_error`` is an error unless the status is in ``reference.accept``
  (then information); ``ok`` is nothing; ``skipped`` is information; any other status a warning;
  ``no_url`` is left to the ``no_url`` problem when the report has one for that reference;
- claim results are grouped by what they check (one quotation, or the claim's core): the claim holds
  if any reference supports it, so the group is judged by its best-ranked result. Verified verdicts
  (verbatim, close, supported) are information, ``mismatch``/``not_found`` errors, the others warnings;
- a core that holds a quotation is not told twice: a ``candidate`` core around a quotation found
  verbatim, close or as a mismatch, and a failing core around a quotation that is a ``mismatch``, add no
  finding (their results stay in the JSON).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from refcheck.models import (
    Claim,
    ClaimCheck,
    ClaimResult,
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
from refcheck.text.display import quoted

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing worth telling about a report: a problem, a bad link or a claim that does not hold."""

    severity: Severity
    code: str  # a ProblemCode, LinkStatus or Verdict value, e.g. "missing_reference", "not_found"
    message: str
    line: int | None = None
    reference: int | None = None


@dataclass(frozen=True, slots=True)
class Tally:
    """How many findings of each severity a run has."""

    errors: int = 0
    warnings: int = 0
    info: int = 0


def report_problems(report: ReportCheck) -> tuple[Problem, ...]:
    """The document's problems and those found later, each once, in order."""
    return tuple(dict.fromkeys(report.document.problems + report.problems))


def reference_checks(report: ReportCheck) -> tuple[ReferenceCheck, ...]:
    """The checked references, or the parsed ones (without a link) when nothing was checked yet."""
    if report.references:
        return report.references
    return tuple(ReferenceCheck(reference=ref) for ref in report.document.references)


def claim_checks(report: ReportCheck) -> tuple[ClaimCheck, ...]:
    """The checked claims, or the parsed ones (without results) when nothing was checked yet."""
    if report.claims:
        return report.claims
    return tuple(ClaimCheck(claim=claim) for claim in report.document.claims)


def is_accepted(reference: Reference, link: LinkCheck) -> bool:
    """Whether references.yaml accepts this link's status (by name) or its HTTP code for the reference."""
    return link.status.value in reference.accept or str(link.http_status) in reference.accept


def link_severity(check: ReferenceCheck) -> Severity | None:
    """The severity of a reference's link status; None when there is nothing to tell."""
    link = check.link
    if link is None or link.status is LinkStatus.OK:
        return None
    if is_accepted(check.reference, link) or link.status is LinkStatus.SKIPPED:
        return Severity.INFO
    return Severity.ERROR if link.status.is_error else Severity.WARNING


def verdict_severity(verdict: Verdict) -> Severity:
    """Verified verdicts are information, mismatch and not_found errors, the rest warnings."""
    if verdict.is_verified:
        return Severity.INFO
    return Severity.ERROR if verdict.is_error else Severity.WARNING


def result_severities(check: ClaimCheck) -> list[Severity]:
    """Each result's severity, never worse than its group's best result (a claim held elsewhere holds)."""
    best = _best_by_group(check.results)
    severities = []
    for result in check.results:
        own = verdict_severity(result.verdict)
        group = verdict_severity(best[result.quote].verdict)
        severities.append(max(own, group, key=lambda s: SEVERITY_ORDER[s]))
    return severities


def findings(report: ReportCheck) -> list[Finding]:
    """Everything worth telling about one report, in document order: problems, links, claims."""
    found = [_problem_finding(p) for p in report_problems(report)]
    no_url_refs = {p.reference for p in report_problems(report) if p.code is ProblemCode.NO_URL}
    for check in reference_checks(report):
        finding = _link_finding(check, no_url_refs)
        if finding is not None:
            found.append(finding)
    for claim_check in claim_checks(report):
        found.extend(_claim_findings(claim_check))
    return found


def sorted_findings(found: Sequence[Finding]) -> list[Finding]:
    """Errors first, then warnings, then information; by line within each."""
    return sorted(found, key=lambda f: (SEVERITY_ORDER[f.severity], f.line or 0, f.reference or 0))


def tally(run: RunResult) -> Tally:
    """Counts of findings by severity over every report of the run."""
    counts = {severity: 0 for severity in Severity}
    for report in run.reports:
        for finding in findings(report):
            counts[finding.severity] += 1
    return Tally(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])


def count_errors(run: RunResult) -> int:
    """How many findings fail the default policy (exit code 1 when above zero)."""
    return tally(run).errors


def summary_line(counts: Tally) -> str:
    """ "2 errors, 5 warnings" (information is left out of the one-line summary)."""
    errors = f"{counts.errors} error" + ("" if counts.errors == 1 else "s")
    warnings = f"{counts.warnings} warning" + ("" if counts.warnings == 1 else "s")
    return f"{errors}, {warnings}"


def _problem_finding(problem: Problem) -> Finding:
    return Finding(problem.severity, problem.code.value, problem.message, problem.line, problem.reference)


def _link_finding(check: ReferenceCheck, no_url_refs: set[int | None]) -> Finding | None:
    severity = link_severity(check)
    link, ref = check.link, check.reference
    if severity is None or link is None:
        return None
    if link.status is LinkStatus.NO_URL and ref.number in no_url_refs:
        return None
    return Finding(severity, link.status.value, link_message(check), ref.line, ref.number)


def link_message(check: ReferenceCheck) -> str:
    """A one-line account of a link: status, HTTP code, where it went, the archived copy."""
    link, ref = check.link, check.reference
    if link is None:
        return f"reference {ref.number}: not checked"
    parts = [f"reference {ref.number}: link {link.status.value}"]
    if link.http_status is not None:
        parts[0] += f" (HTTP {link.http_status})"
    if link.url:
        parts.append(link.url)
    if link.status is LinkStatus.SKIPPED and ref.skip_reason:
        parts.append(f"skipped: {ref.skip_reason}")
    elif link.detail and link.detail != f"HTTP {link.http_status}":
        parts.append(link.detail)
    if link.status is LinkStatus.REDIRECTED and link.final_url:
        parts.append(f"cite the new URL {link.final_url}")
    if is_accepted(ref, link):
        parts.append("accepted in references.yaml")
    if link.dead_since:
        parts.append(f"failing since {link.dead_since}")
    if link.archive_url:
        parts.append(f"archived copy {link.archive_url}")
    return "; ".join(parts)


def _best_by_group(results: Sequence[ClaimResult]) -> dict[str | None, ClaimResult]:
    best: dict[str | None, ClaimResult] = {}
    for result in results:
        current = best.get(result.quote)
        if current is None or result.verdict.rank > current.verdict.rank:
            best[result.quote] = result
    return best


def _claim_findings(check: ClaimCheck) -> list[Finding]:
    found = []
    best = _best_by_group(check.results)
    for quote, result in best.items():
        severity = verdict_severity(result.verdict)
        if severity is Severity.INFO or (quote is None and _told_by_its_quotation(check, best)):
            continue
        line = result_line(check.claim, quote)
        found.append(Finding(severity, result.verdict.value, result_message(result), line, result.reference))
    return found


def result_line(claim: Claim, quote: str | None) -> int:
    """The line a result is told on: its quotation's, or the claim's for the core."""
    return next((q.line for q in claim.quotes if q.text == quote), claim.line)


def _told_by_its_quotation(check: ClaimCheck, best: dict[str | None, ClaimResult]) -> bool:
    """The core's finding says nothing its own quotation's result does not: the core is a ``candidate``
    around a quotation found verbatim, close or as a mismatch (the quotation's verdict is the finding), or
    it fails around a quotation that is a ``mismatch`` (one changed word, one error)."""
    core = " ".join(check.claim.core.split())
    verdicts = {
        best[q.text].verdict
        for q in check.claim.quotes
        if q.text in best and " ".join(q.text.split()) in core
    }
    own = best[None].verdict
    if own is Verdict.CANDIDATE:  # the quotation's own verdict, good or bad, says more than the core's
        return bool(verdicts & {Verdict.VERBATIM, Verdict.CLOSE, Verdict.MISMATCH})
    return own in {Verdict.MISMATCH, Verdict.NOT_FOUND} and Verdict.MISMATCH in verdicts


def result_message(result: ClaimResult) -> str:
    """A one-line account of a claim result: what was checked, against what, and why it failed."""
    what = f"quote {quoted(_clip(result.quote, 80))}" if result.quote is not None else "claim"
    where = f"reference {result.reference}" if result.reference is not None else "no reference"
    message = f"{what}: {result.verdict.value} in {where}"
    if result.score:
        message += f" (score {result.score:.2f})"
    diffs = [
        f"{d.kind.value} {quoted(d.claim)} vs {quoted(d.source)}"
        for d in result.differences
        if d.kind.breaks_quote
    ]
    if diffs:
        message += "; " + ", ".join(diffs)
    if result.note:
        message += f"; {result.note}"
    return message


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
