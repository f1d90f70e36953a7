"""references.yaml: its schema, its errors (file and line), and how a report finds its section."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.config import load_config, parse_remap
from refcheck.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "references.yaml"
    path.write_text(text, "utf-8")
    return path


def test_the_projects_own_references_yaml_is_valid_and_holds_only_the_known_urls() -> None:
    config = load_config(ROOT / "references.yaml")
    references = config.for_report(ROOT / "reports" / "weekly-analysis-420.md").references
    with_url = {number for number, override in references.items() if override.url}
    assert with_url == {5, 6, 9}
    assert references[9].url == "https://tass.com/politics/1618835"


def test_full_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(
        tmp_path,
        "settings:\n  timeout: 5\n  remap: ['^https://(.*)$ http://127.0.0.1:9/\\1']\n"
        "reports:\n  reports/a.md:\n    date: 2023-11-24\n    references:\n"
        "      '1': https://a.example/x\n"
        "      2: {url: 'https://b.example/y', accept: [blocked, 403], phrases: ['یک عبارت']}\n"
        "      '3': {skip: 'printed source'}\n"
        "      '4':\n"
        "      '5': {archive_url: 'https://web.archive.org/web/2023/https://c.example/z'}\n",
    )
    config = load_config(path)
    assert config.settings == {"timeout": 5}
    assert config.remaps == (("^https://(.*)$", "http://127.0.0.1:9/\\1"),)
    report = config.for_report(Path("reports/a.md"))
    assert str(report.date) == "2023-11-24"
    refs = report.references
    assert refs[1].url == "https://a.example/x"
    assert refs[2].accept == frozenset({"blocked", "403"}) and refs[2].phrases == ("یک عبارت",)
    assert refs[3].skip_reason == "printed source" and refs[3].url is None
    assert refs[4].url is None and refs[4].line == 11
    assert refs[5].archive_url is not None
    assert config.for_report("reports/other.md").references == {}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("reports:\n  a.md:\n    references:\n      '1': {ur: 'https://x.example'}\n", 4, "unknown key 'ur'"),
        ("reports:\n  a.md:\n    references:\n      one: https://x.example\n", 4, "reference number"),
        ("reports:\n  a.md:\n    references:\n      '1': ftp://x.example\n", 4, "not an http(s) URL"),
        ("settings:\n  timeout: fast\n", 2, "settings.timeout must be a number"),
        ("settings:\n  attempts: 3\n  timeout: 0\n", 3, "settings.timeout must be greater than 0"),
        ("settings:\n  remap: ['([ x']\n", 2, "not a valid regular expression"),
        ("reports:\n  a.md:\n    references:\n      '1': {accept: [gone]}\n", 4, "neither a link status"),
        ("reports:\n  a.md: [\n", 3, "not valid YAML"),
        ("colour: red\n", 1, "unknown key 'colour'"),
    ],
)
def test_errors_name_the_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.yaml")


def test_remap_needs_two_parts() -> None:
    assert parse_remap(r"^https?://(.*)$ http://127.0.0.1:8000/\1") == (
        r"^https?://(.*)$",
        r"http://127.0.0.1:8000/\1",
    )
    with pytest.raises(ConfigError, match="pattern and a replacement"):
        parse_remap("onlyone")
