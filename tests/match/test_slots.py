"""Facts in a slot of a paraphrase: the place, the month, what a number counts, the direction of trade,
the condition, and the date of the sentence that holds the claim."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict

SUMMIT = page(
    "TASHKENT, 14 September 2023. Uzbekistan raised the issue of the Qosh Tepa canal at the summit of "
    "Central Asian leaders in Dushanbe in September 2023. The canal is meant to irrigate 550,000 hectares. "
    "Officials said the campaign would reach 12 districts of the north. The northern provinces asked for more vaccine. The transit agreement was signed in "
    "April. The Torkham crossing was shut for 27 days in September after clashes between border guards."
)
TRADE = page(
    "وزارت صنعت و تجارت اعلام کرد که صادرات افغانستان در شش ماه نخست سال جاری به ۱.۲ میلیارد دالر رسیده "
    "است. واردات کشور اما در همین مدت به ۳.۵ میلیارد دالر رسیده است.",
    language="fa",
)


@pytest.mark.parametrize(
    ("claim", "kind", "differs"),
    [
        (
            "Kazakhstan raised the issue of the Qosh Tepa canal at the summit of Central Asian leaders.",
            "name",
            "kazakhstan",
        ),
        (
            "Uzbekistan raised the issue of the Qosh Tepa canal at the summit in Astana in September 2023.",
            "name",
            "astana",
        ),
        ("The canal is meant to irrigate 550,000 acres.", "number", "acres"),
        (
            "The Torkham crossing was shut for 27 days in April after clashes between border guards.",
            "date",
            "april",
        ),
    ],
)
def test_another_value_in_the_same_slot_is_a_mismatch(claim: str, kind: str, differs: str) -> None:
    result = check_support(claim, SUMMIT)
    assert result.verdict is Verdict.MISMATCH, result.note
    assert any(d.kind is DifferenceKind(kind) and differs in d.claim.lower() for d in result.differences)


def test_the_slot_values_of_the_page_pass() -> None:
    for claim in (
        "Uzbekistan raised the issue of the Qosh Tepa canal at the summit of Central Asian leaders in Dushanbe.",
        "The Torkham crossing was shut for 27 days in September after clashes between border guards.",
        "The canal is meant to irrigate 550,000 hectares.",
    ):
        assert check_support(claim, SUMMIT).verdict is Verdict.SUPPORTED, claim


def test_imports_for_exports_is_the_opposite_direction() -> None:
    claim = (
        "وزارت صنعت و تجارت می‌گوید واردات افغانستان در شش ماه نخست سال جاری به ۱.۲ میلیارد دالر رسیده است."
    )
    result = check_support(claim, TRADE)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NEGATION]


def test_a_claim_that_drops_the_pages_condition_is_only_a_candidate() -> None:
    index = page(
        "The chamber's deputy head said exporters would shift more shipments to Central Asian routes if the "
        "crossings were not kept open."
    )
    result = check_support(
        "The chamber's deputy head said exporters would shift more shipments to Central Asian routes.", index
    )
    assert result.verdict is Verdict.CANDIDATE
    assert "condition" in result.note


def test_a_date_in_the_passage_that_is_only_the_datelines_is_not_the_events() -> None:
    index = page(
        "الدوحة، 3 فبراير 2025 — أعلنت وزارة الخارجية القطرية أن وفداً أفغانياً سيزور الدوحة. "
        "وكانت الأمم المتحدة قد عقدت اجتماعاً مماثلاً في الدوحة في 30 يونيو 2024 بمشاركة ممثلين عن 25 دولة.",
        language="ar",
    )
    result = check_support(
        "عقدت الأمم المتحدة اجتماعاً مماثلاً في الدوحة في 3 فبراير 2025 بمشاركة ممثلين عن 25 دولة.", index
    )
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.DATE]


def test_a_number_written_to_another_precision_is_the_same_number() -> None:
    index = page("Headline consumer prices fell 10.0 percent year-on-year in March 2024, the bank said.")
    result = check_support("Headline consumer prices fell 10 percent year-on-year in March 2024.", index)
    assert result.verdict is Verdict.SUPPORTED


def test_the_two_countries_is_no_count_of_countries() -> None:
    index = page("Trade between Afghanistan and Pakistan fell by 18 percent in 2024, to about $1.6 billion.")
    result = check_support(
        "Commerce between the two countries declined 18 percent in 2024, to roughly $1.6 billion.", index
    )
    assert result.verdict is Verdict.SUPPORTED


def test_all_where_the_page_gives_a_share_is_a_number_difference() -> None:
    index = page(
        "د شرکت ویاند وویل چې افغانستان هر کال نږدې ۸۰ سلنه برېښنا له ګاونډیو هېوادونو څخه واردوي.",
        language="ps",
    )
    result = check_support("د شرکت ویاند وویل چې افغانستان ټوله برېښنا له ګاونډیو هېوادونو واردوي.", index)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim) for d in result.differences] == [(DifferenceKind.NUMBER, "ټوله")]


def test_twice_the_capacity_is_not_less_than_it() -> None:
    index = page(
        "یک داکتر شفاخانهٔ حوزوی هرات گفت که بخش اطفال این شفاخانه دو برابر ظرفیت خود بیمار دارد. "
        "مسئولان گفتند در صورتی که واکسیناسیون انجام نشود، شمار مبتلایان افزایش خواهد یافت.",
        language="fa",
    )
    result = check_support(
        "یک داکتر شفاخانهٔ حوزوی هرات گفت که شمار بیماران بخش اطفال کمتر از ظرفیت آن است.", index
    )
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NEGATION]


def test_a_condition_in_the_next_sentence_does_not_touch_the_claim() -> None:
    index = page(
        "یک داکتر شفاخانهٔ حوزوی هرات گفت که بخش اطفال این شفاخانه دو برابر ظرفیت خود بیمار دارد. "
        "مسئولان گفتند در صورتی که واکسیناسیون انجام نشود، شمار مبتلایان افزایش خواهد یافت.",
        language="fa",
    )
    claim = "یک داکتر شفاخانه حوزوی هرات گفت که بخش اطفال دو برابر ظرفیت خود بیمار دارد."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "source", "language", "scope"),
    [
        (
            "وزارت تحصیلات عالی گفت که همه دانشگاه‌های خصوصی به دلیل نداشتن استادان کافی مسدود شده‌اند.",
            "وزارت تحصیلات عالی گفت که هفت دانشگاه خصوصی به دلیل نداشتن استادان کافی مسدود شده‌اند.",
            "fa",
            "همه",
        ),
        (
            "Officials said most households in the district had lost their harvest to the drought.",
            "Officials said about half of the households in the district had lost their harvest to the drought.",
            "en",
            "most",
        ),
    ],
)
def test_a_scope_the_pages_amount_denies_is_a_number_difference(
    claim: str, source: str, language: str, scope: str
) -> None:
    result = check_support(claim, page(source, language=language))
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim) for d in result.differences] == [(DifferenceKind.NUMBER, scope)]


def test_all_with_its_own_count_is_no_scope_claim() -> None:
    index = page("The ministry said schools had reopened in all 34 provinces after the winter break.")
    result = check_support(
        "Schools reopened in all 34 provinces after the winter break, the ministry said.", index
    )
    assert result.verdict is Verdict.SUPPORTED


def test_families_for_hectares_is_another_noun_for_the_number() -> None:
    index = page(
        "د وزارت د ویاند په خبره، دغه بند به د ۲۴ زره هکتاره ځمکې د خړوبولو لپاره اوبه برابرې کړي. "
        "ویاند وویل چې د پروژې بودیجه به له کورنیو عوایدو څخه ورکړل شي.",
        language="ps",
    )
    result = check_support("د وزارت ویاند وویل چې دغه بند به د ۲۴ زره کورنیو لپاره اوبه برابرې کړي.", index)
    assert result.verdict is Verdict.MISMATCH


def test_a_claim_dated_only_by_the_dateline_of_a_passage_that_dates_the_event_otherwise() -> None:
    index = page(
        "هرات، ۲۵ میزان ۱۴۰۲ — ده روز پس از زمین‌لرزه‌های ویرانگر ۱۵ میزان ۱۴۰۲ در ولسوالی زنده‌جان، "
        "بیش از ۱۱۰۰ خانه به طور کامل ویران شده است.",
        language="fa",
    )
    result = check_support(
        "زمین‌لرزه‌های ۲۵ میزان ۱۴۰۲ در ولسوالی زنده‌جان بیش از ۱۱۰۰ خانه را ویران کرد.", index
    )
    # the sentence dates the quake ۱۵ میزان; ۲۵ میزان, its dateline, dates the page
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.source) for d in result.differences] == [(DifferenceKind.DATE, "۱۵ میزان ۱۴۰۲")]


def test_a_change_the_other_way_is_a_mismatch() -> None:
    index = page(
        "معین این وزارت گفت که قیمت یک گیگابایت انترنت از ۸۰ افغانی به ۶۰ افغانی کاهش یافته است.",
        language="fa",
    )
    result = check_support(
        "معین وزارت گفت که قیمت یک گیگابایت انترنت از ۶۰ افغانی به ۸۰ افغانی افزایش یافته است.", index
    )
    assert result.verdict is Verdict.MISMATCH
    assert {d.kind for d in result.differences} == {DifferenceKind.NEGATION, DifferenceKind.NUMBER}
    honest = check_support(
        "معین وزارت گفت که قیمت یک گیگابایت انترنت از ۸۰ افغانی به ۶۰ افغانی کاهش یافته است.", index
    )
    assert honest.verdict is Verdict.SUPPORTED


def test_things_counted_where_the_page_measures_is_a_mismatch() -> None:
    index = page(
        "Transport officials said repairs to 120 kilometres of the road between Ghazni and Qalat would begin."
    )
    result = check_support(
        "Transport officials said repairs to 120 bridges between Ghazni and Qalat would begin.", index
    )
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.NUMBER, "bridges", "kilometres")
    ]


def test_a_condition_the_claim_adds_makes_it_a_candidate() -> None:
    index = page("Uzbek officials said the line would cut the transit time of goods to about 5 days.")
    result = check_support(
        "Uzbek officials said the line would cut the transit time of goods to about 5 days if funding is secured.",
        index,
    )
    assert result.verdict is Verdict.CANDIDATE
    assert "condition" in result.note


def test_a_pashto_condition_after_che_is_a_condition() -> None:
    index = page("کروندګرو ویلي چې که بدیل معیشت ورته برابر نشي، بېرته به کوکنار وکري.", language="ps")
    assert check_support("کروندګرو ویلي چې بېرته به کوکنار وکري.", index).verdict is not Verdict.SUPPORTED


def test_a_negation_of_an_irregular_verb_meets_its_past_form() -> None:
    index = page(
        "The police spokesman said the bus driver had been travelling at high speed and that the tanker caught fire after the crash."
    )
    claim = "The police spokesman said the bus had been travelling at high speed and that the tanker did not catch fire after the crash."
    assert check_support(claim, index).verdict is not Verdict.SUPPORTED


def test_a_year_that_is_only_the_datelines_is_not_the_events() -> None:
    index = page(
        "KABUL, 5 September 2023 — Archaeologists have uncovered a stupa at Mes Aynak, the ministry said. "
        "A Chinese consortium that won the rights to mine copper at Mes Aynak in 2007 has yet to begin extraction."
    )
    claim = "A Chinese consortium that won the rights to mine copper at Mes Aynak in 2023 has yet to begin extraction."
    result = check_support(claim, index)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.DATE, "2023", "2007")
    ]


def test_an_arabic_verb_of_the_other_direction_is_a_mismatch() -> None:
    index = page(
        "وقال مسؤولون أوزبك إن الخط سيخفض مدة نقل البضائع بين آسيا الوسطى وموانئ باكستان.", language="ar"
    )
    result = check_support(
        "وقال مسؤولون أوزبك إن الخط سيطيل مدة نقل البضائع بين آسيا الوسطى وموانئ باكستان.", index
    )
    assert result.verdict is Verdict.MISMATCH


def test_an_arabic_import_verb_for_the_pages_export_verb_is_a_mismatch() -> None:
    index = page(
        "وتصدّر أفغانستان إلى طاجيكستان الفواكه المجففة والفحم والسجاد، وتستورد منها الكهرباء والإسمنت والدقيق.",
        language="ar",
    )
    result = check_support("تستورد أفغانستان من طاجيكستان الفواكه المجففة والفحم والسجاد.", index)
    assert result.verdict is Verdict.MISMATCH
    honest = check_support("تستورد أفغانستان من طاجيكستان الكهرباء والإسمنت والدقيق.", index)
    assert honest.verdict is Verdict.SUPPORTED


def test_unless_for_even_if_is_no_support() -> None:
    index = page("The ministry said the dam would be finished by 2026 unless funding ran out.")
    result = check_support(
        "The ministry said the dam would be finished by 2026 even if funding ran out.", index
    )
    assert result.verdict is not Verdict.SUPPORTED


def test_a_share_in_another_sentence_is_the_share_of_something_else() -> None:
    index = page(
        "The ministry said most of the revenue was collected at Islam Qala on the border with Iran, followed by "
        "Torkham and Hairatan. Imports of fuel and wheat flour accounted for nearly half of the duties collected."
    )
    claim = "Most customs duties were collected at Islam Qala on the Iranian border, followed by Torkham and Hairatan."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_a_nationality_counted_by_the_number_is_people_not_another_noun() -> None:
    index = page(
        "به گفته سازمان، بیش از ۱۲ هزار مهاجر افغان در هفته گذشته از مرز اسلام‌قلعه از ایران بازگشتند.",
        language="fa",
    )
    claim = "سازمان می‌گوید هفته گذشته بیش از ۱۲ هزار افغان از مرز اسلام‌قلعه از ایران برگشتند."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_one_swapped_word_is_one_difference() -> None:
    index = page(
        "The ministry said 40 Pakistani traders were detained at Torkham on Monday. "
        "Afghan traders were released the same day."
    )
    result = check_support("The ministry said 40 Afghan traders were detained at Torkham on Monday.", index)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.claim, d.source) for d in result.differences] == [
        (DifferenceKind.NAME, "afghan", "pakistani")
    ]


def test_another_noun_for_the_same_number_is_a_doubt_not_a_mismatch() -> None:
    # 12 provinces for 12 districts changes the fact, 300 homes for 300 houses does not: words cannot tell
    result = check_support("Officials said the campaign would reach 12 provinces of the north.", SUMMIT)
    assert result.verdict is Verdict.CANDIDATE
    assert [(d.claim, d.source) for d in result.differences] == [("provinces", "districts")]
    homes = page("The flood destroyed 300 houses in Baghlan, officials said. More homes are at risk.")
    assert (
        check_support("The flood destroyed 300 homes in Baghlan, officials said.", homes).verdict
        is not Verdict.MISMATCH
    )


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (
            "All returnees received cash assistance at the border, the agency said.",
            "The agency said all 1,200 returnees received cash assistance at the border.",
            "en",
        ),
        (
            "وزارت گفت که همه ولایات کشور در این برنامه شامل شده‌اند.",
            "وزارت گفت که همه ۳۴ ولایت کشور در این برنامه شامل شده‌اند.",
            "fa",
        ),
    ],
)
def test_all_against_all_of_a_count_is_no_mismatch(claim: str, source: str, language: str) -> None:
    assert check_support(claim, page(source, language=language)).verdict is Verdict.SUPPORTED


def test_a_claim_with_two_dates_across_two_sentences_is_no_mismatch() -> None:
    index = page(
        "The ministry announced the reconstruction plan on 3 May 2024. The cabinet approved the plan on 10 May 2024."
    )
    claim = "The reconstruction plan, announced on 3 May 2024, was approved by the cabinet on 10 May 2024."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_trade_told_from_the_other_country_is_the_same_trade() -> None:
    index = page("Pakistan exported 2 million tons of cement to Afghanistan last year, the ministry said.")
    claim = "Afghanistan imported 2 million tons of cement from Pakistan last year, the ministry said."
    assert check_support(claim, index).verdict is not Verdict.MISMATCH


def test_exports_for_imports_in_a_quotation_is_a_mismatch() -> None:
    from refcheck.match.quotes import match_quote

    index = page("The ministry said exports of dried fruit to India rose by 12 percent in the first quarter.")
    result = match_quote("imports of dried fruit to India rose by 12 percent in the first quarter", index)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NEGATION]


def test_all_of_the_for_most_of_the_is_a_mismatch() -> None:
    index = page(
        "Most of the carpets were sold to Pakistan, India and Turkey, while smaller shipments went to Germany."
    )
    result = check_support(
        "All of the carpets were sold to Pakistan, India and Turkey, the chamber said.", index
    )
    assert result.verdict is Verdict.MISMATCH


def test_three_banks_for_three_telecom_companies_is_a_doubt() -> None:
    index = page(
        "بانک مرکزی اعلام کرد که شمار کاربران پول همراه افزایش یافته است. سه شرکت مخابراتی این خدمات را ارائه می‌کنند.",
        language="fa",
    )
    result = check_support("سه بانک خدمات پول همراه را ارائه می‌کنند.", index)
    assert result.verdict is Verdict.CANDIDATE
    assert "بانک" in result.note


@pytest.mark.parametrize(
    ("claim", "source", "language", "noun"),
    [
        (  # what a measure is of: of oil where the page's same amount is of gas
            "The pipeline will carry 20 billion cubic metres of oil a year to Pakistan.",
            "The pipeline will carry 20 billion cubic metres of gas a year to Pakistan and India.",
            "en",
            "oil",
        ),
        (  # the noun after "new": a word the page never uses, where its same count is of another noun
            "The authority said 35 new schools had been opened in Paktia since March.",
            "The authority said 35 new clinics had been opened in Paktia since March, staffed by midwives.",
            "en",
            "schools",
        ),
        (  # the noun after a counting word (قلم): 80 items of equipment where the page has 80 of medicine
            "وزارت گفت که ۸۰ قلم تجهیزات طبی را به شفاخانه‌های ولایتی می‌فرستد.",
            "وزارت گفت که ۸۰ قلم داروی ضروری را به شفاخانه‌های ولایتی می‌فرستد.",
            "fa",
            "تجهیزات",
        ),
    ],
)
def test_another_thing_counted_or_measured_by_the_same_number_is_not_supported(
    claim: str, source: str, language: str, noun: str
) -> None:
    result = check_support(claim, page(source, language=language))
    assert result.verdict is Verdict.CANDIDATE
    assert noun in result.note


def test_a_claim_that_names_what_the_page_counts_before_the_number_keeps_its_support() -> None:
    # "reached 3,200" after "the permits": the word after the number is a verb, and the page's noun for
    # the same number (permits) is in the claim
    index = page(
        "The ministry said it had issued 3,200 work permits to women in the health sector since January.",
    )
    claim = "The number of work permits issued to women in the health sector since January reached 3,200, the ministry said."
    assert check_support(claim, index).verdict is Verdict.SUPPORTED


def test_a_two_word_place_in_the_claims_slot_is_another_place() -> None:
    index = page(
        "هرات – د وزارت د معلوماتو له مخې، په تېره میاشت کې له ایران څخه ۴۰ زره کډوال د اسلام قلعې له لارې "
        "راستانه شوي دي. په ورته وخت کې له پاکستان څخه د تورخم له لارې ۱۵ زره کسان راستانه شوي.",
        language="ps",
    )
    claim = "په تېره میاشت کې له ایران څخه ۴۰ زره کډوال د تورخم له لارې راستانه شوي دي."
    result = check_support(claim, index)
    assert result.verdict is Verdict.MISMATCH
    assert [(d.kind, d.source) for d in result.differences] == [(DifferenceKind.NAME, "اسلام قلعې")]


@pytest.mark.parametrize(
    ("claim", "source", "language"),
    [
        (  # who they were: the page counts people
            "The flood killed 45 children in Baghlan, officials said.",
            "The flood killed 45 people in Baghlan, officials said.",
            "en",
        ),
        (  # one letter apart, two words (fuzz ratio 80)
            "Engineers said 200 walls had been repaired in the old city of Herat.",
            "Engineers said 200 wells had been repaired in the old city of Herat.",
            "en",
        ),
        (  # two words of one Arabic root: teachers / students
            "وزارت معارف گفت که ۵۰۰ متعلم در هرات استخدام شده‌اند.",
            "وزارت معارف گفت که ۵۰۰ معلم در هرات استخدام شده‌اند.",
            "fa",
        ),
    ],
)
def test_a_counted_noun_close_in_letters_or_more_specific_is_not_supported(
    claim: str, source: str, language: str
) -> None:
    assert check_support(claim, page(source, language=language)).verdict is Verdict.CANDIDATE


def test_an_inflection_of_the_counted_noun_is_the_same_noun() -> None:
    index = page("د کډوالو وزارت وايي، تېره اونۍ ۱۲ زره افغان کډوال له پاکستانه راستانه شوي دي.", language="ps")
    claim = "د کډوالو وزارت وايي، تېره اونۍ ۱۲ زره افغانان له پاکستانه راستانه شوي دي."
    assert check_support(claim, index).verdict is not Verdict.CANDIDATE


def test_a_multiplier_in_another_inflection_is_part_of_the_number() -> None:
    # Pashto میلیونو / میلیونه, زرو / زره: one number, not a counted noun
    index = page("د قالینو صادرات ۱۴ میلیونه ډالره وو چې ډېره برخه یې ترکیې ته لېږل شوې ده.", language="ps")
    claim = "د ۱۴ میلیونو ډالرو قالینې صادرې شوې چې ډېره برخه یې ترکیې ته لېږل شوې ده."
    result = check_support(claim, index)
    assert result.verdict is not Verdict.CANDIDATE or "میلیون" not in result.note
    assert not [d for d in result.differences if "میلیون" in d.claim]
