"""The HTML output: one self-contained file (inline CSS, no script, no external resource).

Per reference a card (status badge, HTTP code, link, redirect chain, archived copy, the page's title
and dates beside the reference's); each claim beside its evidence with the differences marked
(``<del>`` in the claim, ``<ins>`` in the source). Every string from a report or a fetched page goes
through ``html.escape``; only http(s) URLs become ``href``s; every element holding text carries
``dir="auto"`` so Persian, Pashto and Arabic read right to left.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from refcheck.models import (
    ClaimCheck,
    ClaimResult,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
)
from refcheck.report.policy import (
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

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
h1,h2,h3{margin:1.2em 0 .4em}.summary{font-weight:bold}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:.8rem}
.card,.claim{border:1px solid #ccc;border-radius:6px;padding:.6rem .8rem;background:#fafafa}
.claim{margin:.8rem 0}.result{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;margin:.5rem 0}
.badge{display:inline-block;border-radius:4px;padding:0 .4em;font-size:.85em;color:#fff;background:#777}
.sev-error{background:#c62828}.sev-warning{background:#b26a00}.sev-info{background:#1565c0}
.sev-ok{background:#2e7d32}.num{font-weight:bold}.url,.redirects{word-break:break-all}
blockquote{margin:.3rem 0;padding:.3rem .6rem;border-inline-start:3px solid #bbb;background:#fff}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
table.meta{border-collapse:collapse;font-size:.9em}
table.meta td,table.meta th{padding:0 .5em;text-align:start}
.muted{color:#777}
""".strip()

_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def el(tag: str, content: str, cls: str = "", **attrs: str) -> str:
    """An element with already-safe ``content``; ``dir="auto"`` always, attributes escaped."""
    extra = "".join(f' {name.rstrip("_")}="{esc(value)}"' for name, value in attrs.items() if value)
    cls_attr = f' class="{esc(cls)}"' if cls else ""
    return f'<{tag}{cls_attr} dir="auto"{extra}>{content}</{tag}>'


def anchor(url: str | None, label: str | None = None) -> str:
    """A live link for an http(s) URL only; any other URL (``javascript:``…) is shown as text."""
    if not url:
        return ""
    text = esc(label or url)
    if not is_web_url(url):
        return el("span", text, "url-text")
    return f'<a href="{esc(url.strip())}" dir="auto" rel="noopener noreferrer nofollow">{text}</a>'


def mark(text: str, words: Iterable[str], tag: str) -> str:
    """``text`` escaped, with the first free occurrence of each of ``words`` wrapped in ``<tag>``."""
    spans: list[tuple[int, int]] = []
    for word in words:
        start = text.find(word) if word.strip() else -1
        while start >= 0 and any(s < start + len(word) and start < e for s, e in spans):
            start = text.find(word, start + 1)
        if start >= 0:
            spans.append((start, start + len(word)))
    out, pos = [], 0
    for start, end in sorted(spans):
        out.append(esc(text[pos:start]) + el(tag, esc(text[start:end])))
        pos = end
    return "".join(out) + esc(text[pos:])


def badge(label: str, severity: Severity | None) -> str:
    return el("span", esc(label), f"badge sev-{severity.value if severity else 'ok'}")


