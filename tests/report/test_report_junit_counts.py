"""JUnit counts the policy's findings: its failures and skips are the summary's errors and warnings, even
where one finding stands for several results (a quotation and its core, two references of one claim)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from refcheck.models import (
    Claim,
    ClaimCheck,
    ClaimResult,
    Document,
    LinkCheck,
    LinkStatus,
    Problem,
    ProblemCode,
    Quote,
    Reference,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
    Verdict,
)
from refcheck.report import render
from refcheck.report.policy import tally

QUOTE = "could divert between 15 and 25 percent of the river"
CORE = f"Experts say the canal “{QUOTE}”."


def _run() -> RunResult:
    quoted = Claim((2,), 13, CORE, CORE, (Quote(QUOTE, 13),))
    twice = Claim((3, 4), 15, "About 6000 workers are employed.", "About 6000 workers are employed.")
    claims = (
        # the quotation's mismatch tells it; the core's not_found is the same error, not a second one
        ClaimCheck(quoted, (ClaimResult(2, Verdict.MISMATCH, QUOTE, 0.96), ClaimResult(2, Verdict.NOT_FOUND))),
        # a claim cited to two references that both fail is one claim that fails
        ClaimCheck(twice, (ClaimResult(3, Verdict.NOT_FOUND), ClaimResult(4, Verdict.NOT_FOUND))),
    )
    no_url = Reference(number=5, line=40, text="Interview notes")
    problems = (Problem(ProblemCode.NO_URL, Severity.ERROR, "no usable link in the entry", 40, 5),)
    document = Document("reports/ps.docx", (), (no_url,), tuple(c.claim for c in claims), problems)
    links = (ReferenceCheck(no_url, LinkCheck(url="", status=LinkStatus.NO_URL)),)
    return RunResult((ReportCheck(document, references=links, claims=claims),))


def test_junit_failures_are_the_summarys_errors() -> None:
    run = _run()
    counts = tally(run)
    assert (counts.errors, counts.warnings) == (3, 0)
    root = ET.fromstring(render(run, "junit").encode("utf-8"))
    assert int(root.get("failures") or -1) == counts.errors
    assert int(root.get("skipped") or -1) == counts.warnings
    failed = [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None]
    assert failed == [
        "no_url line 40",
        f"line 13 marker 2 ref 2: quote “{QUOTE}”",
        "line 15 marker 3,4 ref 3: claim",
    ]


def test_results_the_policy_does_not_tell_pass_with_a_note() -> None:
    cases = {c.get("name"): c for c in ET.fromstring(render(_run(), "junit").encode("utf-8")).iter("testcase")}
    assert len(cases) == 6  # every problem, link and result still has its testcase
    for name in ("reference 5 link", "line 13 marker 2 ref 2: claim", "line 15 marker 3,4 ref 4: claim"):
        note = cases[name].find("system-out")
        assert note is not None and cases[name].find("failure") is None, name
    assert (cases["line 13 marker 2 ref 2: claim"].find("system-out").text or "").startswith("not_found:")
