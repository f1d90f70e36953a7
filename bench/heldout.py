"""Held-out claim figures: bench/data/claims-heldout.jsonl, written blind to the matcher and its tuning set.

Run: .venv/bin/python bench/heldout.py [-v] [--data PATH]  (--data: another set, e.g. claims-heldout2.jsonl)
Prints per-verdict precision and recall, the confusion, every failure, the altered cases that came out
positive (verbatim/close/supported) and the cross-language cases that came out verbatim/supported.
A case may list other ``acceptable`` verdicts (a cross-language claim with a wrong number: mismatch or
not_found); precision/recall and the confusion are strict, the failures list only unacceptable verdicts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from claims import load_cases, run_case, verdict_counts  # noqa: E402

DATA = HERE / "data" / "claims-heldout.jsonl"
POSITIVE = {"verbatim", "close", "supported"}
GROUPS = {"en": "English", "fa": "Dari/Persian", "ps": "Pashto", "ar": "Arabic", "x": "cross-language"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="show the evidence of each failure")
    parser.add_argument("--data", type=Path, default=DATA, help=f"the held-out file (default {DATA.name})")
    args = parser.parse_args()
    cases = load_cases(args.data)
    confusion: Counter[tuple[str, str]] = Counter()
    per_group: Counter[tuple[str, bool]] = Counter()
    failures = []
    altered_positive = []
    altered_candidate = []
    lenient = 0
    cross_positive = []
    for case in cases:
        result = run_case(case)
        got = result.verdict.value
        confusion[(case["expected"], got)] += 1
        group = case["id"].split("-")[1]
        per_group[(group, got == case["expected"])] += 1
        if got == case["expected"] or got in case.get("acceptable", ()):
            lenient += 1
        else:
            failures.append((case, result))
        if case.get("altered") and got in POSITIVE:
            altered_positive.append(f"{case['id']}->{got}")
        if case.get("altered") and got == "candidate":
            altered_candidate.append(case["id"])
        if case["lang"] != case["source_lang"] and got in {"verbatim", "supported"}:
            cross_positive.append(f"{case['id']}->{got}")

    correct = sum(n for (e, g), n in confusion.items() if e == g)
    print(
        f"== held-out set: {len(cases)} cases, {correct} correct ({correct / len(cases):.0%}); "
        f"{lenient} acceptable ({lenient / len(cases):.0%})"
    )
    for key, name in GROUPS.items():
        ok, bad = per_group[(key, True)], per_group[(key, False)]
        if ok + bad:
            print(f"  {name:15s} {ok}/{ok + bad}")
    print(f"{'verdict':12s} {'precision':>9s} {'recall':>7s} {'n':>4s} {'got':>4s}")
    for verdict, tp, predicted, actual in verdict_counts(confusion):
        precision = f"{tp / predicted:9.2f}" if predicted else f"{'-':>9s}"
        recall = f"{tp / actual:7.2f}" if actual else f"{'-':>7s}"
        print(f"{verdict:12s} {precision} {recall} {actual:4d} {predicted:4d}")
    print("confusion (expected -> got: n):")
    for (expected, got), n in sorted(confusion.items()):
        mark = "" if expected == got else "  *"
        print(f"  {expected:10s} -> {got:10s} {n}{mark}")
    altered = sum(1 for case in cases if case.get("altered"))
    cross = sum(1 for case in cases if case["lang"] != case["source_lang"])
    print(f"altered cases out verbatim/close/supported: {len(altered_positive)}/{altered} {altered_positive}")
    print(f"altered cases out candidate (shown for a person to confirm): {altered_candidate or 'none'}")
    print(f"cross-language cases out verbatim/supported: {len(cross_positive)}/{cross} {cross_positive}")
    print(f"failures, unacceptable verdicts ({len(failures)}):")
    for case, result in failures:
        got = result.verdict.value
        print(
            f"  {case['id']} [{case['case']}] expected {case['expected']}, got {got} "
            f"({result.score:.2f}): {result.note}"
        )
        if args.verbose:
            print(f"      quote: {case.get('quote') or case['claim']}")
            print(f"      evidence: {result.evidence}")
            for difference in result.differences:
                print(f"      diff: {difference}")


if __name__ == "__main__":
    main()
