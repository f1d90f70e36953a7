"""Direction words, comparatives, units, ordinal days and untitled speakers: each a fact a claim can change."""

from __future__ import annotations

import pytest
from match_helpers import page

from refcheck.match import SourceIndex
from refcheck.match.directions import direction_flags, opposite
from refcheck.match.quotes import match_quote
from refcheck.match.support import check_support
from refcheck.models import DifferenceKind, Verdict
from refcheck.text.normalize import normalize

EN = page(
    "The customs office in Herat said on Sunday that fuel imports from Iran rose by 12 percent in the "
    "third quarter. Officials blamed the closure of two border crossings for delays. The price of wheat "
    "flour in Herat fell by 9 percent over the same period. More than 4,000 trucks crossed at Islam Qala "
    "in September. The inflation rate stood at 7 percent, up 2 percentage points from a year earlier. "
    "The new road will be 85 km long. The talks will resume on the ninth of June in Doha."
)
FA = page(
    "اتاق تجارت هرات روز یکشنبه اعلام کرد که صادرات کشمش به هند در شش ماه نخست امسال ۱۵ درصد افزایش "
    "یافته است. به گفته این اتاق، بیش از ۳ هزار تن کشمش از طریق دهلیز هوایی صادر شده است. "
    "قیمت آرد گندم در بازارهای هرات ۸ درصد کاهش یافته است."
)
PS = page(
    "د کډوالو وزارت ویاند عبدالرحمن ستانکزی وویل چې تېره اونۍ له ایران څخه ۱۲ زره کورنۍ راستنې شوې دي. "
    "نوموړي زیاته کړه چې د راستنېدونکو شمېر ورځ تر بلې زیاتېږي."
)
FA_DATES = page(
    "وزارت امور خارجه اعلام کرد که نشست بعدی روز پنجم حمل در کابل برگزار می‌شود. "
    "به گفته این وزارت، از بیش از ۴۰ کشور دعوت شده است."
)
PS_DATES = page(
    "د بهرنیو چارو وزارت وویل چې راتلونکې غونډه به د وري پنځمه په کابل کې جوړه شي. "
    "له ۴۰ زیاتو هېوادونو ته بلنه ورکړل شوې ده."
)
AR = page(
    "قالت وزارة الاقتصاد إن صادرات الفواكه المجففة ارتفعت بنسبة 20 في المئة خلال الربع الأول. "
    "وأضافت أن أكثر من 500 شاحنة عبرت الحدود يوميا. وستعقد الجولة المقبلة في العاشر من مايو في الدوحة."
)


@pytest.mark.parametrize(
    ("up", "down"),
    [
        ("rose", "fell"),
        ("increased", "declined"),
        ("افزایش", "کاهش"),
        ("زیاتېږي", "کمېږي"),
        ("ارتفعت", "انخفضت"),
    ],
)
def test_direction_words_have_opposite_signs(up: str, down: str) -> None:
    assert opposite(direction_flags([normalize(up)]), direction_flags([normalize(down)]))


def test_declined_to_comment_is_no_direction_and_over_is_one_only_before_a_number() -> None:
    assert direction_flags(["declined", "to", "comment"]) == [0, 0, 0]
    assert direction_flags(["over", "the", "weekend"])[0] == 0
    assert direction_flags(["over", "4000"])[0] == 1
    assert direction_flags(["at", "least", "4000"])[1] == 1


@pytest.mark.parametrize(
    ("quote", "index"),
    [
        ("fuel imports from Iran fell by 12 percent in the third quarter", EN),
        ("less than 4,000 trucks crossed at Islam Qala in September", EN),
        ("صادرات کشمش به هند در شش ماه نخست امسال ۱۵ درصد کاهش یافته است", FA),
        ("کمتر از ۳ هزار تن کشمش از طریق دهلیز هوایی صادر شده است", FA),
        ("د راستنېدونکو شمېر ورځ تر بلې کمېږي", PS),
        ("صادرات الفواكه المجففة انخفضت بنسبة 20 في المئة خلال الربع الأول", AR),
        ("وأضافت أن أقل من 500 شاحنة عبرت الحدود يوميا", AR),
        ("له ۴۰ کمو هېوادونو ته بلنه ورکړل شوې ده", PS_DATES),
    ],
)
def test_a_reversed_direction_in_a_quotation_is_a_negation_mismatch(quote: str, index: SourceIndex) -> None:
    result = match_quote(quote, index)
    assert result.verdict in {Verdict.MISMATCH, Verdict.TOO_SHORT}
    assert DifferenceKind.NEGATION in {d.kind for d in result.differences}


