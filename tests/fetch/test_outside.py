"""An outside tester's faults and pages: answers the fetcher was not written against.

A raw socket server on 127.0.0.1 (below) writes each answer byte by byte, so it can also send
what ``http.server`` cannot: truncated chunks, lying Content-Length, a trickle, raw UTF-8 in a
Location header, a non-HTTP greeting. Each test asserts what a careful link checker should say:
blocked is not dead, soft_404 only when the page says it is missing, a truncated body is not ok.
"""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from refcheck.fetch import FetchOptions
from refcheck.models import LinkStatus

from .conftest import PageReader, fetch, tweak

ARTICLE = (
    "<html><head><title>Talks in Doha resume</title></head><body><h1>Talks in Doha resume</h1>"
    + "<p>The delegations met again on Tuesday to discuss the prisoner exchange.</p>" * 20
    + "</body></html>"
).encode()


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # the raw request target
    headers: dict[str, str]
    hit: int  # how many times this path was asked for, this one included


Handler = Callable[[socket.socket, Request], None]


def answer(code: int, reason: str = "", headers: dict[str, str] | None = None, body: bytes = b"") -> Handler:
    """A complete, well-formed answer; ``headers`` may hold raw UTF-8 (sent as bytes)."""

    def handle(sock: socket.socket, _request: Request) -> None:
        head = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))}
        head.update(headers or {})
        sock.sendall(_head(code, reason, head) + body)

    return handle


