"""Report files -> plain text lines and the hyperlinks they carry (``read_report``).

``.md``/``.markdown``/``.txt``: the text unchanged (newlines unified to "\\n"); links are Markdown
inline links ``[text](url)`` (escaped brackets and parentheses allowed, ``#`` and empty URLs kept),
full reference links ``[text][label]``, autolinks ``<https://…>`` and raw ``<a href>``. Bare URLs are
not links here: the reference parser reads them from the text.

``.html``/``.htm``, ``.docx``: one block (paragraph, heading, list item, table cell) per line, with a
blank line between paragraphs as in the Markdown reports (list items and table cells follow each other
without one); superscript digits (``<sup>3</sup>``, Word's superscript runs, footnote references)
become Unicode superscripts (``³``); numbered lists keep their numbers; Word footnotes and endnotes are
appended under a "Notes" heading as "N text". ``.pdf``: pypdf's text, pages separated by a blank line,
and ``/URI`` link annotations placed on the line where their text lies (else the page's first line).
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from refcheck.errors import InputError

__all__ = ["SUPPORTED_SUFFIXES", "Hyperlink", "ReportText", "read_report"]


@dataclass(frozen=True, slots=True)
class Hyperlink:
    line: int  # 1-based line in ReportText.text where the link's text starts
    text: str  # the visible link text
    url: str  # as written (may be "#", "", relative, or a real URL)


@dataclass(frozen=True, slots=True)
class ReportText:
    text: str  # the report as lines of plain text; for .md/.txt the file content unchanged
    links: tuple[Hyperlink, ...]


_SUPERSCRIPTS = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_MARKER = re.compile(r"^\s*\[?\s*\d+(?:\s*[,\u2013\u2014-]\s*\d+)*\s*\]?\s*$")


def superscript(text: str) -> str:
    """Digits as Unicode superscripts; a bracketed footnote marker loses its brackets (``[3]`` -> ``³``)."""
    if _MARKER.match(text):
        text = "".join(text.split()).strip("[]")
    return text.translate(_SUPERSCRIPTS)


def _collapse(text: str) -> str:
    return " ".join(text.split())


# --- plain text and Markdown -------------------------------------------------------------------------

_LINK_TEXT = r"(?P<text>(?:\\.|[^\\\[\]]|\[(?:\\.|[^\\\[\]])*\])*)"
_INLINE_LINK = re.compile(
    r"(?<![!\\])\[" + _LINK_TEXT + r"\]\(\s*(?P<dest><[^<>\n]*>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_REFERENCE_LINK = re.compile(r"(?<![!\\\]])\[" + _LINK_TEXT + r"\]\[(?P<label>[^\[\]\n]+)\]")
_DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\[\]\n]+)\]:\s*<?(?P<dest>[^\s>]*)>?", re.MULTILINE)
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp)://[^\s<>]*|mailto:[^\s<>]+)>", re.IGNORECASE)
_HTML_LINK = re.compile(
    r"<a\s[^>]*?href\s*=\s*([\"'])(?P<dest>[^\"'<>]*)\1[^>]*>(?P<text>.{0,2000}?)</a\s*>",
    re.IGNORECASE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_EMPHASIS = re.compile(r"(\*\*|\*|`|(?<!\w)__|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def _decode_text(data: bytes, path: Path) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):  # fmt: skip
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                return _undecodable(data, error, path, codec, len(bom))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _undecodable(data, error, path, "utf-8", 0)


def _undecodable(data: bytes, error: UnicodeDecodeError, path: Path, codec: str, skip: int) -> str:
    offset = error.start + skip
    line = data[:offset].count(b"\n") + 1
    raise InputError(f"not valid {codec.upper()} at byte {offset} (line {line})", path=str(path), line=line)


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def _link_text(raw: str) -> str:
    text = _collapse(_unescape(raw))
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(r"\2", text)
    return text


def _masked(text: str) -> str:
    """``text`` with code blocks and code spans blanked (same length), where links are not links."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _CODE_SPAN.sub(blank, _FENCE.sub(blank, text))


