"""Soft 404 on short pages: a common phrase ("وجود ندارد", "not found") is an error message only when
it names a page or is nearly the whole sentence of an undated page, never a sentence of news."""

from __future__ import annotations

import datetime as dt

import pytest

from refcheck.extract.page import read_page
from refcheck.fetch import FetchOptions
from refcheck.fetch.classify import soft_404_reason
from refcheck.models import LinkStatus, Page

from .conftest import fetch
from .faultserver import FaultServer

DATED = dt.date(2024, 3, 28)
# A two-paragraph Dari news item: "…there is not enough drinking water in the camps".
DARI_BRIEF = (
    "کمبود آب در اردوگاه‌های عودت‌کنندگان\n"
    "روزانه بیش از ۲۵۰۰ تن از گذرگاه تورخم بازمی‌گردند.\n"
    "مسئولان می‌گویند که در اردوگاه‌ها آب آشامیدنی کافی وجود ندارد."
)


@pytest.mark.parametrize(
    "page",
    [
        Page(text=DARI_BRIEF, title="کمبود آب در اردوگاه‌ها | هشت صبح", published=DATED),
        Page(text=DARI_BRIEF, title="کمبود آب در اردوگاه‌ها | هشت صبح"),  # undated: still news
        Page(text="Kabul.\nThe missing hikers were not found until Friday, police said.", title="Search ends"),
        Page(text="د ولسوالۍ په روغتون کې درمل ونه موندل شول، ډاکټرانو وویل.", title="درمل نشته"),
        Page(text="قال المسؤولون إن الدواء غير موجود في مستشفيات الولاية حاليا.", title="نقص الدواء"),
        Page(text="آب وجود ندارد", title="آب آشامیدنی وجود ندارد | هشت صبح", published=DATED),
    ],
)
def test_short_news_with_a_common_phrase_is_not_soft_404(page: Page) -> None:
    assert soft_404_reason(page) is None


@pytest.mark.parametrize(
    ("page", "phrase"),
    [
        (Page(text="این مطلب وجود ندارد یا حذف شده است.\nصفحه اصلی", title="هشت صبح"), "وجود ندارد"),
        (Page(text="عذراً، هذا الرابط غير موجود.", title="الجزيرة", published=DATED), "غير موجود"),
        (Page(text="Sorry, not found.\nHome | Sport", title="The Daily"), "not found"),
        (Page(text="404 - Not Found", title="Tolo News", published=DATED), "404 not found"),
        (Page(text="دا لیکنه ونه موندل شوه", title="ازادي راډیو"), "ونه موندل شوه"),
    ],
)
def test_error_messages_on_short_pages_are_soft_404(page: Page, phrase: str) -> None:
    assert soft_404_reason(page) == f"page says “{phrase}”"


ARTICLE_HTML = f"""<html lang="fa"><head><meta charset="utf-8"><title>کمبود آب | هشت صبح</title>
<meta property="article:published_time" content="2024-03-28T07:00:00Z"></head><body>
<nav><a href="/">صفحه اصلی</a></nav><article><h1>کمبود آب</h1>
{"".join(f"<p>{line}</p>" for line in DARI_BRIEF.splitlines()[1:])}</article></body></html>""".encode()
ERROR_HTML = """<html lang="fa"><head><meta charset="utf-8"><title>هشت صبح</title></head><body>
<h1>صفحه‌ای که دنبال آن هستید وجود ندارد</h1><p>بازگشت به صفحه اصلی</p></body></html>""".encode()


async def test_read_with_the_real_extractor(server: FaultServer, options: FetchOptions) -> None:
    article = server.add("/short/fa-article", body=ARTICLE_HTML)
    error = server.add("/short/fa-error", body=ERROR_HTML)
    got = await fetch([article, error], options, read_page)
    assert got[article].link.status is LinkStatus.OK
    assert got[article].page is not None and "وجود ندارد" in got[article].page.text
    assert got[error].link.status is LinkStatus.SOFT_404
