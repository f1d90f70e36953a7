"""GitHub workflow annotations: one line per finding, escaped as the runner requires."""

from __future__ import annotations

import dataclasses
import re

from refcheck.models import Problem, ProblemCode, ReportCheck, RunResult, Severity
from refcheck.report import render
from refcheck.report.github import annotation, escape_data, escape_property

LINE = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def _annotations(text: str) -> list[tuple[str, dict[str, str], str]]:
    found = []
    for line in text.splitlines():
        match = LINE.match(line)
        if match:
            props = dict(p.split("=", 1) for p in match.group(2).split(",")) if match.group(2) else {}
            found.append((match.group(1), props, match.group(3)))
    return found


def test_one_annotation_per_finding(run: RunResult) -> None:
    text = render(run, "github")
    found = _annotations(text)
    assert [kind for kind, _, _ in found].count("error") == 3
    assert [kind for kind, _, _ in found].count("warning") == 4
    assert [kind for kind, _, _ in found].count("notice") == 1
    assert all(props["file"] == "reports/weekly-analysis-420.txt" for _, props, _ in found)
    first = found[0]
    assert first[1] == {"file": "reports/weekly-analysis-420.txt", "line": "40", "title": "missing_reference"}
    assert text.splitlines()[-1] == "refcheck: 3 errors, 4 warnings"


def test_escaping_of_data_and_properties(report: ReportCheck) -> None:
    problem = Problem(ProblemCode.NO_URL, Severity.ERROR, "100% wrong\r\nsecond line", 3, 1)
    doc = dataclasses.replace(report.document, path="reports/a,b:c.md", problems=(problem,))
    bare = ReportCheck(doc)
    ((kind, props, message),) = _annotations(render(RunResult((bare,)), "github"))
    assert kind == "error" and message == "100%25 wrong%0D%0Asecond line"
    assert props == {"file": "reports/a%2Cb%3Ac.md", "line": "3", "title": "no_url"}


def test_helpers() -> None:
    assert escape_data("a%b\nc") == "a%25b%0Ac"
    assert escape_property("x:y,z%") == "x%3Ay%2Cz%25"
    assert annotation("notice", "m", file="f", line=None) == "::notice file=f::m"
    assert annotation("error", "m") == "::error::m"


def test_input_errors(run_with_input_error: RunResult) -> None:
    kind, props, message = _annotations(render(run_with_input_error, "github"))[0]
    assert (kind, props, message) == (
        "error",
        {"title": "input_error"},
        "reports/broken.pdf: cannot read: not a PDF",
    )
