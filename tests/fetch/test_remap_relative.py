"""--remap and a relative Location: resolved against the original URL, then remapped (trial finding 10,
as the README documents it)."""

from __future__ import annotations

from refcheck.fetch import FetchOptions
from refcheck.models import LinkStatus

from .conftest import fetch, tweak
from .faultserver import FaultServer

HTML = b"<html><head><title>Moved</title></head><body><p>Text.</p></body></html>"


async def test_a_relative_location_is_resolved_against_the_original_url(
    server: FaultServer, options: FetchOptions
) -> None:
    server.add("/relsite.example/old", status=301, headers={"Location": "/new"})
    server.add("/relsite.example/new", body=HTML)
    url = "https://relsite.example/old"
    remap = (r"^https?://(.*)$", server.base + r"/\1")
    link = (await fetch(url, tweak(options, remaps=(remap,))))[url].link
    assert (link.status, link.final_url) == (LinkStatus.REDIRECTED, "https://relsite.example/new")
    assert server.count("/relsite.example/new") == 1


async def test_a_mirror_path_in_location_is_taken_as_a_path_of_the_original_site(
    server: FaultServer, options: FetchOptions
) -> None:
    server.add("/relsite2.example/old", status=301, headers={"Location": "/relsite2.example/new"})
    server.add("/relsite2.example/new", body=HTML)
    url = "https://relsite2.example/old"
    remap = (r"^https?://(.*)$", server.base + r"/\1")
    link = (await fetch(url, tweak(options, remaps=(remap,))))[url].link
    assert link.status is LinkStatus.NOT_FOUND
    assert link.final_url == "https://relsite2.example/relsite2.example/new"
