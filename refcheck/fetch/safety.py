"""Which targets refcheck refuses to fetch: addresses checked after DNS resolution, at every hop.

By default private, loopback, link-local, unspecified, multicast and reserved addresses are refused;
``allow_private`` lifts that for tests and intranets. Cloud metadata endpoints are refused always:
no citation lives there. NOTE: DNS rebinding (a name that resolves to a public address for this
check and to a private one when httpx connects) is out of scope; closing it needs a transport that
connects to the checked address itself.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

import httpx

# Address lookup: (host, port) -> the addresses the name resolves to. Injectable for tests.
Resolver = Callable[[str, int], Awaitable[list[str]]]

METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)


class DnsFailure(Exception):
    """The host name does not resolve."""


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the event loop's getaddrinfo (a thread, so the loop is not blocked)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise DnsFailure(f"{host}: {error.strerror or error}") from error
    except (UnicodeError, ValueError, OSError) as error:  # a name getaddrinfo cannot even ask about
        raise DnsFailure(f"{host}: {error}") from error
    return [str(info[4][0]) for info in infos]


def unsafe_reason(address: str, allow_private: bool) -> str | None:
    """Why ``address`` must not be fetched, or None when it may be."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return f"unparsable address {address}"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return f"cloud metadata address {ip}"
    if allow_private:
        return None
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return f"{kind.replace('_', '-')} address {ip}"
    return None


def refusal_detail(host: str, reason: str, allow_private: bool) -> str:
    """The reason shown for a refused target: the address once (with the host when it is a name), and
    the switch that allows it when one does: "loopback address 127.0.0.1 (allowed with --allow-private …)"."""
    detail = reason if reason.endswith(f" {host}") else f"{reason} for {host}"
    address = reason.rsplit(" ", 1)[-1]
    if not allow_private and unsafe_reason(address, allow_private=True) is None:
        detail += " (allowed with --allow-private, for local mirrors and intranets)"
    return detail


async def check_target(url: str, allow_private: bool, resolve: Resolver | None) -> str | None:
    """Why the (remapped) ``url`` must not be fetched, or None. Raises DnsFailure.

    Names are resolved with ``resolve`` (default: the system resolver), so a name that does not
    resolve is reported as such before any connection is tried.
    """
    parsed = httpx.URL(url)
    host = parsed.host
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        addresses = await (resolve or system_resolver)(host, port)
    for address in addresses:
        reason = unsafe_reason(address, allow_private)
        if reason:
            return reason
    return None
