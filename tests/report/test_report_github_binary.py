"""--format github names no line in a .docx or .pdf report (GitHub shows them as binary files); the line
of the text refcheck read goes into the message instead. Text reports keep their lines."""

from __future__ import annotations

import dataclasses

import pytest

from refcheck.models import Problem, ProblemCode, ReportCheck, RunResult, Severity
from refcheck.report import render

PROBLEM = Problem(ProblemCode.MISSING_REFERENCE, Severity.ERROR, "marker 10 is cited but has no entry", 27, 10)


def _render(report: ReportCheck, path: str) -> str:
    document = dataclasses.replace(report.document, path=path, problems=(PROBLEM,))
    return render(RunResult((ReportCheck(document),)), "github")


@pytest.mark.parametrize("path", ["reports/ps-weekly-431.docx", "reports/Issue-9.PDF"])
def test_binary_reports_are_annotated_without_a_line(report: ReportCheck, path: str) -> None:
    first = _render(report, path).splitlines()[0]
    assert first == (
        f"::error file={path},title=missing_reference::marker 10 is cited but has no entry"
        " (line 27 of the text refcheck reads from it)"
    )


@pytest.mark.parametrize("path", ["reports/a.md", "reports/a.txt", "reports/a.html"])
def test_text_reports_keep_their_lines(report: ReportCheck, path: str) -> None:
    first = _render(report, path).splitlines()[0]
    assert first == f"::error file={path},line=27,title=missing_reference::marker 10 is cited but has no entry"
