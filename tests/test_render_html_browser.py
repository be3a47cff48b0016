"""The HTML digest in a real browser (Debian's chromium, headless): it renders, quietly, light and dark.

The screenshots of the seeds' digest stay in pytest's temporary folder (the
test prints their paths); pytest keeps the last three runs' folders.
"""

from __future__ import annotations

import os
import struct
import subprocess
import zlib
from pathlib import Path

from servers import binary, require

from digest.pipeline import compile_digest
from digest.render.html import to_html
from digest.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 700


def _chromium() -> str:
    program = binary("chromium", "/usr/bin/chromium")
    require(program, "chromium")
    assert program is not None
    return program


def _render(page: Path, shot: Path, *, dark: bool = False) -> list[str]:
    """Screenshot ``page`` into ``shot``; returns the console messages the page logged."""
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={shot.parent / (shot.stem + '-profile')}",
        f"--screenshot={shot}",
        f"--window-size={WIDTH},2000",
        *(["--force-dark-mode"] if dark else []),
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def _first_pixel(png: bytes) -> tuple[int, int, tuple[int, ...]]:
    """Width, height and the top-left pixel's RGB of an 8-bit RGB(A) PNG (every filter predicts 0 there)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pos, data, header = 8, b"", b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, chunk = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        header = chunk if kind == b"IHDR" else header
        data += chunk if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert (depth, colour) in ((8, 2), (8, 6))
    raw = zlib.decompressobj().decompress(data, 8)
    return width, height, tuple(raw[1:4])


def test_the_browser_test_sees_console_errors(tmp_path: Path) -> None:
    """A page with a failing script logs console lines this test reads: the check below can fail."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom'); missing();</script>")
    logged = _render(page, tmp_path / "broken.png")
    assert any("boom" in line for line in logged)
    assert any("missing is not defined" in line for line in logged)


def test_seeds_digest_renders_in_chromium_light_and_dark(tmp_path: Path) -> None:
    """The seeds' digest renders without a console message, 700 px wide, light by default, dark when
    the reader prefers it; the screenshots are kept."""
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        digest = compile_digest(["fixtures/seeds"], Settings())
    finally:
        os.chdir(cwd)
    page = tmp_path / "seeds.html"
    page.write_text(to_html(digest), encoding="utf-8")
    light, dark = tmp_path / "seeds.png", tmp_path / "seeds-dark.png"
    assert _render(page, light) == []
    assert _render(page, dark, dark=True) == []
    print(f"screenshots of the seeds' digest: {light} {dark}")
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title>")
    _render(blank, tmp_path / "blank.png")
    assert light.stat().st_size > 10 * (tmp_path / "blank.png").stat().st_size  # text was drawn
    width, _, background = _first_pixel(light.read_bytes())
    assert width == WIDTH
    assert sum(background) > 3 * 200  # light page
    _, _, background = _first_pixel(dark.read_bytes())
    assert sum(background) < 3 * 60  # dark page
