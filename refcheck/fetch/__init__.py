"""The only package that does network I/O: client, retries, URL safety, cache, archive look-up.

``fetch_all`` is the entry point; a failed link comes back as a status, never as an exception.
"""

from __future__ import annotations

from refcheck.fetch.fetcher import fetch_all
from refcheck.fetch.options import FetchObserver, FetchOptions, FetchRequest, ReadPage

__all__ = ["FetchObserver", "FetchOptions", "FetchRequest", "ReadPage", "fetch_all"]
