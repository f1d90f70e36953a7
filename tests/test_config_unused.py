"""references.yaml settings that no checked report can use are warned about (file:line, on stderr, not
exit 2): a report key that names no report, a reference number the report has no entry for. A skipped
entry is reported as skipped, not also as having no URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refcheck.cli import main
from refcheck.config import load_config, unused_entries

REPORT = """# Brief

Returns rose in March.[1] The camp was full.[2]

## References

1. Kabul Ledger, "Returns rise", 2 April 2024, https://ledger.example/returns
2. Interview with a camp official, Torkham, 3 April 2024
"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "brief.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "reports" / "other.md").write_text(REPORT, encoding="utf-8")
    return tmp_path


def _config(workdir: Path, text: str) -> Path:
    path = workdir / "refs.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_key_that_is_not_relative_to_the_working_directory(workdir: Path) -> None:
    config = load_config(_config(workdir, 'reports:\n  brief.md:\n    references:\n      "2": {skip: notes}\n'))
    (warning,) = unused_entries(config, {"reports/brief.md": {1, 2}})
    assert warning.startswith(f"{workdir / 'refs.yaml'}:2: report 'brief.md' matches no report checked")
    assert "did you mean 'reports/brief.md'?" in warning


def test_a_number_the_report_has_no_entry_for(workdir: Path) -> None:
    text = 'reports:\n  reports/brief.md:\n    references:\n      "1": https://ledger.example/a\n      "99": https://x.example/b\n'
    (warning,) = unused_entries(load_config(_config(workdir, text)), {"reports/brief.md": {1, 2}})
    assert warning == f"{workdir / 'refs.yaml'}:5: reports/brief.md has no entry 99, so what is said of it here is not used"


def test_keys_of_other_existing_reports_and_used_numbers_are_quiet(workdir: Path) -> None:
    text = 'reports:\n  reports/other.md:\n    references:\n      "99": https://x.example/b\n  reports/brief.md:\n    references:\n      "2": {skip: notes}\n'
    assert unused_entries(load_config(_config(workdir, text)), {"reports/brief.md": {1, 2}}) == []


def test_the_cli_warns_on_stderr_and_keeps_the_exit_status(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(workdir, 'reports:\n  brief.md:\n    references:\n      "2": {skip: notes}\n')
    assert main(["parse", "reports/brief.md", "--config", str(config)]) == 1  # entry 2 has no URL: an error
    err = capsys.readouterr().err
    assert f"refcheck: warning: {config}:2: report 'brief.md' matches no report checked" in err


def test_a_skipped_entry_without_a_url_is_not_also_no_url(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(workdir, 'reports:\n  reports/brief.md:\n    references:\n      "2": {skip: "notes, checked by hand"}\n')
    output = workdir / "out.json"
    code = main(["parse", "reports/brief.md", "--config", str(config), "--format", "json", "--output", str(output)])
    (report,) = json.loads(output.read_text("utf-8"))["reports"]
    assert code == 0
    assert [p["code"] for p in report["problems"] if p["reference"] == 2] == []
    assert capsys.readouterr().err == ""
