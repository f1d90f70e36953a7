"""Pure rules: the status mapping, content classification, URL forms, address safety, inflating."""

from __future__ import annotations

import asyncio
import gzip
import zlib

import httpx
import pytest

from refcheck.errors import ConfigError
from refcheck.fetch import FetchOptions
from refcheck.fetch.body import Inflater, TooLarge
from refcheck.fetch.classify import challenge_reason, is_readable_type, soft_404_reason
from refcheck.fetch.client import HostGate
from refcheck.fetch.retry import is_transient
from refcheck.fetch.safety import DnsFailure, check_target, unsafe_reason
from refcheck.fetch.status import Failure, Outcome, decide
from refcheck.fetch.urls import apply_remaps, ascii_url, is_home_redirect
from refcheck.models import LinkStatus, Page, Redirect

from .conftest import fetch, tweak

URL = "https://news.example/2021/10/article"
ARTICLE = Page(text="A long article. " * 200, title="Russia and the Taliban")


def answer(code: int, **fields: object) -> Outcome:
    fields.setdefault("content_type", "text/html")
    return Outcome(URL, URL, http_status=code, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("outcome", "page", "status", "detail"),
    [
        (answer(200), ARTICLE, LinkStatus.OK, "HTTP 200"),
        (answer(404), None, LinkStatus.NOT_FOUND, "HTTP 404"),
        (answer(410), None, LinkStatus.NOT_FOUND, "HTTP 410"),
        (answer(429), None, LinkStatus.BLOCKED, "HTTP 429"),
        (answer(999), None, LinkStatus.BLOCKED, "HTTP 999"),
        (answer(502), None, LinkStatus.SERVER_ERROR, "HTTP 502"),
        (
            answer(200, content_type="application/zip"),
            None,
            LinkStatus.UNSUPPORTED,
            "content type application/zip",
        ),
        (
            answer(200, headers={"cf-mitigated": "challenge"}),
            None,
            LinkStatus.BLOCKED,
            "Cloudflare challenge",
        ),
        (Outcome(URL, failure=Failure.REFUSED, detail="loopback"), None, LinkStatus.REFUSED, "loopback"),
        (Outcome(URL, failure=Failure.TOO_LARGE), None, LinkStatus.TOO_LARGE, "too large"),
        (
            Outcome(URL, failure=Failure.ERROR, error=DnsFailure("x: no")),
            None,
            LinkStatus.DNS_ERROR,
            "DnsFailure: x: no",
        ),
    ],
)
def test_decide(outcome: Outcome, page: Page | None, status: LinkStatus, detail: str) -> None:
    assert decide(outcome, page) == (status, detail)


def test_decide_redirects() -> None:
    moved = Outcome(URL, "https://new.example/a", (Redirect(URL, 301), Redirect("https://x", 308)), 200)
    assert decide(moved, ARTICLE) == (LinkStatus.REDIRECTED, "moved permanently to https://new.example/a")
    mixed = Outcome(URL, "https://new.example/a", (Redirect(URL, 301), Redirect("https://x", 302)), 200)
    assert decide(mixed, ARTICLE)[0] is LinkStatus.OK
    home = Outcome(URL, "https://news.example/", (Redirect(URL, 301),), 200)
    assert decide(home, ARTICLE) == (LinkStatus.SOFT_404, "redirected to site root")
    error_page = Page(text="Sorry", title="Page not found")
    assert decide(answer(200), error_page)[0] is LinkStatus.SOFT_404


@pytest.mark.parametrize(
    "page",
    [
        Page(text="Sorry, we could not find it.", title="Page Not Found | The Daily"),
        Page(text="صفحه مورد نظر یافت نشد. به صفحه اصلی بروید.", title="بی بی سی فارسی"),
        Page(text="خطای ۴۰۴ - صفحه‌ای که به دنبال آن هستید وجود ندارد", title=None),
        Page(text="پاڼه ونه موندل شوه", title="ازادي راډیو"),
        Page(text="عذرا", title="الصفحة غير موجودة - الجزيرة نت"),
        Page(text="Nothing", title="404"),
        Page(text="The page you requested is gone. " + "Menu item. " * 400, title="Daily News"),
    ],
)
def test_soft_404_pages(page: Page) -> None:
    assert soft_404_reason(page)


@pytest.mark.parametrize(
    "page",
    [
        ARTICLE,
        Page(text="The bodies were not found until Friday. " * 80, title="Flood in Kunar"),
        Page(
            text="The report says the weapons were not found. " * 80,
            title="Weapons not found, UN report says",
        ),
        Page(text="قرارداد " * 400 + "یافت نشد", title="مذاکرات دوحه"),
    ],
)
def test_articles_are_not_soft_404(page: Page) -> None:
    assert soft_404_reason(page) is None


