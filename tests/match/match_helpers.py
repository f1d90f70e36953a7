"""Helpers for the match tests: build a page index and a claim in one line."""

from __future__ import annotations

import datetime as dt

from refcheck.match import SourceIndex, index_page
from refcheck.models import Claim, Page, Quote


def page(
    text: str, language: str | None = "en", published: dt.date | None = None, archived: bool = False
) -> SourceIndex:
    return index_page(Page(text, language=language, published=published, archived=archived))


def claim(core: str, *quotes: str, markers: tuple[int, ...] = (1,), text: str | None = None) -> Claim:
    return Claim(markers, 1, text or core, core, tuple(Quote(q, 1) for q in quotes))
