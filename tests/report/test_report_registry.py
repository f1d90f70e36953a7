"""The registry: every format renders, unknown ones are a usage error, nothing imports rich but terminal."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import refcheck.report as report_pkg
from refcheck.errors import ConfigError
from refcheck.models import RunResult
from refcheck.report import FORMATTERS, render

REPORT_DIR = Path(report_pkg.__file__).parent


def test_registry_names() -> None:
    assert set(FORMATTERS) == {"terminal", "json", "markdown", "html", "junit", "github"}


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_every_format_renders_every_run(fmt: str, run: RunResult, parsed_run: RunResult) -> None:
    for source in (run, parsed_run, RunResult()):
        for parse_only in (False, True):
            text = render(source, fmt, color=False, width=100, show_parse_only=parse_only)
            assert text.strip() and text.endswith("\n")


def test_unknown_format() -> None:
    with pytest.raises(ConfigError, match="unknown format 'pdf'"):
        render(RunResult(), "pdf")


def test_only_terminal_imports_rich() -> None:
    for path in REPORT_DIR.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        modules |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        uses_rich = any(m == "rich" or m.startswith("rich.") for m in modules)
        assert uses_rich == (path.name == "terminal.py"), path.name
