"""GitHub Actions workflow annotations: ``::error file=PATH,line=N,title=CODE::message``.

Errors, warnings and information (``::notice``) from the shared policy, on the report's own file and
line (the file alone for a .docx or .pdf report, which GitHub shows as binary). Escaping follows the
runner's rules (actions/toolkit ``command.ts``): in the message ``%``, ``\\r`` and ``\\n`` are
percent-encoded; in properties ``:`` and ``,`` are too.
"""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.models import RunResult, Severity
from refcheck.report.policy import findings, summary_line, tally

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# Reports GitHub shows as binary files: their annotations name the file only, and the line of the text
# refcheck read (a paragraph of a .docx, a line of a .pdf's text) goes into the message.
BINARY_SUFFIXES = (".docx", ".pdf")


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
            path = report.document.path
            binary = path.lower().endswith(BINARY_SUFFIXES)
            for f in findings(report):
                line, message = f.line, f.message
                if binary and line is not None:  # GitHub cannot show a line of a .docx or .pdf
                    line, message = None, f"{message} (line {line} of the text refcheck reads from it)"
                lines.append(annotation(COMMANDS[f.severity], message, file=path, line=line, title=f.code))
        lines.append(f"refcheck: {summary_line(tally(run))}")
        return "\n".join(lines) + "\n"
