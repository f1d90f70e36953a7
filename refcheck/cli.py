"""The command line: arguments -> options -> pipeline -> formatter -> file or terminal -> exit code."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import enum
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from refcheck import __version__
from refcheck.config import Config, load_config, parse_remap, unused_entries
from refcheck.errors import ConfigError, RefcheckError
from refcheck.fetch import FetchOptions
from refcheck.models import ReportCheck, RunResult
from refcheck.parse.formats import SUPPORTED_SUFFIXES
from refcheck.pipeline import CheckOptions, check_reports, parse_reports
from refcheck.report import FORMATTERS, ProgressBar, render
from refcheck.report.policy import count_errors

DEFAULT_CONFIG = Path("references.yaml")
DEFAULT_REPORTS = Path("reports")


class ExitCode(enum.IntEnum):
    OK = 0
    FAILURES = 1  # at least one error under the failure policy
    USAGE = 2  # bad arguments or input (argparse exits with 2 too)


DESCRIPTION = """\
Check a report's reference list, its links and the claims it quotes.

  refcheck run                      check every report under reports/
  refcheck run reports/issue-420.md --format html --output report.html
  refcheck parse reports/issue-420.md --format json     (no network)

Exit status: 0 nothing fails the policy; 1 at least one error (a missing reference, a link with no
URL or a dead one, a quotation that the source contradicts or does not hold); 2 a usage or input
error (a report that cannot be read, a bad references.yaml).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refcheck", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"refcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="check references, links and claims (fetches every source)",
        description="Parse each report, fetch every cited source and check its claims.",
    )
    parse = commands.add_parser(
        "parse",
        help="show the parsed citations, references, claims and problems (no network)",
        description="Parse each report and show what refcheck reads in it; nothing is fetched.",
    )
    for sub, formats in ((run, sorted(FORMATTERS)), (parse, ["terminal", "json"])):
        sub.add_argument(
            "reports",
            nargs="*",
            type=Path,
            metavar="REPORT",
            help="report files (.md .txt .docx .pdf .html) or folders of them;"
            f" default: every report under {DEFAULT_REPORTS}/",
        )
        sub.add_argument(
            "--config",
            type=Path,
            metavar="PATH",
            help=f"references.yaml to read (default: ./{DEFAULT_CONFIG} when it exists)",
        )
        sub.add_argument(
            "--format", choices=formats, default="terminal", help="output format (default: terminal)"
        )
        sub.add_argument(
            "--output",
            "-o",
            type=Path,
            metavar="FILE",
            help="write the result to FILE instead of the terminal",
        )
    _fetch_arguments(run)
    return parser


def _fetch_arguments(run: argparse.ArgumentParser) -> None:
    run.add_argument(
        "--remap",
        action="append",
        default=[],
        metavar="'REGEX REPLACEMENT'",
        help="rewrite every URL before it is requested (redirect hops and archive look-ups too); "
        r"Python regex, \1 for groups; repeatable, applied in order",
    )
    run.add_argument(
        "--allow-private",
        action="store_true",
        help="allow private, loopback and link-local addresses (tests, intranets, local mirrors)",
    )
    run.add_argument("--timeout", type=_positive, metavar="SECONDS", help="per-request timeout (default 20)")
    run.add_argument(
        "--deadline", type=_positive, metavar="SECONDS", help="deadline for the whole run (default 300)"
    )
    run.add_argument(
        "--max-concurrency",
        type=_positive_int,
        metavar="N",
        help="requests in flight, all hosts (default 64)",
    )
    run.add_argument(
        "--host-concurrency", type=_positive_int, metavar="N", help="requests in flight per host (default 4)"
    )
    run.add_argument("--user-agent", metavar="TEXT", help="the User-Agent header sent")
    run.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    run.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="where the cache and link history live (default .refcheck/)",
    )
    run.add_argument("--offline", action="store_true", help="answer from the cache alone; fetch nothing")
    run.add_argument(
        "--archive",
        action="store_true",
        help="for a dead link, read its nearest Wayback Machine snapshot and check the claims on it",
    )
    run.add_argument(
        "--archive-api",
        metavar="URL",
        help="Wayback availability API (default https://archive.org/wayback/available)",
    )
    run.add_argument(
        "--no-model",
        action="store_true",
        help="do not use the multilingual model (the [multilingual] extra) for cross-language claims",
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    run.add_argument(
        "--color",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="colour the terminal output (default: when writing to a terminal)",
    )


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, not {text}")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a whole number greater than 0, not {text}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging()
    try:
        config = _config(args.config)
        paths, path_errors = _report_paths(args.reports)
        today = dt.date.today()
        if args.command == "parse":
            run = _parse_only(paths, config, today)
        else:
            options = CheckOptions(
                fetch_options(args, config),
                today,
                use_model=not args.no_model,
            )
            progress = ProgressBar(enabled=not args.no_progress and sys.stderr.isatty())
            try:
                run = asyncio.run(check_reports(paths, config, options, progress))
            finally:
                progress.close()
        run = dataclasses.replace(run, input_errors=(*path_errors, *run.input_errors))
        color = (
            args.color
            if getattr(args, "color", None) is not None
            else (args.output is None and sys.stdout.isatty())
        )
        text = render(
            run,
            args.format,
            color=color and args.format == "terminal",
            show_parse_only=args.command == "parse",
            version=__version__,
        )
        _write(text, args.output)
    except RefcheckError as error:
        print(f"refcheck: {error}", file=sys.stderr)
        return ExitCode.USAGE
    for message in _unused_config(config, run):
        print(f"refcheck: warning: {message}", file=sys.stderr)
    for message in run.input_errors:
        print(f"refcheck: {message}", file=sys.stderr)
    if run.input_errors:
        return ExitCode.USAGE
    return ExitCode.FAILURES if count_errors(run) else ExitCode.OK


def _configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="refcheck: %(name)s: %(message)s")
    # NOTE: pypdf logs every repairable flaw of a PDF ("EOF marker not found"); the page is read anyway
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def _unused_config(config: Config, run: RunResult) -> list[str]:
    """Warnings for report keys and reference numbers of references.yaml that this run could not use."""
    checked = {r.document.path: {ref.number for ref in r.document.references} for r in run.reports}
    return unused_entries(config, checked)


