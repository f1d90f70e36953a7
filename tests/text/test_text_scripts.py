"""Scripts of a text: refcheck.text.scripts."""

from __future__ import annotations

import pytest

from refcheck.text.scripts import is_rtl, letter_script, script_counts, script_mix


def test_a_mixed_reference_entry() -> None:
    entry = "BBC Persian, «نشست مسکو برگزار شد», ۲۲ اکتوبر ۲۰۲۱"
    assert script_mix(entry) == ("arabic", "latin")
    counts = script_counts(entry)
    assert counts["latin"] == len("BBCPersian")
    assert counts["arabic"] == len("نشستمسکوبرگزارشداکتوبر")


def test_most_letters_first() -> None:
    assert script_mix("Кабул Kabul Kandahar Herat") == ("latin", "cyrillic")
    assert script_mix("Kabul کابل کندهار هرات") == ("arabic", "latin")
    assert script_mix("Αθήνα 東京 Tokyo city") == ("latin", "greek", "han")
    assert script_mix("ab αβ") == ("greek", "latin")  # a tie: by name


@pytest.mark.parametrize("text", ["", "123 ۴۵۶ ٧٨٩", "!?«»—", "   "])
def test_no_letters_no_scripts(text: str) -> None:
    assert script_mix(text) == ()
    assert not is_rtl(text)


def test_pashto_letters_and_presentation_forms_are_arabic_script() -> None:
    for char in "ښږځڅګړډټڼېۍ" + "ﻙﺏ":
        assert letter_script(char) == "arabic", char
    assert letter_script("\u064e") == ""  # a diacritic is no letter
    assert letter_script("۵") == ""


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("د کابل ښار", True),
        ("وزارت امور خارجه", True),
        ("שלום עולם", True),
        ("The ministry said", False),
        ("BBC فارسی", True),  # three Latin letters, five Arabic-script ones
        ("BBC News فارسی", False),
        ("گزارش BBC", True),
    ],
)
def test_is_rtl(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl
