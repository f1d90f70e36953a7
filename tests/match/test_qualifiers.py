"""Scope words, modals, position ordinals, currencies and cued place names: facts a quotation can change."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.qualifiers import qualifier_kind
from refcheck.match.quotes import match_quote
from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize

EN = page(
    "The education department said several district hospitals in Ghor had received new generators. "
    "Officials added that the bridge repairs could be finished before the spring floods. "
    "The minister opened the second section of the ring road near Maimana on Monday. "
    "Traders in Spin Boldak lost about 4 million dollars during the closure."
)
FA = page(
    "به گفته این اداره، همه دانش‌آموزان مکاتب ولسوالی چخچران کتاب درسی دریافت کرده‌اند. "
    "مسئولان گفتند که پروژه آبرسانی تا پایان سال آینده تکمیل خواهد شد. "
    "کامیون‌های حامل میوه از طریق بندر تورغندی به ترکمنستان صادر شده‌اند.",
    language="fa",
)
PS = page(
    "د کرنې ریاست ویاند وویل چې ځینې بزګران به سږکال د غنمو تخم وړیا ترلاسه کړي. "
    "په تېرو دوو میاشتو کې د بادامو صادرات ۳ میلیون ډالره ارزښت درلود.",
    language="ps",
)
AR = page(
    "وقال مسؤول في الوزارة إن بعض المدارس الريفية في ولاية بلخ أغلقت أبوابها بسبب نقص المعلمين. "
    "ومن المتوقع أن تفتح الحكومة المرحلة الأولى من مشروع الري في الربيع المقبل.",
    language="ar",
)


@pytest.mark.parametrize(
    ("quote", "index", "kind"),
    [
        ("all district hospitals in Ghor had received new generators", EN, DifferenceKind.NUMBER),
        ("بعضی دانش‌آموزان مکاتب ولسوالی چخچران کتاب درسی دریافت کرده‌اند", FA, DifferenceKind.NUMBER),
        ("ټول بزګران به سږکال د غنمو تخم وړیا ترلاسه کړي", PS, DifferenceKind.NUMBER),
        ("إن معظم المدارس الريفية في ولاية بلخ أغلقت أبوابها", AR, DifferenceKind.NUMBER),
        ("the bridge repairs will be finished before the spring floods", EN, DifferenceKind.NEGATION),
        ("پروژه آبرسانی تا پایان سال آینده ممکن است تکمیل شود", FA, DifferenceKind.NEGATION),
        ("The minister opened the last section of the ring road near Maimana", EN, DifferenceKind.NUMBER),
        ("أن تفتح الحكومة المرحلة الأخيرة من مشروع الري في الربيع", AR, DifferenceKind.NUMBER),
        ("Traders in Spin Boldak lost about 4 million euros during the closure", EN, DifferenceKind.NUMBER),
        ("د بادامو صادرات ۳ میلیون افغانۍ ارزښت درلود", PS, DifferenceKind.NUMBER),
        ("کامیون‌های حامل میوه از طریق بندر شیرخان به ترکمنستان صادر شده‌اند", FA, DifferenceKind.NAME),
    ],
)
def test_a_changed_qualifier_in_a_quotation_is_a_mismatch(quote: str, index, kind: DifferenceKind) -> None:
    result = match_quote(quote, index)
    assert result.verdict is Verdict.MISMATCH, result
    assert kind in {d.kind for d in result.differences}


@pytest.mark.parametrize(
    ("ours", "theirs", "kind"),
    [
        ("each", "every", None),  # one scope
        ("a few", "some", None),
        ("would", "will", None),  # reported speech keeps the certainty
        ("would possibly", "will", DifferenceKind.NEGATION),
        ("سيبدأ", "قد يبدأ", DifferenceKind.NEGATION),
        ("للمرة الأخيرة", "لأول مرة", DifferenceKind.NUMBER),
        ("several", "many", DifferenceKind.NUMBER),
        ("district", "provincial", None),
    ],
)
def test_qualifier_classes(ours: str, theirs: str, kind: DifferenceKind | None) -> None:
    assert qualifier_kind(normalize(ours).split(), normalize(theirs).split()) is kind


def test_the_same_qualifier_reworded_stays_close() -> None:
    result = match_quote("several district hospitals in Ghor had got new generators", EN)
    assert result.verdict is Verdict.CLOSE


def test_a_replaced_word_after_a_preposition_is_no_place() -> None:
    index = page("وأضاف أن الحكومة اضطرت إلى خفض رواتب الموظفين في الأقاليم الشمالية.", language="ar")
    result = match_quote("أن الحكومة اضطرت إلى تقليص رواتب الموظفين في الأقاليم الشمالية", index)
    assert result.verdict is Verdict.CLOSE


def test_a_changed_scope_in_a_paraphrase_is_a_mismatch() -> None:
    result = check_support("An official said most rural schools in Balkh province closed their doors.", AR)
    assert result.verdict is not Verdict.SUPPORTED
    index = page(
        "The governor of Badghis said some private clinics in Qala-i-Naw had stopped treating women. "
        "He said the clinics lacked female doctors."
    )
    result = check_support(
        "The governor of Badghis said all private clinics in Qala-i-Naw stopped treating women.", index
    )
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NUMBER in {d.kind for d in result.differences}


def test_a_negation_with_no_counterpart_does_not_sink_a_loose_paraphrase() -> None:
    index = page(
        "وقالت المنظمة إن نحو 3 ملايين طفل في اليمن يعانون من سوء التغذية الحاد هذا العام. "
        "وأضافت أنها خفضت برامجها في المحافظات الجنوبية بسبب نقص التمويل.",
        language="ar",
    )
    result = check_support(
        "وبحسب المنظمة، فإن قرابة 3 ملايين طفل في اليمن لا يحصلون على غذاء كاف هذا العام.", index
    )
    assert result.verdict is Verdict.CANDIDATE, result


@pytest.mark.parametrize(
    "claim",
    [
        "وقال المتحدث إن الطرفين لم يتوصلا إلى اتفاق بشأن تبادل الأسرى في الدوحة.",
        "وقال المتحدث إنه لم يتم التوصل إلى اتفاق بشأن تبادل الأسرى في الدوحة.",
    ],
)
def test_a_negation_of_the_same_verb_still_sinks_the_claim(claim: str) -> None:
    index = page(
        "وقال المتحدث إن الطرفين توصلا إلى اتفاق بشأن تبادل الأسرى في الدوحة يوم الأحد.", language="ar"
    )
    assert check_support(claim, index).verdict in {Verdict.NOT_FOUND, Verdict.MISMATCH}


def test_the_same_words_after_the_same_verb_with_another_subject_is_another_agent() -> None:
    index = page(
        "Karimov said the line could carry freight by 2027. Haidari called the railway the backbone of the "
        "northern economy."
    )
    result = check_support("Karimov called the railway the backbone of the northern economy.", index)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NAME in {d.kind for d in result.differences}


def test_the_subject_written_otherwise_before_the_verb_is_the_same_agent() -> None:
    index = page("The interior ministry said 40 police officers were wounded in the clashes in Takhar.")
    result = check_support(
        "The ministry said 40 police officers were wounded in the clashes in Takhar.", index
    )
    assert result.verdict is Verdict.SUPPORTED
