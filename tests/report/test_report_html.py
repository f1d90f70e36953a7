"""The HTML output: self-contained, escaped, right-to-left aware; read back with html.parser (bs4)."""

from __future__ import annotations

import dataclasses

from bs4 import BeautifulSoup, NavigableString, Tag

from refcheck.models import (
    Difference,
    DifferenceKind,
    LinkCheck,
    LinkStatus,
    ReferenceCheck,
    ReportCheck,
    RunResult,
)
from refcheck.report import render
from refcheck.report.html import anchor, mark
from refcheck.report.html_style import CSS

HOSTILE = "<script>alert('x')</script>"
FA = "وزیر دفاع روسیه: سازمان‌ها"


def _soup(run: RunResult, **options: bool) -> BeautifulSoup:
    return BeautifulSoup(render(run, "html", **options), "html.parser")


def _cards(soup: BeautifulSoup) -> dict[str, Tag]:
    return {card.find(class_="num").get_text(): card for card in soup.select("article.card")}


def test_self_contained_and_nothing_live(run: RunResult) -> None:
    soup = _soup(run)
    assert soup.find("script") is None and soup.find("iframe") is None and soup.find("img") is None
    assert soup.find("link") is None and soup.find("style") is not None
    assert not [
        t for t in soup.find_all(True) if t.has_attr("src") or any(a.startswith("on") for a in t.attrs)
    ]
    hrefs = [a["href"] for a in soup.find_all("a")]
    outside = [h for h in hrefs if not h.startswith("#")]
    assert outside and all(h.startswith(("http://", "https://")) for h in outside)
    ids = {t["id"] for t in soup.find_all(id=True)}
    assert all(h[1:] in ids for h in hrefs if h.startswith("#"))  # in-page links go somewhere
    assert "javascript:alert(1)" not in hrefs
    assert soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"}) is not None


def test_hostile_strings_are_text(run: RunResult) -> None:
    soup = _soup(run)
    card = _cards(soup)["5"]
    assert card.find(class_="title").get_text() == HOSTILE
    assert "javascript:alert(1)" in card.get_text() and card.find("a") is None
    evidence = [b.get_text() for b in soup.find_all("blockquote")]
    assert f"Six provinces were affected {HOSTILE}" in evidence


def test_quote_in_url_cannot_break_the_attribute(run: RunResult, report: ReportCheck) -> None:
    url = 'https://e.org/"onmouseover="alert(1)'
    ref = dataclasses.replace(report.references[0].reference, url=url)
    checks = (ReferenceCheck(ref, LinkCheck(url, LinkStatus.OK)), *report.references[1:])
    soup = _soup(RunResult((dataclasses.replace(report, references=checks),)))
    link = _cards(soup)["1"].find("a")
    assert link["href"] == url and not any(a.startswith("on") for a in link.attrs)


def test_every_text_element_has_dir_auto(run: RunResult) -> None:
    soup = _soup(run)
    body = soup.find("body")
    holders = {s.parent for s in body.find_all(string=True) if isinstance(s, NavigableString) and s.strip()}
    assert holders
    assert [t.name for t in holders if t.get("dir") != "auto"] == []


def test_reference_cards(run: RunResult) -> None:
    cards = _cards(_soup(run))
    assert len(cards) == 5
    dead = cards["2"]
    badge = dead.find(class_="badge")
    assert badge.get_text() == "not_found" and "sev-error" in badge["class"]
    assert dead.find(class_="http").get_text() == "HTTP 404"
    assert dead.find(class_="archive").find("a")["href"].startswith("https://web.archive.org/web/2023")
    assert dead.find(class_="title")["lang"] == "fa"
    assert "۷/۷/۱۴۰۲" in dead.find("table").get_text()
    hops = [li.get_text() for li in cards["3"].select("ol.redirects li")]
    assert hops == ["301 http://example.org/old", "308 https://example.org/old", "→ https://example.org/new"]
    page = [td.get_text() for td in cards["1"].find("table").find_all("td")]
    assert "Aid cut - BBC News" in page and "published 2021-10-22" in page
    assert "sev-ok" in cards["1"].find(class_="badge")["class"]


def test_claims_beside_evidence_with_differences_marked(run: RunResult) -> None:
    soup = _soup(run)
    claims = soup.select("article.claim")
    assert len(claims) == 5
    close = claims[1]
    claim_side, source_side = close.select_one("div.result").find_all("div", recursive=False)
    assert [d.get_text() for d in claim_side.find("blockquote").find_all("del")] == ["Kodashov", "would"]
    assert [i.get_text() for i in source_side.find("blockquote").find_all("ins")] == ["Kudashev", "will"]
    assert [li.get_text() for li in close.select("ul.differences li")] == [
        "name: Kodashov → Kudashev",
        "word: would → will",
    ]
    held = claims[4]
    assert [b.get_text() for b in held.select(".badge")] == ["not_found", "supported"]
    assert all("sev-ok" in b["class"] for b in held.select(".badge"))  # held by reference 3


def test_mark_helper_escapes_and_wraps() -> None:
    assert mark("a <b> c", ["<b>"], "ins") == 'a <ins dir="auto">&lt;b&gt;</ins> c'
    assert mark("x x", ["x", "x"], "del").count("<del") == 2
    assert mark("abc", ["zzz", ""], "del") == "abc"
    assert anchor("javascript:alert(1)").startswith("<span")