def test_challenges() -> None:
    assert challenge_reason({"cf-mitigated": "challenge"}, b"") == "Cloudflare challenge"
    page = b"<html><title>Attention Required! | Cloudflare</title></html>"
    assert (
        challenge_reason({"server": "cloudflare"}, page)
        == "Cloudflare challenge: Attention Required! | Cloudflare"
    )
    captcha = b"<html><title>Hmm</title><div class='g-recaptcha' data-sitekey='x'></div></html>"
    assert challenge_reason({}, captcha) == "bot challenge (g-recaptcha)"
    assert challenge_reason({"server": "cloudflare"}, b"<html><title>News</title><p>text</p></html>") is None


def test_readable_types() -> None:
    for ctype in ("text/html; charset=utf-8", "application/xhtml+xml", "application/pdf", "text/plain", None):
        assert is_readable_type(ctype)
    assert is_readable_type("application/octet-stream", b"%PDF-1.7")
    assert not is_readable_type("application/octet-stream", b"PK\x03\x04")
    assert not is_readable_type("image/jpeg")


def test_ascii_url_and_remaps() -> None:
    assert ascii_url("https://пример.испытание/مقاله#part") == (
        "https://xn--e1afmkfd.xn--80akhbyknj4f/%D9%85%D9%82%D8%A7%D9%84%D9%87"
    )
    assert ascii_url("https://aa.com.tr/fa/%D8%AC") == "https://aa.com.tr/fa/%D8%AC"
    remaps = ((r"^https?://(.*)$", r"http://127.0.0.1:8/\1"), (r":8/www\.", ":8/"))
    assert apply_remaps("https://www.tass.com/a", remaps) == "http://127.0.0.1:8/tass.com/a"


def test_home_redirect_rule() -> None:
    assert is_home_redirect("https://a.example/news/1", "https://a.example/")
    assert is_home_redirect("https://a.example/news/1", "https://a.example/fa/")
    assert not is_home_redirect("https://a.example/", "https://www.a.example/")
    assert not is_home_redirect("https://a.example/news/1", "https://a.example/news/2")


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.8", "private"),
        ("192.168.1.1", "private"),
        ("169.254.1.1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("fd12::1", "private"),
        ("fe80::1%eth0", "link-local"),
    ],
)
def test_unsafe_addresses(address: str, kind: str) -> None:
    reason = unsafe_reason(address, allow_private=False)
    assert reason is not None and reason.startswith(kind)
    assert unsafe_reason(address, allow_private=True) is None


def test_metadata_is_always_unsafe_and_public_is_safe() -> None:
    for address in ("169.254.169.254", "fd00:ec2::254"):
        assert "metadata" in (unsafe_reason(address, allow_private=True) or "")
    assert unsafe_reason("93.184.216.34", allow_private=False) is None


async def test_check_target_resolves_names() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return {"good.example": ["93.184.216.34"], "sneaky.example": ["93.184.216.34", "127.0.0.2"]}[host]

    assert await check_target("https://good.example/x", False, resolve) is None
    assert await check_target("https://sneaky.example/x", False, resolve) == "loopback address 127.0.0.2"
    assert await check_target("http://[::1]:8080/", False, resolve) == "loopback address ::1"


def test_retry_predicate() -> None:
    assert is_transient(httpx.ConnectError("[Errno 111] Connection refused"))
    assert is_transient(httpx.ReadTimeout("slow"))
    assert is_transient(TimeoutError())
    assert not is_transient(httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] bad"))
    assert not is_transient(DnsFailure("nope"))
    assert not is_transient(TooLarge())


def test_inflater_caps_a_bomb_and_reads_members_and_raw_deflate() -> None:
    bomb = gzip.compress(bytes(50 * 2**20), compresslevel=9)
    inflater = Inflater("gzip", limit=2**20)
    with pytest.raises(TooLarge):
        for start in range(0, len(bomb), 16384):
            out = inflater.feed(bomb[start : start + 16384])
            assert len(out) <= 2**20 + 1
    assert Inflater("gzip", 100).feed(gzip.compress(b"ab") + gzip.compress(b"cd")) == b"abcd"
    raw = zlib.compressobj(wbits=-15)
    assert Inflater("deflate", 100).feed(raw.compress(b"hello") + raw.flush()) == b"hello"
    assert Inflater("deflate", 100).feed(zlib.compress(b"hello")) == b"hello"
    assert Inflater("identity", 100).feed(b"x" * 100) == b"x" * 100
    with pytest.raises(TooLarge):
        Inflater("", 100).feed(b"x" * 101)


async def test_bad_remap_is_a_config_error(options: FetchOptions) -> None:
    with pytest.raises(ConfigError, match="bad --remap pattern"):
        await fetch("https://news.example/a", tweak(options, remaps=(("(unclosed", "x"),)))


async def test_host_gate_holds_a_host_that_asked_to_wait() -> None:
    gate = HostGate(total=4, per_host=2, interval=0.0)
    gate.hold("a.example:443", 30.0)
    assert gate._next_start["a.example:443"] - asyncio.get_running_loop().time() > 29.0
    gate.hold("a.example:443", 1.0)  # a shorter request never shortens a pause already promised
    assert gate._next_start["a.example:443"] - asyncio.get_running_loop().time() > 29.0
    async with gate.slot("b.example:443"):  # other hosts are not held
        pass
