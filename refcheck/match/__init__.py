"""Claim + source text -> verdict with evidence; pure.

The pipeline builds one ``SourceIndex`` per fetched page with ``index_page`` and calls ``check_claim``
for each claim; ``compare_names`` reports speaker names spelled otherwise in the source.
"""

from refcheck.match.claims import check_claim, compare_names
from refcheck.match.index import SourceIndex, index_page

__all__ = ["SourceIndex", "check_claim", "compare_names", "index_page"]
