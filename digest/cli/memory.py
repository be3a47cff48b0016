"""Give freed memory back to the system promptly (glibc), so a large run's peak stays near its working set.

glibc raises its mmap threshold each time a large block is freed, after which
blocks of that size come from the heap and stay with the process when freed.
A large run frees arrays of hundreds of megabytes stage after stage; a fixed
threshold keeps them in mmap, returned on free. On a 100k-story run this lowered
the peak of the clustering stage from 2.6 GB to 2.1 GB (docs/performance.md).

The threshold is 32 MiB, and the heap is trimmed only when 128 MiB are free at its top:
every block in mmap is fresh pages the kernel must fault in and zero, and with a 1 MiB
threshold (and glibc's trim threshold of 128 KiB) the compile's many arrays of a few
megabytes paid that again and again, 10-15% of a 30k-story compile's CPU in the kernel.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

__all__ = ["return_freed_memory"]

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Blocks of this size and more are mapped on their own (and returned to the system when freed).
_THRESHOLD = 32 << 20
#: The heap gives back its free top once it is this large.
_TRIM = 128 << 20


def return_freed_memory() -> bool:
    """Fix glibc's mmap threshold at 32 MiB and its trim threshold at 128 MiB; False where there is
    no glibc (macOS, musl, Windows)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, _TRIM))
