"""The JSON output (``--format json``): DESIGN.md's keys, in a stable order, schema_version 1.

Enum members appear as their values, dates as ISO strings, missing values as null. With
``show_parse_only`` (``refcheck parse``) the same keys are written with ``link``/``page`` null and
``results`` empty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from refcheck.models import (
    ClaimCheck,
    ClaimResult,
    LinkCheck,
    Problem,
    ReferenceCheck,
    ReportCheck,
    RunResult,
)
from refcheck.report.policy import claim_checks, reference_checks, report_problems, tally

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class JsonFormatter:
    """Renders a run as one JSON document (indent 2, UTF-8 text kept as is)."""

    show_parse_only: bool = False
    version: str | None = None  # refcheck's version, given by the CLI
    color: bool = False  # unused; every formatter takes the same options
    width: int | None = None  # unused

    def render(self, run: RunResult) -> str:
        return (
            json.dumps(run_to_dict(run, self.show_parse_only, self.version), ensure_ascii=False, indent=2)
            + "\n"
        )


def run_to_dict(run: RunResult, parse_only: bool = False, version: str | None = None) -> dict[str, Any]:
    """The whole run as plain JSON-ready data."""
    counts = tally(run)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "refcheck", "version": version},
        "summary": {
            "errors": counts.errors,
            "warnings": counts.warnings,
            "info": counts.info,
            "input_errors": len(run.input_errors),
            "reports": len(run.reports),
            "references": sum(len(reference_checks(r)) for r in run.reports),
            "claims": sum(len(claim_checks(r)) for r in run.reports),
        },
        "input_errors": list(run.input_errors),
        "reports": [report_to_dict(report, parse_only) for report in run.reports],
    }


def report_to_dict(report: ReportCheck, parse_only: bool = False) -> dict[str, Any]:
    doc = report.document
    return {
        "path": doc.path,
        "language": doc.language,
        "scripts": list(doc.scripts),
        "problems": [problem_to_dict(p) for p in report_problems(report)],
        "references": [reference_to_dict(c, parse_only) for c in reference_checks(report)],
        "claims": [claim_to_dict(c, parse_only) for c in claim_checks(report)],
    }


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    return {
        "code": problem.code.value,
        "severity": problem.severity.value,
        "reference": problem.reference,
        "line": problem.line,
        "message": problem.message,
    }


def reference_to_dict(check: ReferenceCheck, parse_only: bool = False) -> dict[str, Any]:
    ref = check.reference
    page = None
    if not parse_only and (check.page_title or check.page_published or check.page_modified):
        page = {
            "title": check.page_title,
            "published": check.page_published.isoformat() if check.page_published else None,
            "modified": check.page_modified.isoformat() if check.page_modified else None,
        }
    return {
        "number": ref.number,
        "line": ref.line,
        "text": ref.text,
        "title": ref.title,
        "outlet": ref.outlet,
        "url": ref.url,
        "url_source": ref.url_source.value if ref.url_source else None,
        "report_url": ref.report_url,
        "date": ref.date.value.isoformat() if ref.date else None,
        "date_text": ref.date_text if ref.date_text is not None else (ref.date.text if ref.date else None),
        "calendar": ref.date.calendar.value if ref.date else None,
        "language": ref.language,
        "scripts": list(ref.scripts),
        "skip_reason": ref.skip_reason,
        "link": None if parse_only or check.link is None else link_to_dict(check.link),
        "page": page,
    }


def link_to_dict(link: LinkCheck) -> dict[str, Any]:
    return {
        "status": link.status.value,
        "http_status": link.http_status,
        "final_url": link.final_url,
        "redirects": [{"url": r.url, "http_status": r.http_status} for r in link.redirects],
        "archive_url": link.archive_url,
        "archive_timestamp": link.archive_timestamp,
        "checked_at": link.checked_at,
        "detail": link.detail,
        "from_cache": link.from_cache,
        "dead_since": link.dead_since,
        "checks": link.checks,
    }


def claim_to_dict(check: ClaimCheck, parse_only: bool = False) -> dict[str, Any]:
    claim = check.claim
    return {
        "markers": list(claim.markers),
        "line": claim.line,
        "text": claim.text,
        "core": claim.core,
        "quotes": [{"text": q.text, "line": q.line} for q in claim.quotes],
        "results": [] if parse_only else [result_to_dict(r) for r in check.results],
    }


def result_to_dict(result: ClaimResult) -> dict[str, Any]:
    return {
        "reference": result.reference,
        "quote": result.quote,
        "verdict": result.verdict.value,
        "score": round(result.score, 4),
        "evidence": result.evidence,
        "differences": [
            {"kind": d.kind.value, "claim": d.claim, "source": d.source} for d in result.differences
        ],
        "archived": result.archived,
        "note": result.note,
    }
