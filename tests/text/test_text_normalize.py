"""The one normalization for matching keys: what it folds, what it keeps, and its map back."""

from __future__ import annotations

import pytest

from refcheck.text.normalize import despace, fold_digits, normalize, normalize_with_map

PASHTO_LETTERS = "ښ ږ ځ څ ګ ړ ډ ټ ڼ ې ۍ"


def test_pashto_letters_are_kept() -> None:
    assert normalize(PASHTO_LETTERS) == PASHTO_LETTERS
    assert normalize("ښوونځي ګټه ړنګ ځای") == "ښوونځی ګټه ړنګ ځای"  # only ي→ی, identically on both sides


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("سازمانهای تروریستی بینالمللی", "سازمان‌های تروریستی بین‌المللی"),  # ZWNJ lost in a PDF export
        ("كشورهاي", "کشورهای"),  # Arabic kaf and yeh
        ("مدرسة", "مدرسه"),
        ("خانهٔ ملت", "خانه ملت"),
        ("افغانـــستان", "افغانستان"),  # tatweel
        ("کِتابٌ", "کتاب"),  # diacritics
        ("إسلام أحمد آمریکا", "اسلام احمد امریکا"),
        ("۲۲/۱۰/۲۰۲۱", "22/10/2021"),
        ("٢٢ ١٤٠٢", "22 1402"),
        ("“Taliban”  is – «here»", '"taliban" is - "here"'),
        ("\u200fRTL\u200e mark\u202a", "rtl mark"),
        ("\ufeb3\ufefc\ufee1", "سلام"),  # presentation forms from a PDF
        ("Hello\n\n  World", "hello world"),
        ("Asia.²", "asia.2"),
    ],
)
def test_noise_folds_identically(left: str, right: str) -> None:
    assert normalize(left) == normalize(right)


def test_the_map_gives_back_the_original_text() -> None:
    text = "  وزیر دفاع  روسیه: سازمان‌های  «تروریستی» "
    normalized = normalize_with_map(text)
    assert normalized.key == normalize(text)
    start = normalized.key.index("سازمانهای")
    end = normalized.key.index("تروریستی") + len("تروریستی")
    assert normalized.original_text(start, end) == "سازمان‌های  «تروریستی"
    assert normalized.original_text(0, len(normalized.key)) == text.strip()


def test_despace_absorbs_a_space_written_for_a_zwnj() -> None:
    assert despace(normalize("می شود")) == despace(normalize("می‌شود")) == despace(normalize("میشود"))


def test_fold_digits_changes_nothing_else() -> None:
    assert fold_digits("۲۸/۴/۲۰۲۳ ک") == "28/4/2023 ک"
