"""The command line, end to end: parse, run against a local site, outputs, exit codes, the cache."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sitesrv import serve_site

from refcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "reports" / "weekly-analysis-420.md"
BRIEF = ROOT / "tests" / "fixtures" / "reports" / "en-brief-17.md"


def run_json(args: list[str], tmp_path: Path) -> tuple[int, dict[str, Any]]:
    output = tmp_path / "out.json"
    code = main([*args, "--format", "json", "--output", str(output)])
    return code, json.loads(output.read_text("utf-8"))


def test_parse_json_has_the_design_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no references.yaml here: the report's text alone
    code, data = run_json(["parse", str(EXAMPLE)], tmp_path)
    assert code == 1  # a missing reference and links with no URL are errors
    assert data["schema_version"] == 1
    (report,) = data["reports"]
    assert report["language"] == "en"
    assert {"code", "severity", "reference", "line", "message"} <= set(report["problems"][0])
    reference = report["references"][3]
    assert {
        "number",
        "line",
        "text",
        "url",
        "url_source",
        "report_url",
        "date",
        "date_text",
        "calendar",
        "language",
        "link",
    } <= set(reference)
    assert (reference["number"], reference["date"], reference["calendar"]) == (4, "2023-09-29", "solar_hijri")
    assert reference["link"] is None
    assert reference["scripts"][0] == "arabic" and reference["language"] == "fa"
    claim = report["claims"][1]
    assert {"markers", "line", "text", "quotes", "results"} <= set(claim)


def test_parse_terminal_shows_references_and_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["parse", str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "missing_reference" in out and "2023-09-29" in out


def brief_args(base: str, tmp_path: Path) -> list[str]:
    return [
        "run",
        str(BRIEF),
        "--remap",
        rf"^https?://(.*)$ {base}/\1",
        "--allow-private",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--timeout",
        "5",
        "--no-progress",
    ]


def test_run_second_english_report_against_a_local_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with serve_site() as (base, requests):
        code, data = run_json(brief_args(base, tmp_path), tmp_path)
    assert code == 1
    (report,) = data["reports"]
    links = {ref["number"]: ref["link"]["status"] for ref in report["references"]}
    assert links == {1: "ok", 2: "not_found", 3: "ok", 4: "not_found", 6: "no_url", 7: "ok"}
    assert requests.count("water.example/kabul-basin") == 1
    verdicts = {
        (tuple(c["markers"]), r["quote"]): r["verdict"] for c in report["claims"] for r in c["results"]
    }
    assert verdicts[((3,), "We will not build any new dam without consulting our neighbours.")] == "mismatch"
    assert verdicts[((3,), "the river's flow fell by 12 percent between 2010 and 2020")] == "mismatch"
    assert verdicts[((2,), None)] == "unverifiable"
    assert verdicts[((5,), None)] == "unverifiable"
    assert verdicts[((1,), None)] == "supported"
    codes = {(p["code"], p["reference"]) for p in report["problems"]}
    assert ("name_differs", 3) in codes  # Mansoor in the report, Mansur on the page


def test_second_run_is_served_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with serve_site() as (base, requests):
        first, _ = run_json(brief_args(base, tmp_path), tmp_path)
        pages = [path for path in requests if not path.startswith("archive.org")]
        second, data = run_json(brief_args(base, tmp_path), tmp_path)
        # no page is fetched again (a dead link's archive look-up that found nothing may be retried)
        assert [path for path in requests if not path.startswith("archive.org")] == pages
    assert first == second == 1
    cached = [
        ref["link"]["from_cache"] for ref in data["reports"][0]["references"] if ref["link"]["status"] == "ok"
    ]
    assert cached and all(cached)


def test_bad_references_yaml_exits_2_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "refs.yaml"
    config.write_text("reports:\n  x.md:\n    references:\n      '1': {link: 'https://a.example'}\n", "utf-8")
    assert main(["parse", str(EXAMPLE), "--config", str(config)]) == 2
    assert f"{config}:4: unknown key 'link'" in capsys.readouterr().err


def test_an_unreadable_report_exits_2_and_the_others_are_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    output = tmp_path / "out.json"
    code = main(
        ["parse", str(tmp_path / "missing.md"), str(EXAMPLE), "--format", "json", "--output", str(output)]
    )
    assert code == 2
    assert "missing.md" in capsys.readouterr().err
    data = json.loads(output.read_text("utf-8"))
    assert [report["path"] for report in data["reports"]] == [str(EXAMPLE)]


def test_no_report_named_checks_every_report_under_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.md").write_text("Claim.¹\n\nReferences\n\n1 Outlet, Title.\n", "utf-8")
    (tmp_path / "reports" / "b.txt").write_text("Other claim.¹\n\nSources\n\n1 Outlet, Title.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    code, data = run_json(["parse"], tmp_path)
    assert [report["path"] for report in data["reports"]] == ["reports/a.md", "reports/b.txt"]
    assert code == 1  # entries without URLs


def test_a_folder_named_stands_for_every_report_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue = tmp_path / "issue-421"
    (issue / "fa").mkdir(parents=True)
    (issue / "en.md").write_text("Claim.¹\n\nReferences\n\n1 Outlet, Title, https://a.example/1\n", "utf-8")
    (issue / "fa" / "fa.txt").write_text("ادعا.۱\n\nمنابع\n\n۱. ناشر، عنوان، https://a.example/2\n", "utf-8")
    (issue / "notes.csv").write_text("not a report", "utf-8")
    monkeypatch.chdir(tmp_path)
    code, data = run_json(["parse", "issue-421"], tmp_path)
    assert [report["path"] for report in data["reports"]] == ["issue-421/en.md", "issue-421/fa/fa.txt"]
    assert code == 0


def test_no_reports_folder_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["parse"]) == 2
    assert "reports/" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "out.json"
    target.mkdir()  # a directory where the file should go: the rename fails
    assert main(["parse", str(EXAMPLE), "--format", "json", "--output", str(target)]) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_help_teaches_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["run", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for option in (
        "--remap",
        "--allow-private",
        "--timeout",
        "--max-concurrency",
        "--no-cache",
        "--cache-dir",
        "--offline",
        "--archive",
        "--format",
        "--output",
        "--config",
    ):
        assert option in text


def test_an_empty_folder_is_an_input_error_and_the_other_reports_are_still_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    code, data = run_json(["parse", str(EXAMPLE), "empty", str(EXAMPLE)], tmp_path)
    assert code == 2
    assert "empty: the folder holds no" in capsys.readouterr().err
    assert [report["path"] for report in data["reports"]] == [str(EXAMPLE)]  # named twice, checked once


def test_an_output_file_is_readable_by_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    output = tmp_path / "out.json"
    previous = os.umask(0o022)
    try:
        main(["parse", str(EXAMPLE), "--format", "json", "--output", str(output)])
    finally:
        os.umask(previous)
    assert output.stat().st_mode & 0o777 == 0o644
