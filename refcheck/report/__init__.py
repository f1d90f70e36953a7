"""Result -> str, one formatter per file, one registry; never writes files.

Add a format in two steps: one file with a formatter (a frozen dataclass taking ``color``, ``width``
and ``show_parse_only`` keywords, with ``render(run) -> str``), then one line in ``FORMATTERS``.
The failure policy shared by the formatters and the CLI's exit code lives in ``policy``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from refcheck.errors import ConfigError
from refcheck.models import RunResult
from refcheck.report.github import GithubFormatter
from refcheck.report.html import HtmlFormatter
from refcheck.report.json_format import JsonFormatter
from refcheck.report.junit import JunitFormatter
from refcheck.report.markdown import MarkdownFormatter
from refcheck.report.policy import Finding, count_errors, findings
from refcheck.report.terminal import ProgressBar, TerminalFormatter


class Formatter(Protocol):
    def render(self, run: RunResult) -> str: ...


FORMATTERS: dict[str, Callable[..., Formatter]] = {
    "terminal": TerminalFormatter,
    "json": JsonFormatter,
    "markdown": MarkdownFormatter,
    "html": HtmlFormatter,
    "junit": JunitFormatter,
    "github": GithubFormatter,
}


def render(
    run: RunResult,
    fmt: str,
    *,
    color: bool = False,
    width: int | None = None,
    show_parse_only: bool = False,
    version: str | None = None,
) -> str:
    """The run in format ``fmt`` (a key of FORMATTERS); ``version`` fills JSON's tool.version."""
    try:
        factory = FORMATTERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATTERS)}") from None
    options: dict[str, object] = {"color": color, "width": width, "show_parse_only": show_parse_only}
    if fmt == "json":
        options["version"] = version
    return factory(**options).render(run)


__all__ = [
    "FORMATTERS",
    "Finding",
    "Formatter",
    "ProgressBar",
    "count_errors",
    "findings",
    "render",
]
