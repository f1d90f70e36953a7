"""Text shown inside a message: in typographic quotes, as written.

Messages never use ``repr``: it escapes a ZWNJ as ``\\u200c``, and nearly every Persian or Pashto verb and
plural holds one (می‌شود, سازمان‌های).
"""

from __future__ import annotations


def quoted(text: str) -> str:
    """``text`` in typographic quotes with its whitespace folded, no escapes; ∅ when empty."""
    text = " ".join(text.split())
    return f"“{text}”" if text else "∅"
