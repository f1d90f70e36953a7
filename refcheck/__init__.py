"""refcheck: check the references, links and quoted claims of a report.

The public surface is small and pinned (tests/test_exported.py): the pipeline's entry points, their
options, and the result types. Everything else is internal, even without a leading underscore.
"""

from __future__ import annotations

__version__ = "0.1.0"

from refcheck.errors import ConfigError, InputError, RefcheckError
from refcheck.models import (
    Claim,
    ClaimCheck,
    ClaimResult,
    Document,
    LinkCheck,
    LinkStatus,
    Problem,
    ProblemCode,
    Reference,
    ReferenceCheck,
    ReportCheck,
    RunResult,
    Severity,
    Verdict,
)
from refcheck.pipeline import CheckOptions, check_reports, parse_report

__all__ = [
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
]
