"""GitHub Actions workflow annotations: ``::error file=PATH,line=N,title=CODE::message``.

Errors, warnings and information (``::notice``) from the shared policy, on the report's own file and
line. Escaping follows the runner's rules (actions/toolkit ``command.ts``): in the message ``%``,
``\\r`` and ``\\n`` are percent-encoded; in properties ``:`` and ``,`` are too.
"""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.models import RunResult, Severity
from refcheck.report.policy import findings, summary_line, tally

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **properties: str | int | None) -> str:
    """One workflow command line; properties whose value is None are left out."""
    props = ",".join(
        f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None
    )
    return f"::{command}{' ' + props if props else ''}::{escape_data(message)}"


@dataclass(frozen=True, slots=True)
class GithubFormatter:
    """Renders a run as workflow annotation lines, then a plain summary line."""

    show_parse_only: bool = False  # unused: parse problems are annotated all the same
    color: bool = False  # unused; every formatter takes the same options
    width: int | None = None  # unused

    def render(self, run: RunResult) -> str:
        lines = [annotation("error", error, title="input_error") for error in run.input_errors]
        for report in run.reports:
            for f in findings(report):
                lines.append(
                    annotation(
                        COMMANDS[f.severity], f.message, file=report.document.path, line=f.line, title=f.code
                    )
                )
        lines.append(f"refcheck: {summary_line(tally(run))}")
        return "\n".join(lines) + "\n"
