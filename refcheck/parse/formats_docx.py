"""DOCX reports: paragraphs as lines, hyperlinks, superscript footnote markers, footnotes and endnotes."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from refcheck.errors import InputError

from .report_text import (
    FOOTNOTE_MARK,
    LINE,
    PARAGRAPH,
    LineBuilder,
    ReportText,
    superscript,
)

# --- DOCX --------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_DOCX_CONTAINERS = frozenset(
    f"{_W}{name}" for name in ("ins", "smartTag", "customXml", "sdt", "sdtContent", "moveTo", "dir", "bdo")
)
_FIELD_TOKEN = re.compile(r'"[^"]*"|\S+')
_NOTE_KINDS = ("footnote", "endnote")
# What a damaged zip container raises while python-docx opens it.
_BROKEN_ZIP = (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError)


@dataclass(frozen=True, slots=True)
class _Numbering:
    """Word's list numbering: numId -> (level -> (format, text pattern, start))."""

    levels: dict[str, dict[str, tuple[str, str, int]]]
    style_numbers: dict[str, tuple[str, str]]  # paragraph style id -> (numId, level)


def field_link(instruction: str) -> str | None:
    """The target of a Word ``HYPERLINK "url" \\l "anchor"`` field, or None for another field."""
    tokens = [token.strip('"') for token in _FIELD_TOKEN.findall(instruction)]
    if not tokens or tokens[0].upper() != "HYPERLINK":
        return None
    url, anchor, index = "", "", 1
    while index < len(tokens):
        token = tokens[index]
        if token.lower() in {"\\l", "\\o", "\\t"}:
            if token.lower() == "\\l" and index + 1 < len(tokens):
                anchor = tokens[index + 1]
            index += 2
            continue
        if not token.startswith("\\") and not url:
            url = token
        index += 1
    return url + (f"#{anchor}" if anchor else "")


def _is_heading(style: str | None) -> bool:
    """Word's built-in heading and title styles ("Heading1", "Heading 2", "Title")."""
    return bool(style) and re.match(r"(?i)(heading\s*\d|title)$", style or "") is not None


def _val(element: object, path: str) -> str | None:
    found = element.find(path) if element is not None else None  # type: ignore[attr-defined]
    return None if found is None else found.get(f"{_W}val")


def _numbering(document: object) -> _Numbering:
    levels: dict[str, dict[str, tuple[str, str, int]]] = {}
    styles: dict[str, tuple[str, str]] = {}
    try:
        root = document.part.numbering_part.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError):
        root = None
    if root is not None:
        abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
        for node in root.iterfind(f"{_W}abstractNum"):
            abstract[node.get(f"{_W}abstractNumId")] = {
                lvl.get(f"{_W}ilvl"): (
                    _val(lvl, f"{_W}numFmt") or "decimal",
                    _val(lvl, f"{_W}lvlText") or "%1.",
                    int(_val(lvl, f"{_W}start") or 1),
                )
                for lvl in node.iterfind(f"{_W}lvl")
            }
        for num in root.iterfind(f"{_W}num"):
            levels[num.get(f"{_W}numId")] = abstract.get(_val(num, f"{_W}abstractNumId") or "", {})
    for style in document.styles.element.iterfind(f"{_W}style"):  # type: ignore[attr-defined]
        num_id = _val(style, f"{_W}pPr/{_W}numPr/{_W}numId")
        if num_id:
            styles[style.get(f"{_W}styleId")] = (num_id, _val(style, f"{_W}pPr/{_W}numPr/{_W}ilvl") or "0")
    return _Numbering(levels, styles)


