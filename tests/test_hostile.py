"""Hostile and broken input, end to end: no traceback, a ledger entry, the run goes on.

The corpus is generated in a temporary folder (nothing multi-megabyte is committed). Each
bad input is compiled beside a good newsletter through the command line: exit 0, the good
stories in the digest, the bad file in the ledger; with ``--strict``, exit 1 and one line
naming the file.
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from digest.cli.main import main
from digest.ingest import read_stories
from digest.models import Document, Edition, Format
from digest.pipeline import compile_digest, compile_reading
from digest.render.markdown import to_markdown
from digest.settings import ReadSettings, Settings
from digest.split.splitter import split_document

ROOT = Path(__file__).resolve().parents[1]
GOOD = (
    "# Good Weekly\n\n2 February 2026\n\n## Nio cuts prices\n\n"
    "Nio cut prices on three models by 10% on Monday.\n"
)


def _mime(body: bytes, headers: str) -> bytes:
    return (headers + "\n\n").encode() + body


HOSTILE: dict[str, bytes] = {
    "random.eml": bytes(range(256)) * 8,
    "empty.html": b"",
    "blank.txt": b"   \n\n\t\n",
    "nul.txt": b"Nio\x00 cut\x00 prices\x00\n" * 50,
    "truncated.eml": _mime(
        b"--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
        + base64.b64encode(b"Nio cut prices")[:9],
        "From: a@b.c\nSubject: Cut\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b",
    ),
    "wrong-charset.eml": _mime(
        "Nio senkt die Preise für drei Modelle.".encode(),
        "From: a@b.c\nSubject: Preise\nContent-Type: text/plain; charset=shift_jis",
    ),
    "one-line.txt": ("Nio cut prices " * 400_000).encode(),
    "deep.html": b"<div>" * 20_000 + b"Nio cut prices" + b"</div>" * 20_000,
    "broken.jsonl": b'{"id": "1", "title": "ok", "text": "fine story text"}\n{"id": 2, "title": \n[1, 2]\n',
    "not-a-mailbox.mbox": b"This is not a mailbox at all.\nJust words.\n",
    "bad-dates.md": b"# Weekly: 31 February 2026\n\n## Nio on 2026-13-45\n\nNio cut prices on 99/99/9999.\n",
    "rtl-zero-width.txt": "نيو تخفض الأسعار\u200b\u200f\u202e Nio cut prices 🚗\u2066 today.\n".encode(),
    "script.html": b"<html><body><h2>Nio <script>alert(1)</script></h2><p onclick='x()'>Nio cut prices "
    b"<a href='javascript:alert(1)'>here</a> <iframe src='http://evil'></iframe>[x](javascript:y)</p></body></html>",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with one good newsletter and every hostile input, plus a symlink loop."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    for name, data in HOSTILE.items():
        (folder / name).write_bytes(data)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return folder


def test_hostile_folder_compiles_with_a_ledger(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole corpus compiles: exit 0, the good story in the digest, bad files in the ledger."""
    out = tmp_path / "digest.json"
    assert main(["compile", str(corpus), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    titles = [s["title"] for c in data["clusters"] for s in c["stories"]]
    assert "Nio cuts prices" in titles
    assert "Nio senkt die Preise für drei Modelle" in titles  # mislabelled UTF-8 read as UTF-8
    rtl = next(t for t in titles if "نيو" in t)
    assert not set(rtl) & set("\u200b\u200f\u202e\u2066")  # no spoofing or invisible controls
    assert "🚗" in rtl
    unreadable = {Path(d["path"]).name for d in data["dropped"] if d["reason"] == "unreadable"}
    assert {"random.eml", "empty.html", "blank.txt", "not-a-mailbox.mbox"} <= unreadable
    assert any("line 2" in d["detail"] for d in data["dropped"] if d["path"].endswith("broken.jsonl"))
    assert "Traceback" not in capsys.readouterr().err


def test_strict_exits_one_with_one_line(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --strict the first bad file stops the run: exit 1, one line naming it, no output file."""
    out = tmp_path / "digest.md"
    assert main(["compile", str(corpus), "--strict", "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("digest: error: ")
    assert str(corpus) in err[0]
    assert not out.exists()
    assert not list(tmp_path.glob(".digest.md.*"))


def test_hostile_markup_stays_inert(corpus: Path) -> None:
    """Scripts, handlers, iframes and javascript: links never reach the rendered digest as markup."""
    html = MarkdownIt("commonmark").render(to_markdown(compile_digest([corpus], Settings())))
    for bad in ("<script", "onclick", "<iframe", 'href="javascript', "<div"):
        assert bad not in html


def test_command_line_never_shows_a_traceback(corpus: Path) -> None:
    """The installed command on the hostile corpus: exit 0 and no traceback on stderr."""
    run = subprocess.run(
        [sys.executable, "-m", "digest.cli.main", "compile", str(corpus)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "Good Weekly" in run.stdout


def test_run_limits_send_the_rest_to_the_ledger(tmp_path: Path) -> None:
    """Past max_editions, editions are ledger entries naming the setting; strict stops there."""
    for k in range(3):
        (tmp_path / f"e{k}.md").write_text(GOOD.replace("Nio", f"Brand{k}"), encoding="utf-8")
    limited = Settings(reading=ReadSettings(max_editions=2))
    reading = read_stories([tmp_path], limited)
    assert len(reading.editions) == 2
    limited_out = [d for d in reading.dropped if d.reason == "unreadable"]
    assert len(limited_out) == 1
    assert "run limit" in limited_out[0].detail
    assert "max_editions" in limited_out[0].detail


def test_compiling_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """With sockets blocked, every fixture reads, clusters, reconciles and renders."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    digest = compile_digest([ROOT / "fixtures"], Settings())
    assert to_markdown(digest)
    assert any(m.figures for m in digest.merged)  # currency conversion ran, offline


_LINE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        ["## Markets", "TOP BIT", "Subscribe now", "Nio cut prices by 10% to CNY 3 billion.", "", "---"]
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_LINE, max_size=15), min_size=1, max_size=4))
def test_every_story_read_is_in_one_cluster_or_the_ledger(editions: list[list[str]]) -> None:
    """Generated editions: each story is in exactly one cluster; the overview counts match."""
    documents = [
        Document(Edition(path=f"e{k}.md", format=Format.MARKDOWN, source=f"S{k}"), "\n".join(lines))
        for k, lines in enumerate(editions)
    ]
    stories = [s for d in documents for s in split_document(d, ReadSettings()).stories]
    from digest.models import Reading

    unique = list({s.id: s for s in stories}.values())
    digest = compile_reading(Reading(editions=(), stories=tuple(unique), dropped=()), Settings())
    members = [sid for c in digest.clusters for sid in c.story_ids]
    assert sorted(members) == sorted(s.id for s in unique)
    assert len(digest.merged) == len(digest.clusters)
    assert f"{len(unique)} {'story' if len(unique) == 1 else 'stories'} read" in to_markdown(digest)
