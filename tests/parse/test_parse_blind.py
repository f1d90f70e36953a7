"""Reports written blind to the parser by a tester (one per language), with what a correct parse gives.

Each tests/fixtures/blind/<report>.expected.json lists per entry its number, date (ISO; 4 or 7 characters
for year or month precision, compared as a prefix), calendar, URL and where it came from (and title
where given); per claim its markers and quotations (and core where given); the problems as [code, ref].
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from refcheck.models import Document
from refcheck.parse.document import parse_document
from refcheck.parse.formats import read_report

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"
REPORTS = sorted(p for p in BLIND.iterdir() if p.suffix in {".md", ".txt"} and p.stem != "README")


def squeeze(text: str | None) -> str:
    return " ".join((text or "").split())


def parse(path: Path) -> Document:
    return parse_document(read_report(path), path.name, today=dt.date(2026, 11, 25))


def expected(path: Path) -> dict[str, Any]:
    return json.loads((BLIND / f"{path.name}.expected.json").read_text("utf-8"))


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_entries(path: Path) -> None:
    document, want = parse(path), expected(path)
    got = {reference.number: reference for reference in document.references}
    assert sorted(got) == [entry["number"] for entry in want["references"]]
    for entry in want["references"]:
        reference = got[entry["number"]]
        if entry["date"] is None:
            assert reference.date is None, entry["number"]
        else:
            assert reference.date is not None, entry["number"]
            assert reference.date.value.isoformat().startswith(entry["date"]), entry["number"]
            assert reference.date.calendar.value == entry["calendar"], entry["number"]
        assert reference.url == entry["url"], entry["number"]
        if entry["url"]:
            assert reference.url_source is not None and reference.url_source.value == entry["url_source"]
        if "title" in entry:
            assert squeeze(reference.title) == entry["title"], entry["number"]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_claims_and_quotations(path: Path) -> None:
    document, want = parse(path), expected(path)
    assert [list(claim.markers) for claim in document.claims] == [
        claim["markers"] for claim in want["claims"]
    ]
    for claim, wanted in zip(document.claims, want["claims"], strict=True):
        assert sorted(squeeze(q.text) for q in claim.quotes) == sorted(squeeze(q) for q in wanted["quotes"])
        if "core" in wanted:
            assert squeeze(claim.core) == squeeze(wanted["core"])


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_problems(path: Path) -> None:
    document, want = parse(path), expected(path)
    assert {(p.code.value, p.reference) for p in document.problems} == {tuple(p) for p in want["problems"]}
