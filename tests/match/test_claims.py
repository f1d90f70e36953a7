"""check_claim's contract: results per reference, quotations first then the core; unreadable sources."""

from __future__ import annotations

from match_helpers import claim, page

from refcheck.match import check_claim, compare_names
from refcheck.models import DifferenceKind, Verdict

RUSI = page(
    "Nikolay Kudashev, Russia's ambassador in New Delhi, told reporters that "
    '"Both Moscow and New Delhi are concerned about the spread of terrorism from Afghanistan, '
    'as it poses a threat to Central Asia and Kashmir."\n'
    "India's National Security Adviser Ajit Doval received Nikolai Patrushev in New Delhi on 8 September."
)
QUOTE = "Both Moscow and New Delhi are concerned about the spread of terrorism from Afghanistan"
CORE = f'The Russian ambassador in New Delhi, Nikolai Kodashov, stated in September 2021: "{QUOTE}."'


def test_one_result_per_quotation_and_one_for_the_core_per_reference() -> None:
    results = check_claim(claim(CORE, QUOTE, markers=(5, 7, 5)), {5: RUSI}, claim_language="en")
    assert [(r.reference, r.quote, r.verdict) for r in results] == [
        (5, QUOTE, Verdict.VERBATIM),
        (5, None, results[1].verdict),
        (7, QUOTE, Verdict.UNVERIFIABLE),
        (7, None, Verdict.UNVERIFIABLE),
    ]
    assert results[2].note == "no entry 7 in the reference list"


def test_unreadable_source_is_unverifiable_with_its_reason() -> None:
    results = check_claim(claim(CORE, QUOTE), {1: "link not_found"}, claim_language="en")
    assert {r.verdict for r in results} == {Verdict.UNVERIFIABLE}
    assert {r.note for r in results} == {"link not_found"}
    assert all(r.evidence is None for r in results)


def test_archived_page_marks_its_results() -> None:
    archived = page(RUSI.page.text, archived=True)
    results = check_claim(claim(CORE, QUOTE), {1: archived}, claim_language="en")
    assert all(r.archived for r in results)
    assert not any(r.archived for r in check_claim(claim(CORE, QUOTE), {1: RUSI}, claim_language="en"))


def test_scores_are_between_zero_and_one() -> None:
    results = check_claim(
        claim(CORE, QUOTE, "an unrelated sentence about wheat and flour"), {1: RUSI}, claim_language="en"
    )
    assert all(0.0 <= r.score <= 1.0 for r in results)


def test_claim_language_is_guessed_when_not_given() -> None:
    results = check_claim(
        claim("روسیه و هند درباره تروریسم در آسیای مرکزی نگران هستند."), {1: RUSI}, claim_language=None
    )
    assert results[-1].verdict in {Verdict.CANDIDATE, Verdict.NOT_FOUND}
    assert "fa claim" in results[-1].note


def test_compare_names_reports_respelled_names_only() -> None:
    found = compare_names(CORE, RUSI)
    assert [(d.kind, d.claim, d.source) for d in found] == [(DifferenceKind.NAME, "Kodashov", "Kudashev")]
    assert compare_names("Ajit Doval met Nikolai Patrushev in New Delhi.", RUSI) == ()
    assert compare_names("Russian officials met Indian officials.", RUSI) == ()


def test_compare_names_is_silent_on_arabic_script_pages() -> None:
    assert compare_names("Nikolai Kodashov said", page("نیکولای کوداشف گفت", language="fa")) == ()


def test_regional_and_three_letter_codes_name_the_same_language() -> None:
    source = page(
        "وزارت معارف اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود.", language="fa-AF"
    )
    results = check_claim(
        claim("وزارت معارف اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی ساخته می‌شود."),
        {1: source},
        claim_language="prs",
    )
    assert results[-1].verdict is Verdict.SUPPORTED


def test_a_core_around_a_found_quotation_needs_only_most_of_its_words() -> None:
    quote = "Taliban is fighting in Afghanistan against the people we fought in Syria; therefore, our interests are the same."
    source = page(
        "Moscow has kept contacts with the movement for years.\n"
        f"Russia's special envoy Zamir Kabulov summed up the reasoning: “{quote}”\n"
        "Other officials were more cautious about the Taliban and its partners."
    )
    core = (
        "Zamir Kabulov, Russia's special representative for Afghanistan, emphasized the alignment of "
        f'interests, stating, "{quote}"'
    )
    results = check_claim(claim(core, quote), {1: source}, claim_language="en")
    assert [r.verdict for r in results] == [Verdict.VERBATIM, Verdict.SUPPORTED]
    assert "quotation" in results[1].note
    # without the quotation found, the same core is judged on its own words: not enough of them to verify
    alone = check_claim(claim(core), {1: source}, claim_language="en")
    assert alone[-1].verdict is Verdict.CANDIDATE


def test_compare_names_ignores_british_and_american_spellings_of_ordinary_words() -> None:
    source = page(
        "The Ministry of Defence said the Organisation for Security and Co-operation in Europe sent "
        "observers; Valentina Matviyenko welcomed them, in the colours of the Labour Party."
    )
    claim_text = (
        "According to the Ministry of Defense, the Organization for Security and Co-operation in Europe sent "
        "observers, whom Valentina Matvienko welcomed in the Colors of the Labor Party."
    )
    found = compare_names(claim_text, source)
    assert [(d.claim, d.source) for d in found] == [("Matvienko", "Matviyenko")]


def test_a_quotation_the_report_itself_puts_under_an_if_stays_verbatim() -> None:
    from match_helpers import claim as make_claim
    from match_helpers import page as make_page

    from refcheck.match import check_claim
    from refcheck.models import Verdict

    index = make_page(
        "Traders said they would shift their trade to Iranian ports if the crossings with Pakistan are not "
        "kept open through the winter."
    )
    quote = "the crossings with Pakistan are not kept open through the winter"
    text = f'Traders would move to Iranian ports if "{quote}".'
    (result, *_) = check_claim(make_claim(text, quote), {1: index}, claim_language="en")
    assert result.verdict is Verdict.VERBATIM
    bare = f'Traders said "{quote}".'
    (result, *_) = check_claim(make_claim(bare, quote), {1: index}, claim_language="en")
    assert result.verdict is Verdict.MISMATCH
