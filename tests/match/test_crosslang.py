"""Cross-language claims: at best a candidate, found by dates, numbers, acronyms, places and phrases."""

from __future__ import annotations

import datetime as dt

from match_helpers import claim, page

from refcheck.match import check_claim, embedding
from refcheck.models import Verdict

BBC = page(
    "نیروهای نظامی کشورهای عضو سازمان پیمان امنیت جمعی به رهبری روسیه "
    "رزمایش مشترک خود را در جنوب تاجیکستان برگزار می‌کنند.\n"
    "این رزمایش از روز دوشنبه ۲۶ مهر ۱۴۰۰ در استان ختلان آغاز شد.\n"
    "سازمان پیمان امنیت جمعی (CSTO) اتحادی نظامی است.\n"
    "مسکو روز چهارشنبه ۲۸ مهر میزبان نشستی درباره افغانستان بود.",
    language="fa",
    published=dt.date(2021, 10, 22),
)
AA = page(
    "بیش از 2500 سرباز از روسیه، تاجیکستان و ازبکستان در تمرین نظامی نزدیک مرز افغانستان شرکت دارند.\n"
    "این رزمایش از روز پنجشنبه 5 اوت آغاز شد.",
    language="fa",
    published=dt.date(2021, 8, 5),
)


def core_result(text: str, source, **kwargs):
    return check_claim(claim(text), {1: source}, claim_language="en", **kwargs)[-1]


def test_solar_hijri_date_makes_a_candidate_never_verified() -> None:
    result = core_result(
        "Russia and the CSTO member countries conducted military exercises in Tajikistan "
        "on October 18, 2021.",
        BBC,
    )
    assert result.verdict is Verdict.CANDIDATE
    assert not result.verdict.is_verified
    assert "۲۶ مهر ۱۴۰۰" in result.evidence
    assert "2021-10-18" in result.note and "CSTO" in result.note


def test_number_folding_and_a_date_without_year() -> None:
    result = core_result(
        "Russia held military exercises with Uzbekistan and Tajikistan on August 5, 2021, "
        "involving more than 2,500 soldiers.",
        AA,
    )
    assert result.verdict is Verdict.CANDIDATE
    assert "2500" in result.note and "2021-08-05" in result.note


def test_a_number_the_page_lacks_is_not_a_candidate() -> None:
    result = core_result("More than 3,500 soldiers from Russia, Uzbekistan and Tajikistan took part.", AA)
    assert result.verdict is Verdict.NOT_FOUND
    assert "3500" in result.note


def test_a_wrong_date_is_not_a_candidate() -> None:
    result = core_result("Russia began exercises in Tajikistan with the CSTO on October 19, 2021.", BBC)
    assert result.verdict is Verdict.NOT_FOUND


def test_a_verbatim_translation_is_still_only_a_candidate() -> None:
    # even a quotation that happens to hold the page's facts is never verbatim across languages
    results = check_claim(
        claim(
            "He said “more than 2,500 soldiers from Russia, Tajikistan and Uzbekistan take part”.",
            "more than 2,500 soldiers from Russia, Tajikistan and Uzbekistan take part",
        ),
        {1: AA},
        claim_language="en",
    )
    assert [r.verdict for r in results] == [Verdict.CANDIDATE, Verdict.CANDIDATE]


def test_phrases_from_references_yaml_find_the_passage() -> None:
    source = page("کمیسیون گزارش داد که وضعیت بهتر شده است.\nهیچ عدد دیگری در این صفحه نیست.", language="fa")
    text = "The commission reported that the situation has improved."
    assert core_result(text, source).verdict is Verdict.NOT_FOUND
    found = core_result(text, source, phrases={1: ("وضعیت بهتر شده است",)})
    assert found.verdict is Verdict.CANDIDATE
    assert found.evidence == "کمیسیون گزارش داد که وضعیت بهتر شده است."


def test_places_alone_can_anchor_a_candidate() -> None:
    source = page(
        "نشست فارمت مسکو با حضور نمایندگان روسیه، چین، پاکستان، ایران و هند در کازان برگزار شد.",
        language="fa",
    )
    result = core_result(
        "The Moscow format meeting included Russia, China, Pakistan, Iran and India.", source
    )
    assert result.verdict is Verdict.CANDIDATE


def test_unrelated_page_in_another_language_is_not_found() -> None:
    source = page("قیمت گندم در بازارهای کابل امسال کاهش یافته است.", language="fa")
    result = core_result("The national cricket team won its match against Sri Lanka by 45 runs.", source)
    assert result.verdict is Verdict.NOT_FOUND


FACTLESS = page(
    "سخنگوی وزارت خارجه گفت که هیئت در نشست شرکت خواهد کرد.\n"
    "او افزود که این هیئت درباره تجارت، ترانزیت و امنیت مرزها گفتگو می‌کند.\n"
    "به گفته وی، حکومت هرگز اجازه نمی‌دهد.",
    language="fa",
)
NO_FACTS = "The delegation will discuss trade, transit and border security."


def test_without_embeddings_a_claim_with_no_facts_is_not_found() -> None:
    result = core_result(NO_FACTS, FACTLESS)
    assert result.verdict is Verdict.NOT_FOUND
    assert "none of the claim's facts" in result.note


def fixed(*scores: float):  # type: ignore[no-untyped-def]
    """A stand-in for the multilingual model: fixed scores for the page's sentences."""
    return lambda claim, sentences: list(scores)


