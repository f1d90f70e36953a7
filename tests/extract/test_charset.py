"""decode_body: header, BOM, <meta>, detection; latin-1 read as browsers read it."""

from __future__ import annotations

import codecs

from refcheck.extract import decode_body, read_page
from refcheck.extract.charset import declared_charset, meta_charset
from refcheck.text.normalize import normalize

PERSIAN = (
    "نشست فارمت مسکو روز جمعه در شهر کازان روسيه برگزار شد. اميرخان متقي، سرپرست وزارت خارجه طالبان، "
    "در اين نشست اشتراک داشت. نمايندگان روسيه، چين، پاکستان، ايران، هند، قزاقستان، قرغيزستان، تاجيکستان، "
    "ترکمنستان و ازبکستان در اين نشست اشتراک کردند و بر تشکيل يک حکومت فراگير تأکيد کردند."
)


def _page(charset_meta: str | None, text: str = PERSIAN) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return (
        f"<!DOCTYPE html><html lang='fa'><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
    )


def test_meta_charset_windows_1256_without_header_charset() -> None:
    body = _page("windows-1256").encode("cp1256")
    text = decode_body(body, "text/html")
    assert "\ufffd" not in text
    assert normalize("فارمت مسکو") in normalize(text)
    assert "اميرخان متقي" in text


def test_header_charset_is_used() -> None:
    body = _page(None).encode("cp1256")
    assert decode_body(body, "text/html; charset=windows-1256") == _page(None)


def test_detection_finds_windows_1256_when_nothing_is_declared() -> None:
    body = (_page(None) * 3).encode("cp1256")
    text = decode_body(body, "text/html")
    assert "\ufffd" not in text
    assert normalize("فارمت مسکو") in normalize(text)


def test_utf8_without_any_declaration() -> None:
    assert decode_body("سازمان‌های «ملل»".encode(), None) == "سازمان‌های «ملل»"


def test_bom_wins_and_is_removed() -> None:
    assert decode_body(codecs.BOM_UTF8 + "پښتو".encode(), "text/html; charset=iso-8859-1") == "پښتو"
    assert decode_body(codecs.BOM_UTF16_LE + "دری".encode("utf-16-le"), None) == "دری"


def test_declared_latin1_is_read_as_windows_1252() -> None:
    body = b"<p>\x93quoted\x94 \x96 caf\xe9</p>"
    assert decode_body(body, "text/html; charset=ISO-8859-1") == "<p>“quoted” – café</p>"


def test_declared_latin1_on_utf8_bytes_reads_utf8() -> None:
    body = "<p>وزیر دفاع — café</p>".encode()
    assert decode_body(body, "text/html; charset=iso-8859-1") == "<p>وزیر دفاع — café</p>"


def test_declared_latin1_loses_to_the_pages_own_meta() -> None:
    body = _page("windows-1256").encode("cp1256")
    text = decode_body(body, "text/html; charset=ISO-8859-1")
    assert "اميرخان متقي" in text


def test_wrong_header_charset_falls_back_to_meta() -> None:
    body = _page("windows-1256").encode("cp1256")
    assert "اميرخان متقي" in decode_body(body, "text/html; charset=utf-8")


def test_empty_and_unknown_labels() -> None:
    assert decode_body(b"", "text/html") == ""
    assert declared_charset("text/html; charset=no-such-charset") is None
    assert declared_charset('text/html; charset="UTF-8"') == "utf-8"
    assert (
        meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
        == "cp1256"
    )
    assert meta_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><html/>') == "cp1252"
    assert meta_charset(b"<html><p>charset=utf-8</p>") is None


def test_numeric_character_references_decode_in_the_html_parser() -> None:
    body = "<html><body><article><p>پ&#1690;تو &#8220;x&#8221;</p></article></body></html>".encode("cp1256")
    page = read_page(body, "text/html; charset=windows-1256", "https://example.org/a")
    assert page.text == "پښتو “x”"


def test_a_character_cut_by_a_size_cap_does_not_change_the_charset() -> None:
    body = "<p>وزیر دفاع روسیه</p><p>سرگئی شویگو</p>".encode()[:-9]  # cut inside "شویگو"
    text = decode_body(body, "text/html; charset=utf-8")
    assert text.startswith("<p>وزیر دفاع روسیه</p>") and "\ufffd" not in text
    assert decode_body(body, "text/html").startswith("<p>وزیر دفاع روسیه</p>")


def test_a_stray_byte_keeps_the_declared_charset() -> None:
    body = ("<p>" + "سازمان‌های بین‌المللی " * 200 + "</p>").encode() + b"\x96" + "<p>پایان</p>".encode()
    text = decode_body(body, "text/html; charset=utf-8")
    assert "سازمان‌های بین‌المللی" in text and text.endswith("\ufffd<p>پایان</p>")
