"""Offline language identification: refcheck.text.language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from refcheck.text.language import detect_language
from refcheck.text.normalize import normalize

# Short samples written for these tests.
PASHTO = "د کابل ښار په لویدیځ کې نن سهار یو لوی بازار ته اور ولګېد."
PASHTO_NO_SPECIAL_LETTERS = "د بهرنیو چارو وزارت وویل"
DARI = "وزارت معارف اعلام کرد که مکاتب در ولایت هرات از هفته آینده باز می‌شوند."
IRANIAN_PERSIAN = "سخنگوی دولت گفت که نرخ تورم در ماه گذشته کاهش یافته است."
ARABIC = "قال وزير الخارجية إن المحادثات مع الوفد الروسي كانت مثمرة."
URDU = "وزیر اعظم نے کہا کہ ملک میں مہنگائی کم ہو رہی ہے۔"
ENGLISH = "The foreign ministry said the talks with the Russian delegation were useful."
ENGLISH_REFERENCE = (
    "Smith, John, Policy Institute, Russia and Central Asia: Old Partners? Published date: 3/Mar/2022"
)
MIXED_REFERENCE = "BBC Persian, «نشست مسکو با حضور نمایندگان طالبان برگزار شد», 22 October 2021"
PERSIAN_WITH_PASHTO_LABEL = (
    "خبرگزاری ایرنا، نشست مشترک وزیران در مرز با افغانستان برگزار شد، د نشر نیټه ۰۶/۰۸/۲۰۲۱"
)
RUSSIAN = "Министерство иностранных дел заявило о новых переговорах."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (PASHTO, "ps"),
        (PASHTO_NO_SPECIAL_LETTERS, "ps"),
        (DARI, "fa"),
        (IRANIAN_PERSIAN, "fa"),
        (ARABIC, "ar"),
        (URDU, "ur"),
        (ENGLISH, "en"),
        (ENGLISH_REFERENCE, "en"),
        (MIXED_REFERENCE, "fa"),  # the Persian title decides, not the outlet's Latin name
        (PERSIAN_WITH_PASHTO_LABEL, "fa"),  # one Pashto letter in a label does not make it Pashto
        (RUSSIAN, "ru"),
    ],
)
def test_detects_the_language_of_short_samples(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_pashto_letters_decide_for_pashto_and_survive() -> None:
    pashto_heavy = "ښځې ګډې ړندې ډېرې"
    assert detect_language(pashto_heavy) == "ps"
    # without the Pashto letters the same words are not read as Pashto any more
    persianized = pashto_heavy.translate(str.maketrans("ښځګړډې", "سحکرده"))
    assert detect_language(persianized) != "ps"


def test_raw_text_is_classified_not_its_normalized_key() -> None:
    # Normalization unifies ي/ی and ك/ک, which is what tells Arabic from Persian.
    # A normalized Arabic sentence is misread as Persian: that is why detect_language reads raw text.
    assert detect_language(ARABIC) == "ar"
    assert detect_language(normalize(ARABIC)) == "fa"


@pytest.mark.parametrize("text", ["", "سلام", "BBC News", "12 34 56 78", "— « » —", "Kabul Kandahar Herat"])
def test_none_when_too_short_or_unsure(text: str) -> None:
    assert detect_language(text) is None


def test_nothing_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    detect_language(DARI)
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")


def test_importing_loads_no_model() -> None:
    code = "import sys, refcheck.text.language; print('py3langid' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert result.stdout.strip() == "False"