def test_parse_only_has_no_statuses_or_results(parsed_run: RunResult) -> None:
    soup = _soup(parsed_run, show_parse_only=True)
    assert len(soup.select("article.card")) == 5
    assert soup.select("article.card .badge") == []
    assert soup.select("div.result") == []
    assert "missing_reference" in soup.find(class_="findings").get_text()


def test_input_errors_escaped(run_with_input_error: RunResult) -> None:
    run = dataclasses.replace(run_with_input_error, input_errors=(f"reports/x.md: {HOSTILE}",))
    soup = _soup(run)
    assert soup.find("script") is None
    assert f"reports/x.md: {HOSTILE}" in soup.get_text()


def test_summary_and_findings_come_before_the_cards(run: RunResult) -> None:
    soup = _soup(run)
    body = [t for t in soup.find("body").find_all(True) if t.get("class")]
    first_card = next(i for i, t in enumerate(body) if "card" in t["class"])
    overview = soup.select_one("div.overview")
    assert overview is not None and body.index(overview) < first_card
    counts = [c.get_text() for c in overview.select(".count")]
    assert counts == ["3 errors", "4 warnings"]
    assert body.index(soup.select_one("ul.findings")) < first_card
    severities = [li["class"][0] for li in soup.select("ul.findings > li")]
    assert severities == sorted(severities, key=["f-error", "f-warning", "f-info"].index)


def test_reference_strip_and_findings_link_to_cards(run: RunResult) -> None:
    soup = _soup(run)
    chips = {a["href"]: a.find(class_="chip") for a in soup.select("ul.refstrip a")}
    assert set(chips) == {f"#r1-ref-{n}" for n in range(1, 6)}
    assert "st-error" in chips["#r1-ref-2"]["class"] and "st-ok" in chips["#r1-ref-1"]["class"]
    assert chips["#r1-ref-2"].get_text() == "2 not_found"
    assert "st-error" in _cards(soup)["2"]["class"]
    links = {li.find("code").get_text(): li.find("a", class_="goto") for li in soup.select(".findings li")}
    assert links["not_found"]["href"] == "#r1-ref-2"  # the link finding goes to the card
    assert links["mismatch"]["href"] == "#" + soup.select("article.claim")[3]["id"]
    assert links["missing_reference"] is None  # no entry 7, no claim on line 40


def test_candidate_needs_a_person_and_is_not_green(run: RunResult) -> None:
    claim = _soup(run).select("article.claim")[2]
    badge = claim.find(class_="badge")
    assert badge.get_text() == "candidate" and "verdict-candidate" in badge["class"]
    assert "sev-ok" not in badge["class"]
    assert "needs a person" in claim.find(class_="review").get_text()
    assert "needs-review" in claim.select_one("div.result")["class"]
    assert "st-review" in claim["class"]


def test_dates_and_rtl_urls_are_isolated(run: RunResult, report: ReportCheck) -> None:
    cell = _cards(_soup(run))["2"].find("table").find_all("tr")[2].find("td")
    assert [b.get_text() for b in cell.find_all("bdi")] == ["2023-09-29", "۷/۷/۱۴۰۲"]
    assert cell.get_text() == "2023-09-29 (۷/۷/۱۴۰۲, solar hijri)"
    url = "https://www.rfi.fr/fa/جهان/20230428-وزیر-دفاع"
    link = BeautifulSoup(anchor(url), "html.parser").find("a")
    assert link.get_text() == url and link["href"] == url
    assert [b.get_text() for b in link.find_all("bdi")] == ["جهان", "20230428-وزیر-دفاع"]
    assert BeautifulSoup(anchor("https://e.org/a/b"), "html.parser").find("bdi") is None


def test_quoted_rtl_text_in_findings_is_isolated(run: RunResult, report: ReportCheck) -> None:
    problem = dataclasses.replace(report.problems[0], message=f"a page title stands: '{FA} (rfi.fr)'")
    soup = _soup(RunResult((dataclasses.replace(report, problems=(problem,)),)))
    item = next(li for li in soup.select(".findings li") if "page title" in li.get_text())
    assert item.find("bdi").get_text() == f"{FA} (rfi.fr)"
    assert f"'{FA} (rfi.fr)'" in item.get_text()


def test_archive_link_and_no_repeated_http_status(run: RunResult) -> None:
    dead = _cards(_soup(run))["2"]
    archive = dead.find(class_="archive").find("a")
    assert "2023-09-30 00:00:00" in archive.get_text() and "web.archive.org" in archive.get_text()
    assert dead.find(class_="detail").get_text() == "failing since 2025-12-01 (3 checks)"


def test_empty_difference_side_and_missing_evidence_say_so(run: RunResult, report: ReportCheck) -> None:
    close = report.claims[1]
    result = dataclasses.replace(
        close.results[0], differences=(Difference(DifferenceKind.WORD, "would", ""),), evidence=None
    )
    claims = (dataclasses.replace(close, results=(result,)),)
    soup = _soup(RunResult((dataclasses.replace(report, claims=claims),)))
    block = soup.select_one("article.claim")
    assert [li.get_text() for li in block.select("ul.differences li")] == ["word: would → (nothing)"]
    assert block.select_one("div.evidence blockquote") is None
    assert "no passage" in block.select_one("div.evidence").get_text()


def test_print_and_narrow_stylesheets() -> None:
    assert "@media print" in CSS and "@media (max-width" in CSS
    assert "http" not in CSS.replace("http-equiv", "")  # nothing to fetch