class _DocxWriter:
    """Walks WordprocessingML paragraphs and tables into ``LineBuilder``."""

    def __init__(self, rels: dict[str, str], numbering: _Numbering) -> None:
        self.out = LineBuilder()
        self.rels = rels
        self.numbering = numbering
        self.counters: dict[tuple[str, str], int] = {}
        self.notes: dict[tuple[str, str], int] = {}  # (kind, id) -> number, in the order first cited
        self.fields: list[bool] = []  # per open complex field: did it open a hyperlink?
        self.instr: list[str] = []
        self.in_table = 0

    def block(self, element: object) -> None:
        for child in element:  # type: ignore[attr-defined]
            if child.tag == f"{_W}p":
                self.paragraph(child)
            elif child.tag == f"{_W}tbl":
                self.out.brk(PARAGRAPH)
                self.in_table += 1
                for row in child.iterfind(f"{_W}tr"):
                    for cell in row.iterfind(f"{_W}tc"):
                        self.out.brk(LINE)
                        self.block(cell)
                self.in_table -= 1
                self.out.brk(PARAGRAPH)
            elif child.tag in {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"}:
                self.block(child)

    def _list_number(self, paragraph: object) -> str | None:
        num_id = _val(paragraph, f"{_W}pPr/{_W}numPr/{_W}numId")
        level = _val(paragraph, f"{_W}pPr/{_W}numPr/{_W}ilvl") or "0"
        if num_id is None:
            style = _val(paragraph, f"{_W}pPr/{_W}pStyle")
            num_id, level = self.numbering.style_numbers.get(style or "", (None, "0"))
        if not num_id or num_id == "0":
            return None
        fmt, pattern, start = self.numbering.levels.get(num_id, {}).get(level, ("decimal", "%1.", 1))
        key = (num_id, level)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for (other, deeper), _ in list(self.counters.items()):  # a new item restarts the deeper levels
            if other == num_id and deeper > level:
                del self.counters[(other, deeper)]
        if fmt in {"bullet", "none"}:
            return "- " if fmt == "bullet" else ""

        def number(match: re.Match[str]) -> str:  # "%2" is the counter of level 1 ("%1.%2." -> "3.1.")
            return str(self.counters.get((num_id, str(int(match.group(0)[1:]) - 1)), 1))

        return re.sub(r"%\d", number, pattern) + " "

    def paragraph(self, paragraph: object) -> None:
        listed = self._list_number(paragraph)
        strength = (
            LINE if listed is not None or self.in_table else PARAGRAPH
        )  # cells and items: no blank line
        self.out.brk(strength)
        if listed:
            self.out.start_item(listed)
        elif _is_heading(_val(paragraph, f"{_W}pPr/{_W}pStyle")):  # marked as in Markdown: never joined
            self.out.start_item("# ")
        self.inline(paragraph)
        self.out.brk(strength)

    def inline(self, element: object) -> None:
        for child in element:  # type: ignore[attr-defined]
            tag = child.tag
            if tag == f"{_W}r":
                self.run(child)
            elif tag == f"{_W}hyperlink":
                target = self.rels.get(child.get(_R_ID) or "", "")
                anchor = child.get(f"{_W}anchor")
                self.out.open_link(target + (f"#{anchor}" if anchor else "") if target or anchor else "")
                self.inline(child)
                self.out.close_link()
            elif tag == f"{_W}fldSimple":
                field_target = field_link(child.get(f"{_W}instr") or "")
                if field_target is not None:
                    self.out.open_link(field_target)
                self.inline(child)
                if field_target is not None:
                    self.out.close_link()
            elif tag in _DOCX_CONTAINERS:
                self.inline(child)

    def run(self, run: object) -> None:
        raised = _val(run, f"{_W}rPr/{_W}vertAlign") == "superscript"
        for child in run:  # type: ignore[attr-defined]
            tag = child.tag
            if tag == f"{_W}t":
                text = child.text or ""
                self.out.write(superscript(text) if raised and FOOTNOTE_MARK.match(text or "-") else text)
            elif tag == f"{_W}tab":
                self.out.write("\t")
            elif tag in {f"{_W}br", f"{_W}cr"}:
                self.out.brk(LINE)
            elif tag == f"{_W}noBreakHyphen":
                self.out.write("-")
            elif tag in {f"{_W}footnoteReference", f"{_W}endnoteReference"}:
                key = (tag[len(_W) : -len("Reference")], child.get(f"{_W}id") or "")
                number = self.notes.setdefault(key, len(self.notes) + 1)
                self.out.write(superscript(str(number)))
            elif tag == f"{_W}fldChar":
                self.field_char(child.get(f"{_W}fldCharType"))
            elif tag == f"{_W}instrText" and self.instr:
                self.instr[-1] += child.text or ""

    def field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.instr.append("")
            self.fields.append(False)
        elif kind == "separate" and self.instr:
            target = field_link(self.instr[-1])
            if target is not None:
                self.out.open_link(target)
                self.fields[-1] = True
        elif kind == "end" and self.fields:
            self.instr.pop()
            if self.fields.pop():
                self.out.close_link()


def _docx_notes(document: object, cited: dict[tuple[str, str], int]) -> list[tuple[int, object]]:
    """The footnotes and endnotes cited in the body, by their number."""
    from lxml import etree

    roots: dict[str, object] = {}
    for rel in document.part.rels.values():  # type: ignore[attr-defined]
        for kind in _NOTE_KINDS:
            if not rel.is_external and rel.reltype.endswith(f"/{kind}s"):
                roots[kind] = etree.fromstring(rel.target_part.blob)
    notes: list[tuple[int, object]] = []
    for (kind, note_id), number in sorted(cited.items(), key=lambda item: item[1]):
        root = roots.get(kind)
        for note in root.iterfind(f"{_W}{kind}") if root is not None else ():  # type: ignore[attr-defined]
            if note.get(f"{_W}id") == note_id:
                notes.append((number, note))
                break
    return notes


def read_docx(data: bytes, path: Path) -> ReportText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, *_BROKEN_ZIP, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise InputError(f"not a readable .docx file ({error.__class__.__name__})", path=str(path)) from None
    rels = {key: rel.target_ref for key, rel in document.part.rels.items() if rel.is_external}
    writer = _DocxWriter(rels, _numbering(document))
    writer.block(document.element.body)
    notes = _docx_notes(document, writer.notes)
    if notes:
        writer.out.brk(PARAGRAPH)
        writer.out.write("Notes")
        for number, note in notes:
            writer.out.brk(PARAGRAPH)
            writer.out.write(f"{number} ")
            for index, paragraph in enumerate(note.iterfind(f"{_W}p")):  # type: ignore[attr-defined]
                if index:
                    writer.out.brk(LINE)
                writer.inline(paragraph)
    return writer.out.result()
