"""One claim against the references it cites: a result per quotation and one for the claim's core.

For each cited reference: an unreadable source gives ``unverifiable`` with its reason; otherwise each
quotation goes through the quotation tiers (quotes.py) and the core sentence through paraphrase support
(support.py: a loose paraphrase whose numbers and dates the page states is a ``candidate``). When the
claim and the page are in different languages and nothing lexical matches, the cross-language search
(crosslang.py) can give at best ``candidate``. The context sentences of the span
(claim.text beyond claim.core) are never judged, so they cannot lower the core's verdict.
"""

from __future__ import annotations

from collections.abc import Mapping

from refcheck.match.crosslang import check_crosslang
from refcheck.match.embedding import Similarity
from refcheck.match.facts import (
    differences_of_names,
    is_common_word,
    is_spelling_variant,
    is_transliteration,
    latin_names,
)
from refcheck.match.index import SourceIndex, language_of_claim, script_of
from refcheck.match.qualifiers import is_condition
from refcheck.match.quotes import match_quote
from refcheck.match.support import check_support
from refcheck.models import Claim, ClaimResult, Difference, Verdict
from refcheck.text.normalize import normalize


def check_claim(
    claim: Claim,
    sources: Mapping[int, SourceIndex | str],
    *,
    claim_language: str | None,
    phrases: Mapping[int, tuple[str, ...]] | None = None,
    similarity: Similarity | None = None,
) -> tuple[ClaimResult, ...]:
    """Every quotation of ``claim`` and its core, against each reference it cites (in marker order).

    ``sources`` maps a reference number to its page index, or to the reason it cannot be read.
    ``phrases``: source-language phrases (references.yaml) that support a translated claim, per reference.
    ``similarity``: the multilingual model's scores (refcheck/model.py), to find cross-language passages
    that no fact anchors; None without the model.
    """
    results: list[ClaimResult] = []
    for number in dict.fromkeys(claim.markers):
        source = sources.get(number, f"no entry {number} in the reference list")
        if isinstance(source, str):
            results.extend(_unverifiable(claim, number, source))
            continue
        wanted = (phrases or {}).get(number, ())
        results.extend(_check_one(claim, number, source, claim_language, wanted, similarity))
    return tuple(results)


def _unverifiable(claim: Claim, number: int, reason: str) -> list[ClaimResult]:
    quotes = [quote.text for quote in claim.quotes]
    return [ClaimResult(number, Verdict.UNVERIFIABLE, quote, note=reason) for quote in [*quotes, None]]


def is_cross_language(text: str, language: str | None, index: SourceIndex) -> bool:
    """Claim and page are in different languages (or visibly different scripts)."""
    if script_of(text) != index.script and "other" not in {script_of(text), index.script}:
        return True
    return bool(language and index.language and _primary(language) != _primary(index.language))


# ISO 639-3 and regional codes that name the same language as refcheck's two-letter codes
_SAME_LANGUAGE = {
    **dict.fromkeys(("prs", "pes", "fas", "per"), "fa"),
    **dict.fromkeys(("pus", "pbt", "pbu"), "ps"),
    **dict.fromkeys(("ara", "arb"), "ar"),
    "eng": "en",
}


def _primary(code: str) -> str:
    """``fa-AF`` → ``fa``; ``prs`` (Dari) → ``fa``."""
    primary = code.replace("_", "-").split("-")[0].casefold()
    return _SAME_LANGUAGE.get(primary, primary)


def _check_one(
    claim: Claim,
    number: int,
    index: SourceIndex,
    given_language: str | None,
    phrases: tuple[str, ...],
    similarity: Similarity | None,
) -> list[ClaimResult]:
    core = claim.core or claim.text
    language = language_of_claim(core, given_language)
    cross = is_cross_language(core, language, index)
    archived = index.page.archived
    results: list[ClaimResult] = []
    for quote in claim.quotes:
        found = match_quote(quote.text, index, conditioned=_conditioned(claim.text, quote.text))
        verdict, score, evidence, differences, note = (
            found.verdict,
            found.score,
            found.evidence,
            found.differences,
            found.note,
        )
        if cross and verdict is Verdict.NOT_FOUND:
            other = check_crosslang(quote.text, index, phrases, language, similarity=similarity)
            verdict, score, evidence, differences, note = (
                other.verdict,
                other.score,
                other.evidence,
                (),
                other.note,
            )
        results.append(ClaimResult(number, verdict, quote.text, score, evidence, differences, archived, note))
    if cross:
        other = check_crosslang(core, index, phrases, language, similarity=similarity)
        results.append(
            ClaimResult(number, other.verdict, None, other.score, other.evidence, (), archived, other.note)
        )
    else:
        quoted = [
            r.evidence
            for r, quote in zip(results, claim.quotes, strict=True)
            if r.evidence and r.verdict in {Verdict.VERBATIM, Verdict.CLOSE} and quote.text in core
        ]
        support = check_support(core, index, quoted)
        results.append(
            ClaimResult(
                number,
                support.verdict,
                None,
                support.score,
                support.evidence,
                support.differences,
                archived,
                support.note,
            )
        )
    return results


def compare_names(claim_text: str, index: SourceIndex) -> tuple[Difference, ...]:
    """Latin-script names of the claim that the source spells otherwise (Kodashov → Kudashev).

    A name the source writes the same way, or that has no similar spelling in the source, gives nothing.
    Only person-like names are compared: an ordinary word of a title (Organisation, Cooperation) or a
    British/American spelling of one word (Organisation/Organization, Defence/Defense) is no respelled
    name. Only Latin-script pages can be compared: Arabic script shows no capitals.
    """
    if index.script != "latin":
        return ()
    source_names = index.names
    folded = {name.casefold() for name in source_names}
    claim_names = [
        name
        for name in latin_names(claim_text)
        if len(name) >= 4 and name.casefold() not in folded and not is_common_word(name)
    ]
    found = differences_of_names(claim_names, source_names)
    # a word and its derivation (Russia/Russian) is not a respelling
    return tuple(
        d
        for d in found
        if not (
            d.source.casefold().startswith(d.claim.casefold())
            or d.claim.casefold().startswith(d.source.casefold())
        )
        and is_transliteration(d.claim, d.source)
        and not is_spelling_variant(d.claim, d.source)
        and not is_common_word(d.source)
    )


def _conditioned(text: str, quote: str) -> bool:
    """The report itself opens a condition just before the quotation (traders will move "if «the crossings
    are not kept open»"): the page's "if" before the quoted words is then the report's too."""
    at = text.find(quote)
    before = normalize(text[:at]).split() if at > 0 else []
    return bool(before) and any(is_condition(word.strip("\"'“”«»‘’„")) for word in before[-2:])
