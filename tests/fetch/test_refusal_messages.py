"""The `refused` detail names the address once and the switch that allows it (trial finding 11)."""

from __future__ import annotations

from refcheck.fetch import FetchOptions
from refcheck.fetch.safety import refusal_detail
from refcheck.models import LinkStatus

from .conftest import fetch, tweak
from .faultserver import FaultServer

HINT = "(allowed with --allow-private, for local mirrors and intranets)"


def test_an_address_given_as_the_host_is_named_once() -> None:
    detail = refusal_detail("127.0.0.1", "loopback address 127.0.0.1", allow_private=False)
    assert detail == f"loopback address 127.0.0.1 {HINT}"
    assert detail.count("127.0.0.1") == 1


def test_a_host_name_is_shown_with_the_address_it_resolves_to() -> None:
    detail = refusal_detail("mirror.internal", "private address 10.0.0.7", allow_private=False)
    assert detail == f"private address 10.0.0.7 for mirror.internal {HINT}"


def test_an_ipv6_loopback_is_named_once() -> None:
    assert (
        refusal_detail("::1", "loopback address ::1", allow_private=False) == f"loopback address ::1 {HINT}"
    )


def test_no_hint_where_the_switch_would_not_help() -> None:
    metadata = refusal_detail("169.254.169.254", "cloud metadata address 169.254.169.254", allow_private=True)
    assert metadata == "cloud metadata address 169.254.169.254"
    assert "--allow-private" not in refusal_detail(
        "169.254.169.254", "cloud metadata address 169.254.169.254", allow_private=False
    )


async def test_a_refused_loopback_link_says_so_once_and_names_the_switch(
    server: FaultServer, options: FetchOptions
) -> None:
    url = server.add("/refusal/x", body=b"<html><body>x</body></html>")
    link = (await fetch(url, tweak(options, allow_private=False)))[url].link
    assert link.status is LinkStatus.REFUSED
    assert link.detail == f"loopback address 127.0.0.1 {HINT}"
