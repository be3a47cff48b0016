"""Mistaken inputs from a blind probe: mixed encodings, a web page named .eml, a gzip named .mbox."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from digest import Settings, read_stories
from digest.errors import InputError
from digest.models import Document, Format
from digest.readers import read_path
from digest.readers._decode import decode
from digest.settings import ReadSettings


def test_a_utf8_text_with_a_pasted_windows_1252_paragraph_reads_both_parts() -> None:
    """Each part in its own encoding: no "caf√©" from reading the whole file as one code page."""
    data = "Café Weekly — owners’ news\n\n".encode() + "The chain’s 40 cafés got a “fair” deal.\n".encode(
        "cp1252"
    )
    text = decode(data, "mixed.txt")
    assert "Café Weekly — owners’ news" in text
    assert "The chain’s 40 cafés got a “fair” deal." in text


def test_a_web_page_saved_as_eml_is_read_as_html(tmp_path: Path) -> None:
    """Content says what a file is: an HTML page named ".eml" has no header block to miss."""
    path = tmp_path / "saved.eml"
    path.write_text(
        "<!DOCTYPE html><html><body><h2>Cranes arrive in Lisbon</h2>"
        "<p>Three autonomous cranes arrived at the port on Monday for a trial.</p></body></html>",
        encoding="utf-8",
    )
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    assert document.edition.format is Format.HTML
    assert "Cranes arrive in Lisbon" in document.body


def test_a_compressed_mailbox_says_so(tmp_path: Path) -> None:
    """A gzip archive named ".mbox" is named as one, with what to do, not "no 'From ' line"."""
    path = tmp_path / "week.mbox"
    path.write_bytes(gzip.compress(b"From a@b Mon Jan  1 00:00:00 2026\nSubject: x\n\nHello\n"))
    with pytest.raises(InputError, match="a gzip archive, not text; decompress it first"):
        read_stories([path], Settings(), strict=True)
