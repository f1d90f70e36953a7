"""read_page dispatch: HTML, PDF, plain text, anything else; PDF text and metadata."""

from __future__ import annotations

import datetime as dt

from refcheck.extract import read_page

URL = "https://example.org/doc"


def _escape(text: str) -> bytes:
    return text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per entry, 14 pt apart, top to bottom."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = []
    number = 4
    for lines in pages:
        stream = (
            b"BT /F1 12 Tf 14 TL 72 720 Td "
            + b" ".join(b"(%s) Tj T*" % _escape(line) for line in lines)
            + b" ET"
        )
        objects[number + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (number + 1)
        )
        kids.append(number)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    trailer_info = b""
    if info:
        objects[number] = (
            b"<< " + b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in info.items()) + b" >>"
        )
        trailer_info = b" /Info %d 0 R" % number
    out = b"%PDF-1.4\n"
    offsets = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (key, objects[key])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[key] for key in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer_info, xref)
    return out


def test_pdf_text_title_and_dates() -> None:
    body = build_pdf(
        [["Russia and the Taliban", "Prospective partners"], ["Second page text"]],
        info={
            "Title": "Russia and the Taliban",
            "CreationDate": "D:20210914090000+01'00'",
            "ModDate": "D:20210915",
        },
    )
    page = read_page(body, "application/pdf", URL)
    assert page.text == "Russia and the Taliban\nProspective partners\n\nSecond page text"
    assert page.title == "Russia and the Taliban"
    assert (page.published, page.modified) == (dt.date(2021, 9, 14), dt.date(2021, 9, 15))


def test_pdf_is_recognised_by_its_signature() -> None:
    body = build_pdf([["Signature sniffed"]])
    assert read_page(body, "application/octet-stream", URL).text == "Signature sniffed"
    assert read_page(body, None, URL).text == "Signature sniffed"


def test_pdf_without_text_or_broken_gives_empty_text() -> None:
    assert read_page(build_pdf([[]]), "application/pdf", URL).text == ""
    assert read_page(b"%PDF-1.4\nthis is not a pdf", "application/pdf", URL).text == ""
    assert read_page(b"", "application/pdf", URL).text == ""


def test_plain_text_is_kept_as_is() -> None:
    text = "Line one\n  indented  line\n\nوزیر دفاع"
    assert read_page(text.encode(), "text/plain; charset=utf-8", URL).text == text


def test_other_content_types_give_empty_text() -> None:
    assert read_page(b"\x89PNG\r\n", "image/png", URL).text == ""
    assert read_page(b"{}", "application/json", URL).text == ""


def test_html_without_content_type_is_sniffed() -> None:
    page = read_page(
        b"<!doctype html><html><head><title>T</title></head><body><p>Hi</p></body></html>", None, URL
    )
    assert (page.title, page.text) == ("T", "Hi")
    assert (
        read_page(
            b"<?xml version='1.0'?><html><body><p>X</p></body></html>", "application/xhtml+xml", URL
        ).text
        == "X"
    )


def test_html_answering_a_pdf_link_or_octet_stream_is_read_as_html() -> None:
    html = b"<!DOCTYPE html><html><body><p>Please verify you are human</p></body></html>"
    assert read_page(html, "application/pdf", URL).text == "Please verify you are human"
    assert read_page(html, "application/octet-stream", URL).text == "Please verify you are human"
