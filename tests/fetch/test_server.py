"""Integration: a real server on 127.0.0.1 injects each fault; fetch_all must name it right."""

from __future__ import annotations

import tracemalloc

from refcheck.fetch import FetchOptions
from refcheck.models import LinkStatus

from .conftest import PageReader, fetch, tweak
from .faultserver import FaultServer

HTML = b"<html><head><title>An article</title></head><body><h1>An article</h1><p>Text.</p></body></html>"


async def test_ok_page_is_read(server: FaultServer, options: FetchOptions, reader: PageReader) -> None:
    url = server.add("/ok/page", body=HTML)
    fetched = (await fetch(url, options, reader))[url]
    assert fetched.link.status is LinkStatus.OK
    assert fetched.link.http_status == 200
    assert fetched.link.final_url == url and fetched.link.redirects == ()
    assert fetched.page is not None and fetched.page.title == "An article"
    assert fetched.link.checked_at is not None and fetched.link.checked_at.endswith("Z")
    assert reader.calls == [(HTML, "text/html; charset=utf-8", url)]
    seen = [s for s in server.seen if s.path == "/ok/page"][-1]
    assert seen.headers["user-agent"].startswith("refcheck/")


async def test_reset_is_connection_error_after_retries(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/reset/x", behavior="reset")
    link = (await fetch(url, options))[url].link
    assert link.status is LinkStatus.CONNECTION_ERROR
    assert "Error" in link.detail
    assert server.count("/reset/") == 3  # transient: retried up to attempts


async def test_refused_port_is_connection_error(options: FetchOptions) -> None:
    url = "http://127.0.0.1:9/nothing-listens"
    link = (await fetch(url, tweak(options, attempts=1)))[url].link
    assert link.status is LinkStatus.CONNECTION_ERROR
    assert link.detail.startswith("ConnectError")


async def test_stalled_body_is_timeout(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/stall/x", behavior="stall")
    link = (await fetch(url, tweak(options, timeout=0.3, attempts=2)))[url].link
    assert link.status is LinkStatus.TIMEOUT
    assert server.count("/stall/") == 2


async def test_no_headers_is_timeout(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/slowhead/x", behavior="slow_headers")
    link = (await fetch(url, tweak(options, timeout=0.3, attempts=1)))[url].link
    assert link.status is LinkStatus.TIMEOUT
    assert "Timeout" in link.detail


async def test_endless_body_is_too_large(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/huge/x", behavior="huge")
    link = (await fetch(url, tweak(options, max_bytes=200_000)))[url].link
    assert link.status is LinkStatus.TOO_LARGE
    assert server.count("/huge/") == 1  # not transient


async def test_gzip_bomb_is_too_large_in_bounded_memory(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/bomb/x", behavior="gzip_bomb")
    server.bomb()  # build it before measuring: its compressed bytes are the server's, not ours
    tracemalloc.start()
    try:
        link = (await fetch(url, tweak(options, max_bytes=1 << 20)))[url].link
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert link.status is LinkStatus.TOO_LARGE
    assert peak < 8 * 2**20, f"peak {peak} bytes for a 64 MiB bomb capped at 1 MiB"


async def test_rate_limit_with_retry_after_then_ok(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/rl/x", body=HTML, behavior="ratelimit:2", headers={"Retry-After": "0"})
    link = (await fetch(url, options))[url].link
    assert link.status is LinkStatus.OK
    assert server.count("/rl/") == 3


async def test_rate_limit_that_persists_is_blocked(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/rl2/x", body=HTML, behavior="ratelimit:9", headers={"Retry-After": "0"})
    link = (await fetch(url, options))[url].link
    assert (link.status, link.http_status, link.detail) == (LinkStatus.BLOCKED, 429, "HTTP 429")


async def test_flaky_503_then_ok(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/flaky/x", body=HTML, behavior="flaky:2")
    link = (await fetch(url, options))[url].link
    assert link.status is LinkStatus.OK
    assert server.count("/flaky/") == 3


async def test_503_that_persists_is_server_error(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/down/x", body=HTML, behavior="flaky:99")
    link = (await fetch(url, options))[url].link
    assert (link.status, link.http_status) == (LinkStatus.SERVER_ERROR, 503)
    assert server.count("/down/") == 3


async def test_404_and_410_are_not_found_without_retry(server: FaultServer, options: FetchOptions) -> None:
    gone = server.add("/gone/x", status=410, body=b"gone")
    missing = server.url("/missing/nothing-here")
    result = await fetch([gone, missing], options)
    assert [result[u].link.status for u in (gone, missing)] == [LinkStatus.NOT_FOUND] * 2
    assert result[gone].link.detail == "HTTP 410"
    assert server.count("/gone/") == 1 and server.count("/missing/") == 1


async def test_redirect_loop(server: FaultServer, options: FetchOptions) -> None:
    a = server.add("/loop/a", status=301, headers={"Location": "/loop/b"})
    server.add("/loop/b", status=302, headers={"Location": a})
    link = (await fetch(a, options))[a].link
    assert link.status is LinkStatus.SERVER_ERROR
    assert link.detail.startswith("redirect loop")
    assert [hop.http_status for hop in link.redirects] == [301, 302]


async def test_too_many_redirects(server: FaultServer, options: FetchOptions) -> None:
    for i in range(5):
        server.add(f"/many/{i}", status=302, headers={"Location": f"/many/{i + 1}"})
    url = server.url("/many/0")
    link = (await fetch(url, tweak(options, max_redirects=3)))[url].link
    assert (link.status, link.detail) == (LinkStatus.SERVER_ERROR, "more than 3 redirects")


async def test_permanent_chain_is_redirected(server: FaultServer, options: FetchOptions) -> None:
    server.add("/moved/old", status=301, headers={"Location": "/moved/older"})
    server.add("/moved/older", status=308, headers={"Location": "/moved/new"})
    new = server.add("/moved/new", body=HTML)
    url = server.url("/moved/old")
    fetched = (await fetch(url, options))[url]
    assert fetched.link.status is LinkStatus.REDIRECTED
    assert fetched.link.final_url == new
    assert [(h.url, h.http_status) for h in fetched.link.redirects] == [
        (url, 301),
        (server.url("/moved/older"), 308),
    ]
    assert fetched.page is not None


async def test_temporary_redirect_is_ok(server: FaultServer, options: FetchOptions) -> None:
    server.add("/temp/old", status=302, headers={"Location": "/temp/new"})
    new = server.add("/temp/new", body=HTML)
    url = server.url("/temp/old")
    link = (await fetch(url, options))[url].link
    assert (link.status, link.final_url) == (LinkStatus.OK, new)


async def test_article_redirected_to_home_is_soft_404(server: FaultServer, options: FetchOptions) -> None:
    server.add("/", body=HTML)
    url = server.add("/news/2021/10/article-123", status=301, headers={"Location": "/"})
    link = (await fetch(url, options))[url].link
    assert (link.status, link.detail) == (LinkStatus.SOFT_404, "redirected to site root")


async def test_challenge_is_blocked(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/cf/x", behavior="challenge")
    link = (await fetch(url, options))[url].link
    assert (link.status, link.http_status, link.detail) == (LinkStatus.BLOCKED, 403, "Cloudflare challenge")
    assert server.count("/cf/") == 1


async def test_challenge_markup_on_503_is_blocked_not_retried(
    server: FaultServer, options: FetchOptions
) -> None:
    page = b"<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
    url = server.add("/cf503/x", status=503, body=page, headers={"Server": "cloudflare"})
    link = (await fetch(url, options))[url].link
    assert link.status is LinkStatus.BLOCKED
    assert link.detail.startswith("Cloudflare challenge")
    assert server.count("/cf503/") == 1


SOFT_404_TITLES = {
    "en": "Page not found - The Daily",
    "fa": "صفحه مورد نظر یافت نشد",
    "prs": "خطای ۴۰۴",
    "ps": "پاڼه ونه موندل شوه",
    "ar": "الصفحة غير موجودة",
}


async def test_soft_404_in_four_languages(server: FaultServer, options: FetchOptions) -> None:
    urls = {}
    for lang, title in SOFT_404_TITLES.items():
        body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode()
        urls[lang] = server.add(f"/soft/{lang}", body=body)
    result = await fetch(list(urls.values()), options)
    for lang, url in urls.items():
        assert result[url].link.status is LinkStatus.SOFT_404, lang
        assert result[url].page is None


async def test_long_article_mentioning_not_found_is_ok(server: FaultServer, options: FetchOptions) -> None:
    prose = "The investigators said the documents were not found in the archive. " * 60
    body = f"<html><head><title>Missing papers</title></head><body><p>{prose}</p></body></html>".encode()
    url = server.add("/soft/long", body=body)
    assert (await fetch(url, options))[url].link.status is LinkStatus.OK


async def test_windows_1256_bytes_reach_read_page_intact(
    server: FaultServer, options: FetchOptions, reader: PageReader
) -> None:
    body = '<html><head><meta charset="windows-1256"><title>نشست فارمت مسکو</title></head></html>'.encode(
        "cp1256"
    )
    url = server.add("/cp1256/x", body=body, content_type="text/html")
    link = (await fetch(url, options, reader))[url].link
    assert link.status is LinkStatus.OK
    assert reader.calls[0][:2] == (body, "text/html")


async def test_pdf_is_accepted_and_images_are_unsupported(
    server: FaultServer, options: FetchOptions, reader: PageReader
) -> None:
    pdf = server.add("/types/report.pdf", body=b"%PDF-1.4 ...", content_type="application/pdf")
    png = server.add("/types/photo.png", body=b"\x89PNG....", content_type="image/png")
    result = await fetch([pdf, png], options, reader)
    assert result[pdf].link.status is LinkStatus.OK
    assert reader.calls[0][1] == "application/pdf"
    assert (result[png].link.status, result[png].link.detail) == (
        LinkStatus.UNSUPPORTED,
        "content type image/png",
    )
    assert len(reader.calls) == 1


async def test_persian_path_is_sent_percent_encoded(server: FaultServer, options: FetchOptions) -> None:
    server.add("/fa/جهان/مقاله", body=HTML)
    url = server.url("/fa/جهان/مقاله")
    link = (await fetch(url, options))[url].link
    assert link.status is LinkStatus.OK and link.final_url == url
    assert "/fa/%D8%AC%D9%87%D8%A7%D9%86/%D9%85%D9%82%D8%A7%D9%84%D9%87" in [s.path for s in server.seen]


async def test_idn_host_is_punycode_and_remapped(server: FaultServer, options: FetchOptions) -> None:
    server.add("/xn--e1afmkfd.xn--80akhbyknj4f/مقاله", body=HTML)
    url = "https://пример.испытание/مقاله"
    remap = (r"^https?://(.*)$", server.base + r"/\1")
    link = (await fetch(url, tweak(options, remaps=(remap,))))[url].link
    assert link.status is LinkStatus.OK
    assert "/xn--e1afmkfd.xn--80akhbyknj4f/%D9%85%D9%82%D8%A7%D9%84%D9%87" in [s.path for s in server.seen]


async def test_remap_applies_to_every_redirect_hop(server: FaultServer, options: FetchOptions) -> None:
    server.add("/site.example/old", status=301, headers={"Location": "https://site.example/new"})
    server.add("/site.example/new", body=HTML)
    url = "https://site.example/old"
    remap = (r"^https?://(.*)$", server.base + r"/\1")
    link = (await fetch(url, tweak(options, remaps=(remap,))))[url].link
    assert (link.status, link.final_url) == (LinkStatus.REDIRECTED, "https://site.example/new")


async def test_loopback_refused_by_default(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/private/x", body=HTML)
    link = (await fetch(url, tweak(options, allow_private=False)))[url].link
    assert link.status is LinkStatus.REFUSED
    assert "loopback" in link.detail
    assert server.count("/private/") == 0


async def test_redirect_to_metadata_refused_even_with_allow_private(
    server: FaultServer, options: FetchOptions
) -> None:
    url = server.add("/meta/x", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    link = (await fetch(url, options))[url].link
    assert link.status is LinkStatus.REFUSED
    assert "metadata" in link.detail
    assert link.redirects[0].url == url


async def test_unsupported_scheme(options: FetchOptions) -> None:
    result = await fetch(["ftp://example.org/file.txt", "mailto:someone@example.org"], options)
    assert {f.link.status for f in result.values()} == {LinkStatus.UNSUPPORTED}


async def test_each_url_fetched_once(server: FaultServer, options: FetchOptions) -> None:
    url = server.add("/once/x", body=HTML)
    result = await fetch([url, url, url], options)
    assert list(result) == [url]
    assert server.count("/once/") == 1


async def test_run_deadline_cuts_slow_links(server: FaultServer, options: FetchOptions) -> None:
    slow = server.add("/deadline/slow", behavior="slow_headers")
    fast = server.add("/deadline/fast", body=HTML)
    result = await fetch([slow, fast], tweak(options, timeout=5.0, deadline=1.5))
    assert (result[slow].link.status, result[slow].link.detail) == (LinkStatus.TIMEOUT, "run deadline")
    assert result[fast].link.status is LinkStatus.OK


class Recorder:
    def __init__(self) -> None:
        self.total = 0
        self.links: list[str] = []

    def started(self, total: int) -> None:
        self.total = total

    def finished(self, link) -> None:  # type: ignore[no-untyped-def]
        self.links.append(link.url)


async def test_observer_sees_every_link(server: FaultServer, options: FetchOptions) -> None:
    a, b = server.add("/obs/a", body=HTML), server.add("/obs/b", status=404)
    recorder = Recorder()
    await fetch([a, b, a], options, observer=recorder)
    assert recorder.total == 2 and sorted(recorder.links) == sorted([a, b])


async def test_per_host_and_global_limits(server: FaultServer, options: FetchOptions) -> None:
    urls = [server.add(f"/limits/{i}", body=HTML, behavior="slow:0.15") for i in range(8)]
    result = await fetch(urls, tweak(options, host_concurrency=2))
    assert {f.link.status for f in result.values()} == {LinkStatus.OK}
    assert server.peak["limits"] == 2  # two at a time on one host: parallel, and never more than the limit
    urls = [server.add(f"/limits1/{i}", body=HTML, behavior="slow:0.1") for i in range(4)]
    await fetch(urls, tweak(options, host_concurrency=4, max_concurrency=1))
    assert server.peak["limits1"] == 1  # max_concurrency=1: one request at a time, whatever the host limit
