"""The terminal view (rich tables rendered to a string) and the progress bar shown while fetching.

Every piece of report or page text goes in as a ``rich.text.Text``, never as markup, so a title
such as ``[bold]`` or ``[/]`` is shown as written. Cells are clipped and stripped of bidi controls so
right-to-left text stays inside its cell.
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from dataclasses import dataclass
from typing import IO

from rich.console import Console, Group, RenderableType
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table
from rich.text import Text

from refcheck.models import (
    ClaimCheck,
    LinkCheck,
    LinkStatus,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
    Verdict,
)
from refcheck.report.policy import (
    Tally,
    claim_checks,
    findings,
    link_severity,
    reference_checks,
    result_severities,
    sorted_findings,
    summary_line,
    tally,
)
from refcheck.report.shorten import clip, short_url

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
DEFAULT_WIDTH = 100


@dataclass(frozen=True, slots=True)
class TerminalFormatter:
    """What a person reads first: per report, tables of references and claims, then the findings."""

    color: bool = False
    width: int | None = None
    show_parse_only: bool = False

    def render(self, run: RunResult) -> str:
        buffer = io.StringIO()
        console = Console(
            file=buffer,
            width=self.width or DEFAULT_WIDTH,
            color_system="standard" if self.color else None,
            force_terminal=self.color,
            highlight=False,
            emoji=False,
            markup=False,
        )
        for report in run.reports:
            console.print(self._report(report))
            console.print()
        for error in run.input_errors:
            console.print(Text(f"input error: {clip(error, 300)}", style="bold red"))
        if len(run.reports) != 1 or run.input_errors:
            console.print(Text(f"Total: {summary_line(tally(run))}", style="bold"))
        return buffer.getvalue().rstrip("\n") + "\n"

    def _report(self, report: ReportCheck) -> RenderableType:
        doc = report.document
        refs, claims = reference_checks(report), claim_checks(report)
        width = self.width or DEFAULT_WIDTH
        header = Text(f"{doc.path}", style="bold")
        header.append(f"  language {doc.language or '?'}", style="dim")
        header.append(f" · {len(refs)} references · {len(claims)} claims", style="dim")
        parts: list[RenderableType] = [header]
        if self.show_parse_only:
            if doc.citations:
                cited = ", ".join(f"{c.marker} (line {c.line})" for c in doc.citations)
                parts.append(Text(f"citations: {clip(cited, 2000)}"))
            tables = [parsed_references_table(refs, width), parsed_claims_table(claims, width)]
        else:
            tables = [references_table(refs, width), claims_table(claims, width)]
        parts.extend(table for table in tables if table.row_count)
        found = sorted_findings(findings(report))
        parts.extend(finding_line(doc.path, f.severity, f.code, f.message, f.line) for f in found)
        counts = Counter(f.severity for f in found)
        parts.append(
            Text(summary_line(Tally(counts[Severity.ERROR], counts[Severity.WARNING])), style="bold")
        )
        return Group(*parts)


_NARROW = {"No.", "Line", "HTTP", "Ref", "Score", "Markers", "Link", "Verdict", "From", "Lang"}


def _table(title: str, *columns: str, width: int = DEFAULT_WIDTH) -> Table:
    """Narrow columns never wrap; the URL gets about a quarter of the width; text wraps by words."""
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for column in columns:
        if column in _NARROW:
            table.add_column(column, no_wrap=True)
        elif column == "URL":
            table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=max(12, width // 4))
        else:
            table.add_column(column, overflow="ellipsis", min_width=6)
    return table


def _status_text(check: ReferenceCheck) -> Text:
    link = check.link
    if link is None:
        return Text("—", style="dim")
    severity = link_severity(check)
    style = "green" if link.status is LinkStatus.OK else STYLES.get(severity or Severity.INFO, "")
    text = Text(link.status.value, style=style)
    if link.archive_url:
        text.append("\n+archive", style="dim")
    return text


def _date_text(check: ReferenceCheck) -> Text:
    ref = check.reference
    if ref.date is not None:
        calendar = "" if ref.date.calendar.value == "gregorian" else f" ({ref.date.calendar.value})"
        return Text(ref.date.value.isoformat() + calendar)
    return Text(clip(ref.date_text, 20), style="dim")


def references_table(checks: tuple[ReferenceCheck, ...], width: int = DEFAULT_WIDTH) -> Table:
    """No., link status, HTTP code, shortened URL, date and title of each reference."""
    table = _table("References", "No.", "Link", "HTTP", "URL", "Date", "Title", width=width)
    for check in checks:
        ref, link = check.reference, check.link
        url = link.final_url if link and link.status is LinkStatus.REDIRECTED and link.final_url else ref.url
        url_text = Text(short_url(url, 40))
        if link and link.status is LinkStatus.REDIRECTED:
            url_text = Text("→ " + short_url(url, 38))
        http = str(link.http_status) if link and link.http_status is not None else ""
        title = clip(ref.title or ref.text, 40)
        table.add_row(
            Text(str(ref.number)), _status_text(check), Text(http), url_text, _date_text(check), Text(title)
        )
    return table


def claims_table(checks: tuple[ClaimCheck, ...], width: int = DEFAULT_WIDTH) -> Table:
    """One row per claim result: markers, line, quote or core, verdict, score, evidence."""
    table = _table(
        "Claims", "Markers", "Line", "Quote / claim", "Ref", "Verdict", "Score", "Evidence", width=width
    )
    for check in checks:
        claim = check.claim
        markers = Text(",".join(str(m) for m in claim.markers))
        if not check.results:
            table.add_row(
                markers,
                Text(str(claim.line)),
                Text(clip(claim.core, 50)),
                Text(""),
                Text("—", style="dim"),
                Text(""),
                Text(""),
            )
        for result, severity in zip(check.results, result_severities(check), strict=True):
            what = f"“{clip(result.quote, 48)}”" if result.quote is not None else clip(claim.core, 50)
            ref = str(result.reference) if result.reference is not None else ""
            table.add_row(
                markers,
                Text(str(claim.line)),
                Text(what),
                Text(ref),
                _verdict_text(result.verdict, severity),
                Text(f"{result.score:.2f}"),
                Text(clip(result.evidence, 50)),
            )
    return table


def _verdict_text(verdict: Verdict, severity: Severity) -> Text:
    """The verdict, coloured by its severity under the policy (a claim held elsewhere is not red)."""
    return Text(verdict.value, style="green" if severity is Severity.INFO else STYLES[severity])


def parsed_references_table(checks: tuple[ReferenceCheck, ...], width: int = DEFAULT_WIDTH) -> Table:
    """`refcheck parse`: each reference's fields as read, before any fetching."""
    table = _table(
        "References (parsed)", "No.", "Line", "URL", "From", "Date", "Lang", "Title", "Outlet", width=width
    )
    for check in checks:
        ref = check.reference
        table.add_row(
            Text(str(ref.number)),
            Text(str(ref.line)),
            Text(short_url(ref.url, 36)),
            Text(ref.url_source.value if ref.url_source else ""),
            _date_text(check),
            Text(ref.language or ""),
            Text(clip(ref.title or ref.text, 36)),
            Text(clip(ref.outlet, 24)),
        )
    return table


