"""The HTML output: self-contained, escaped, right-to-left aware; read back with html.parser (bs4)."""

from __future__ import annotations

import dataclasses

from bs4 import BeautifulSoup, NavigableString, Tag

from refcheck.models import LinkCheck, LinkStatus, ReferenceCheck, ReportCheck, RunResult
from refcheck.report import render
from refcheck.report.html import anchor, mark

HOSTILE = "<script>alert('x')</script>"


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
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
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
