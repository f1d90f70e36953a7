"""read_report: Markdown/text, HTML, DOCX and PDF reports -> lines of text and their hyperlinks."""

from __future__ import annotations

import codecs
from pathlib import Path

import docx
import docx.opc.constants
import docx.oxml
import docx.oxml.shared
import pytest
from docx.enum.text import WD_BREAK

from refcheck.errors import InputError
from refcheck.parse.formats import Hyperlink, ReportText, markdown_links, read_report, superscript
from refcheck.parse.formats_docx import field_link

REPO = Path(__file__).resolve().parents[2]
AA_LINE = (
    "6 خبرگزاری اناتولی، د لاس رسي لینک: [رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان "
    "\\(aa.com.tr\\)](http://aa.com.tr)"
)
AA_TEXT = "رزمایش مشترک روسیه، ازبکستان و تاجیکستان در مرز با افغانستان (aa.com.tr)"


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# --- Markdown and text ----------------------------------------------------------------------------


def test_markdown_text_is_unchanged_and_links_are_found(tmp_path: Path) -> None:
    text = (
        "# Title\n\nBody with a marker.²\n\nREFERENCES\n\n"
        "³ BBC, title, د لاس رسي لينک: [رزمایش پیمان امنیت جمعی - BBC News](#) - فارسی\n\n"
        f"{AA_LINE}\n\nSee <https://tass.com/politics/1618835> and https://bare.example/url.\n"
    )
    report = read_report(_write(tmp_path, "r.md", text))
    assert report.text == text
    assert report.links == (
        Hyperlink(7, "رزمایش پیمان امنیت جمعی - BBC News", "#"),
        Hyperlink(9, AA_TEXT, "http://aa.com.tr"),
        Hyperlink(11, "https://tass.com/politics/1618835", "https://tass.com/politics/1618835"),
    )


def test_markdown_link_forms() -> None:
    text = (
        '[empty]() and [title](https://a.org/x "The title") and [paren](https://w.org/A_(b))\n'
        "![image](https://img.org/x.png) and \\[not](a link) and `[code](x)`\n"
        "```\n[fenced](https://no.org)\n```\n"
        "[**bold** _text_ my_var_name][ref] and [multi\nline](<https://m.org>) and "
        '<a href="https://h.org">raw <b>html</b></a>\n'
        "[ref]: https://ref.org/page\n"
    )
    assert markdown_links(text) == (
        Hyperlink(1, "empty", ""),
        Hyperlink(1, "title", "https://a.org/x"),
        Hyperlink(1, "paren", "https://w.org/A_(b)"),
        Hyperlink(6, "bold text my_var_name", "https://ref.org/page"),
        Hyperlink(6, "multi line", "https://m.org"),
        Hyperlink(7, "raw html", "https://h.org"),
    )


def test_example_report_links() -> None:
    path = REPO / "reports" / "weekly-analysis-420.md"  # part of the repository
    report = read_report(path)
    assert report.text == path.read_text(encoding="utf-8")
    urls = {link.url: link for link in report.links}
    assert urls["http://aa.com.tr"].text == AA_TEXT
    assert urls["#"].text.startswith("رزمایش پیمان امنیت جمعی")
    lines = report.text.splitlines()
    assert "(http://aa.com.tr)" in lines[urls["http://aa.com.tr"].line - 1]


def test_text_encodings(tmp_path: Path) -> None:
    assert (
        read_report(_write(tmp_path, "a.txt", codecs.BOM_UTF8 + "پښتو\r\nدری".encode())).text == "پښتو\nدری"
    )
    utf16 = codecs.BOM_UTF16_LE + "عربي [x](#)".encode("utf-16-le")
    assert read_report(_write(tmp_path, "b.markdown", utf16)) == ReportText(
        "عربي [x](#)", (Hyperlink(1, "x", "#"),)
    )
    with pytest.raises(InputError) as raised:
        read_report(_write(tmp_path, "c.md", b"line one\nline two \xff\xfe bad\n"))
    assert raised.value.line == 2
    assert "byte 18" in str(raised.value) and "c.md" in str(raised.value)


