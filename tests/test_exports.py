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


def test_every_error_is_a_digest_error_and_a_builtin() -> None:
    """Each error class of the package derives from DigestError and a builtin, and is exported."""
    import inspect

    from digest import errors

    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, Exception)]
    assert len(classes) >= 8
    for cls in classes:
        assert cls.__name__ in digest.__all__, cls
        if cls is not digest.DigestError:
            assert issubclass(cls, digest.DigestError), cls
            builtins = [b for b in cls.__mro__ if b.__module__ == "builtins" and b not in (Exception, object)]
            assert builtins, f"{cls.__name__} refines no builtin"


def test_no_error_class_is_defined_outside_errors() -> None:
    """Stages raise the errors of digest.errors; none defines its own."""
    import ast
    from pathlib import Path

    package = Path(digest.__file__).parent
    for path in package.rglob("*.py"):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                assert not node.name.endswith("Error"), f"{path}: {node.name}"