def _config(path: Path | None) -> Config:
    if path is not None:
        return load_config(path)
    return load_config(DEFAULT_CONFIG) if DEFAULT_CONFIG.is_file() else Config()


def _report_paths(named: list[Path]) -> tuple[list[Path], list[str]]:
    """The reports named, each once (a folder stands for every report under it), or every report under
    reports/; and an input error for each folder that holds none."""
    if not named:
        if not DEFAULT_REPORTS.is_dir():
            raise ConfigError(f"no report named, and there is no {DEFAULT_REPORTS}/ folder here to check")
        named = [DEFAULT_REPORTS]
    paths: dict[Path, Path] = {}
    errors: list[str] = []
    for path in named:
        if not path.is_dir():
            paths.setdefault(path.resolve(), path)
            continue
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        if not found:
            errors.append(f"{path}: the folder holds no {', '.join(SUPPORTED_SUFFIXES)} report")
        for report in found:
            paths.setdefault(report.resolve(), report)
    if not paths and errors and not named:
        raise ConfigError(errors[0])
    return list(paths.values()), errors


def _parse_only(paths: list[Path], config: Config, today: dt.date) -> RunResult:
    documents, errors = parse_reports(paths, config, today)
    return RunResult(
        reports=tuple(ReportCheck(document, problems=document.problems) for document in documents),
        input_errors=tuple(errors),
    )


def fetch_options(args: argparse.Namespace, config: Config) -> FetchOptions:
    """FetchOptions from references.yaml's settings, overridden by the command line."""
    settings = dict(config.settings)
    chosen = {
        "timeout": args.timeout or settings.get("timeout"),
        "deadline": args.deadline or settings.get("deadline"),
        "max_concurrency": args.max_concurrency or settings.get("max_concurrency"),
        "host_concurrency": args.host_concurrency or settings.get("host_concurrency"),
        "host_interval": settings.get("host_interval"),
        "attempts": settings.get("attempts"),
        "max_bytes": settings.get("max_bytes"),
        "user_agent": args.user_agent or settings.get("user_agent"),
        "cache_max_age": settings.get("cache_max_age"),
        "archive_api": args.archive_api or settings.get("archive_api"),
        "allow_private": args.allow_private or settings.get("allow_private"),
        "offline": args.offline or None,
        "read_archive": _archive(args, config) or None,
    }
    remaps = config.remaps + tuple(parse_remap(text) for text in args.remap)
    cache_dir = None if args.no_cache else (args.cache_dir or Path(settings.get("cache_dir", ".refcheck")))
    values: dict[str, Any] = {key: value for key, value in chosen.items() if value is not None}
    return FetchOptions(**values, remaps=remaps, cache_dir=cache_dir)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _archive(args: argparse.Namespace, config: Config) -> bool:
    return bool(args.archive or config.settings.get("archive"))


def _write(text: str, output: Path | None) -> None:
    """Print, or write ``output`` whole: a temporary file beside it, renamed over it when complete."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    directory = output.resolve().parent
    temporary: str | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a report is for others to read
        os.replace(temporary, output)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise ConfigError(f"cannot write the output: {error.strerror or error}", path=str(output)) from None
