"""Fetched bytes -> readable text and metadata (title, dates, canonical URL); pure.

``read_page(body, content_type, url) -> Page`` is the entry point; ``decode_body`` is exposed for
callers that need the decoded text of a body themselves (fetch's bot-challenge check, for example).
"""

from refcheck.extract.charset import decode_body
from refcheck.extract.page import read_page

__all__ = ["decode_body", "read_page"]