def markdown_links(text: str) -> tuple[Hyperlink, ...]:
    """The hyperlinks of a Markdown (or plain) text, in the order they appear."""
    masked = _masked(text)
    found: list[tuple[int, Hyperlink]] = []
    taken: list[tuple[int, int]] = []  # spans of inline links: an autolink inside one is not another link

    def add(start: int, label: str, url: str) -> None:
        found.append((start, Hyperlink(masked.count("\n", 0, start) + 1, label, url)))

    def inside_link(start: int) -> bool:
        return any(begin <= start < end for begin, end in taken)

    for match in _INLINE_LINK.finditer(masked):
        taken.append(match.span())
        dest = text[match.start("dest") : match.end("dest")].strip()
        if dest.startswith("<") and dest.endswith(">"):
            dest = dest[1:-1]
        add(match.start(), _link_text(text[match.start("text") : match.end("text")]), _unescape(dest))
    definitions = {m["label"].strip().casefold(): m["dest"] for m in _DEFINITION.finditer(masked)}
    for match in _REFERENCE_LINK.finditer(masked):
        defined = definitions.get(match["label"].strip().casefold())
        if defined is not None:
            add(match.start(), _link_text(text[match.start("text") : match.end("text")]), _unescape(defined))
    for match in _AUTOLINK.finditer(masked):
        if not inside_link(match.start()):
            add(match.start(), match["url"], match["url"])
    for match in _HTML_LINK.finditer(masked):
        if inside_link(match.start()):
            continue
        label = _collapse(_TAGS.sub("", text[match.start("text") : match.end("text")]))
        add(match.start(), label, text[match.start("dest") : match.end("dest")])
    return tuple(link for _, link in sorted(found, key=lambda item: item[0]))


def _read_text(data: bytes, path: Path) -> ReportText:
    text = _decode_text(data, path).replace("\r\n", "\n").replace("\r", "\n")
    return ReportText(text, markdown_links(text))


# --- the line builder shared by HTML and DOCX --------------------------------------------------------

LINE, PARAGRAPH = 1, 2  # strengths of a break: a new line, or a new paragraph (a blank line before it)


