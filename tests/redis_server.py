"""A real redis-server (Debian's redis-server) on a free loopback port, for the shared-index tests."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from servers import binary, free_port, running


def redis_binary() -> str | None:
    """The redis-server binary, if installed."""
    return binary("redis-server", "/usr/bin/redis-server", "/usr/local/bin/redis-server")


@contextlib.contextmanager
def redis_server() -> Iterator[int]:
    """Start redis-server in memory only on a free loopback port; yields the port, stops it after."""
    program = redis_binary()
    assert program is not None
    root = Path(tempfile.mkdtemp(prefix="digest-redis-"))
    port = free_port()
    command = [program, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(root)]
    try:
        with running([*command, "--appendonly", "no"], port):
            yield port
    finally:
        shutil.rmtree(root, ignore_errors=True)