def test_missing_unsupported_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_report(tmp_path / "missing.md")
    with pytest.raises(InputError, match=r"unsupported report format '\.odt'"):
        read_report(_write(tmp_path, "x.odt", b"x"))
    (tmp_path / "dir.md").mkdir()
    with pytest.raises(InputError, match="directory"):
        read_report(tmp_path / "dir.md")
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        read_report(_write(tmp_path, "broken.docx", b"not a zip"))
    with pytest.raises(InputError, match="not a readable PDF"):
        read_report(_write(tmp_path, "broken.pdf", b"%PDF-1.4 nothing else"))


# --- HTML -------------------------------------------------------------------------------------------


def test_html_blocks_links_and_superscripts(tmp_path: Path) -> None:
    html = """<html><head><title>Not text</title><style>p{}</style></head><body>
<h1>Weekly   Analysis</h1>
<p>Putin was among the first<sup>1</sup> and <b>Kab</b>ulov said so.<sup><a href="#fn3">[3]</a></sup>
<br>Next line</p>
<script>var x = 1;</script>
<h2>References</h2>
<ol>
<li>Rise to peace, <a href="https://www.risetopeace.org/x/">The Evolving
   Russian-Taliban Relations</a></li>
<li>BBC, <a href="#">رزمایش پیمان امنیت جمعی</a></li>
</ol>
<ol start="8"><li>RFI <a href="http://aa.com.tr">home</a></li></ol>
<ul><li>bullet</li></ul>
<table><tr><td>cell one</td><td>cell <a href="rel/page.html">two</a></td></tr></table>
</body></html>"""
    report = read_report(_write(tmp_path, "r.html", html))
    assert report.text.splitlines() == [
        "# Weekly Analysis",  # headings are marked as in Markdown, so no page-break rule joins them
        "",
        "Putin was among the first¹ and Kabulov said so.³",
        "Next line",
        "",
        "# References",
        "",
        "1. Rise to peace, The Evolving Russian-Taliban Relations",
        "2. BBC, رزمایش پیمان امنیت جمعی",
        "",
        "8. RFI home",
        "",
        "bullet",
        "",
        "cell one",
        "cell two",
    ]
    assert report.links == (
        Hyperlink(8, "The Evolving Russian-Taliban Relations", "https://www.risetopeace.org/x/"),
        Hyperlink(9, "رزمایش پیمان امنیت جمعی", "#"),
        Hyperlink(11, "home", "http://aa.com.tr"),
        Hyperlink(16, "two", "rel/page.html"),
    )


def test_html_in_windows_1256_with_meta(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1256"></head><body><p>نشست فارمت مسکو</p></body></html>'
    assert read_report(_write(tmp_path, "r.htm", html.encode("cp1256"))).text == "نشست فارمت مسکو"


def test_superscript() -> None:
    assert superscript("12") == "¹²"
    assert superscript("[3]") == "³"
    assert superscript("3, 4") == "³,⁴"


# --- DOCX -------------------------------------------------------------------------------------------


def _add_hyperlink(paragraph: object, url: str, text: str) -> None:
    """python-docx's documented oxml recipe for an external hyperlink."""
    part = paragraph.part  # type: ignore[attr-defined]
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = docx.oxml.shared.OxmlElement("w:hyperlink")
    hyperlink.set(docx.oxml.shared.qn("r:id"), r_id)
    run = docx.oxml.shared.OxmlElement("w:r")
    text_element = docx.oxml.shared.OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)  # type: ignore[attr-defined]


