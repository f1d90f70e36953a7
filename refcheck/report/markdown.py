"""The Markdown output: a heading per report, tables like the terminal's, evidence in blockquotes.

Every piece of report or page text is escaped (``escape``): Markdown punctuation gets a backslash,
``&``/``<``/``>`` become entities (GitHub renders raw HTML), so a title can never inject markup,
links or table cells. Only http(s) URLs become links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refcheck.models import ClaimCheck, ClaimResult, LinkStatus, ReferenceCheck, ReportCheck, RunResult
from refcheck.report.policy import (
    claim_checks,
    findings,
    reference_checks,
    sorted_findings,
    summary_line,
    tally,
)
from refcheck.report.shorten import clip, is_web_url, short_url

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]#+!|~])")


def escape(text: str | None) -> str:
    """Text made inert for Markdown and for one table cell (newlines folded)."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _PUNCTUATION.sub(r"\\\1", text)
    return "\\" + text if text.startswith("-") else text


def link(url: str | None, label: str | None = None, limit: int = 48) -> str:
    """A Markdown link for an http(s) URL; any other URL as escaped text."""
    if not url:
        return ""
    label = escape(label or short_url(url, limit))
    if not is_web_url(url):
        return label
    target = re.sub(r"[\s<>()]", lambda m: f"%{ord(m.group()):02X}", url.strip())
    return f"[{label}](<{target}>)"


@dataclass(frozen=True, slots=True)
class MarkdownFormatter:
    """Renders a run as GitHub-flavoured Markdown."""

    show_parse_only: bool = False
    color: bool = False  # unused; every formatter takes the same options
    width: int | None = None  # unused

    def render(self, run: RunResult) -> str:
        lines = ["# refcheck report", "", f"**{summary_line(tally(run))}**", ""]
        if run.input_errors:
            lines += ["## Input errors", ""] + [f"- {escape(e)}" for e in run.input_errors] + [""]
        for report in run.reports:
            lines += self._report(report)
        return "\n".join(lines).rstrip() + "\n"

    def _report(self, report: ReportCheck) -> list[str]:
        doc = report.document
        refs, claims = reference_checks(report), claim_checks(report)
        lines = [f"## {escape(doc.path)}", ""]
        lines += [
            f"Language: {escape(doc.language or '?')} · {len(refs)} references · {len(claims)} claims",
            "",
        ]
        lines += ["### References", "", *reference_rows(refs, self.show_parse_only), ""]
        if claims:
            lines += ["### Claims", ""]
            for check in claims:
                lines += claim_section(check, self.show_parse_only)
        found = sorted_findings(findings(report))
        if found:
            lines += ["### Findings", ""]
            for f in found:
                where = f"line {f.line}" if f.line is not None else "—"
                lines.append(f"- **{f.severity.value}** `{f.code}` ({where}): {escape(f.message)}")
            lines.append("")
        return lines


def reference_rows(checks: tuple[ReferenceCheck, ...], parse_only: bool) -> list[str]:
    """A table: No., line, link status, HTTP, URL, date, title."""
    rows = [
        "| No. | Line | Link | HTTP | URL | Date | Title |",
        "| ---: | ---: | --- | ---: | --- | --- | --- |",
    ]
    for check in checks:
        ref, checked = check.reference, None if parse_only else check.link
        status = checked.status.value if checked else "—"
        http = str(checked.http_status) if checked and checked.http_status is not None else ""
        url = link(ref.url)
        if checked and checked.status is LinkStatus.REDIRECTED and checked.final_url:
            url += " → " + link(checked.final_url)
        if checked and checked.archive_url:
            url += f" ({link(checked.archive_url, 'archive')})"
        date = ref.date.value.isoformat() if ref.date else escape(ref.date_text)
        if ref.date and ref.date.calendar.value != "gregorian":
            date += f" ({escape(ref.date.text)}, {ref.date.calendar.value})"
        title = escape(clip(ref.title or ref.text, 80))
        rows.append(f"| {ref.number} | {ref.line} | {status} | {http} | {url} | {date} | {title} |")
    return rows


def claim_section(check: ClaimCheck, parse_only: bool) -> list[str]:
    """The claim, its quotations, and each result with its evidence in a blockquote."""
    claim = check.claim
    markers = ", ".join(str(m) for m in claim.markers)
    lines = [f"#### Line {claim.line}, marker {markers}", "", f"Claim: {escape(clip(claim.core, 300))}", ""]
    for quote in claim.quotes:
        lines.append(f"- Quote (line {quote.line}): “{escape(quote.text)}”")
    if claim.quotes:
        lines.append("")
    if parse_only:
        return lines
    for result in check.results:
        lines += result_lines(result)
    return lines


def result_lines(result: ClaimResult) -> list[str]:
    what = f"“{escape(clip(result.quote, 120))}”" if result.quote is not None else "the claim"
    ref = f"reference {result.reference}" if result.reference is not None else "no reference"
    head = f"- **{result.verdict.value}** ({result.score:.2f}) for {what} in {ref}"
    if result.archived:
        head += " (archived copy)"
    if result.note:
        head += f": {escape(result.note)}"
    lines = [head]
    for diff in result.differences:
        lines.append(
            f"  - {diff.kind.value}: ~~{escape(diff.claim) or '∅'}~~ → **{escape(diff.source) or '∅'}**"
        )
    if result.evidence:
        lines += ["", f"  > {escape(result.evidence)}"]
    lines.append("")
    return lines
