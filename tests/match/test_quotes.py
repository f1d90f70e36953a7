"""Quotation tiers: verbatim (with normalization noise), close, mismatch per difference kind, too_short."""

from __future__ import annotations

from match_helpers import page

from refcheck.match.quotes import is_too_short, match_quote, split_quote
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize

EN = page(
    "Speaking in Kabul on Tuesday, the deputy minister said the new policy would not improve access to "
    "education for girls in rural provinces, and that 200 families had returned to Helmand last week.\n"
    "Nikolay Kudashev, Russia's ambassador in New Delhi, told reporters that \u201cBoth Moscow and New Delhi "
    "are concerned about the spread of terrorism from Afghanistan, as it poses a threat to Central Asia and "
    "Kashmir.\u201d"
)
FA = page(
    "وزارت معارف روز یکشنبه اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود. "
    "مقام‌های محلی گفتند که کمبود معلم هنوز حل نشده است.",
    language="fa",
)
PS = page("د کابل ښاروالۍ ویلي چې په تېره اونۍ کې ۴۰۰ کورنۍ خپلو کورونو ته ستنې شوې دي.", language="ps")


def kinds(result) -> set[DifferenceKind]:
    return {d.kind for d in result.differences}


def test_verbatim_after_folding_quotes_and_whitespace() -> None:
    result = match_quote("Both Moscow and New Delhi are concerned about the spread of terrorism", EN)
    assert result.verdict is Verdict.VERBATIM
    assert result.score == 1.0


def test_evidence_is_the_original_text() -> None:
    result = match_quote("\u00abسازمانهای\u00bb", page("سازمان‌های بین‌المللی گفتند", language="fa"))
    assert result.evidence == "سازمان‌های"  # ZWNJ kept, as the source wrote it
    result = match_quote("that 200 families had returned to Helmand last week", EN)
    assert result.evidence == "that 200 families had returned to Helmand last week"


def test_persian_letter_forms_zwnj_and_digits_are_verbatim() -> None:
    result = match_quote("350 مكتب جديد در ولايات شمالي افغانستان ساخته ميشود", FA)
    assert result.verdict is Verdict.VERBATIM
    assert "۳۵۰" in result.evidence and "\u200c" in result.evidence


def test_zwnj_written_as_a_space_is_verbatim() -> None:
    result = match_quote("مکتب جدید در ولایات شمالی افغانستان ساخته می شود", FA)
    assert result.verdict is Verdict.VERBATIM
    assert result.evidence.endswith("ساخته می‌شود")


def test_dropped_not_is_a_negation_mismatch() -> None:
    result = match_quote("the new policy would improve access to education for girls", EN)
    assert result.verdict is Verdict.MISMATCH
    assert kinds(result) == {DifferenceKind.NEGATION}
    assert result.differences[0].source == "not"


def test_persian_negative_prefix_is_a_negation() -> None:
    result = match_quote("مقام‌های محلی گفتند که کمبود معلم هنوز حل شده است", FA)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in kinds(result)


def test_changed_number_is_a_mismatch() -> None:
    result = match_quote("that 2000 families had returned to Helmand last week", EN)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.NUMBER, "2000", "200")
    ]


def test_thousands_separators_are_folded() -> None:
    source = page("The dam will supply water to 12,000 hectares of farmland in the south.")
    assert match_quote("will supply water to 12000 hectares of farmland", source).verdict is Verdict.VERBATIM
    assert match_quote("will supply water to ۱۲۰۰۰ hectares of farmland", source).verdict is Verdict.VERBATIM


def test_changed_place_is_a_name_mismatch() -> None:
    result = match_quote("that 200 families had returned to Kandahar last week", EN)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.NAME, "Kandahar", "Helmand")
    ]


def test_changed_month_is_a_date_mismatch() -> None:
    source = page("The ministers met in Tashkent on 26 July 2022 to discuss regional security.")
    result = match_quote("The ministers met in Tashkent on 26 June 2022 to discuss regional security", source)
    assert result.verdict is Verdict.MISMATCH
    assert kinds(result) == {DifferenceKind.DATE}


def test_reworded_quote_is_close_with_differences_listed() -> None:
    # the mirror's Kodashov quote: about 91 % character similarity, no fact changed
    quote = (
        "Both Moscow and New Delhi are concerned about the spread of terrorism from Afghanistan, "
        "as this situation is perceived as a threat to Central Asia and Kashmir."
    )
    result = match_quote(quote, EN)
    assert result.verdict is Verdict.CLOSE
    assert 0.85 < result.score < 0.95
    assert {(d.claim, d.source) for d in result.differences} == {
        ("this situation", "it poses"),
        ("is perceived as", ""),
    }
    assert kinds(result) == {DifferenceKind.WORD}


def test_transliterated_name_is_close_not_mismatch() -> None:
    result = match_quote("Nikolai Kodashov, Russia's ambassador in New Delhi, told reporters that", EN)
    assert result.verdict is Verdict.CLOSE
    assert (DifferenceKind.NAME, "Nikolai Kodashov", "Nikolay Kudashev") in {
        (d.kind, d.claim, d.source) for d in result.differences
    }


def test_pashto_letters_are_not_folded_away() -> None:
    assert match_quote("په تېره اونۍ کې ۴۰۰ کورنۍ خپلو کورونو ته ستنې شوې دي", PS).verdict is Verdict.VERBATIM
    # a Persian normalizer would turn ښ into س and ې into ی: that text is not the source's
    corrupted = match_quote("د کابل ساروالۍ ویلي چې په تېره اونۍ کې ۴۰۰ کورنۍ خپلو کورونو ته ستنی شوی دي", PS)
    assert corrupted.verdict is Verdict.CLOSE


