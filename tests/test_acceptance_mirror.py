"""Acceptance: the example report against ../shared/mirror, as its EXPECTED.md says.

The mirror serves, on 127.0.0.1, pages like those the example report cites, with their faults (a 404
with a Wayback snapshot, a 301, a windows-1256 page, a Persian path). It lives beside the repository,
not in it: in a user's clone without it, these tests are skipped with that reason.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from refcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
MIRROR = ROOT.parent / "shared" / "mirror"
EXAMPLE = ROOT / "reports" / "weekly-analysis-420.md"
SNAPSHOT = "20230428101530"

pytestmark = pytest.mark.skipif(
    not (MIRROR / "serve.py").is_file(), reason="../shared/mirror is not beside this clone"
)


@pytest.fixture(scope="module")
def mirror() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(MIRROR / "serve.py"), str(MIRROR), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("listening on "), line
    try:
        yield line.split()[-1]
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def run(mirror: str, tmp_path: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    output = tmp_path / "result.json"
    code = main(
        [
            "run",
            str(EXAMPLE),
            "--config",
            str(MIRROR / "references.yaml"),
            "--remap",
            rf"^https?://(.*)$ {mirror}/\1",
            "--allow-private",
            "--format",
            "json",
            "--output",
            str(output),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-progress",
            *extra,
        ]
    )
    return code, json.loads(output.read_text("utf-8"))


@pytest.fixture(scope="module")
def result(mirror: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, Any]]:
    return run(mirror, tmp_path_factory.mktemp("plain"))


@pytest.fixture(scope="module")
def archived(mirror: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, Any]]:
    return run(mirror, tmp_path_factory.mktemp("archive"), "--archive")


def references(data: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {ref["number"]: ref for ref in data["reports"][0]["references"]}


def verdicts(data: dict[str, Any]) -> dict[tuple[int, str | None], list[str]]:
    found: dict[tuple[int, str | None], list[str]] = {}
    for claim in data["reports"][0]["claims"]:
        for res in claim["results"]:
            found.setdefault((claim["markers"][0], res["quote"]), []).append(res["verdict"])
    return found


def test_link_statuses(result: tuple[int, dict[str, Any]]) -> None:
    code, data = result
    assert code == 1  # reference 7 is missing, and 8 is dead
    links = {n: ref["link"] for n, ref in references(data).items()}
    assert {n: link["status"] for n, link in links.items()} == {
        1: "ok",
        2: "ok",
        3: "ok",
        4: "ok",
        5: "ok",
        6: "ok",
        8: "not_found",
        9: "redirected",
    }
    assert links[9]["final_url"] == "https://tass.com/politics/1618835"
    assert links[9]["redirects"][0]["http_status"] == 301
    assert links[8]["http_status"] == 404
    assert SNAPSHOT in (links[8]["archive_url"] or "")


def test_reference_list_problems(result: tuple[int, dict[str, Any]]) -> None:
    problems = {(p["code"], p["reference"]): p for p in result[1]["reports"][0]["problems"]}
    assert problems[("missing_reference", 7)]["severity"] == "error"
    assert problems[("duplicate_reference", 2)]["severity"] == "warning"
    assert problems[("placeholder_url", 3)]["severity"] == "warning"
    assert problems[("homepage_url", 6)]["severity"] == "warning"
    assert not any(code == "no_url" for code, _ in problems)
    assert not any(code == "date_differs" for code, _ in problems)  # every page date agrees (AA: modified)
    assert not any(code == "title_differs" for code, _ in problems)  # every page is the cited one
    assert ("name_differs", 5) in problems  # Kodashov / Kudashev


def test_the_report_url_of_six_is_kept_but_not_fetched(result: tuple[int, dict[str, Any]]) -> None:
    six = references(result[1])[6]
    assert six["report_url"] == "http://aa.com.tr" and six["url_source"] == "config"


def test_claims(result: tuple[int, dict[str, Any]]) -> None:
    found = verdicts(result[1])
    kabulov = "Taliban is fighting in Afghanistan against the people we fought in Syria; therefore, our interests are the same."
    assert found[(2, kabulov)] == ["verbatim"]
    kodashov = next(key for key in found if key[0] == 5 and key[1])
    assert found[kodashov] == ["close"]
    assert found[(7, None)] == ["unverifiable"]
    assert found[(8, None)] == ["unverifiable"]  # the live link is 404 and --archive was not given
    for marker in (3, 4, 6):
        assert found[(marker, None)] == ["candidate"], marker
    assert found[(5, None)] == ["supported"]  # Doval and Patrushev: two names, the passage holds them
    # KazanForum: ties/relations, member states/countries, trade/commercial; May 18-19 dated in its own
    # sentence, the page's only date besides its publication date
    assert found[(9, None)] == ["supported"]
    # Putin and the bases: EXPECTED.md says supported, but the page shares a third of the claim's words
    # ("no shared wording beyond names"); refcheck shows it for a person to confirm, never as verified
    assert found[(1, None)] == ["candidate"]


def test_kodashov_differences_are_listed(result: tuple[int, dict[str, Any]]) -> None:
    (claim,) = [c for c in result[1]["reports"][0]["claims"] if c["markers"] == [5]]
    (quoted,) = [r for r in claim["results"] if r["quote"]]
    words = " ".join(d["claim"] for d in quoted["differences"])
    assert "perceived" in words
    assert "Kudashev" not in quoted["evidence"] or "poses a threat" in quoted["evidence"]


def test_with_archive_the_dead_link_is_read_from_its_snapshot(archived: tuple[int, dict[str, Any]]) -> None:
    _, data = archived
    (claim,) = [c for c in data["reports"][0]["claims"] if c["markers"] == [8]]
    (core,) = [r for r in claim["results"] if r["quote"] is None]
    assert core["verdict"] == "candidate" and core["archived"] is True
    assert "captures" not in (core["evidence"] or "")
