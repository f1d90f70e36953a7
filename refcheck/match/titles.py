"""Is it the right page? The reference's title against the fetched page's title."""

from __future__ import annotations

from rapidfuzz import fuzz

from refcheck.text.normalize import normalize
from refcheck.text.scripts import script_mix

TITLE_FLOOR = 80.0  # partial similarity (0-100) under which a title is not the page's


def title_agrees(cited: str, page_title: str) -> bool | None:
    """Whether a cited title is the page's title (which may add the site's name, "- BBC News").

    None when they cannot be compared: different scripts (a translated title) or nothing to compare.
    """
    cited_key, page_key = normalize(cited), normalize(page_title)
    if len(cited_key) < 8 or len(page_key) < 8:
        return None
    cited_script, page_script = script_mix(cited)[:1], script_mix(page_title)[:1]
    if cited_script != page_script:
        return None
    return fuzz.partial_ratio(cited_key, page_key) >= TITLE_FLOOR


def best_title_agreement(titles: tuple[str | None, ...], page_title: str | None) -> bool | None:
    """True if any cited title agrees, False if some could be compared and none agrees, else None."""
    if not page_title:
        return None
    verdicts = [title_agrees(title, page_title) for title in titles if title]
    if any(verdicts):
        return True
    return False if False in verdicts else None