def _field_hyperlink(paragraph: object, url: str, text: str) -> None:
    """A hyperlink written as a complex field (HYPERLINK "url"), as some Word versions save them."""

    def run_with(tag: str, **attrs: str) -> object:
        run = docx.oxml.shared.OxmlElement("w:r")
        child = docx.oxml.shared.OxmlElement(tag)
        for key, value in attrs.items():
            child.set(docx.oxml.shared.qn(key), value)
        run.append(child)
        return run, child

    begin, _ = run_with("w:fldChar", **{"w:fldCharType": "begin"})
    instr, instr_text = run_with("w:instrText")
    instr_text.text = f' HYPERLINK "{url}" \\o "tip" '  # type: ignore[attr-defined]
    separate, _ = run_with("w:fldChar", **{"w:fldCharType": "separate"})
    shown, shown_text = run_with("w:t")
    shown_text.text = text  # type: ignore[attr-defined]
    end, _ = run_with("w:fldChar", **{"w:fldCharType": "end"})
    for run in (begin, instr, separate, shown, end):
        paragraph._p.append(run)  # type: ignore[attr-defined]


def test_docx_paragraphs_links_superscripts_lists_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Weekly Analysis", level=1)
    body = document.add_paragraph("Russia and the Taliban share interests.")
    body.add_run("2").font.superscript = True
    body.add_run(" Next sentence.")
    body.add_run().add_break(WD_BREAK.LINE)
    body.add_run("After a line break.")
    document.add_paragraph("References")
    entry = document.add_paragraph("BBC, ")
    _add_hyperlink(entry, "https://www.bbc.com/persian/world-58956417", "رزمایش پیمان امنیت جمعی - BBC News")
    numbered = document.add_paragraph("Rise to peace, ", style="List Number")
    _add_hyperlink(numbered, "https://www.risetopeace.org/x/", "The Evolving Relations")
    document.add_paragraph("Second item, ", style="List Number").add_run("no link")
    field = document.add_paragraph("Field link: ")
    _field_hyperlink(field, "https://tass.com/politics/1618835", "TASS")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "cell one"
    _add_hyperlink(table.cell(0, 1).paragraphs[0], "http://aa.com.tr", "aa.com.tr")
    path = tmp_path / "r.docx"
    document.save(str(path))

    report = read_report(path)
    assert report.text.splitlines() == [
        "# Weekly Analysis",  # a Heading style, marked as in Markdown
        "",
        "Russia and the Taliban share interests.² Next sentence.",
        "After a line break.",
        "",
        "References",
        "",
        "BBC, رزمایش پیمان امنیت جمعی - BBC News",
        "",
        "1. Rise to peace, The Evolving Relations",
        "2. Second item, no link",
        "",
        "Field link: TASS",
        "",
        "cell one",
        "aa.com.tr",
    ]
    assert report.links == (
        Hyperlink(8, "رزمایش پیمان امنیت جمعی - BBC News", "https://www.bbc.com/persian/world-58956417"),
        Hyperlink(10, "The Evolving Relations", "https://www.risetopeace.org/x/"),
        Hyperlink(13, "TASS", "https://tass.com/politics/1618835"),
        Hyperlink(16, "aa.com.tr", "http://aa.com.tr"),
    )


def test_field_link() -> None:
    assert field_link(' HYPERLINK "https://a.org/x" ') == "https://a.org/x"
    assert field_link('HYPERLINK \\l "_Toc1" \\o "tip"') == "#_Toc1"
    assert field_link(" PAGEREF _Toc1 \\h ") is None


# --- PDF --------------------------------------------------------------------------------------------


