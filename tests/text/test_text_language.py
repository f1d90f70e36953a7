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


# Reference entries in Latin script, written for these tests: names-heavy English and other languages.
@pytest.mark.parametrize(
    "entry",
    [
        "Eurasianet, Qosh Tepa canal alarms Uzbekistan, published 3 March 2023, https://eurasianet.org/qosh-tepa",
        "Ahmadi, Rahim (2022). Qosh Tepa: Kabul, Tashkent and Ashgabat. Kabul Now.",
        "Salehi, Mariam (2023). Teachers Under the Ban. Kabul Review. https://kabulreview.example/teachers",
        "Reuters, Uzbekistan, Afghanistan discuss Qosh Tepa, 5 June 2023",
        "Tolo News, Taliban Delegation Visits Tashkent, 12 May 2023",
        "Amu TV, Taliban: Qosh Tepa canal 60% complete, 12/04/2024",
        "Khaama Press, Qosh Tepa Canal Phase Two Inaugurated in Balkh, 14 October 2023",
        "The Diplomat, Uzbekistan and the Taliban: A Pragmatic Partnership, 2 February 2023",
    ],
)
def test_names_heavy_english_entries_are_english(entry: str) -> None:
    assert detect_language(entry) == "en"


@pytest.mark.parametrize(
    ("entry", "language"),
    [
        ("Le Monde, Les talibans et l'eau du fleuve Amou-Daria, publié le 3 mars 2023", "fr"),
        ("Die Welt, Taliban bauen Kanal am Amudarja", "de"),
        ("El País, Los talibanes y el agua del Amu Daria, 3 de marzo de 2023", "es"),
        ("Corriere della Sera, I talebani e il canale Qosh Tepa, 3 marzo 2023", "it"),
        ("Público, Os talibãs e o canal de Qosh Tepa, 3 de março de 2023", "pt"),
        ("NOS, Taliban graven kanaal in Afghanistan, 3 maart 2023", "nl"),
        ("Hürriyet, Taliban yönetimi Özbekistan ile su anlaşması imzaladı, 3 Mart 2023", "tr"),
        ("Rzeczpospolita, Talibowie budują kanał w Afganistanie", "pl"),
        ("Dagens Nyheter, Talibanerna bygger en kanal i Afghanistan", "sv"),  # not "no"
    ],
)
def test_other_latin_script_languages_when_clearly_ahead(entry: str, language: str) -> None:
    assert detect_language(entry) == language


@pytest.mark.parametrize(
    "text",
    [
        "Amu Darya, Qosh Tepa, Balkh, Jawzjan, Faryab water",  # names with one word: no language
        "Kun.uz, Qosh Tepa kanali qurilishi davom etmoqda, 2023",  # Uzbek: outside the list, no guess
    ],
)
def test_latin_script_text_with_no_answer_from_the_list(text: str) -> None:
    assert detect_language(text) is None
