"""The exceptions :mod:`digest` raises.

Every error derives from :class:`DigestError` and also from the builtin it
refines, so ``except ValueError`` keeps working for callers who do not know
this library. The CLI maps them to a one-line message and an exit code.
"""

from __future__ import annotations


class DigestError(Exception):
    """Root of every error this library raises on purpose."""


class InputError(DigestError, ValueError):
    """An input file or story cannot be read; the message names the file."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class SettingsError(DigestError, ValueError):
    """A setting is out of range or of the wrong type; the message says how to fix it."""


class OutputError(DigestError, OSError):
    """An output file cannot be written."""
