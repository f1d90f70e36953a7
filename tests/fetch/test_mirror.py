"""Acceptance: the shared mirror of the example report's sources answers as EXPECTED.md table B says."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from refcheck.fetch import FetchOptions, FetchRequest, fetch_all
from refcheck.models import LinkStatus

from .conftest import PageReader

MIRROR = Path(__file__).resolve().parents[2].parent / "shared" / "mirror"
pytestmark = pytest.mark.skipif(
    not (MIRROR / "serve.py").is_file(), reason=f"optional mirror absent: {MIRROR}"
)


@pytest.fixture(scope="module")
def mirror_base() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(MIRROR / "serve.py"), str(MIRROR), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert found, "the mirror did not say where it listens"
        yield found.group(0)
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def mirror_urls() -> dict[int, str]:
    config = YAML(typ="safe").load((MIRROR / "references.yaml").read_text("utf-8"))
    references = config["reports"]["reports/weekly-analysis-420.md"]["references"]
    return {int(number): entry["url"] for number, entry in references.items()}


async def test_mirror_statuses_match_expected(mirror_base: str, tmp_path: Path) -> None:
    urls = mirror_urls()
    options = FetchOptions(
        remaps=((r"^https?://(.*)$", mirror_base + r"/\1"),),
        allow_private=True,
        cache_dir=tmp_path,
        timeout=10.0,
        read_archive=True,
        trust_env=False,
    )
    reader = PageReader()
    result = await fetch_all([FetchRequest(url) for url in urls.values()], options, reader)
    statuses = {number: result[url].link.status for number, url in urls.items()}
    assert statuses == {
        1: LinkStatus.OK,
        2: LinkStatus.OK,
        3: LinkStatus.OK,
        4: LinkStatus.OK,
        5: LinkStatus.OK,
        6: LinkStatus.OK,
        8: LinkStatus.NOT_FOUND,
        9: LinkStatus.REDIRECTED,
    }
    dead = result[urls[8]]
    assert dead.link.archive_timestamp == "20230428101530"
    assert dead.link.archive_url is not None and "20230428101530" in dead.link.archive_url
    assert dead.archived_page is not None and dead.archived_page.archived
    assert result[urls[9]].link.final_url == "https://tass.com/politics/1618835"
    assert [hop.http_status for hop in result[urls[9]].link.redirects] == [301]
    dw = next(call for call in reader.calls if "dw.com" in call[2])
    assert dw[1] == "text/html" and b"windows-1256" in dw[0]
