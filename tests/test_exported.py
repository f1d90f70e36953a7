"""The public surface is pinned: adding or removing an export is a decision, not an accident."""

from __future__ import annotations

import refcheck


def test_exported_members() -> None:
    assert refcheck.__all__ == sorted(refcheck.__all__)
    assert set(refcheck.__all__) == {
        "CheckOptions",
        "Claim",
        "ClaimCheck",
        "ClaimResult",
        "ConfigError",
        "Document",
        "InputError",
        "LinkCheck",
        "LinkStatus",
        "Problem",
        "ProblemCode",
        "RefcheckError",
        "Reference",
        "ReferenceCheck",
        "ReportCheck",
        "RunResult",
        "Severity",
        "Verdict",
        "__version__",
        "check_reports",
        "parse_report",
    }
    for name in refcheck.__all__:
        assert hasattr(refcheck, name), name
