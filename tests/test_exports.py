"""The public face of the package: a curated, sorted ``__all__`` that resolves."""

from __future__ import annotations

import pytest

import digest


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` is sorted (case-sensitively, as ruff does) and has no repeats."""
    assert list(digest.__all__) == sorted(set(digest.__all__))


def test_every_exported_name_resolves() -> None:
    """Every name in ``__all__`` is importable, including the lazily loaded ones."""
    for name in digest.__all__:
        assert getattr(digest, name) is not None, name


def test_unknown_attribute_raises_attribute_error() -> None:
    """A typo gives the usual AttributeError, not a KeyError from the lazy loader."""
    with pytest.raises(AttributeError, match="no_such_thing"):
        digest.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
