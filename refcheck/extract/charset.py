"""Fetched bytes -> str: the charset a browser would use, and detection when nothing is declared.

Order: a byte-order mark (it is unambiguous, and browsers let it win), the Content-Type header's
``charset``, the document's own ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` / XML
declaration, then UTF-8 if the bytes are valid UTF-8, then detection with charset-normalizer (Persian
pages in windows-1256 exist). A declared latin-1 is read as windows-1252, as browsers do, unless the
bytes are clearly something else (valid non-ASCII UTF-8, or a ``<meta>`` naming another charset).
A declaration is kept when the bytes decode with it, allowing a character cut off at the end (a size
cap) and a stray undecodable byte or two (replaced, as browsers do); a declaration that fails more
than that is distrusted and the next clue is tried. Numeric character references are the HTML parser's job.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["declared_charset", "decode_body", "meta_charset"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers read as windows-1252 (WHATWG Encoding Standard).
_LATIN1_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "iso_8859-1"}
)
_WINDOWS_1252 = codecs.lookup("windows-1252").name  # "cp1252"
_PRESCAN_BYTES = 8192
_CUT_CHARACTER = 4  # bytes: the longest multi-byte character a size cap can cut at the end
_STRAY_BYTES_PER = 2000  # a declared charset is kept with at most one undecodable byte per this many
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""", re.IGNORECASE)


def _codec(label: str | None) -> str | None:
    """The Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_LABELS:
        return _WINDOWS_1252
    if label in {"x-user-defined", "unicode-1-1-utf-8", "utf8"}:
        label = "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, as a Python codec name."""
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type.encode("latin-1", "replace"))
    return _codec(match.group(1).decode("ascii")) if match else None


def meta_charset(body: bytes) -> str | None:
    """The charset the document declares in its first bytes (``<meta>`` or an XML declaration)."""
    head = body[:_PRESCAN_BYTES]
    xml = _XML_DECL.match(head)
    if xml:
        return _codec(xml.group(1).decode("ascii"))
    for tag in _META.finditer(head):
        text = tag.group(0)
        match = _CHARSET_PARAM.search(text)
        if match:
            codec = _codec(match.group(1).decode("ascii"))
            if codec and codec.startswith("utf-16"):  # a page read as bytes cannot be UTF-16 here
                return "utf-8"
            if codec:
                return codec
    return None


def _bom(body: bytes) -> tuple[str, int] | None:
    for mark, codec in _BOMS:
        if body.startswith(mark):
            return codec, len(mark)
    return None


def _strict(body: bytes, codec: str) -> str | None:
    """``body`` decoded without error, forgiving only a multi-byte character cut off at the end."""
    try:
        return body.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError as error:
        if error.start < len(body) - _CUT_CHARACTER:
            return None
        try:  # a size cap cut the body inside a character
            return body[: error.start].decode(codec)
        except UnicodeDecodeError:
            return None


def _tolerant(body: bytes, codec: str) -> str | None:
    """``body`` decoded with replacement when only a stray byte or two are wrong (as browsers do)."""
    text = _strict(body, codec)
    if text is not None:
        return text
    try:
        text = body.decode(codec, errors="replace")
    except LookupError:
        return None
    return text if text.count("\ufffd") <= max(2, len(text) // _STRAY_BYTES_PER) else None


def _looks_like_1252(body: bytes) -> bool:
    """A declared latin-1 that the bytes do not contradict (valid non-ASCII UTF-8 contradicts it)."""
    return body.isascii() or _strict(body, "utf-8") is None


def decode_body(body: bytes, content_type: str | None) -> str:
    """Decode a fetched body the way a browser would (see the module docstring)."""
    if not body:
        return ""
    bom = _bom(body)
    if bom:
        codec, skip = bom
        return body[skip:].decode(codec, errors="replace")
    header = declared_charset(content_type)
    meta = meta_charset(body)
    if header == _WINDOWS_1252 and meta and meta != _WINDOWS_1252:
        text = _strict(body, meta)  # a server default of latin-1 loses to the page's own declaration
        if text is not None:
            return text
    for candidate in (header, meta):
        if not candidate or (candidate == _WINDOWS_1252 and not _looks_like_1252(body)):
            continue
        text = _tolerant(body, candidate)
        if text is not None:
            return text
    text = _strict(body, "utf-8")
    if text is not None:
        return text
    best = charset_normalizer.from_bytes(body).best()
    if best is not None and best.encoding:
        return str(best)
    return body.decode(header or meta or _WINDOWS_1252, errors="replace")
