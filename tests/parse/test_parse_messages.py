"""Reference-list messages: text as written in typographic quotes (trial finding 7); the 7-day slack of
future_date is in its message (trial finding 9)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from refcheck.models import Document, ProblemCode
from refcheck.parse.document import parse_document
from refcheck.parse.formats import read_report

REPORT = """# گزارش هفته‌وار

گزارش ۱ حمل ۱۴۰۳

سازمان‌ها کمک‌ها را متوقف کردند.¹ دفترها بسته شد.² کار ادامه دارد.³ گزارش تازه منتشر شد.⁴ یک هفته بعد.⁵

## منابع

۱. رادیو نمونه، «سازمان‌های کمک‌رسان»، تاریخ نشر: ۴۵ حمل‌های ۱۴۰۳، لینک: https://radio.example/a/1
۲. رادیو نمونه، «دفترها»، [radio.example](#)
۳. رادیو نمونه، «ادامه کار»، لینک دسترسی: صفحه‌ی خبر سازمان‌ها
۴. Sample Wire, "A report", 27 March 2024, https://wire.example/report
۵. Sample Wire, "A week later", 28 March 2024, https://wire.example/week
"""


def parse(tmp_path: Path) -> Document:
    path = tmp_path / "weekly.md"
    path.write_text(REPORT, encoding="utf-8")
    return parse_document(read_report(path), "weekly.md", today=dt.date(2026, 1, 1))


def messages(document: Document) -> dict[tuple[str, int | None], str]:
    return {(problem.code.value, problem.reference): problem.message for problem in document.problems}


def test_messages_keep_zwnj_and_use_typographic_quotes(tmp_path: Path) -> None:
    document = parse(tmp_path)
    found = messages(document)
    assert found[("unreadable_date", 1)] == "the date “۴۵ حمل‌های ۱۴۰۳” cannot be read in any calendar"
    assert found[("placeholder_url", 2)] == "the link is a placeholder (“#”)"
    assert found[("title_only", 3)] == "a page title stands where the link belongs: “صفحه‌ی خبر سازمان‌ها”"
    shown = "\n".join(problem.message for problem in document.problems)
    assert "\\u200c" not in shown and not re.search(r"'[^'\n]*'", shown)


def test_future_date_names_its_seven_days_of_slack(tmp_path: Path) -> None:
    document = parse(tmp_path)
    assert document.date == dt.date(2024, 3, 20)
    future = [p for p in document.problems if p.code is ProblemCode.FUTURE_DATE]
    assert [p.reference for p in future] == [5]  # 4 is seven days after the report: within the slack
    assert future[0].message == (
        "the date “28 March 2024” (2024-03-28) is more than 7 days after the report's own date (2024-03-20)"
    )
