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


class ConfigError(SettingsError):
    """A config file cannot be read or has a wrong key or value; the message names both."""


class UsageError(DigestError, ValueError):
    """The command line is incomplete in a way argparse cannot see (exit code 2)."""


class HistoryError(DigestError, OSError):
    """The history store cannot be opened, is locked by another run, or is damaged."""


class IndexUnavailableError(DigestError, ConnectionError):
    """The index cannot be opened: a bad URL, no Redis client installed, or no server answering."""


class DeliveryError(DigestError, OSError):
    """The digest cannot be mailed: the server refused it, or cannot be reached or trusted."""
