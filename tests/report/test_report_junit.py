"""The JUnit XML output, parsed back with xml.etree."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from refcheck.models import ReportCheck, RunResult
from refcheck.report import render
from refcheck.report.policy import count_errors


def _root(run: RunResult, **options: bool) -> ET.Element:
    return ET.fromstring(render(run, "junit", **options).encode("utf-8"))


def test_one_suite_per_report_with_counts(run: RunResult, report: ReportCheck) -> None:
    second = dataclasses.replace(report, document=dataclasses.replace(report.document, path="reports/b.md"))
    root = _root(dataclasses.replace(run, reports=(report, second)))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["reports/weekly-analysis-420.txt", "reports/b.md"]
    suite = suites[0]
    cases = suite.findall("testcase")
    # 2 problems + 5 reference links + 6 claim results
    assert len(cases) == 13 == int(suite.get("tests"))
    assert int(suite.get("failures")) == count_errors(run) == 3
    assert int(suite.get("skipped")) == 4
    assert int(root.get("failures")) == 6 and int(root.get("tests")) == 26


def test_failures_warnings_and_information(run: RunResult) -> None:
    cases = {c.get("name"): c for c in _root(run).iter("testcase")}
    failure = cases["reference 2 link"].find("failure")
    assert failure is not None and failure.get("type") == "not_found"
    assert "web.archive.org" in failure.get("message")
    assert cases["missing_reference line 40"].find("failure") is not None
    assert cases["reference 3 link"].find("skipped").get("message").startswith("redirected:")
    assert cases["reference 4 link"].find("system-out").text.startswith("skipped:")
    assert len(cases["reference 1 link"]) == 0  # ok: a plain pass
    held = [c for name, c in cases.items() if name.startswith("line 18")]
    assert len(held) == 2 and all(c.find("failure") is None for c in held)
    mismatch = next(c for name, c in cases.items() if name.startswith("line 16"))
    assert mismatch.find("failure").get("type") == "mismatch"


def test_hostile_and_control_characters_stay_valid_xml(run: RunResult, report: ReportCheck) -> None:
    link = dataclasses.replace(report.references[4].link, detail="bad \x00\x07\x1b]c <b>&amp;")
    checks = (*report.references[:4], dataclasses.replace(report.references[4], link=link))
    root = _root(RunResult((dataclasses.replace(report, references=checks),)))
    skipped = next(c for c in root.iter("testcase") if c.get("name") == "reference 5 link").find("skipped")
    assert "<b>&amp;" in skipped.get("message")


def test_parse_only_has_only_problems(parsed_run: RunResult) -> None:
    cases = list(_root(parsed_run, show_parse_only=True).iter("testcase"))
    assert [c.get("name") for c in cases] == ["missing_reference line 40", "duplicate_reference line 54"]


def test_input_errors_are_errors(run_with_input_error: RunResult) -> None:
    root = _root(run_with_input_error)
    suite = root.findall("testsuite")[-1]
    assert suite.get("name") == "input" and suite.get("errors") == "1"
    assert suite.find("testcase/error").text == "reports/broken.pdf: cannot read: not a PDF"