def _escape(text: str) -> bytes:
    return text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(pages: list[list[str]], links: list[tuple[int, int, str]] = ()) -> bytes:
    """A minimal PDF: Helvetica lines 14 pt apart from y=720; links: (page, line index, URI) annotations."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids, number = [], 4
    for page_index, lines in enumerate(pages):
        stream = (
            b"BT /F1 12 Tf 14 TL 72 720 Td "
            + b" ".join(b"(%s) Tj T*" % _escape(line) for line in lines)
            + b" ET"
        )
        page_id, content_id = number, number + 1
        number += 2
        annots = []
        for link_page, line_index, uri in links:
            if link_page == page_index:
                y = 720 - 14 * line_index
                objects[number] = (
                    b"<< /Type /Annot /Subtype /Link /Rect [70 %d 500 %d] /Border [0 0 0] "
                    b"/A << /S /URI /URI (%s) >> >>" % (y - 3, y + 11, uri.encode())
                )
                annots.append(b"%d 0 R" % number)
                number += 1
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R /Annots [%s] >>" % (content_id, b" ".join(annots))
        )
        kids.append(b"%d 0 R" % page_id)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out, offsets = b"%PDF-1.4\n", {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (key, objects[key])
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(
        b"%010d 00000 n \n" % offsets[k] for k in range(1, size)
    )
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)


def test_pdf_text_pages_and_link_annotations(tmp_path: Path) -> None:
    data = build_pdf(
        [
            ["Weekly Analysis", "Body text of page one."],
            [
                "REFERENCES",
                "1 Rise to peace, available at:",
                "The Evolving Russian-Taliban Relations",
                "2 Tass",
            ],
        ],
        links=[(1, 2, "https://www.risetopeace.org/x/"), (1, 3, "https://tass.com/politics/1618835")],
    )
    report = read_report(_write(tmp_path, "r.pdf", data))
    assert report.text.splitlines() == [
        "Weekly Analysis",
        "Body text of page one.",
        "",
        "REFERENCES",
        "1 Rise to peace, available at:",
        "The Evolving Russian-Taliban Relations",
        "2 Tass",
    ]
    assert report.links == (
        Hyperlink(6, "The Evolving Russian-Taliban Relations", "https://www.risetopeace.org/x/"),
        Hyperlink(7, "2 Tass", "https://tass.com/politics/1618835"),
    )


def test_docx_footnotes_become_numbered_notes(tmp_path: Path) -> None:
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    paragraph = document.add_paragraph("Kabulov said the interests are the same.")
    for note_id in ("7", "3"):  # Word numbers notes in the order they are cited, whatever their ids
        run = docx.oxml.shared.OxmlElement("w:r")
        reference = docx.oxml.shared.OxmlElement("w:footnoteReference")
        reference.set(docx.oxml.shared.qn("w:id"), note_id)
        run.append(reference)
        paragraph._p.append(run)
    notes = (
        f'<w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
        " RUSI, Russia and the Taliban</w:t></w:r></w:p></w:footnote>"
        '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Rise to peace,'
        " The Evolving Relations</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, notes.encode(), document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    path = tmp_path / "notes.docx"
    document.save(str(path))

    assert read_report(path).text.splitlines() == [
        "Kabulov said the interests are the same.¹²",
        "",
        "Notes",
        "",
        "1 Rise to peace, The Evolving Relations",
        "",
        "2 RUSI, Russia and the Taliban",
    ]


def test_pdf_link_whose_text_wraps_is_placed_on_its_first_line(tmp_path: Path) -> None:
    data = build_pdf(
        [["Intro", "see Russia and the", "Taliban partners", "end"]], links=[(0, 1, "https://rusi.org/x")]
    )
    report = read_report(_write(tmp_path, "w.pdf", data))
    assert report.links == (Hyperlink(2, "see Russia and the", "https://rusi.org/x"),)
    no_text = build_pdf([["Only line", "second"]], links=[(0, 9, "https://nowhere.org/")])
    assert read_report(_write(tmp_path, "n.pdf", no_text)).links == (
        Hyperlink(1, "", "https://nowhere.org/"),
    )


def test_html_list_items_holding_paragraphs_keep_their_number_on_the_line(tmp_path: Path) -> None:
    html = "<p>Intro</p><ol><li><p>First <a href='https://a.org'>entry</a></p><p>more</p></li><li>Second</li></ol>"
    report = read_report(_write(tmp_path, "l.html", html))
    assert report.text.splitlines() == ["Intro", "", "1. First entry", "", "more", "", "2. Second"]
    assert report.links == (Hyperlink(3, "entry", "https://a.org"),)
