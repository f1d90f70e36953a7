"""Read a streamed body with a hard cap on decoded bytes; decompression is ours, so a bomb stays small.

httpx would inflate ``Content-Encoding: gzip`` without a bound, so the raw stream is read and
inflated here with ``max_length``: memory never holds more than the cap plus one network chunk.
"""

from __future__ import annotations

import contextlib
import zlib

import httpx

ACCEPT_ENCODING = "gzip, deflate"  # only what ``Inflater`` decodes
COMPRESSED = frozenset({"gzip", "x-gzip", "deflate"})
# Labels that mean "not compressed": identity, and misconfigured servers' charset or MIME words.
IDENTITY = frozenset({"", "identity", "none", "utf-8", "utf8", "binary", "8bit", "7bit", "text", "plain"})


class TooLarge(Exception):
    """The body (after decompression) is longer than the cap."""


class UnknownEncoding(Exception):
    """A Content-Encoding refcheck did not ask for and cannot decode (br, zstd, compress, a stack)."""


def decodable(encoding: str) -> bool:
    """Rule: one of gzip/x-gzip/deflate, or a label that means "not compressed"; br, zstd,
    compress and stacked encodings ("gzip, br") are not, and such a body is never read as text."""
    return encoding.strip().lower() in COMPRESSED | IDENTITY


class Inflater:
    """Incremental gzip/deflate/identity decoder whose output is bounded by ``limit`` bytes in total."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding.strip().lower()
        self.limit = limit
        self.total = 0
        self._decoder = self._new_decoder() if self.encoding in COMPRESSED else None
        self._first = True

    def _new_decoder(self) -> zlib._Decompress:
        # 32 + MAX_WBITS: gzip or zlib header, detected; raw deflate is tried on a bad header below
        return zlib.decompressobj(32 + zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        """Decoded bytes of ``data``; raises TooLarge once the total would pass the limit."""
        if self._decoder is None:
            return self._count(data)
        out = bytearray()
        while data:
            room = self.limit - self.total - len(out) + 1
            try:
                chunk = self._decoder.decompress(data, room)
            except zlib.error:
                if not self._first:
                    raise
                chunk = self._fallback(data, room)
                if self._decoder is None:  # not compressed after all
                    return self._count(data)
            self._first = False
            out += chunk
            if self.total + len(out) > self.limit:
                raise TooLarge
            if self._decoder.unconsumed_tail:
                data = self._decoder.unconsumed_tail
            elif self._decoder.eof and self._decoder.unused_data:  # a second gzip member
                data = self._decoder.unused_data
                self._decoder = self._new_decoder()
            else:
                data = b""
        return self._count(bytes(out))

    def _fallback(self, data: bytes, room: int) -> bytes:
        """A first chunk without a gzip/zlib header: raw deflate (as some servers send "deflate"),
        else, when it plainly is markup or a PDF (a server that labels a plain body "gzip"), the
        body as it is (``self._decoder`` set to None); anything else stays a zlib.error."""
        if self.encoding == "deflate":
            self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
            with contextlib.suppress(zlib.error):
                return self._decoder.decompress(data, room)
        if data.lstrip()[:1] == b"<" or data.lstrip()[:5] == b"%PDF-":
            self._decoder = None
            return b""
        raise zlib.error(f"{self.encoding} body without a {self.encoding} header")

    def _count(self, data: bytes) -> bytes:
        self.total += len(data)
        if self.total > self.limit:
            raise TooLarge
        return data


async def read_capped(response: httpx.Response, limit: int, truncate: bool = False) -> bytes:
    """The decoded body of a streamed response, at most ``limit`` bytes.

    Over the limit: TooLarge, or with ``truncate`` the first ``limit`` bytes (enough to classify an
    error page). Raises zlib.error for a corrupt compressed body, UnknownEncoding for one refcheck
    cannot decode (with ``truncate``: an empty body instead, nothing to classify).
    """
    length = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding", "identity")
    if not decodable(encoding):
        if truncate:
            return b""
        raise UnknownEncoding(encoding.strip())
    if not truncate and length.isdigit() and encoding.lower() in {"", "identity"} and int(length) > limit:
        raise TooLarge
    inflater = Inflater(encoding, limit)
    parts: list[bytes] = []
    try:
        async for raw in response.aiter_raw():
            parts.append(inflater.feed(raw))
    except TooLarge:
        if not truncate:
            raise
        parts.append(b"")
    body = b"".join(parts)
    return body[:limit]
