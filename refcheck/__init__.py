"""refcheck: check the references, links and quoted claims of a report."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
