"""Report files -> plain text lines and the hyperlinks they carry (``read_report``).

``.md``/``.markdown``/``.txt``: the text unchanged (newlines unified to "\\n"); links are Markdown
inline links ``[text](url)`` (escaped brackets and parentheses allowed, ``#`` and empty URLs kept),
full reference links ``[text][label]``, autolinks ``<https://…>`` and raw ``<a href>``. Bare URLs are
not links here: the reference parser reads them from the text.

``.html``/``.htm``, ``.docx``: one block (paragraph, heading, list item, table cell) per line, with a
blank line between paragraphs as in the Markdown reports (list items and table cells follow each other
without one); superscript digits of any script (``<sup>3</sup>``, ``<sup>۳</sup>``, Word's superscript
runs, footnote references) become Unicode superscripts (``³``); numbered lists keep their numbers; Word
footnotes and endnotes are appended under a "Notes" heading as "N text". ``.pdf``: pypdf's text, pages
separated by a blank line, and ``/URI`` link annotations placed on the line where their text lies (else
the page's first line).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from refcheck.errors import InputError

from .formats_docx import read_docx
from .formats_pdf import read_pdf
from .report_text import (
    FOOTNOTE_MARK,
    LINE,
    PARAGRAPH,
    Hyperlink,
    LineBuilder,
    ReportText,
    collapse,
    superscript,
)

__all__ = ["SUPPORTED_SUFFIXES", "Hyperlink", "ReportText", "read_report"]


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
    text = collapse(_unescape(raw))
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
        label = collapse(_TAGS.sub("", text[match.start("text") : match.end("text")]))
        add(match.start(), label, text[match.start("dest") : match.end("dest")])
    return tuple(link for _, link in sorted(found, key=lambda item: item[0]))


def _read_text(data: bytes, path: Path) -> ReportText:
    text = _decode_text(data, path).replace("\r\n", "\n").replace("\r", "\n")
    return ReportText(text, markdown_links(text))


# --- HTML --------------------------------------------------------------------------------------------

_HTML_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"}
)
_HTML_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "hr", "figure",
     "section", "article", "header", "footer", "aside", "nav", "main", "address", "details", "fieldset"}
)  # fmt: skip
_HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HTML_LINES = frozenset(
    {"div", "li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "br", "body", "summary", "legend"}
)


def _read_html(data: bytes, path: Path) -> ReportText:
    from bs4 import BeautifulSoup
    from bs4.element import Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    soup = BeautifulSoup(data, "lxml")
    out = LineBuilder()
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
            if name == "sup" and FOOTNOTE_MARK.match(node.get_text() or "-"):
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
            if name in _HTML_HEADINGS:  # marked as in Markdown, so that it never joins a paragraph
                out.start_item("# ")
            if name == "a" and node.has_attr("href"):
                out.open_link(str(node.get("href")))
            elif name == "a":
                name = "a-without-href"
            stack.append((closing, name, strength))
            stack.extend(reversed(node.contents))
    return out.result()


_READERS: dict[str, Callable[[bytes, Path], ReportText]] = {
    ".md": _read_text,
    ".markdown": _read_text,
    ".txt": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
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