def parsed_claims_table(checks: tuple[ClaimCheck, ...], width: int = DEFAULT_WIDTH) -> Table:
    """`refcheck parse`: each claim's markers, line, core sentence and quotations."""
    table = _table("Claims (parsed)", "Markers", "Line", "Core", "Quotes", width=width)
    for check in checks:
        claim = check.claim
        quotes = "\n".join(f"{q.line}: “{clip(q.text, 50)}”" for q in claim.quotes)
        table.add_row(
            Text(",".join(str(m) for m in claim.markers)),
            Text(str(claim.line)),
            Text(clip(claim.core, 60)),
            Text(quotes),
        )
    return table


def finding_line(path: str, severity: Severity, code: str, message: str, line: int | None) -> Text:
    """``path:line  error  code  message``, coloured by severity."""
    where = f"{path}:{line}" if line is not None else path
    text = Text(f"{where}  ")
    text.append(severity.value, style=STYLES[severity])
    text.append(f"  {code}  {clip(message, 400)}")
    return text


class ProgressBar:
    """A rich progress bar on stderr while fetching, with counts per link status; a no-op when disabled."""

    def __init__(self, enabled: bool, *, file: IO[str] | None = None) -> None:
        self._enabled = enabled
        self._file = file
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._counts: Counter[str] = Counter()

    def started(self, total: int) -> None:
        if not self._enabled or self._progress is not None:
            return
        console = Console(file=self._file or sys.stderr, force_terminal=True, highlight=False)
        self._progress = Progress(
            TextColumn("checking links"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}", markup=False),
            console=console,
            transient=True,
            auto_refresh=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("", total=total)
        self._progress.refresh()

    def finished(self, link: LinkCheck) -> None:
        self._counts[link.status.value] += 1
        if self._progress is None or self._task is None:
            return
        self._progress.update(self._task, advance=1, description=self.counts_text())
        self._progress.refresh()

    def counts_text(self) -> str:
        """``ok 5 · not_found 1``, in the order the statuses were first met."""
        return " · ".join(f"{status} {count}" for status, count in self._counts.items())

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