@pytest.mark.parametrize(
    "quote",
    [
        "The inflation rate stood at 7 percent, up 2 percent from a year earlier",
        "The new road will be 85 miles long",
    ],
)
def test_another_unit_for_the_same_number_is_a_number_mismatch(quote: str) -> None:
    result = match_quote(quote, EN)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NUMBER in {d.kind for d in result.differences}


@pytest.mark.parametrize(
    ("quote", "index"),
    [
        ("The talks will resume on the ninth of July in Doha", EN),
        ("وستعقد الجولة المقبلة في العاشر من يونيو في الدوحة", AR),
        ("نشست بعدی روز پنجم ثور در کابل برگزار می‌شود", FA_DATES),
        ("راتلونکې غونډه به د غويي پنځمه په کابل کې جوړه شي", PS_DATES),
    ],
)
def test_a_month_changed_next_to_an_ordinal_day_is_a_date_mismatch(quote: str, index: SourceIndex) -> None:
    result = match_quote(quote, index)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.DATE]


def test_rewording_with_the_same_direction_stays_close() -> None:
    result = match_quote("fuel imports from Iran increased by 12 percent in the third quarter", EN)
    assert result.verdict is Verdict.CLOSE
    assert (
        match_quote("به گفته این وزارت، از بیشتر از ۴۰ کشور دعوت شده است", FA_DATES).verdict is Verdict.CLOSE
    )


def test_pashto_added_is_no_direction() -> None:
    words = [normalize(w) for w in ["نوموړي", "زیاته", "کړه", "چې", "شمېر", "زیات", "شو"]]
    assert direction_flags(words) == [0, 0, 0, 0, 0, 1, 0]


def test_a_paraphrase_that_reverses_the_direction_is_a_mismatch() -> None:
    result = check_support(
        "The customs office said fuel imports from Iran dropped 12 percent last quarter.", EN
    )
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NEGATION]


def test_a_persian_paraphrase_that_reverses_the_direction_is_a_mismatch() -> None:
    result = check_support("اتاق تجارت هرات گفت صادرات کشمش به هند امسال ۱۵ درصد کاهش یافته است.", FA)
    assert result.verdict is Verdict.MISMATCH
    assert DifferenceKind.NEGATION in {d.kind for d in result.differences}


def test_an_honest_paraphrase_with_a_synonym_direction_is_supported() -> None:
    result = check_support("اتاق تجارت هرات گفت صادرات کشمش به هند امسال ۱۵ درصد رشد کرده است.", FA)
    assert result.verdict is Verdict.SUPPORTED


def test_a_paraphrase_with_percent_for_percentage_points_is_a_mismatch() -> None:
    result = check_support("Inflation was 7 percent, up 2 percent from a year earlier.", EN)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NUMBER]


def test_a_paraphrase_giving_the_words_to_another_untitled_speaker_is_a_name_mismatch() -> None:
    result = check_support("محمد نعیم وردک وویل چې تېره اونۍ له ایران څخه ۱۲ زره کورنۍ راستنې شوې دي.", PS)
    assert result.verdict is Verdict.MISMATCH
    assert [d.kind for d in result.differences] == [DifferenceKind.NAME]


def test_the_right_speaker_is_supported() -> None:
    result = check_support("عبدالرحمن ستانکزی وویل چې تېره اونۍ له ایران څخه ۱۲ زره کورنۍ راستنې شوې دي.", PS)
    assert result.verdict is Verdict.SUPPORTED


def test_a_number_held_by_another_sentence_is_no_mismatch() -> None:
    # the passage with the most shared words states 9 percent for flour; the claim paraphrases the
    # sentence that states its 12 percent for fuel imports, next to the same word
    index = page(
        "The customs office in Herat said on Sunday that the price of wheat flour in Herat markets fell by "
        "9 percent in the third quarter. Traders blamed the closure of two border crossings. "
        "Separately, fuel imports from Iran rose 12 percent."
    )
    result = check_support("The customs office in Herat said fuel prices and imports rose 12 percent.", index)
    assert result.verdict is not Verdict.MISMATCH
