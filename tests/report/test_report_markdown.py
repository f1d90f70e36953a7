"""The Markdown output, read back with markdown-it (CommonMark + GFM tables) and checked as HTML."""

from __future__ import annotations

import dataclasses

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from refcheck.models import ReportCheck, RunResult
from refcheck.report import render
from refcheck.report.markdown import escape, link

HOSTILE = "<script>alert('x')</script>"


def _html(run: RunResult, **options: bool) -> BeautifulSoup:
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    return BeautifulSoup(md.render(render(run, "markdown", **options)), "html.parser")


def test_headings_and_reference_table(run: RunResult) -> None:
    soup = _html(run)
    assert [h.get_text() for h in soup.find_all("h2")] == ["reports/weekly-analysis-420.txt"]
    table = soup.find("table")
    assert [th.get_text() for th in table.find_all("th")] == [
        "No.",
        "Line",
        "Link",
        "HTTP",
        "URL",
        "Date",
        "Title",
    ]
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in table.find("tbody").find_all("tr")]
    assert len(rows) == 5 and all(len(row) == 7 for row in rows)
    assert rows[1][2:4] == ["not_found", "404"]
    assert rows[1][6] == "سازمان‌های ملل متحد در افغانستان"
    assert rows[4][6] == HOSTILE  # shown as text, not as a tag


def test_no_markup_injected_and_only_web_links(run: RunResult) -> None:
    soup = _html(run)
    assert soup.find("script") is None
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "https://example.org/new" in hrefs
    assert any("web.archive.org" in h for h in hrefs)


def test_evidence_in_blockquotes_and_differences(run: RunResult) -> None:
    soup = _html(run)
    quotes = [b.get_text(strip=True) for b in soup.find_all("blockquote")]
    assert "Kudashev said the mission will stay" in quotes
    assert f"Six provinces were affected {HOSTILE}" in quotes
    assert "Kodashov" in [d.get_text() for d in soup.find_all("s")]


def test_pipes_and_newlines_stay_in_their_cell(run: RunResult, report: ReportCheck) -> None:
    ref = dataclasses.replace(report.references[0].reference, title="a | b\nc *d* [x](http://e.vil)")
    checks = (dataclasses.replace(report.references[0], reference=ref), *report.references[1:])
    soup = _html(RunResult((dataclasses.replace(report, references=checks),)))
    first = [td.get_text() for td in soup.find("tbody").find("tr").find_all("td")]
    assert len(first) == 7 and first[6] == "a | b c *d* [x](http://e.vil)"
    assert soup.find("em") is None


def test_escape_and_link_helpers() -> None:
    assert escape("a|b") == "a\\|b"
    assert escape("- item") == "\\- item"
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert link("https://x.org/a b").endswith("(<https://x.org/a%20b>)")
    assert link("https://x.org/(a)\n<b>").endswith("(<https://x.org/%28a%29%0A%3Cb%3E>)")


def test_parse_only_and_findings(parsed_run: RunResult, run: RunResult) -> None:
    soup = _html(parsed_run, show_parse_only=True)
    assert "verbatim" not in soup.get_text()
    assert "missing_reference" in soup.get_text()
    findings = [li.get_text() for li in _html(run).find_all("li") if li.find("code")]
    assert findings[0].startswith("error mismatch")
    assert len(findings) == 8
