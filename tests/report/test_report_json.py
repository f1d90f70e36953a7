"""The JSON output: DESIGN.md's keys, in order, with enum values and ISO dates."""

from __future__ import annotations

import json

from refcheck.models import RunResult
from refcheck.report import render
from refcheck.report.json_format import JsonFormatter

REFERENCE_KEYS = [
    "number",
    "line",
    "text",
    "title",
    "outlet",
    "url",
    "url_source",
    "report_url",
    "date",
    "date_text",
    "calendar",
    "language",
    "scripts",
    "skip_reason",
    "link",
    "page",
]
LINK_KEYS = [
    "status",
    "http_status",
    "final_url",
    "redirects",
    "archive_url",
    "archive_timestamp",
    "checked_at",
    "detail",
    "from_cache",
    "dead_since",
    "checks",
]
RESULT_KEYS = ["reference", "quote", "verdict", "score", "evidence", "differences", "archived", "note"]


def test_top_level_and_summary(run: RunResult, expected: dict[str, int]) -> None:
    data = json.loads(render(run, "json", version="0.1.0"))
    assert list(data) == ["schema_version", "tool", "summary", "input_errors", "reports"]
    assert data["schema_version"] == 1
    assert data["tool"] == {"name": "refcheck", "version": "0.1.0"}
    summary = data["summary"]
    assert (summary["errors"], summary["warnings"]) == (expected["errors"], expected["warnings"])
    assert (summary["reports"], summary["references"], summary["claims"]) == (1, 5, 5)


def test_report_problems_and_references(run: RunResult) -> None:
    report = json.loads(JsonFormatter().render(run))["reports"][0]
    assert list(report) == ["path", "language", "scripts", "problems", "references", "claims"]
    assert report["scripts"] == ["latin", "arabic"]
    assert report["problems"][0] == {
        "code": "missing_reference",
        "severity": "error",
        "reference": 7,
        "line": 40,
        "message": "marker 7 is cited but has no entry",
    }
    assert len(report["problems"]) == 2  # the repeated document problem is shown once
    refs = {r["number"]: r for r in report["references"]}
    assert list(refs[2]) == REFERENCE_KEYS
    persian = refs[2]
    assert persian["date"] == "2023-09-29" and persian["calendar"] == "solar_hijri"
    assert persian["date_text"] == "۷/۷/۱۴۰۲" and persian["url_source"] == "config"
    assert persian["report_url"] == "https://bbc.com/persian"
    assert list(persian["link"]) == LINK_KEYS
    assert persian["link"]["status"] == "not_found" and persian["link"]["http_status"] == 404
    assert persian["link"]["archive_url"].startswith("https://web.archive.org/")
    assert persian["page"] is None
    assert refs[1]["page"] == {"title": "Aid cut - BBC News", "published": "2021-10-22", "modified": None}
    assert refs[3]["link"]["redirects"] == [
        {"url": "http://example.org/old", "http_status": 301},
        {"url": "https://example.org/old", "http_status": 308},
    ]


def test_claims_and_results(run: RunResult) -> None:
    claims = json.loads(render(run, "json"))["reports"][0]["claims"]
    assert list(claims[0]) == ["markers", "line", "text", "core", "quotes", "results"]
    assert claims[0]["quotes"] == [{"text": "aid will resume", "line": 10}]
    close = claims[1]["results"][0]
    assert list(close) == RESULT_KEYS
    assert close["verdict"] == "close" and close["score"] == 0.93
    assert close["differences"][0] == {"kind": "name", "claim": "Kodashov", "source": "Kudashev"}
    assert claims[4]["markers"] == [1, 3]
    assert [r["verdict"] for r in claims[4]["results"]] == ["not_found", "supported"]


def test_persian_text_is_not_escaped(run: RunResult) -> None:
    text = render(run, "json")
    assert "سازمان‌های ملل متحد" in text  # ensure_ascii=False, ZWNJ kept
    assert text.startswith('{\n  "schema_version": 1')  # indent 2


def test_parse_only_has_the_same_keys_without_links(run: RunResult, parsed_run: RunResult) -> None:
    for source in (run, parsed_run):
        report = json.loads(render(source, "json", show_parse_only=True))["reports"][0]
        assert all(r["link"] is None and r["page"] is None for r in report["references"])
        assert all(c["results"] == [] for c in report["claims"])
        assert list(report["references"][0]) == REFERENCE_KEYS
        assert len(report["references"]) == 5 and len(report["claims"]) == 5
        assert [p["code"] for p in report["problems"]] == ["missing_reference", "duplicate_reference"]


def test_input_errors(run_with_input_error: RunResult) -> None:
    data = json.loads(render(run_with_input_error, "json"))
    assert data["input_errors"] == ["reports/broken.pdf: cannot read: not a PDF"]
    assert data["summary"]["input_errors"] == 1
