"""Pandoc Markdown superscripts (^3^) are footnote markers (trial finding 12)."""

from __future__ import annotations

from pathlib import Path

from refcheck.parse.claims import extract_claims
from refcheck.parse.document import parse_document
from refcheck.parse.formats import read_report
from refcheck.parse.lines import LineIndex, paragraphs
from refcheck.parse.markers import find_markers

BRIEF = """# Canal brief

The canal will carry water to the north. Work began in February 2024.^1^ Neighbours
“voiced concern about the river’s flow.”^2^

Trade rose to $3 billion in 2023.^1,2^ A later sentence.

## References

1. Kabul Ledger, "Canal works begin", 22 March 2024, https://kabulledger.example/canal
2. Steppe Wire, "Neighbours worry", 3 April 2024, https://steppe.example/worry
"""


def test_pandoc_superscripts_are_certain_markers() -> None:
    text = "Work began.^1^ Then more.^2,3^ And ^12^ here."
    markers = find_markers(text)
    assert [marker.numbers for marker in markers] == [(1,), (2, 3), (12,)]
    assert all(marker.certain for marker in markers)


def test_carets_around_anything_but_digits_are_no_marker() -> None:
    assert find_markers("Area grows as x^2 + y^2 with r^a^ and ^th^ suffixes") == []


def test_claims_of_a_pandoc_markdown_report(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(BRIEF, encoding="utf-8")
    document = parse_document(read_report(path), "brief.md")
    assert [citation.marker for citation in document.citations] == [1, 2, 1, 2]
    assert [(claim.markers, claim.core) for claim in document.claims] == [
        ((1,), "Work began in February 2024."),
        ((2,), "Neighbours “voiced concern about the river’s flow.”"),
        ((1, 2), "Trade rose to $3 billion in 2023."),
    ]
    assert not [p for p in document.problems if p.code.value == "uncited_reference"]


def test_a_pandoc_marker_closes_a_paragraph_like_any_other_marker() -> None:
    text = (
        "The mission said the road would reopen in the spring of next year.^4^\n\n"
        "The governor then announced a second road through the northern valley.^5^\n"
    )
    assert len(paragraphs(text)) == 2
    claims = extract_claims(text, paragraphs(text), find_markers(text), LineIndex.of(text))
    assert [claim.line for claim in claims] == [1, 3]