def test_embeddings_find_a_passage_no_fact_anchors() -> None:
    # the model itself is optional: its scores are given here, the wiring and thresholds are tested
    result = core_result(NO_FACTS, FACTLESS, similarity=fixed(0.80, 0.90, 0.82))
    assert result.verdict is Verdict.CANDIDATE
    assert result.evidence == "او افزود که این هیئت درباره تجارت، ترانزیت و امنیت مرزها گفتگو می‌کند."
    assert "embedding" in result.note
    # not given: not used
    assert core_result(NO_FACTS, FACTLESS).verdict is Verdict.NOT_FOUND


def test_embeddings_need_a_clear_winner_and_never_override_missing_facts() -> None:
    assert core_result(NO_FACTS, FACTLESS, similarity=fixed(0.80, 0.90, 0.895)).verdict is Verdict.NOT_FOUND
    assert core_result(NO_FACTS, FACTLESS, similarity=fixed(0.80, 0.84, 0.70)).verdict is Verdict.NOT_FOUND
    with_number = core_result(
        "The delegation will discuss 40 trade agreements.", FACTLESS, similarity=fixed(0.80, 0.95, 0.70)
    )
    assert with_number.verdict is Verdict.NOT_FOUND
    assert "40" in with_number.note


def test_long_pages_are_not_embedded() -> None:
    asked: list[int] = []
    sentences = ["a sentence"] * (embedding.MAX_SENTENCES + 1)
    assert (
        embedding.best_sentence("a claim", sentences, lambda c, s: asked.append(len(s)) or [0.9] * len(s))
        is None
    )
    assert embedding.best_sentence("a claim", [], lambda c, s: asked.append(len(s)) or []) is None
    assert asked == []  # the model is never asked about a page that long, or an empty one


# ---- numbers written with a multiplier word, and one distinctive number as the only anchor

RETURNS = page(
    "وزارت امور مهاجرین روز سه‌شنبه گفت که ۱۲ هزار خانواده از پاکستان به ولایت ننگرهار برگشته‌اند.\n"
    "به گفته این وزارت، ۴۸۰ مکتب در ولایات شرقی برای کودکان مهاجر باز شده است.\n"
    "مقام‌ها افزودند که کمک‌های زمستانی هنوز کافی نیست.",
    language="fa",
)


def test_a_number_with_a_multiplier_word_agrees_with_its_digits() -> None:
    text = "The refugee ministry said 12,000 families returned to Nangarhar from Pakistan."
    result = check_claim(claim(text), {1: RETURNS}, claim_language="en")[-1]
    assert result.verdict is Verdict.CANDIDATE
    assert "۱۲ هزار" in (result.evidence or "")


def test_a_multiplied_number_in_the_claim_agrees_with_the_page_digits() -> None:
    source = page("Officials said the new bridge would carry 35,000 vehicles a day once it opens.")
    text = "مقام‌ها گفتند که پل جدید روزانه ۳۵ هزار وسیله نقلیه را عبور خواهد داد."
    result = check_claim(claim(text), {1: source}, claim_language="fa")[-1]
    assert result.verdict is Verdict.CANDIDATE


def test_one_distinctive_number_is_enough_for_a_candidate() -> None:
    text = "Some 480 schools have opened for returnee children, the ministry says."
    result = check_claim(claim(text), {1: RETURNS}, claim_language="en")[-1]
    assert result.verdict is Verdict.CANDIDATE
    assert "۴۸۰" in (result.evidence or "")


def test_a_short_or_repeated_number_alone_is_not_enough() -> None:
    source = page(
        "د روغتیا وزارت وویل چې ۲۵ نوي کلینیکونه جوړ شوي دي.\n"
        "د ۲۰۲۴ کال په بودیجه کې ۲۵ میلیونه ډالر ځانګړي شوي.\n"
        "په ۲۰۲۴ کال کې ډېر کار شوی.",
        language="ps",
    )
    for text in ("Officials say 25 clinics were built.", "Work continued throughout 2024 on the clinics."):
        assert check_claim(claim(text), {1: source}, claim_language="en")[-1].verdict is Verdict.NOT_FOUND


def test_number_words_of_an_english_claim_are_not_required_of_a_page_in_another_language() -> None:
    text = "Some 480 schools have opened in the three eastern provinces for returnee children."
    result = check_claim(claim(text), {1: RETURNS}, claim_language="en")[-1]
    assert result.verdict is Verdict.CANDIDATE


RAILWAY = page(
    "ارتفع التبادل التجاري بين أفغانستان وأوزبكستان.\n"
    "واتفق البلدان على إنشاء خط سكة حديد يمر عبر مزار شريف.\n"
    "ويرى محللون أن الممر الجديد سيختصر زمن النقل.",
    language="ar",
)
RAILWAY_CLAIM = "The two countries also agreed to build a railway line through Mazar-i-Sharif."


def test_a_place_and_the_model_pointing_to_one_sentence_make_a_candidate() -> None:
    # one place is too few facts alone, and 0.82 is below the model's own floor: together they agree
    result = core_result(RAILWAY_CLAIM, RAILWAY, similarity=fixed(0.79, 0.82, 0.80))
    assert result.verdict is Verdict.CANDIDATE
    assert result.evidence == "واتفق البلدان على إنشاء خط سكة حديد يمر عبر مزار شريف."
    assert "holds the claim's facts" in result.note


def test_the_model_nearest_elsewhere_than_the_facts_gives_no_candidate() -> None:
    result = core_result(RAILWAY_CLAIM, RAILWAY, similarity=fixed(0.79, 0.80, 0.82))
    assert result.verdict is Verdict.NOT_FOUND
    assert "mazar" in result.note  # the claim's own spelling, not the gazetteer's "balkh"