@dataclass(frozen=True, slots=True)
class HtmlFormatter:
    """Renders a run as one standalone HTML page."""

    show_parse_only: bool = False
    color: bool = False  # unused; every formatter takes the same options
    width: int | None = None  # unused

    def render(self, run: RunResult) -> str:
        lang = next((r.document.language for r in run.reports if r.document.language), None) or "en"
        body = [el("h1", "refcheck report"), el("p", esc(summary_line(tally(run))), "summary")]
        if run.input_errors:
            items = "".join(el("li", esc(e)) for e in run.input_errors)
            body += [el("h2", "Input errors"), f"<ul>{items}</ul>"]
        body += [self._report(report, index) for index, report in enumerate(run.reports, 1)]
        return (
            f'<!DOCTYPE html>\n<html lang="{esc(lang)}" dir="auto">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>refcheck report</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n"
        )

    def _report(self, report: ReportCheck, index: int) -> str:
        doc = report.document
        refs, claims = reference_checks(report), claim_checks(report)
        info = f"language {doc.language or '?'} · {len(refs)} references · {len(claims)} claims"
        parts = [el("h2", esc(doc.path)), el("p", esc(info), "muted")]
        parts.append(el("h3", "References"))
        cards = "".join(reference_card(c, self.show_parse_only, f"r{index}-") for c in refs)
        parts.append(f'<div class="cards">{cards}</div>')
        if claims:
            parts.append(el("h3", "Claims"))
            parts += [claim_block(c, self.show_parse_only) for c in claims]
        found = sorted_findings(findings(report))
        if found:
            items = "".join(
                el(
                    "li",
                    f"{badge(f.severity.value, f.severity)} "
                    + el("span", esc(f"line {f.line}" if f.line is not None else "—"), "muted")
                    + " "
                    + el("code", esc(f.code))
                    + " "
                    + el("span", esc(f.message)),
                )
                for f in found
            )
            parts += [el("h3", "Findings"), f'<ul class="findings">{items}</ul>']
        return f'<section class="report">{"".join(parts)}</section>'


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
        parts.append(el("p", esc(ref.outlet), "outlet muted"))
    if ref.url:
        source = f" ({ref.url_source.value})" if ref.url_source else ""
        parts.append(el("p", anchor(ref.url) + el("span", esc(source), "muted"), "url"))
    if ref.report_url:
        parts.append(el("p", "In the report: " + anchor(ref.report_url), "url muted"))
    if link is not None:
        parts += _link_parts(check)
    parts.append(_meta_table(check, parse_only))
    return f'<article class="card" id="{esc(id_prefix)}ref-{esc(ref.number)}">{"".join(parts)}</article>'


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
        when = f" ({link.archive_timestamp})" if link.archive_timestamp else ""
        parts.append(el("p", "Archived copy: " + anchor(link.archive_url) + esc(when), "archive"))
    detail = link.detail or (check.reference.skip_reason or "")
    if link.dead_since:
        detail += f" · failing since {link.dead_since} ({link.checks} checks)"
    if detail:
        parts.append(el("p", esc(detail), "detail muted"))
    return parts


def _meta_table(check: ReferenceCheck, parse_only: bool) -> str:
    ref = check.reference
    date = ref.date.value.isoformat() if ref.date else (ref.date_text or "")
    if ref.date and ref.date.text:
        date += f" ({ref.date.text}, {ref.date.calendar.value})"
    page_dates = " / ".join(
        f"{name} {value.isoformat()}"
        for name, value in (("published", check.page_published), ("modified", check.page_modified))
        if value
    )
    rows = [("title", ref.title or "", check.page_title or ""), ("date", date, page_dates)]
    head = "<tr><th></th>" + el("th", "reference") + ("" if parse_only else el("th", "page")) + "</tr>"
    cells = "".join(
        "<tr>"
        + el("th", esc(a))
        + el("td", esc(b), lang=ref.language or "")
        + ("" if parse_only else el("td", esc(c)))
        + "</tr>"
        for a, b, c in rows
    )
    return f'<table class="meta">{head}{cells}</table>'


def claim_block(check: ClaimCheck, parse_only: bool) -> str:
    """A claim, its quotations, and each result with the evidence beside it."""
    claim = check.claim
    markers = ", ".join(str(m) for m in claim.markers)
    parts = [
        el("div", esc(f"Line {claim.line} · marker {markers}"), "muted"),
        el("p", esc(claim.core), "core"),
    ]
    if claim.quotes:
        items = "".join(el("li", esc(f"line {q.line}: ") + el("q", esc(q.text))) for q in claim.quotes)
        parts.append(f'<ul class="quotes">{items}</ul>')
    if not parse_only:
        for result, severity in zip(check.results, result_severities(check), strict=True):
            parts.append(result_block(result, claim.core, severity))
    return f'<article class="claim">{"".join(parts)}</article>'


def result_block(result: ClaimResult, core: str, severity: Severity) -> str:
    """The quotation (claim-side differences in <del>) beside the evidence (source side in <ins>)."""
    said = result.quote if result.quote is not None else core
    ref = f"reference {result.reference}" if result.reference is not None else "no reference"
    head = badge(result.verdict.value, severity if severity is not Severity.INFO else None)
    head += " " + el("span", esc(f"{result.score:.2f} · {ref}" + (" · archived" if result.archived else "")))
    claim_side = el("div", head + el("blockquote", mark(said, (d.claim for d in result.differences), "del")))
    evidence = result.evidence or ""
    source_side = el(
        "div",
        el("div", "source says", "muted")
        + (
            el("blockquote", mark(evidence, (d.source for d in result.differences), "ins"))
            if evidence
            else ""
        ),
    )
    parts = [el("div", claim_side + source_side, "result")]
    if result.differences:
        items = "".join(
            el("li", esc(f"{d.kind.value}: ") + el("del", esc(d.claim)) + " → " + el("ins", esc(d.source)))
            for d in result.differences
        )
        parts.append(f'<ul class="differences">{items}</ul>')
    if result.note:
        parts.append(el("p", esc(result.note), "note muted"))
    return "".join(parts)
