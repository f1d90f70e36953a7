"""The HTML output: one self-contained file (inline CSS, no script, no external resource).

Per reference a card (status badge, HTTP code, link, redirect chain, archived copy, the page's title
and dates beside the reference's); each claim beside its evidence with the differences marked
(``<del>`` in the claim, ``<ins>`` in the source). Every string from a report or a fetched page goes
through ``html.escape``; only http(s) URLs become ``href``s; every element holding text carries
``dir="auto"`` so Persian, Pashto and Arabic read right to left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from refcheck.models import (
    ClaimCheck,
    ClaimResult,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
    Verdict,
)
from refcheck.report.html_markup import (
    CSP,
    LINK_CODES,
    SEVERITY_WORDS,
    URL_SOURCE,
    anchor,
    archive_when,
    badge,
    el,
    esc,
    linkify,
    mark,
    status_class,
)
from refcheck.report.html_style import CSS
from refcheck.report.policy import (
    Finding,
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
from refcheck.report.shorten import is_web_url


@dataclass(frozen=True, slots=True)
class HtmlFormatter:
    """Renders a run as one standalone HTML page."""

    show_parse_only: bool = False
    color: bool = False  # unused; every formatter takes the same options
    width: int | None = None  # unused

    def render(self, run: RunResult) -> str:
        lang = next((r.document.language for r in run.reports if r.document.language), None) or "en"
        body = [el("h1", "refcheck report"), overview(run, self.show_parse_only)]
        if run.input_errors:
            items = "".join(el("li", esc(e)) for e in run.input_errors)
            body += [el("h2", "Input errors"), f"<ul>{items}</ul>"]
        body += [self._report(report, index) for index, report in enumerate(run.reports, 1)]
        return (
            f'<!DOCTYPE html>\n<html lang="{esc(lang)}" dir="auto">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>refcheck report</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n"
        )

    def _report(self, report: ReportCheck, index: int) -> str:
        doc = report.document
        prefix = f"r{index}-"
        refs, claims = reference_checks(report), claim_checks(report)
        info = f"language {doc.language or '?'} · {len(refs)} references · {len(claims)} claims"
        parts = [el("div", el("h2", esc(doc.path)) + el("span", esc(info), "muted"), "report-head")]
        if refs and not self.show_parse_only:
            parts.append(reference_strip(refs, prefix))
        found = sorted_findings(findings(report))
        if found:
            targets = _Targets(refs, claims, prefix)
            items = "".join(finding_item(f, targets) for f in found)
            parts += [el("h3", "What needs attention"), f'<ul class="findings">{items}</ul>']
        parts.append(el("h3", "References"))
        cards = "".join(reference_card(c, self.show_parse_only, prefix) for c in refs)
        parts.append(f'<div class="cards">{cards}</div>')
        if claims:
            parts.append(el("h3", "Claims"))
            parts += [
                claim_block(c, self.show_parse_only, f"{prefix}claim-{n}") for n, c in enumerate(claims, 1)
            ]
        return f'<section class="report" id="r{index}">{"".join(parts)}</section>'


def overview(run: RunResult, parse_only: bool) -> str:
    """The run at a glance: errors and warnings counted (the CLI's one-line summary, as badges)."""
    counts: Tally = tally(run)
    spans = [
        _count(counts.errors, "error", Severity.ERROR),
        _count(counts.warnings, "warning", Severity.WARNING),
    ]
    text = " ".join(spans)
    if counts.info:
        text += " " + el("span", esc(f"and {counts.info} note" + ("" if counts.info == 1 else "s")), "muted")
    lines = [el("p", text, "summary", title=summary_line(counts))]
    verdict = (
        "Nothing fails the default policy."
        if not counts.errors
        else "Errors fail the check (exit code 1); warnings are worth a look."
    )
    if parse_only:
        verdict = "Parsed only: no link or claim was checked."
    lines.append(el("p", esc(verdict), "muted"))
    return f'<div class="overview">{"".join(lines)}</div>'


def _count(number: int, word: str, severity: Severity) -> str:
    label = f"{number} {word}" + ("" if number == 1 else "s")
    return el("span", esc(label), f"count sev-{severity.value}" + ("" if number else " zero"))


def reference_strip(refs: Sequence[ReferenceCheck], prefix: str) -> str:
    """Every reference as a small chip linking to its card, coloured by its link's severity."""
    chips = []
    for check in refs:
        link = check.link
        severity = link_severity(check)
        state = link.status.value if link is not None else "not checked"
        label = f"{check.reference.number}" + ("" if severity is None else f" {state}")
        chip = el("span", esc(label), f"chip {status_class(severity)}")
        href = f"#{prefix}ref-{check.reference.number}"
        chips.append(f'<li><a href="{esc(href)}" dir="auto" title="{esc(state)}">{chip}</a></li>')
    return f'<ul class="refstrip">{el("li", "References:", "muted")}{"".join(chips)}</ul>'


class _Targets:
    """Where each finding points: the reference card for a link, else the claim it is about."""

    def __init__(self, refs: Sequence[ReferenceCheck], claims: Sequence[ClaimCheck], prefix: str) -> None:
        self.ref_lines = {check.reference.number: check.reference.line for check in refs}
        self.cards = {check.reference.number: f"{prefix}ref-{check.reference.number}" for check in refs}
        self.by_result: dict[tuple[int, int | None], str] = {}
        self.by_line: dict[int, str] = {}
        for n, check in enumerate(claims, 1):
            anchor_id = f"{prefix}claim-{n}"
            for line in (check.claim.line, *(q.line for q in check.claim.quotes)):
                self.by_line.setdefault(line, anchor_id)
                for result in check.results:
                    self.by_result.setdefault((line, result.reference), anchor_id)

    def find(self, found: Finding) -> tuple[str | None, str]:
        """(anchor id or None, label) for one finding."""
        about_link = found.code in LINK_CODES and (
            found.line is None
            or (found.reference is not None and self.ref_lines.get(found.reference) == found.line)
        )
        if not about_link and found.line is not None:
            target = self.by_result.get((found.line, found.reference)) or self.by_line.get(found.line)
            if target:
                return target, f"line {found.line}"
        if found.reference in self.cards:
            return self.cards[found.reference], f"reference {found.reference}"
        return None, f"line {found.line}" if found.line is not None else "—"


def finding_item(found: Finding, targets: _Targets) -> str:
    """One line of the "what needs attention" list, linking to the card or claim it is about."""
    target, label = targets.find(found)
    where = (
        f'<a class="goto" href="#{esc(target)}" dir="auto">{esc(label)}</a>'
        if target
        else el("span", esc(label), "muted")
    )
    content = (
        badge(SEVERITY_WORDS[found.severity], found.severity)
        + " "
        + where
        + " "
        + el("code", esc(found.code))
        + " "
        + el("span", linkify(found.message))
    )
    return el("li", content, f"f-{found.severity.value}")


def reference_card(check: ReferenceCheck, parse_only: bool, id_prefix: str = "") -> str:
    """One reference: status, HTTP code, URL, redirects, archive, title and dates against the page's."""
    ref = check.reference
    link = None if parse_only else check.link
    head = el("span", esc(ref.number), "num") + " "
    if link is not None:
        head += badge(link.status.value, link_severity(check))
        if link.http_status is not None:
            head += " " + el("span", esc(f"HTTP {link.http_status}"), "http")
    parts = [el("div", head, "card-head")]
    parts.append(el("p", esc(ref.title or ref.text), "title", lang=ref.language or ""))
    if ref.outlet:
        parts.append(el("p", esc(ref.outlet), "outlet muted", lang=ref.language or ""))
    if ref.url:
        source = el("span", esc(URL_SOURCE[ref.url_source]), "src muted") if ref.url_source else ""
        parts.append(el("p", anchor(ref.url) + (" " + source if source else ""), "url"))
    if ref.report_url:
        shown = anchor(ref.report_url)
        if not is_web_url(ref.report_url):
            shown += " " + el("span", "(not a web address)", "muted")
        parts.append(el("p", el("span", "In the report:", "muted") + " " + shown, "url"))
    if link is not None:
        parts += _link_parts(check)
    parts.append(_meta_table(check, parse_only))
    cls = "card" if link is None else f"card {status_class(link_severity(check))}"
    return f'<article class="{cls}" id="{esc(id_prefix)}ref-{esc(ref.number)}">{"".join(parts)}</article>'


def _link_parts(check: ReferenceCheck) -> list[str]:
    link = check.link
    assert link is not None
    parts = []
    if link.redirects:
        hops = "".join(el("li", esc(f"{r.http_status} ") + anchor(r.url)) for r in link.redirects)
        if link.final_url:
            hops += el("li", "→ " + anchor(link.final_url))
        parts.append(f'<ol class="redirects">{hops}</ol>')
    elif link.final_url and link.final_url != link.url:
        parts.append(el("p", "→ " + anchor(link.final_url), "url"))
    if link.archive_url:
        web = is_web_url(link.archive_url)
        host = (urlsplit(link.archive_url.strip()).hostname or "") if web else ""
        when = archive_when(link.archive_timestamp)
        label = "snapshot" + (f" on {host}" if host else "") + (f", {when}" if when else "")
        if web:
            shown = anchor(link.archive_url, label)
        else:
            shown = anchor(link.archive_url) + esc(f" ({when})" if when else "")
        parts.append(el("p", "Archived copy: " + shown, "archive"))
    detail = link.detail or (check.reference.skip_reason or "")
    if detail == f"HTTP {link.http_status}":
        detail = ""  # already in the card's head
    if link.dead_since:
        detail += (" · " if detail else "") + f"failing since {link.dead_since} ({link.checks} checks)"
    if detail:
        parts.append(el("p", esc(detail), "detail muted"))
    return parts


def _date_cell(check: ReferenceCheck) -> str:
    """The reference's date: ISO first, then the date as written (isolated, so a Persian month name
    cannot turn the cell right to left and move the parentheses), then its calendar."""
    ref = check.reference
    lang = ref.language or ""
    if not ref.date:
        return el("bdi", esc(ref.date_text), lang=lang) if ref.date_text else ""
    cell = el("bdi", esc(ref.date.value.isoformat()), "date")
    if ref.date.text:
        calendar = ref.date.calendar.value.replace("_", " ")
        cell += " (" + el("bdi", esc(ref.date.text), "date", lang=lang) + esc(f", {calendar})")
    return cell


def _meta_table(check: ReferenceCheck, parse_only: bool) -> str:
    ref = check.reference
    page_dates = " / ".join(
        f"{name} {value.isoformat()}"
        for name, value in (("published", check.page_published), ("modified", check.page_modified))
        if value
    )
    rows = [
        ("title", esc(ref.title or ""), esc(check.page_title or "")),
        ("date", _date_cell(check), esc(page_dates)),
    ]
    head = "<tr><th></th>" + el("th", "reference") + ("" if parse_only else el("th", "page")) + "</tr>"
    cells = "".join(
        "<tr>"
        + el("th", esc(a))
        + el("td", b, lang=ref.language or "")
        + ("" if parse_only else el("td", c))
        + "</tr>"
        for a, b, c in rows
    )
    return f'<table class="meta">{head}{cells}</table>'


def _claim_status(check: ClaimCheck, severities: Sequence[Severity]) -> str:
    """The claim's colour: its worst result after grouping; a claim only candidates hold is "review"."""
    if not severities:
        return ""
    worst = min(severities, key=lambda s: {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[s])
    if worst is Severity.WARNING and all(
        r.verdict is Verdict.CANDIDATE for r, s in zip(check.results, severities, strict=True) if s is worst
    ):
        return "st-review"
    return status_class(None if worst is Severity.INFO else worst)


def claim_block(check: ClaimCheck, parse_only: bool, anchor_id: str = "") -> str:
    """A claim, its quotations, and each result with the evidence beside it."""
    claim = check.claim
    markers = ", ".join(str(m) for m in claim.markers)
    parts = [
        el("div", el("span", esc(f"Line {claim.line} · marker {markers}"), "muted"), "claim-head"),
        el("p", esc(claim.core), "core"),
    ]
    if claim.quotes:
        items = "".join(el("li", esc(f"line {q.line}: ") + el("q", esc(q.text))) for q in claim.quotes)
        parts.append(f'<ul class="quotes">{items}</ul>')
    status = ""
    if not parse_only:
        severities = result_severities(check)
        status = _claim_status(check, severities)
        for result, severity in zip(check.results, severities, strict=True):
            parts.append(result_block(result, claim.core, severity))
    cls = f"claim {status}".strip()
    id_attr = f' id="{esc(anchor_id)}"' if anchor_id else ""
    return f'<article class="{cls}"{id_attr}>{"".join(parts)}</article>'


def result_block(result: ClaimResult, core: str, severity: Severity) -> str:
    """The quotation (claim-side differences in <del>) beside the evidence (source side in <ins>)."""
    said = result.quote if result.quote is not None else core
    ref = f"reference {result.reference}" if result.reference is not None else "no reference"
    candidate = result.verdict is Verdict.CANDIDATE
    head = badge(
        result.verdict.value,
        severity if severity is not Severity.INFO else None,
        "verdict-candidate" if candidate else "",
    )
    if candidate and severity is not Severity.INFO:
        head += " " + el("span", "needs a person to confirm", "review")
    head += " " + el("span", esc(f"{result.score:.2f} · {ref}" + (" · archived" if result.archived else "")))
    claim_side = el(
        "div",
        el("div", head, "side-label")
        + el("blockquote", mark(said, (d.claim for d in result.differences), "del")),
        "said",
    )
    evidence = result.evidence or ""
    source_side = el(
        "div",
        el("div", "source says", "side-label")
        + (
            el("blockquote", mark(evidence, (d.source for d in result.differences), "ins"))
            if evidence
            else el("p", "no passage from the source", "muted")
        ),
        "evidence",
    )
    cls = "result needs-review" if candidate else "result"
    parts = [el("div", claim_side + source_side, cls)]
    if result.differences:
        items = "".join(
            el("li", esc(f"{d.kind.value}: ") + _side(d.claim, "del") + " → " + _side(d.source, "ins"))
            for d in result.differences
        )
        parts.append(f'<ul class="differences">{items}</ul>')
    if result.note:
        parts.append(el("p", esc(result.note), "note muted"))
    return "".join(parts)


def _side(text: str, tag: str) -> str:
    """One side of a difference; an empty side says so instead of an invisible empty mark."""
    return el(tag, esc(text)) if text.strip() else el("span", "(nothing)", "muted")
