"""Who said or did what, with which number: the checks that read a claim's bindings against the passage.

Each reads one kind of binding a paraphrase can get wrong while keeping every word: the institution the
words are given to (attribution.py, speakers.py), the office and its rank (roles.py), the
place or person a number goes with (binding.py), and what is done "instead of" something else
(conflicts.py). support.py asks them together, once it has found the passage.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.attribution import speaker_role_conflict
from refcheck.match.binding import moved_numbers
from refcheck.match.claimfacts import ClaimFacts
from refcheck.match.conflicts import instead_conflict
from refcheck.match.facts import Token
from refcheck.match.index import SourceIndex
from refcheck.match.passages import Passage
from refcheck.match.results import swapped_result
from refcheck.match.roles import other_office, other_rank
from refcheck.match.slots import token_span
from refcheck.match.speakers import speaker_conflict
from refcheck.models import Difference


def who_conflicts(
    facts: ClaimFacts, window: Sequence[Token], core: Sequence[Token], index: SourceIndex, passage: Passage
) -> list[Difference]:
    """The bindings of the claim that the passage (``window``; ``core``: its sentence that holds the most
    of the claim) states otherwise."""
    claim_text = facts.norm
    sentences = [index.sentences[k] for k in range(passage.first, passage.last + 1)]
    found: list[Difference | None] = [
        speaker_conflict(facts.tokens, window, index.postings) or speaker_role_conflict(facts.tokens, core)
    ]
    in_sentences = [window[slice(*token_span(window, s.start, s.end))] for s in sentences]
    found.extend(moved_numbers(facts.tokens, claim_text, in_sentences, index.norm))
    office = other_rank(facts.tokens, claim_text, core, index.norm) or other_office(
        facts.tokens, claim_text, window, index.norm
    )
    found.append(office)
    found.append(instead_conflict(facts.tokens, window))
    found.append(swapped_result(facts.tokens, claim_text, core, index.norm))
    return [d for d in found if d is not None]
