"""The JUnit XML output: one testsuite per report, one testcase per problem, reference link and claim result.

The shared policy's findings (``policy.findings``) decide the testcases, so the counts agree with the
summary, the exit code and every other format: an error is a ``<failure>``; a warning is
``<skipped message=…>`` (not verified, not failed: CI dashboards show it apart from passes, where a
``<system-out>`` note would go unseen); information passes with a ``<system-out>`` note. Problems get
testcases too, so a ``missing_reference`` fails the suite like a dead link. A result the policy does not
tell (a verified one; a core whose quotation already tells it; a reference other than the group's best)
passes with a note. Input errors become a suite of ``<error>`` testcases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from refcheck.models import LinkStatus, ReportCheck, RunResult, Severity
from refcheck.report.policy import (
    Finding,
    claim_checks,
    findings,
    link_message,
    reference_checks,
    report_problems,
    result_line,
    result_message,
)
from refcheck.report.shorten import clip

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class JunitFormatter:
    """Renders a run as a JUnit XML document (``<testsuites>``)."""

    show_parse_only: bool = False
    color: bool = False  # unused; every formatter takes the same options
    width: int | None = None  # unused

    def render(self, run: RunResult) -> str:
        root = ET.Element("testsuites", name="refcheck")
        for report in run.reports:
            root.append(self._suite(report))
        if run.input_errors:
            suite = ET.Element("testsuite", name="input")
            for i, error in enumerate(run.input_errors, 1):
                case = _case(suite, "input", f"input {i}: {clip(error, 100)}")
                ET.SubElement(case, "error", type="input_error", message=xml_text(error)).text = xml_text(
                    error
                )
            root.append(_counted(suite))
        _counted(root)
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

    def _suite(self, report: ReportCheck) -> ET.Element:
        path = report.document.path
        suite = ET.Element("testsuite", name=xml_text(path))
        pending = _Pending(findings(report))
        for problem in report_problems(report):
            where = f" line {problem.line}" if problem.line is not None else ""
            case = _case(suite, f"{path}.problems", f"{problem.code.value}{where}")
            told = pending.take(problem.code.value, problem.message, problem.line, problem.reference)
            _judge(case, told, problem.code.value, problem.message)
        for check in reference_checks(report):
            if check.link is None or self.show_parse_only:
                continue
            ref, status, message = check.reference, check.link.status.value, link_message(check)
            case = _case(suite, f"{path}.references", f"reference {ref.number} link")
            told = pending.take(status, message, ref.line, ref.number)
            _judge(case, told, status, None if check.link.status is LinkStatus.OK else message)
        for claim_check in [] if self.show_parse_only else claim_checks(report):
            claim = claim_check.claim
            for result in claim_check.results:
                what = f"quote “{clip(result.quote, 60)}”" if result.quote is not None else "claim"
                markers = ",".join(map(str, claim.markers))
                name = f"line {claim.line} marker {markers} ref {result.reference}: {what}"
                case = _case(suite, f"{path}.claims", name)
                line = result_line(claim, result.quote)
                verdict, message = result.verdict.value, result_message(result)
                _judge(case, pending.take(verdict, message, line, result.reference), verdict, message)
        for finding in pending.left():  # a finding no testcase above stands for still counts
            where = f" line {finding.line}" if finding.line is not None else ""
            _judge(_case(suite, f"{path}.findings", f"{finding.code}{where}"), finding, finding.code, "")
        return _counted(suite)


class _Pending:
    """The policy's findings for one report, each handed to the one testcase that stands for it, so the
    suite's failures and skips are exactly the policy's errors and warnings."""

    def __init__(self, found: list[Finding]) -> None:
        self._left: dict[tuple[str, str, int | None, int | None], list[Finding]] = {}
        for finding in found:
            key = (finding.code, finding.message, finding.line, finding.reference)
            self._left.setdefault(key, []).append(finding)

    def take(self, code: str, message: str, line: int | None, reference: int | None) -> Finding | None:
        waiting = self._left.get((code, message, line, reference))
        return waiting.pop(0) if waiting else None

    def left(self) -> list[Finding]:
        return [finding for waiting in self._left.values() for finding in waiting]


def _case(suite: ET.Element, classname: str, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=xml_text(classname), name=xml_text(name))


def _judge(case: ET.Element, told: Finding | None, code: str, message: str | None) -> None:
    """A failure for the policy's error, a skip for its warning, a note for its information or for a
    result it does not tell (verified, or already told by another result); a plain pass otherwise."""
    message = xml_text(told.message if told else message or "")
    if told is not None and told.severity is Severity.ERROR:
        ET.SubElement(case, "failure", type=code, message=message).text = message
    elif told is not None and told.severity is Severity.WARNING:
        ET.SubElement(case, "skipped", message=f"{code}: {message}")
    elif told is not None or message:
        ET.SubElement(case, "system-out").text = f"{code}: {message}"


def _counted(element: ET.Element) -> ET.Element:
    """Set tests/failures/errors/skipped on a testsuite (or testsuites) from the testcases below it."""
    cases = list(element.iter("testcase"))
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    element.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    element.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    return element