class _Lines:
    """Accumulates text into lines and records where each hyperlink's text starts."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.gap = 0
        self.prefix = ""  # a list item's number, waiting for the item's first text
        self.prefix_gap = 0  # the break before the item; breaks of blocks opened inside it do not count
        self.open_links: list[tuple[str, list[str], list[int]]] = []
        self.links: list[Hyperlink] = []

    def brk(self, strength: int = LINE) -> None:
        self.gap = max(self.gap, strength)

    def _apply_gap(self) -> None:
        if self.gap and self.parts:
            self.lines.append(_collapse("".join(self.parts)))
            self.parts = []
        if self.gap == PARAGRAPH and self.lines and self.lines[-1]:
            self.lines.append("")
        self.gap = 0

    def start_item(self, prefix: str) -> None:
        """Begin a list item: ``prefix`` ("3. ") goes on the line of its first text, whatever blocks open."""
        self.brk(LINE)
        self.prefix, self.prefix_gap = prefix, self.gap

    def write(self, text: str) -> None:
        if not text:
            return
        if not text.strip():
            if self.parts:
                self.parts.append(" ")
            for _, pieces, _ in self.open_links:
                pieces.append(" ")
            return
        if self.prefix:
            self.gap = self.prefix_gap
            self._apply_gap()
            self.parts.append(self.prefix)
            self.prefix = ""
        self._apply_gap()
        self.parts.append(text)
        for _, pieces, start in self.open_links:
            if not start:
                start.append(len(self.lines) + 1)
            pieces.append(text)

    def open_link(self, url: str) -> None:
        self.open_links.append((url, [], []))

    def close_link(self) -> None:
        if self.open_links:
            url, pieces, start = self.open_links.pop()
            line = start[0] if start else len(self.lines) + 1
            self.links.append(Hyperlink(line, _collapse("".join(pieces)), url))

    def result(self) -> ReportText:
        self.brk(LINE)
        self._apply_gap()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return ReportText("\n".join(self.lines), tuple(sorted(self.links, key=lambda link: link.line)))


# --- HTML --------------------------------------------------------------------------------------------

_HTML_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"}
)
_HTML_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "hr", "figure",
     "section", "article", "header", "footer", "aside", "nav", "main", "address", "details", "fieldset"}
)  # fmt: skip
_HTML_LINES = frozenset(
    {"div", "li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "br", "body", "summary", "legend"}
)


def _read_html(data: bytes, path: Path) -> ReportText:
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    soup = BeautifulSoup(data, "lxml")
    out = _Lines()
    skipped_strings = (Comment, Doctype, ProcessingInstruction)
    closing = object()
    stack: list[object] = [soup]
    counters: list[int] = []
    while stack:  # iterative walk: deep markup must not reach the recursion limit
        node = stack.pop()
        if isinstance(node, tuple) and node[0] is closing:
            _, name, strength = node
            if name == "a":
                out.close_link()
            elif name in {"ol", "ul"} and counters:
                counters.pop()
            out.brk(strength)
        elif isinstance(node, NavigableString):
            if not isinstance(node, skipped_strings):
                out.write(str(node))
        elif isinstance(node, Tag) and node.name not in _HTML_SKIPPED:
            name = node.name
            strength = PARAGRAPH if name in _HTML_PARAGRAPHS else LINE if name in _HTML_LINES else 0
            out.brk(strength)
            if name == "sup" and _MARKER.match(node.get_text() or "-"):
                out.write(superscript(node.get_text()))
                continue
            if name == "ol":
                start = str(node.get("start") or "1")
                counters.append(int(start) - 1 if start.lstrip("-").isdigit() else 0)
            elif name == "ul":
                counters.append(-(10**9))  # bullets carry no number
            if name == "li" and counters and counters[-1] >= 0:
                value = str(node.get("value") or "")
                counters[-1] = int(value) if value.isdigit() else counters[-1] + 1
                out.start_item(f"{counters[-1]}. ")
            if name == "a" and node.has_attr("href"):
                out.open_link(str(node.get("href")))
            elif name == "a":
                name = "a-without-href"
            stack.append((closing, name, strength))
            stack.extend(reversed(node.contents))
    return out.result()


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
    """Walks WordprocessingML paragraphs and tables into ``_Lines``."""

    def __init__(self, rels: dict[str, str], numbering: _Numbering) -> None:
        self.out = _Lines()
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
                self.out.write(superscript(text) if raised and _MARKER.match(text or "-") else text)
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


def _read_docx(data: bytes, path: Path) -> ReportText:
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


# --- PDF ---------------------------------------------------------------------------------------------


def _pdf_link_lines(page: object, lines: list[str]) -> list[tuple[int, str, str]]:
    """(index of the line in ``lines``, link text, URI) for each /URI link annotation of a page."""
    annotations = []
    for ref in page.get("/Annots") or []:  # type: ignore[attr-defined]
        annotation = ref.get_object()
        action = annotation.get("/A")
        action = action.get_object() if action is not None else None
        if annotation.get("/Subtype") != "/Link" or action is None or action.get("/URI") is None:
            continue
        x0, y0, x1, y1 = (float(v) for v in annotation.get("/Rect", [0, 0, 0, 0]))
        annotations.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), str(action.get("/URI"))))
    if not annotations:
        return []
    chunks: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            chunks.append((x, y, text))

    try:
        page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    except Exception:  # pypdf raises many kinds of errors on broken content streams
        chunks = []
    found = []
    for x0, y0, x1, y1, uri in annotations:
        inside = [text for x, y, text in chunks if x0 - 2 <= x <= x1 + 2 and y0 - 2 <= y <= y1]  # y: baseline
        label = _collapse(" ".join(inside))
        first = _collapse(inside[0])[:40] if inside else ""  # a link's text may wrap onto the next line
        index = next((i for i, line in enumerate(lines) if first and first in _collapse(line)), 0)
        found.append((index, label, uri))
    return found


def _read_pdf(data: bytes, path: Path) -> ReportText:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = list(reader.pages)
    except Exception as error:  # pypdf raises many kinds of errors on a broken file; each is bad input
        raise InputError(f"not a readable PDF ({error.__class__.__name__})", path=str(path)) from None
    lines: list[str] = []
    links: list[Hyperlink] = []
    for page in pages:
        try:
            text = page.extract_text() or ""
        except Exception:  # a broken page is skipped, not fatal
            text = ""
        page_lines = [line.rstrip() for line in text.splitlines()]
        while page_lines and not page_lines[-1]:
            page_lines.pop()
        while page_lines and not page_lines[0]:
            page_lines.pop(0)
        if not page_lines:
            continue
        if lines:
            lines.append("")
        first = len(lines) + 1
        for index, label, uri in _pdf_link_lines(page, page_lines):
            links.append(Hyperlink(first + index, label, uri))
        lines.extend(page_lines)
    return ReportText("\n".join(lines), tuple(links))


_READERS: dict[str, Callable[[bytes, Path], ReportText]] = {
    ".md": _read_text,
    ".markdown": _read_text,
    ".txt": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
SUPPORTED_SUFFIXES = tuple(_READERS)


def read_report(path: Path) -> ReportText:
    """The text and hyperlinks of a report file; InputError when it cannot be read."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        suffix = path.suffix or "(no extension)"
        raise InputError(f"unsupported report format {suffix!r}; use {kinds}", path=str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a report file", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror or error}", path=str(path)) from None
    return reader(data, path)