def test_quote_split_at_ellipses_matches_part_by_part() -> None:
    assert split_quote("the new policy … 200 families [...] last week... end") == [
        "the new policy",
        "200 families",
        "last week",
        "end",
    ]
    result = match_quote("the new policy would not improve access … 200 families had returned to Helmand", EN)
    assert result.verdict is Verdict.VERBATIM
    assert result.evidence.count("…") == 1
    altered = match_quote(
        "the new policy would not improve access … 300 families had returned to Helmand", EN
    )
    assert altered.verdict is Verdict.MISMATCH


def test_short_phrase_is_too_short_even_when_found() -> None:
    found = match_quote("the deputy minister", EN)
    assert found.verdict is Verdict.TOO_SHORT
    assert "found verbatim" in found.note
    missing = match_quote("the wheat harvest", EN)
    assert missing.verdict is Verdict.TOO_SHORT
    assert "not found" in missing.note
    assert is_too_short(normalize("three short words")) and not is_too_short(
        normalize("four words that are long")
    )


def test_unrelated_quote_is_not_found() -> None:
    result = match_quote("The central bank raised interest rates to control inflation in the capital", EN)
    assert result.verdict is Verdict.NOT_FOUND


def test_a_space_for_a_zwnj_is_not_listed_as_a_difference() -> None:
    quote = "وزارت معارف روز دوشنبه اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می شود"
    result = match_quote(quote, FA)
    # the changed weekday is the only difference (a DATE: another day); the ZWNJ for a space is none
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.DATE, "دوشنبه", "یکشنبه")
    ]


def test_a_dropped_phrase_is_listed() -> None:
    result = match_quote("the new policy would not improve access to education in rural provinces", EN)
    assert result.verdict is Verdict.CLOSE
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.WORD, "", "for girls")
    ]


def test_a_dropped_place_is_a_name_difference() -> None:
    result = match_quote("وزارت معارف روز یکشنبه اعلام کرد که ۳۵۰ مکتب جدید ساخته می‌شود", FA)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.source) for d in result.differences] == [
        (DifferenceKind.NAME, "در ولایات شمالی افغانستان")
    ]


def test_not_found_quote_shows_the_nearest_passage() -> None:
    result = match_quote("the new policy would widen access to universities for boys in the cities", EN)
    assert result.verdict is Verdict.NOT_FOUND
    assert result.evidence is not None and "access to" in result.evidence
    assert "nearest" in result.note


def test_a_number_word_changed_in_a_quotation_is_a_number_mismatch() -> None:
    source = page("The agency said eight districts had been cut off by the snow since Friday.")
    result = match_quote("eighteen districts had been cut off by the snow since Friday", source)
    assert result.verdict is Verdict.MISMATCH
    assert kinds(result) == {DifferenceKind.NUMBER}


def test_a_negating_construction_dropped_from_a_quotation_is_a_negation() -> None:
    source = page("The mayor said the city had declined to renew the contract with the bus company in March.")
    result = match_quote("the city had renewed the contract with the bus company in March", source)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in kinds(result)


def test_did_not_and_failed_to_hold_one_negation_each() -> None:
    source = page("Officials said the convoy failed to reach the district centre before nightfall on Sunday.")
    result = match_quote("the convoy did not reach the district centre before nightfall on Sunday", source)
    assert DifferenceKind.NEGATION not in kinds(result)


def test_an_arabic_refusal_turned_into_acceptance_is_a_negation() -> None:
    source = page("وقال المتحدث إن الحكومة رفضت تمديد عقد الشركة الصينية لتشغيل المنجم.", language="ar")
    result = match_quote("إن الحكومة قبلت تمديد عقد الشركة الصينية لتشغيل المنجم", source)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in kinds(result)


def test_a_pashto_never_added_to_a_quotation_is_a_negation() -> None:
    source = page("ولسوال وویل چې طالبانو له کلیوالو سره د اوبو په اړه خبرې کړې دي.", language="ps")
    result = match_quote("طالبانو له کلیوالو سره د اوبو په اړه هیڅکله خبرې کړې دي", source)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in kinds(result)


def test_a_place_and_its_adjective_are_one_name() -> None:
    arabic = page(
        "أعلن وزير الصحة الباكستاني يوم السبت عن حملة تطعيم جديدة ضد شلل الأطفال في البلاد.", language="ar"
    )
    result = match_quote("أعلن وزير صحة باكستان يوم السبت عن حملة تطعيم جديدة ضد شلل الأطفال", arabic)
    assert result.verdict is Verdict.CLOSE
    english = page("The Qatari foreign ministry hosted the talks between the two delegations on Monday.")
    result = match_quote("The Qatar foreign ministry hosted the talks between the two delegations", english)
    assert result.verdict is Verdict.CLOSE
    dari = page("سفیر پاکستانی در کابل روز دوشنبه با وزیر تجارت دیدار کرد.", language="fa")
    assert (
        match_quote("سفیر پاکستان در کابل روز دوشنبه با وزیر تجارت دیدار کرد", dari).verdict is Verdict.CLOSE
    )


def test_another_country_or_its_adjective_is_still_a_name_change() -> None:
    arabic = page(
        "أعلن وزير الصحة الباكستاني يوم السبت عن حملة تطعيم جديدة ضد شلل الأطفال في البلاد.", language="ar"
    )
    result = match_quote("أعلن وزير الصحة الإيراني يوم السبت عن حملة تطعيم جديدة ضد شلل الأطفال", arabic)
    assert result.verdict is Verdict.MISMATCH
    assert kinds(result) == {DifferenceKind.NAME}
