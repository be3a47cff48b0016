"""What the tests that start real servers (dovecot, redis-server) share: finding, starting, stopping."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest


def binary(name: str, *places: str) -> str | None:
    """The server program ``name`` on PATH or in one of ``places``, if installed."""
    return shutil.which(name) or next((p for p in places if Path(p).exists()), None)


def require(program: str | None, package: str) -> None:
    """Skip the test where the server's Debian ``package`` is missing; in CI, fail instead."""
    if program is None:
        if os.environ.get("CI"):
            pytest.fail(f"{package} must be installed in CI (.ci/run installs it)")
        pytest.skip(f"{package} is not installed on this machine")


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running(command: Sequence[str], port: int, log: Callable[[], str] = str) -> Iterator[int]:
    """Run ``command`` until the block ends, once it accepts connections on ``port``; yields the port.

    If it exits or stays silent for 20 seconds, the error shows its output and ``log()``.
    """
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"{Path(command[0]).name} did not start: {output} {log()}")
            time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        if process.poll() is None:
            process.kill()
