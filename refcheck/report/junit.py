"""The JUnit XML output: one testsuite per report, one testcase per problem, reference link and claim result.

Severity, from the shared policy, decides each testcase: an error is a ``<failure>``; a warning is
``<skipped message=…>`` (not verified, not failed: CI dashboards show it apart from passes, where a
``<system-out>`` note would go unseen); information passes with a ``<system-out>`` note. Problems get
testcases too, so a ``missing_reference`` fails the suite like a dead link. A claim result is never
judged worse than the best result for the same quotation (a claim held by another reference holds).
Input errors become a suite of ``<error>`` testcases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from refcheck.models import ReportCheck, RunResult, Severity
from refcheck.report.policy import (
    claim_checks,
    link_message,
    link_severity,
    reference_checks,
    report_problems,
    result_message,
    result_severities,
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
        for problem in report_problems(report):
            where = f" line {problem.line}" if problem.line is not None else ""
            case = _case(suite, f"{path}.problems", f"{problem.code.value}{where}")
            _judge(case, problem.severity, problem.code.value, problem.message)
        for check in reference_checks(report):
            if check.link is None or self.show_parse_only:
                continue
            case = _case(suite, f"{path}.references", f"reference {check.reference.number} link")
            _judge(case, link_severity(check), check.link.status.value, link_message(check))
        for claim_check in [] if self.show_parse_only else claim_checks(report):
            claim = claim_check.claim
            severities = result_severities(claim_check)
            for result, severity in zip(claim_check.results, severities, strict=True):
                what = f"quote “{clip(result.quote, 60)}”" if result.quote is not None else "claim"
                markers = ",".join(map(str, claim.markers))
                name = f"line {claim.line} marker {markers} ref {result.reference}: {what}"
                case = _case(suite, f"{path}.claims", name)
                _judge(case, severity, result.verdict.value, result_message(result))
        return _counted(suite)


def _case(suite: ET.Element, classname: str, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=xml_text(classname), name=xml_text(name))


def _judge(case: ET.Element, severity: Severity | None, code: str, message: str) -> None:
    message = xml_text(message)
    if severity is Severity.ERROR:
        ET.SubElement(case, "failure", type=code, message=message).text = message
    elif severity is Severity.WARNING:
        ET.SubElement(case, "skipped", message=f"{code}: {message}")
    elif severity is Severity.INFO:
        ET.SubElement(case, "system-out").text = f"{code}: {message}"


def _counted(element: ET.Element) -> ET.Element:
    """Set tests/failures/errors/skipped on a testsuite (or testsuites) from the testcases below it."""
    cases = list(element.iter("testcase"))
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    element.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    element.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    return element
