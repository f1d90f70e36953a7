"""The public surface of refcheck.fetch is small and pinned."""

from __future__ import annotations

import dataclasses

import pytest

import refcheck.fetch
from refcheck.fetch import FetchOptions, FetchRequest


def test_exports_are_pinned() -> None:
    assert refcheck.fetch.__all__ == [
        "FetchObserver",
        "FetchOptions",
        "FetchRequest",
        "ReadPage",
        "fetch_all",
    ]


def test_options_defaults_and_frozen() -> None:
    options = FetchOptions()
    assert (options.timeout, options.attempts, options.max_redirects, options.allow_private) == (
        20.0,
        3,
        10,
        False,
    )
    assert (
        options.user_agent.startswith("refcheck/")
        and "+https://pypi.org/project/refcheck-citations/" in options.user_agent
    )
    assert dataclasses.is_dataclass(FetchRequest) and FetchRequest("https://x.example/").date is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]
