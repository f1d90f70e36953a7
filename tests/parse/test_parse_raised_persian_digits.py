"""A raised marker in Persian or Arabic-Indic digits (Word's superscript run, HTML <sup>) is a marker even
after a number and a full stop ("…in 2023”.^۵^", "په 2023.^۵^"), where a plain digit reads as a decimal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from refcheck.parse.document import parse_document
from refcheck.parse.formats import read_report, superscript

# (text before the raised marker, the marker as typed)
SENTENCES = [
    ("صادرات ډېر شول، په 2023.", "۳"),
    ("صادرات ډېر شول، په ۲۰۲۳.", "۳"),
    ("بانک لیکي: “Exports grew to 1.4 billion dollars in 2023”.", "۳"),
    ("وارداتو په ٢٠٢٣ کې زیاتوالی وموند.", "٣"),
]
REFERENCES = "سرچینې", "۳. World Bank, “Trade note”, 2024, https://bank.example/trade"


def _docx(tmp_path: Path, before: str, marker: str) -> Path:
    document = docx.Document()
    paragraph = document.add_paragraph("لومړۍ جمله. ")
    paragraph.add_run(before)
    paragraph.add_run(marker).font.superscript = True
    for line in REFERENCES:
        document.add_paragraph(line)
    path = tmp_path / "brief.docx"
    document.save(str(path))
    return path


def _html(tmp_path: Path, before: str, marker: str) -> Path:
    body = f"<p>لومړۍ جمله. {before}<sup>{marker}</sup></p>" + "".join(f"<p>{x}</p>" for x in REFERENCES)
    path = tmp_path / "brief.html"
    path.write_text(f'<html dir="rtl"><body>{body}</body></html>', encoding="utf-8")
    return path


@pytest.mark.parametrize("write", [_docx, _html])
@pytest.mark.parametrize(("before", "marker"), SENTENCES)
def test_raised_persian_digit_after_a_number_is_a_marker(
    tmp_path: Path, write: Callable[[Path, str, str], Path], before: str, marker: str
) -> None:
    path = write(tmp_path, before, marker)
    document = parse_document(read_report(path), path.name)
    assert [claim.markers for claim in document.claims] == [(3,)]
    assert document.claims[0].core == before
    assert [citation.marker for citation in document.citations] == [3]
    assert not [p for p in document.problems if p.code.value == "uncited_reference"]


def test_the_quotation_before_the_marker_is_checked(tmp_path: Path) -> None:
    path = _docx(tmp_path, *SENTENCES[2])
    claim = parse_document(read_report(path), path.name).claims[0]
    assert [quote.text for quote in claim.quotes] == ["Exports grew to 1.4 billion dollars in 2023"]


def test_superscript_of_every_digit_script() -> None:
    assert superscript("۱۲") == superscript("١٢") == superscript("12") == "¹²"
    assert superscript("[۲، ۴]") == "²،⁴"
