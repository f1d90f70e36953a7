"""Unit tests of the fetch path with pytest-httpx: retries, Retry-After, errors and hop safety."""

from __future__ import annotations

import datetime as dt
import email.utils
import time

import httpx
import pytest
from pytest_httpx import HTTPXMock
from tenacity import RetryCallState, wait_none

from refcheck.fetch import FetchOptions, client
from refcheck.fetch.retry import TransientStatus, parse_retry_after, wait_retry_after
from refcheck.fetch.safety import DnsFailure
from refcheck.models import LinkStatus

from .conftest import fetch, tweak

PUBLIC = {"news.example": "93.184.216.34", "other.example": "93.184.216.35", "intranet.example": "10.1.2.3"}


async def fake_resolve(host: str, port: int) -> list[str]:
    if host not in PUBLIC:
        raise DnsFailure(f"{host}: Name or service not known")
    return [PUBLIC[host]]


@pytest.fixture
def public(options: FetchOptions) -> FetchOptions:
    """Options with the default safety rules (private targets refused)."""
    return tweak(options, allow_private=False)


async def test_transient_statuses_are_retried_then_named(httpx_mock: HTTPXMock, public: FetchOptions) -> None:
    for code in (500, 502, 504):
        httpx_mock.add_response(url=f"https://news.example/{code}", status_code=code, is_reusable=True)
    urls = [f"https://news.example/{code}" for code in (500, 502, 504)]
    result = await fetch(urls, public, resolve=fake_resolve)
    assert {result[u].link.status for u in urls} == {LinkStatus.SERVER_ERROR}
    assert len(httpx_mock.get_requests()) == 9


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (404, LinkStatus.NOT_FOUND),
        (410, LinkStatus.NOT_FOUND),
        (401, LinkStatus.BLOCKED),
        (403, LinkStatus.BLOCKED),
        (451, LinkStatus.BLOCKED),
        (400, LinkStatus.BLOCKED),
    ],
)
async def test_final_statuses_are_not_retried(
    httpx_mock: HTTPXMock, public: FetchOptions, code: int, status: LinkStatus
) -> None:
    httpx_mock.add_response(url="https://news.example/a", status_code=code)
    link = (await fetch("https://news.example/a", public, resolve=fake_resolve))[
        "https://news.example/a"
    ].link
    assert (link.status, link.http_status, link.detail) == (status, code, f"HTTP {code}")
    assert len(httpx_mock.get_requests()) == 1


async def test_408_after_retries_is_timeout(httpx_mock: HTTPXMock, public: FetchOptions) -> None:
    httpx_mock.add_response(url="https://news.example/a", status_code=408, is_reusable=True)
    link = (await fetch("https://news.example/a", public, resolve=fake_resolve))[
        "https://news.example/a"
    ].link
    assert link.status is LinkStatus.TIMEOUT
    assert len(httpx_mock.get_requests()) == 3


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (httpx.ReadTimeout("timed out"), LinkStatus.TIMEOUT),
        (httpx.ConnectTimeout("timed out"), LinkStatus.TIMEOUT),
        (httpx.ConnectError("[Errno 111] Connection refused"), LinkStatus.CONNECTION_ERROR),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            LinkStatus.CONNECTION_ERROR,
        ),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), LinkStatus.CONNECTION_ERROR),
    ],
)
async def test_transient_errors_are_retried(
    httpx_mock: HTTPXMock, public: FetchOptions, error: Exception, status: LinkStatus
) -> None:
    httpx_mock.add_exception(error, url="https://news.example/a", is_reusable=True)
    link = (await fetch("https://news.example/a", public, resolve=fake_resolve))[
        "https://news.example/a"
    ].link
    assert link.status is status
    assert link.detail.startswith(type(error).__name__)
    assert len(httpx_mock.get_requests()) == 3


async def test_tls_error_is_not_retried(httpx_mock: HTTPXMock, public: FetchOptions) -> None:
    error = httpx.ConnectError(
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate"
    )
    httpx_mock.add_exception(error, url="https://news.example/a")
    link = (await fetch("https://news.example/a", public, resolve=fake_resolve))[
        "https://news.example/a"
    ].link
    assert link.status is LinkStatus.TLS_ERROR
    assert len(httpx_mock.get_requests()) == 1


async def test_unknown_host_is_dns_error_without_request(httpx_mock: HTTPXMock, public: FetchOptions) -> None:
    url = "https://no-such-host.example/a"
    link = (await fetch(url, public, resolve=fake_resolve))[url].link
    assert link.status is LinkStatus.DNS_ERROR
    assert "Name or service not known" in link.detail
    assert httpx_mock.get_requests() == []


async def test_redirect_hop_to_private_address_is_refused(
    httpx_mock: HTTPXMock, public: FetchOptions
) -> None:
    httpx_mock.add_response(
        url="https://news.example/a", status_code=302, headers={"Location": "http://intranet.example/admin"}
    )
    link = (await fetch("https://news.example/a", public, resolve=fake_resolve))[
        "https://news.example/a"
    ].link
    assert link.status is LinkStatus.REFUSED
    assert link.detail == (
        "private address 10.1.2.3 for intranet.example (allowed with --allow-private, for local mirrors and intranets)"
    )
    assert [hop.http_status for hop in link.redirects] == [302]
    assert len(httpx_mock.get_requests()) == 1  # the private hop was never requested


async def test_retry_after_is_honoured_and_capped(
    httpx_mock: HTTPXMock, public: FetchOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    class Recording(wait_retry_after):
        def __call__(self, retry_state: RetryCallState) -> float:
            waits.append(super().__call__(retry_state))
            return waits[-1]

    monkeypatch.setattr(client, "wait_retry_after", Recording)
    httpx_mock.add_response(url="https://news.example/a", status_code=429, headers={"Retry-After": "3600"})
    httpx_mock.add_response(url="https://news.example/a", status_code=503, headers={"Retry-After": "0"})
    httpx_mock.add_response(url="https://news.example/a", status_code=200, text="<title>fine</title>")
    options = tweak(public, max_retry_after=0.05)
    link = (await fetch("https://news.example/a", options, resolve=fake_resolve))[
        "https://news.example/a"
    ].link
    assert link.status is LinkStatus.OK
    assert waits == [0.05, 0.0]


def _state_with(error: BaseException) -> RetryCallState:
    state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})  # type: ignore[arg-type]
    state.set_exception((type(error), error, None))
    return state


def test_wait_uses_retry_after_then_falls_back() -> None:
    wait = wait_retry_after(wait_none(), cap=30.0)
    assert wait(_state_with(TransientStatus(429, {}, b"", retry_after=7.0))) == 7.0
    assert wait(_state_with(TransientStatus(429, {}, b"", retry_after=120.0))) == 30.0
    assert wait(_state_with(TransientStatus(503, {}, b"", retry_after=None))) == 0.0
    assert wait(_state_with(httpx.ReadTimeout("x"))) == 0.0


def test_parse_retry_after() -> None:
    now = time.time()
    later = email.utils.format_datetime(dt.datetime.fromtimestamp(now + 120, dt.UTC), usegmt=True)
    assert parse_retry_after("5") == 5.0
    assert 118 <= (parse_retry_after(later, now=now) or 0) <= 121
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