def _head(code: int, reason: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {code} {reason or 'Status'}"] + [f"{k}: {v}" for k, v in headers.items()]
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


class RawServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RawHandler)
        self.routes: dict[str, Handler] = {}
        self.seen: list[Request] = []
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def add(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.base + path

    def count(self, prefix: str) -> int:
        with self.lock:
            return sum(1 for r in self.seen if r.target.startswith(prefix))

    def targets(self, prefix: str) -> list[str]:
        with self.lock:
            return [r.target for r in self.seen if r.target.startswith(prefix)]


class _RawHandler(socketserver.BaseRequestHandler):
    server: RawServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(5)
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                data += chunk
        except OSError:
            return
        lines = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        method, target, _ = [*lines[0].split(" ", 2), "", ""][:3]
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        path = target.split("?", 1)[0]
        with self.server.lock:
            self.server.hits[path] += 1
            request = Request(method, target, headers, self.server.hits[path])
            self.server.seen.append(request)
        handler = self.server.routes.get(path, answer(404, "Not Found", body=b"<title>404</title>"))
        try:
            handler(sock, request)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def raw() -> Iterator[RawServer]:
    server = RawServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.stopping.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def quick(options: FetchOptions) -> FetchOptions:
    return tweak(options, timeout=0.6, attempts=2, deadline=8.0, max_retry_after=0.3)


def page(title: str, body: str, head: str = "") -> bytes:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()


# --- 1. encodings the client did not ask for, or that lie ---------------------------------------------


async def test_brotli_body_not_asked_for_is_not_read_as_text(raw: RawServer, quick: FetchOptions) -> None:
    brotli_like = bytes([0x1B, 0x2A, 0x00, 0xF8, 0x8D, 0x94, 0x6E, 0xDE, 0x44, 0x00]) * 10
    url = raw.add("/br/x", answer(200, headers={"Content-Encoding": "br"}, body=brotli_like))
    reader = PageReader()
    link = (await fetch(url, quick, reader))[url].link
    asked = raw.targets("/br/") and [
        r.headers.get("accept-encoding", "") for r in raw.seen if r.target == "/br/x"
    ]
    assert "br" not in (asked or [""])[0]
    assert link.status is LinkStatus.UNSUPPORTED  # alive, but its bytes are not text: not ok, not dead
    assert "br" in link.detail
    assert reader.calls == []  # compressed bytes never reach read_page as if they were HTML


async def test_misnamed_and_stacked_encodings(raw: RawServer, quick: FetchOptions) -> None:
    charset = raw.add("/enc/utf8", answer(200, headers={"Content-Encoding": "UTF-8"}, body=ARTICLE))
    stacked = raw.add(
        "/enc/stack", answer(200, headers={"Content-Encoding": "gzip, br"}, body=b"\x1f\x8b...")
    )
    result = await fetch([charset, stacked], quick)
    assert result[charset].link.status is LinkStatus.OK  # a charset in the wrong header: not compressed
    assert result[stacked].link.status is LinkStatus.UNSUPPORTED


async def test_gzip_header_on_a_plain_body_is_read_leniently(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/fakegz/x", answer(200, headers={"Content-Encoding": "gzip"}, body=ARTICLE))
    reader = PageReader()
    link = (await fetch(url, quick, reader))[url].link
    assert link.status is LinkStatus.OK
    assert reader.calls[0][0] == ARTICLE


async def test_real_gzip_is_inflated(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/gz/x", answer(200, headers={"Content-Encoding": "gzip"}, body=gzip.compress(ARTICLE)))
    reader = PageReader()
    assert (await fetch(url, quick, reader))[url].link.status is LinkStatus.OK
    assert reader.calls[0][0] == ARTICLE


async def test_wrong_charset_bytes_reach_reader_intact(raw: RawServer, quick: FetchOptions) -> None:
    text = "مذاکرات صلح در دوحه ادامه دارد. ".replace("ی", "ي")  # cp1256 has the Arabic yeh only
    body = page("خبرگزاري", "<p>" + text * 30 + "</p>").decode().encode("cp1256")
    url = raw.add("/charset/x", answer(200, body=body))  # header says utf-8; bytes are windows-1256
    reader = PageReader()
    assert (await fetch(url, quick, reader))[url].link.status is LinkStatus.OK
    assert reader.calls[0][0] == body


# --- 2. methods and odd codes ------------------------------------------------------------------------


def head_or_get(head: Handler, get: Handler) -> Handler:
    return lambda sock, request: (head if request.method == "HEAD" else get)(sock, request)


async def test_head_refused_get_works_is_ok(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/head405/x", head_or_get(answer(405, "Method Not Allowed"), answer(200, body=ARTICLE)))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.OK


async def test_get_refused_is_blocked_not_dead(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/get405/x", head_or_get(answer(200), answer(405, "Method Not Allowed", body=b"no")))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.BLOCKED


async def test_501_is_server_error_without_retry(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/501/x", answer(501, "Not Implemented", body=b"nope"))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.SERVER_ERROR
    assert raw.count("/501/") == 1


async def test_linkedin_999_is_blocked(raw: RawServer, quick: FetchOptions) -> None:
    body = b"<html><head><script>window.onload=function(){}</script></head></html>"
    url = raw.add("/999/in/someone", answer(999, "Request denied", body=body))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.BLOCKED
    assert raw.count("/999/") == 1


async def test_451_is_blocked(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/451/x", answer(451, "Unavailable For Legal Reasons", body=page("Blocked", "By order")))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.BLOCKED


async def test_empty_200_is_ok_not_soft_404(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/empty/x", answer(200))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.OK  # says nothing about being missing


# --- 3. error pages served as 200 -------------------------------------------------------------------

SOFT_BODIES = {
    "couldnt": ("The Daily Star", "<h1>Sorry, we couldn't find that page</h1><p>Try the search box.</p>"),
    "doesnt": ("Ariana News", "<h1>This page doesn't exist</h1><p>Go back home.</p>"),
    "fa": ("ایران اینترنشنال", "<h1>صفحه‌ای که دنبال آن هستید وجود ندارد</h1><p>بازگشت</p>"),
    "ps": ("ازادي راډیو", "<h1>دا پاڼه نشته</h1><p>کور ته ستانه شئ</p>"),
    "ar": ("الجزيرة نت", "<h1>عذراً، الصفحة المطلوبة غير موجودة</h1><p>العودة</p>"),
    "h1-404": ("Tolo News", "<h1>404 - Not Found</h1><p>Home | Politics | Sport</p>"),
}


async def test_soft_404_phrasings_in_the_headline(raw: RawServer, quick: FetchOptions) -> None:
    urls = {k: raw.add(f"/soft/{k}", answer(200, body=page(t, b))) for k, (t, b) in SOFT_BODIES.items()}
    result = await fetch(list(urls.values()), quick)
    got = {k: result[u].link.status for k, u in urls.items()}
    assert got == dict.fromkeys(urls, LinkStatus.SOFT_404)


async def test_meta_refresh_to_an_error_page_is_dead(raw: RawServer, quick: FetchOptions) -> None:
    stub = page("Redirecting", "", '<meta http-equiv="refresh" content="0; url=/404">')
    url = raw.add("/meta/old-article", answer(200, body=stub))
    link = (await fetch(url, quick))[url].link
    assert link.status is LinkStatus.NOT_FOUND
    assert link.final_url == raw.base + "/404"


async def test_meta_refresh_to_an_article_is_followed(raw: RawServer, quick: FetchOptions) -> None:
    stub = page("", "", "<META HTTP-EQUIV='Refresh' CONTENT='0;URL=../new-article'>")
    url = raw.add("/meta2/old/x", answer(200, body=stub))
    target = raw.add("/meta2/new-article", answer(200, body=ARTICLE))
    link = (await fetch(url, quick))[url].link
    assert (link.status, link.final_url) == (LinkStatus.OK, target)  # like a temporary redirect


async def test_meta_refresh_to_the_home_page_is_soft_404(raw: RawServer, quick: FetchOptions) -> None:
    stub = page("Moved", "", '<meta http-equiv="refresh" content="2;URL=\'/\'">')
    raw.add("/", answer(200, body=page("Front page", "<p>News</p>")))
    url = raw.add("/metahome/2020/05/article", answer(200, body=stub))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.SOFT_404


async def test_challenge_stub_with_location_script_stays_blocked(raw: RawServer, quick: FetchOptions) -> None:
    stub = page("Just a moment...", '<script>window.location.href = "/cdn-cgi/l/chk_jschl?x=1";</script>')
    url = raw.add("/cfjs/x", answer(200, headers={"Server": "cloudflare"}, body=stub))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.BLOCKED
    assert raw.count("/cdn-cgi/") == 0


async def test_self_refresh_and_noscript_refresh_are_not_redirects(
    raw: RawServer, quick: FetchOptions
) -> None:
    reload = ARTICLE.replace(b"</head>", b'<meta http-equiv="refresh" content="300"></head>')
    nojs = ARTICLE.replace(
        b"<body>", b'<body><noscript><meta http-equiv="refresh" content="0; url=/nojs"></noscript>'
    )
    urls = [
        raw.add("/meta3/reload", answer(200, body=reload)),
        raw.add("/meta3/nojs", answer(200, body=nojs)),
    ]
    result = await fetch(urls, quick)
    assert [(result[u].link.status, result[u].link.final_url) for u in urls] == [
        (LinkStatus.OK, u) for u in urls
    ]
    assert raw.count("/meta3/") == 2 and raw.count("/nojs") == 0


async def test_js_redirect_to_an_error_page_is_dead(raw: RawServer, quick: FetchOptions) -> None:
    stub = page("", '<script>window.location.href = "/js/not-found";</script>')
    url = raw.add("/js/old", answer(200, body=stub))
    raw.add("/js/not-found", answer(404, "Not Found", body=page("Not found", "gone")))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.NOT_FOUND


async def test_login_redirect_is_blocked(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add(
        "/wall/post/123", answer(302, "Found", {"Location": "/accounts/login/?next=/wall/post/123"})
    )
    form = '<h1>Log in</h1><form><input name="username"><input type="password" name="password"></form>'
    raw.add("/accounts/login/", answer(200, body=page("Log in • Instagram", form)))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.BLOCKED


async def test_paywalled_article_is_ok(raw: RawServer, quick: FetchOptions) -> None:
    body = page(
        "Talks in Doha resume - The Times",
        "<h1>Talks in Doha resume</h1><p>The delegations met again on Tuesday.</p>"
        "<div class='paywall'><h2>Subscribe to continue reading</h2><p>Already a subscriber? Log in</p></div>",
    )
    url = raw.add("/paywall/x", answer(200, body=body))
    assert (await fetch(url, quick))[url].link.status is LinkStatus.OK


# --- 4. bot walls ---------------------------------------------------------------------------------


async def test_bot_walls_are_blocked_and_not_retried(raw: RawServer, quick: FetchOptions) -> None:
    cf_chl = page(
        "Please Wait... | Cloudflare",
        "<noscript>Enable JavaScript and cookies to continue</noscript>"
        "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=1'></script>",
    )
    walls = {
        "cf-attention": answer(
            403, headers={"Server": "cloudflare"}, body=page("Attention Required! | Cloudflare", "")
        ),
        "cf-chl-503": answer(503, headers={"Server": "cloudflare"}, body=cf_chl),
        "incapsula-200": answer(
            200,
            body=b'<html><head><META NAME="robots" CONTENT="noindex,nofollow"></head><body>'
            b'<iframe src="/_Incapsula_Resource?SWUDNSAI=31&xinfo=1" frameborder=0>'
            b"Request unsuccessful. Incapsula incident ID: 1234</iframe></body></html>",
        ),
        "datadome": answer(
            403,
            headers={"X-DataDome": "protected", "Server": "DataDome"},
            body=b"<html><script src='https://ct.captcha-delivery.com/c.js'></script></html>",
        ),
        "akamai": answer(
            403,
            headers={"Server": "AkamaiGHost"},
            body=page("Access Denied", "You don't have permission to access this server. Reference #18.1"),
        ),
        "awswaf-202": answer(202, headers={"x-amzn-waf-action": "challenge"}),
    }
    urls = {name: raw.add(f"/wall/{name}", handler) for name, handler in walls.items()}
    result = await fetch(list(urls.values()), quick)
    assert {k: result[u].link.status for k, u in urls.items()} == dict.fromkeys(urls, LinkStatus.BLOCKED)
    assert raw.count("/wall/cf-chl-503") == 1


# --- 5. redirects ---------------------------------------------------------------------------------

REMAP = (r"^https?://([^/]+)/(.*)$", r"BASE/\1/\2")


def remapped(raw: RawServer, options: FetchOptions) -> FetchOptions:
    return tweak(options, remaps=((REMAP[0], REMAP[1].replace("BASE", raw.base)),))


async def test_downgrade_to_http_is_redirected(raw: RawServer, quick: FetchOptions) -> None:
    raw.add("/down.example/a", answer(301, headers={"Location": "http://down.example/a-new"}))
    raw.add("/down.example/a-new", answer(200, body=ARTICLE))
    url = "https://down.example/a"
    link = (await fetch(url, remapped(raw, quick)))[url].link
    assert (link.status, link.final_url) == (LinkStatus.REDIRECTED, "http://down.example/a-new")


async def test_relative_and_unicode_locations(raw: RawServer, quick: FetchOptions) -> None:
    rel = raw.add("/rel/a/b/old", answer(301, headers={"Location": "../new?x=1"}))
    raw.add("/rel/a/new", answer(200, body=ARTICLE))
    uni = raw.add("/uni/old", answer(301, headers={"Location": "/uni/new page/مقاله"}))
    raw.add("/uni/new%20page/%D9%85%D9%82%D8%A7%D9%84%D9%87", answer(200, body=ARTICLE))
    result = await fetch([rel, uni], quick)
    assert (result[rel].link.status, result[rel].link.final_url) == (
        LinkStatus.REDIRECTED,
        raw.base + "/rel/a/new?x=1",
    )
    assert result[uni].link.status is LinkStatus.REDIRECTED
    assert "/uni/new%20page/%D9%85%D9%82%D8%A7%D9%84%D9%87" in raw.targets("/uni/")


async def test_mixed_chain_is_ok_and_records_hops(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/mix/1", answer(301, headers={"Location": "/mix/2"}))
    raw.add("/mix/2", answer(302, headers={"Location": "/mix/3"}))
    raw.add("/mix/3", answer(200, body=ARTICLE))
    link = (await fetch(url, quick))[url].link
    assert (link.status, link.final_url) == (LinkStatus.OK, raw.base + "/mix/3")
    assert [hop.http_status for hop in link.redirects] == [301, 302]


async def test_article_to_other_domains_home_is_soft_404(raw: RawServer, quick: FetchOptions) -> None:
    raw.add("/old.example/2021/10/story-1", answer(301, headers={"Location": "https://buyer.example/"}))
    raw.add("/buyer.example/", answer(200, body=page("Buyer", "<p>Welcome</p>")))
    url = "https://old.example/2021/10/story-1"
    assert (await fetch(url, remapped(raw, quick)))[url].link.status is LinkStatus.SOFT_404


async def test_odd_locations(raw: RawServer, quick: FetchOptions) -> None:
    odd = {
        name: raw.add(f"/loc/{name}", answer(302, headers={"Location": location}))
        for name, location in {
            "js": "javascript:alert(1)",
            "mailto": "mailto:desk@news.example",
            "badport": "http://[::1",
        }.items()
    }
    empty = raw.add("/loc/empty", answer(302, headers={"Location": ""}))
    result = await fetch([*odd.values(), empty], quick)  # an exception here would end the whole run
    assert {k: result[u].link.status for k, u in odd.items()} == dict.fromkeys(odd, LinkStatus.UNSUPPORTED)
    assert raw.count("/loc/badport") == 1  # a bad Location is the answer, not a fault to retry
    assert result[empty].link.status is LinkStatus.SERVER_ERROR


# --- 6. rate limits ---------------------------------------------------------------------------------


def limited(times: int, retry_after: str | None) -> Handler:
    def handle(sock: socket.socket, request: Request) -> None:
        extra = {"Retry-After": retry_after} if retry_after is not None else {}
        ans = (
            answer(429, "Too Many Requests", extra, b"slow down")
            if request.hit <= times
            else answer(200, body=ARTICLE)
        )
        ans(sock, request)

    return handle


async def test_rate_limits(raw: RawServer, quick: FetchOptions) -> None:
    soon = email.utils.formatdate(time.time() + 1, usegmt=True)
    urls = {
        "no-header": raw.add("/rl/no-header", limited(99, None)),
        "date": raw.add("/rl/date", limited(1, soon)),
        "huge": raw.add("/rl/huge", limited(1, "86400")),
    }
    # a run deadline far below a day: had the day-long Retry-After been honoured, "huge" would end as
    # timeout ("run deadline"), not ok
    result = await fetch(list(urls.values()), tweak(quick, max_retry_after=1.5, deadline=8))
    assert result[urls["no-header"]].link.status is LinkStatus.BLOCKED
    assert result[urls["date"]].link.status is LinkStatus.OK
    assert result[urls["huge"]].link.status is LinkStatus.OK  # waited max_retry_after, not a day


# --- 7. broken bodies ------------------------------------------------------------------------------


def truncated_chunked(sock: socket.socket, _request: Request) -> None:
    head = _head(200, "OK", {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    sock.sendall(head + b"400\r\n" + b"<p>" + b"x" * 200)  # promises 1024 bytes, sends 203, hangs up


def short_body(sock: socket.socket, _request: Request) -> None:
    sock.sendall(_head(200, "OK", {"Content-Type": "text/html", "Content-Length": "5000"}) + ARTICLE[:300])


def trickle(sock: socket.socket, _request: Request) -> None:
    sock.sendall(_head(200, "OK", {"Content-Type": "text/html", "Content-Length": "100000"}))
    server_stop = time.monotonic() + 6
    while time.monotonic() < server_stop:
        sock.sendall(b"x")
        time.sleep(0.1)


def http10_until_close(sock: socket.socket, _request: Request) -> None:
    sock.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + ARTICLE)


def not_http(sock: socket.socket, _request: Request) -> None:
    sock.sendall(b"SSH-2.0-OpenSSH_8.9p1 Ubuntu-3\r\n")


async def test_truncated_bodies_are_not_ok(raw: RawServer, quick: FetchOptions) -> None:
    chunked = raw.add("/trunc/chunked", truncated_chunked)
    short = raw.add("/trunc/short", short_body)
    result = await fetch([chunked, short], quick)
    assert result[chunked].link.status is LinkStatus.CONNECTION_ERROR
    assert result[short].link.status is LinkStatus.CONNECTION_ERROR


async def test_trickle_hits_the_timeout(raw: RawServer, quick: FetchOptions) -> None:
    url = raw.add("/trickle/x", trickle)
    link = (await fetch(url, tweak(quick, attempts=1, timeout=0.5, deadline=10)))[url].link
    assert link.status is LinkStatus.TIMEOUT
    assert link.detail != "run deadline"  # the request's own timeout cut the trickle, not the run's


async def test_http10_and_not_http(raw: RawServer, quick: FetchOptions) -> None:
    ok = raw.add("/proto/http10", http10_until_close)
    ssh = raw.add("/proto/ssh", not_http)
    result = await fetch([ok, ssh], quick)
    assert result[ok].link.status is LinkStatus.OK
    assert result[ssh].link.status is LinkStatus.CONNECTION_ERROR


async def test_readable_content_types(raw: RawServer, quick: FetchOptions) -> None:
    kinds = {
        "xhtml": ("application/xhtml+xml", ARTICLE, LinkStatus.OK),
        "plain": ("text/plain; charset=utf-8", b"Full text of the report. " * 40, LinkStatus.OK),
        "pdf-as-octets": ("application/octet-stream", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj", LinkStatus.OK),
        "zip": ("application/octet-stream", b"PK\x03\x04" + bytes(40), LinkStatus.UNSUPPORTED),
        "png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(40), LinkStatus.UNSUPPORTED),
    }
    urls = {
        k: raw.add(f"/types/{k}", answer(200, headers={"Content-Type": c}, body=b))
        for k, (c, b, _) in kinds.items()
    }
    result = await fetch(list(urls.values()), quick)
    assert {k: result[u].link.status for k, u in urls.items()} == {k: v[2] for k, v in kinds.items()}


# --- 8. URL forms ---------------------------------------------------------------------------------


async def test_fragment_is_not_sent_and_query_is_encoded(raw: RawServer, quick: FetchOptions) -> None:
    raw.add("/forms/a", answer(200, body=ARTICLE))
    frag = raw.base + "/forms/a#section-2"
    query = raw.base + "/forms/a?q=صلح افغانستان&page=2"
    result = await fetch([frag, query], quick)
    assert {f.link.status for f in result.values()} == {LinkStatus.OK}
    targets = raw.targets("/forms/a")
    assert "/forms/a" in targets and all("#" not in t and " " not in t for t in targets)
    assert (
        "/forms/a?q=%D8%B5%D9%84%D8%AD%20%D8%A7%D9%81%D8%BA%D8%A7%D9%86%D8%B3%D8%AA%D8%A7%D9%86&page=2"
        in targets
    )


async def test_userinfo_url_reaches_the_right_host(raw: RawServer, quick: FetchOptions) -> None:
    raw.add("/auth/x", answer(200, body=ARTICLE))
    url = raw.base.replace("http://", "http://user:pa%20ss@") + "/auth/x"
    assert (await fetch(url, quick))[url].link.status is LinkStatus.OK
    assert raw.count("/auth/") == 1


LOOPBACK_FORMS = [
    "http://[::1]:{port}/x",
    "http://[::ffff:127.0.0.1]:{port}/x",
    "http://2130706433:{port}/x",
    "http://0177.0.0.1:{port}/x",
    "http://0x7f.0.0.1:{port}/x",
    "http://127.1:{port}/x",
    "http://0.0.0.0:{port}/x",
    "http://localhost:{port}/x",
]


async def test_loopback_in_disguise_is_refused(raw: RawServer, quick: FetchOptions) -> None:
    port = raw.server_address[1]
    raw.add("/x", answer(200, body=ARTICLE))
    urls = [form.format(port=port) for form in LOOPBACK_FORMS]
    result = await fetch(urls, tweak(quick, allow_private=False))
    assert {u: result[u].link.status for u in urls} == dict.fromkeys(urls, LinkStatus.REFUSED)
    assert raw.count("/x") == 0


async def test_name_for_loopback_is_allowed_with_allow_private(raw: RawServer, quick: FetchOptions) -> None:
    raw.add("/named/x", answer(200, body=ARTICLE))
    url = f"http://localhost:{raw.server_address[1]}/named/x"
    assert (await fetch(url, quick))[url].link.status is LinkStatus.OK
