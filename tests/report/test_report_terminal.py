"""The terminal view: what it shows, in what order, without colour codes unless asked."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

from refcheck.models import LinkCheck, LinkStatus, ReportCheck, RunResult
from refcheck.report import ProgressBar, render
from refcheck.report.terminal import TerminalFormatter


def _lines(text: str) -> list[str]:
    return text.splitlines()


def test_header_tables_findings_and_summary(run: RunResult) -> None:
    text = render(run, "terminal", width=120)
    lines = _lines(text)
    assert lines[0].startswith("reports/weekly-analysis-420.txt")
    assert "5 references" in lines[0] and "5 claims" in lines[0]
    assert any(line.startswith("References") for line in lines)
    assert any(line.startswith("Claims") for line in lines)
    row = next(line for line in lines if "bbc.com/persian/afghanistan-66" in line)
    assert "not_found" in row and "404" in row and "2023-09-29" in row
    assert "→ example.org/new" in text
    assert lines[-1] == "3 errors, 4 warnings"
    found = [line for line in lines if line.startswith("reports/weekly-analysis-420.txt:")]
    severities = [line.split()[1] for line in found]
    assert severities == ["error"] * 3 + ["warning"] * 4 + ["info"]
    assert found[0].startswith("reports/weekly-analysis-420.txt:16  error  mismatch")


def test_no_ansi_codes_without_color_and_some_with(run: RunResult) -> None:
    assert "\x1b[" not in render(run, "terminal")
    assert "\x1b[" in render(run, "terminal", color=True)


def _cells(line: str) -> int:
    """Display width, near enough: zero-width joiners and combining marks take no cell."""
    return sum(unicodedata.category(ch) not in {"Cf", "Mn"} for ch in line)


def test_lines_fit_the_width(run: RunResult) -> None:
    for width in (80, 100, 140):
        text = TerminalFormatter(width=width).render(run)
        assert max(_cells(line) for line in text.splitlines()) <= width


def test_report_text_is_not_rich_markup(run: RunResult, report: ReportCheck) -> None:
    ref = dataclasses.replace(report.references[0].reference, title="[bold red]x[/] \u202eevil")
    checks = (dataclasses.replace(report.references[0], reference=ref), *report.references[1:])
    text = render(RunResult((dataclasses.replace(report, references=checks),)), "terminal", width=140)
    assert "[bold red]x[/]" in text
    assert "\u202e" not in text  # a bidi override must not reorder the table


def test_parse_only_shows_citations_fields_and_quotes(parsed_run: RunResult) -> None:
    text = render(parsed_run, "terminal", width=140, show_parse_only=True)
    assert "citations: 1 (line 10), 2 (line 12), 7 (line 40)" in text
    assert "References (parsed)" in text and "Claims (parsed)" in text
    assert "“aid will resume”" in text
    assert "solar_hijri" in text and "config" in text
    assert "missing_reference" in text
    assert "not_found" not in text  # no link statuses or verdicts yet


def test_input_errors_and_total(run_with_input_error: RunResult) -> None:
    text = render(run_with_input_error, "terminal", width=120)
    assert "input error: reports/broken.pdf: cannot read: not a PDF" in text
    assert _lines(text)[-1] == "Total: 3 errors, 4 warnings"


def test_progress_bar_disabled_writes_nothing() -> None:
    out = io.StringIO()
    bar = ProgressBar(False, file=out)
    bar.started(3)
    bar.finished(LinkCheck("https://a.example", LinkStatus.OK))
    bar.close()
    assert out.getvalue() == ""


def test_progress_bar_counts_per_status() -> None:
    out = io.StringIO()
    bar = ProgressBar(True, file=out)
    bar.started(3)
    for status in (LinkStatus.OK, LinkStatus.NOT_FOUND, LinkStatus.OK):
        bar.finished(LinkCheck("https://a.example", status))
    assert bar.counts_text() == "ok 2 · not_found 1"
    bar.close()
    assert "ok 2 · not_found 1" in out.getvalue() and "3/3" in out.getvalue()


def test_empty_tables_are_left_out(report: ReportCheck) -> None:
    bare = dataclasses.replace(report, references=(), claims=())
    bare = dataclasses.replace(bare, document=dataclasses.replace(report.document, references=(), claims=()))
    text = render(RunResult((bare,)), "terminal", width=100)
    assert "References" not in text and "Claims" not in text
    assert "0 references · 0 claims" in text
