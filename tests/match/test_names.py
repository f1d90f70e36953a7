"""Names in Arabic script: a changed name in a quotation, and a name matched across Latin and Arabic script."""

from __future__ import annotations

from match_helpers import claim, page

from refcheck.match import check_claim
from refcheck.match.names import arabic_full_names, arabic_key, latin_full_names, latin_key
from refcheck.match.quotes import match_quote
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize

AR = page(
    "أعلنت وزارة الصحة يوم الأحد عن حملة تطعيم جديدة في الولايات الشرقية. "
    "وقال الناطق باسم الوزارة شرف زمان أمرخيل إن الحملة ستستمر أسبوعين في كل المناطق. "
    "وأضاف أن الفرق الصحية ستزور القرى النائية.",
    language="ar",
)
FA = page(
    "سخنگوی وزارت خارجه عبدالقهار بلخی روز شنبه گفت که هیئت افغانستان در نشست منطقه‌ای شرکت می‌کند. "
    "او افزود که این نشست درباره تجارت و ترانزیت خواهد بود.",
    language="fa",
)


def test_a_name_changed_after_a_title_is_a_name_mismatch_in_arabic() -> None:
    quote = "وقال الناطق باسم الوزارة عبد الله محمود إن الحملة ستستمر أسبوعين في كل المناطق"
    result = match_quote(quote, AR)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NAME]


def test_a_name_changed_after_a_title_is_a_name_mismatch_in_dari() -> None:
    quote = "سخنگوی وزارت خارجه احمد ضیا سراج روز شنبه گفت که هیئت افغانستان در نشست منطقه‌ای شرکت می‌کند"
    result = match_quote(quote, FA)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NAME in {d.kind for d in result.differences}


def test_the_right_name_after_a_title_stays_verbatim() -> None:
    quote = "وقال الناطق باسم الوزارة شرف زمان أمرخيل إن الحملة ستستمر أسبوعين"
    assert match_quote(quote, AR).verdict is Verdict.VERBATIM


def test_two_replaced_words_the_page_never_uses_are_never_close() -> None:
    # no title: not known to be a name, but more than a small difference; the page does not hold the quote
    quote = "وأضاف أن الفرق الطبية المتنقلة ستزور القرى النائية"
    source = page("وأضاف أن الفرق الصحية الحكومية ستزور القرى النائية في الشتاء.", language="ar")
    assert match_quote(quote, source).verdict is Verdict.NOT_FOUND


def test_one_replaced_word_is_still_close() -> None:
    quote = "وأضاف أن الفرق الطبية ستزور القرى النائية في كل المناطق"
    source = page("وأضاف أن الفرق الصحية ستزور القرى النائية في كل المناطق.", language="ar")
    assert match_quote(quote, source).verdict is Verdict.CLOSE


def test_consonant_keys_agree_across_scripts() -> None:
    assert latin_key("Zabihullah") == arabic_key(normalize("ذبیح‌الله"))
    assert latin_key("al-Balkhi") == arabic_key(normalize("البلخی"))
    assert latin_key("Abdullah") == arabic_key(normalize("عبدالله"))
    assert latin_key("Qahar") == arabic_key(normalize("قهار"))


def test_full_names_are_keyed_alike_in_both_scripts_joined_or_split() -> None:
    latin = {key: name for name, key, _ in latin_full_names("The spokesman Abdul Qahar Balkhi said so.")}
    assert set(latin.values()) == {"Abdul Qahar", "Abdul Qahar Balkhi", "Qahar Balkhi"}
    joined = arabic_full_names(normalize("گفت عبدالقهار بلخی امروز"))
    split = arabic_full_names(normalize("گفت عبد القهار بلخی امروز"))
    assert latin.keys() & joined.keys() and latin.keys() & split.keys()


def test_words_across_punctuation_are_not_one_name() -> None:
    assert not arabic_full_names(normalize("سهیل. الشاهین"))


def test_an_english_claim_finds_its_arabic_passage_by_the_speaker_name() -> None:
    text = "Health ministry spokesman Sharaf Zaman Amarkhel said the campaign would last two weeks."
    results = check_claim(claim(text), {1: AR}, claim_language="en")
    assert results[-1].verdict is Verdict.CANDIDATE
    assert "أمرخيل" in (results[-1].evidence or "")


def test_a_different_person_finds_no_passage() -> None:
    text = "Health ministry spokesman Javid Hazhir said the campaign would last two weeks."
    results = check_claim(claim(text), {1: AR}, claim_language="en")
    assert results[-1].verdict is Verdict.NOT_FOUND


def test_a_dari_claim_finds_its_english_passage_by_the_speaker_name() -> None:
    source = page(
        "Foreign ministry spokesman Abdul Qahar Balkhi said on Saturday that a delegation would attend.\n"
        "Trade and transit are on the agenda."
    )
    text = "عبدالقهار بلخی گفت که هیئت در نشست شرکت می‌کند."
    results = check_claim(claim(text), {1: source}, claim_language="fa")
    assert results[-1].verdict is Verdict.CANDIDATE
    assert "Balkhi" in (results[-1].evidence or "")
