"""references.yaml: load and validate it (errors name the file and line), and look up a report in it.

Shape (README.md documents every key):

    settings:                      # run settings; command-line options override them
      timeout: 20
      remap: ["^https?://(.*)$ http://127.0.0.1:8000/\\1"]
    reports:
      reports/weekly-analysis-420.md:      # path relative to the directory refcheck runs in
        date: 2023-11-24                   # optional: the report's date, when its text does not say
        references:
          "5": https://rusi.org/...        # shorthand for {url: ...}
          "3": {url: ..., archive_url: ..., accept: [blocked], phrases: ["..."]}
          "7": {skip: "offline source, checked by hand"}
          "1":                              # an empty slot: no real URL known yet
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError

from refcheck.errors import ConfigError
from refcheck.models import LinkStatus, ReferenceOverride

SETTING_TYPES: dict[str, type | tuple[type, ...]] = {
    "timeout": (int, float),
    "deadline": (int, float),
    "max_concurrency": int,
    "host_concurrency": int,
    "host_interval": (int, float),
    "attempts": int,
    "max_bytes": int,
    "user_agent": str,
    "cache_dir": str,
    "cache_max_age": (int, float),
    "archive_api": str,
    "archive": bool,
    "allow_private": bool,
    "remap": list,
}
# Settings that make no sense at zero: a zero timeout would turn every link into a timeout (a warning)
_POSITIVE = frozenset({"timeout", "deadline", "max_concurrency", "host_concurrency", "attempts", "max_bytes"})
_REFERENCE_KEYS = {"url", "skip", "accept", "archive_url", "phrases", "note", "title"}
_REPORT_KEYS = {"references", "date", "note"}
_STATUS_NAMES = {status.value for status in LinkStatus}


@dataclass(frozen=True, slots=True)
class ReportConfig:
    references: Mapping[int, ReferenceOverride] = field(default_factory=dict)
    date: dt.date | None = None
    line: int | None = None  # where references.yaml names the report


@dataclass(frozen=True, slots=True)
class Config:
    path: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    remaps: tuple[tuple[str, str], ...] = ()
    reports: Mapping[str, ReportConfig] = field(default_factory=dict)

    def for_report(self, report: str | Path) -> ReportConfig:
        """The configuration of one report: its key is its path relative to the working directory."""
        wanted = _comparable_path(report)
        for key, value in self.reports.items():
            if _comparable_path(key) == wanted:
                return value
        return ReportConfig()


def _comparable_path(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def unused_entries(config: Config, checked: Mapping[str, Collection[int]]) -> list[str]:
    """What references.yaml says that no checked report can use, as "FILE:LINE: message" warnings.

    ``checked``: each report checked in this run (its path as shown) -> the numbers of its entries. A
    report key that names neither a checked report nor an existing file (a path that is not relative to
    the working directory) is unused, and so is a reference number the checked report has no entry for.
    A key naming another report that exists is fine: it is simply not checked in this run.
    """
    name = config.path or "references.yaml"
    shown = {_comparable_path(path): path for path in checked}
    warnings: list[str] = []
    for key, report in config.reports.items():
        path = shown.get(_comparable_path(key))
        if path is None:
            if not Path(key).expanduser().exists():
                warnings.append(f"{_at(name, report.line)}{_unmatched_key(key, list(checked))}")
            continue
        for number, override in sorted(report.references.items()):
            if number not in checked[path]:
                warnings.append(
                    f"{_at(name, override.line)}{path} has no entry {number}, so what is said of it here "
                    "is not used"
                )
    return warnings


def _unmatched_key(key: str, checked: list[str]) -> str:
    message = f"report {key!r} matches no report checked and no file in {Path.cwd()}, so it is not used"
    alike = [path for path in checked if Path(path).name == Path(key).name]
    if alike:
        return f"{message}; did you mean {alike[0]!r}? (keys are paths relative to where refcheck runs)"
    return f"{message} (keys are report paths relative to where refcheck runs)"


def _at(name: str, line: int | None) -> str:
    return f"{name}:{line}: " if line is not None else f"{name}: "


def load_config(path: Path) -> Config:
    """Read and validate ``path``; a missing or bad file raises ConfigError with file and line."""
    name = str(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError("no such file", path=name) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read it: {error}", path=name) from None
    try:
        data = YAML(typ="rt").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError(f"not valid YAML: {error.problem or error.context}", path=name, line=line) from None
    return parse_config(data, name)


def parse_config(data: object, name: str) -> Config:
    if data is None:
        return Config(path=name)
    root = _mapping(data, name, "the file", 1)
    _known_keys(root, {"settings", "reports"}, name)
    settings = _settings(root.get("settings"), name, _line_of(root, "settings"))
    remaps = _remaps(settings.pop("remap", []), root.get("settings"), name)
    reports_node = root.get("reports")
    reports: dict[str, ReportConfig] = {}
    if reports_node is not None:
        reports_map = _mapping(reports_node, name, "reports", _line_of(root, "reports"))
        for key, value in reports_map.items():
            reports[str(key)] = _report(value, name, _line_of(reports_map, key))
    return Config(path=name, settings=settings, remaps=remaps, reports=reports)


def _settings(node: object, name: str, line: int | None) -> dict[str, Any]:
    if node is None:
        return {}
    settings = _mapping(node, name, "settings", line)
    _known_keys(settings, set(SETTING_TYPES), name)
    values: dict[str, Any] = {}
    for key, value in settings.items():
        expected = SETTING_TYPES[key]
        if (isinstance(value, bool) and expected is not bool) or not isinstance(value, expected):
            kind = expected.__name__ if isinstance(expected, type) else "a number"
            raise ConfigError(
                f"settings.{key} must be {kind}, not {value!r}", path=name, line=_line_of(settings, key)
            )
        if key in _POSITIVE and isinstance(value, int | float) and value <= 0:
            raise ConfigError(
                f"settings.{key} must be greater than 0, not {value!r}",
                path=name,
                line=_line_of(settings, key),
            )
        values[key] = list(value) if isinstance(value, list) else value
    return values


def _remaps(entries: list[Any], node: object, name: str) -> tuple[tuple[str, str], ...]:
    line = _line_of(node, "remap") if isinstance(node, CommentedMap) else None
    return tuple(parse_remap(str(entry), source=name, line=line) for entry in entries)


def parse_remap(text: str, *, source: str = "--remap", line: int | None = None) -> tuple[str, str]:
    """'PATTERN REPLACEMENT' -> (pattern, replacement); the pattern must compile."""
    parts = text.strip().split(None, 1)
    if len(parts) != 2:
        raise ConfigError(
            f"remap {text!r} needs a pattern and a replacement separated by a space", path=source, line=line
        )
    try:
        re.compile(parts[0])
    except re.error as error:
        raise ConfigError(
            f"remap pattern {parts[0]!r} is not a valid regular expression: {error}", path=source, line=line
        ) from None
    return parts[0], parts[1]


def _report(node: object, name: str, line: int | None) -> ReportConfig:
    if node is None:
        return ReportConfig(line=line)
    report = _mapping(node, name, "a report", line)
    _known_keys(report, _REPORT_KEYS, name)
    date = report.get("date")
    if date is not None and not isinstance(date, dt.date):
        raise ConfigError(f"date must be YYYY-MM-DD, not {date!r}", path=name, line=_line_of(report, "date"))
    references: dict[int, ReferenceOverride] = {}
    refs_node = report.get("references")
    if refs_node is not None:
        refs = _mapping(refs_node, name, "references", _line_of(report, "references"))
        for key, value in refs.items():
            key_line = _line_of(refs, key)
            number = _reference_number(key, name, key_line)
            references[number] = _override(value, name, key_line)
    return ReportConfig(references=references, date=date, line=line)


def _reference_number(key: object, name: str, line: int | None) -> int:
    text = str(key).strip()
    if not text.isdigit() or int(text) <= 0:
        raise ConfigError(
            f'reference key {key!r} must be a reference number such as "5"', path=name, line=line
        )
    return int(text)


def _override(node: object, name: str, line: int | None) -> ReferenceOverride:
    if node is None or node == "":
        return ReferenceOverride(line=line)
    if isinstance(node, str):
        return ReferenceOverride(url=_url(node, name, line), line=line)
    entry = _mapping(node, name, "a reference", line)
    _known_keys(entry, _REFERENCE_KEYS, name)
    url = entry.get("url")
    skip = entry.get("skip")
    if skip is True:
        skip = "skipped in references.yaml"
    if skip is not None and skip is not False and not isinstance(skip, str):
        raise ConfigError("skip must be a reason (text) or true", path=name, line=_line_of(entry, "skip"))
    return ReferenceOverride(
        url=_url(url, name, _line_of(entry, "url")) if url else None,
        skip_reason=skip or None,
        accept=_accept(entry.get("accept"), name, _line_of(entry, "accept")),
        archive_url=_url(entry["archive_url"], name, _line_of(entry, "archive_url"))
        if entry.get("archive_url")
        else None,
        phrases=_strings(entry.get("phrases"), "phrases", name, _line_of(entry, "phrases")),
        line=line,
    )


def _url(value: object, name: str, line: int | None) -> str:
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value.strip(), re.IGNORECASE):
        raise ConfigError(f"{value!r} is not an http(s) URL", path=name, line=line)
    return value.strip()


def _accept(node: object, name: str, line: int | None) -> frozenset[str]:
    values = _strings(node, "accept", name, line, allow_numbers=True)
    for value in values:
        if value not in _STATUS_NAMES and not re.fullmatch(r"[1-5]\d\d", value):
            raise ConfigError(
                f"accept: {value!r} is neither a link status ({', '.join(sorted(_STATUS_NAMES))})"
                " nor an HTTP code",
                path=name,
                line=line,
            )
    return frozenset(values)


def _strings(
    node: object, key: str, name: str, line: int | None, allow_numbers: bool = False
) -> tuple[str, ...]:
    if node is None:
        return ()
    items = node if isinstance(node, list) else [node]
    allowed: tuple[type, ...] = (str, int) if allow_numbers else (str,)
    if not all(isinstance(item, allowed) and not isinstance(item, bool) for item in items):
        raise ConfigError(f"{key} must be a list of text", path=name, line=line)
    return tuple(str(item) for item in items)


def _mapping(node: object, name: str, what: str, line: int | None) -> CommentedMap:
    if not isinstance(node, dict):
        raise ConfigError(
            f"{what} must be a mapping (key: value), not {type(node).__name__}", path=name, line=line
        )
    return node  # type: ignore[return-value]


def _known_keys(node: CommentedMap, allowed: set[str], name: str) -> None:
    for key in node:
        if str(key) not in allowed:
            expected = ", ".join(sorted(allowed))
            raise ConfigError(
                f"unknown key {key!r} (expected one of: {expected})", path=name, line=_line_of(node, key)
            )


def _line_of(node: object, key: object) -> int | None:
    """The 1-based line of ``key`` in a ruamel mapping."""
    try:
        return int(node.lc.key(key)[0]) + 1  # type: ignore[attr-defined]
    except (AttributeError, KeyError, TypeError):
        return getattr(getattr(node, "lc", None), "line", -1) + 1 if hasattr(node, "lc") else None
