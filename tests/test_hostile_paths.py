"""Hostile files, paths, terminals and secrets (round two): each defect reproduced, then kept out."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from digest.cli.output import write_atomic
from digest.errors import InputError, OutputError
from digest.ingest import read_stories
from digest.models import DropReason
from digest.readers import plan_path, read_path
from digest.settings import ReadSettings
from digest.text.links import redact

GOOD = (
    "# Good Weekly\n\n2 February 2026\n\n## Nio cuts prices\n\n"
    "Nio cut prices on three models by 10% on Monday.\n"
)


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digest.cli.main", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


# -- outputs ---------------------------------------------------------------------------------


def test_output_to_a_fifo_writes_through_and_keeps_the_fifo(tmp_path: Path) -> None:
    """`-o FIFO` writes into the pipe; the FIFO is still a FIFO afterwards (not replaced by a file)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomic(fifo, "hello\n")
    reader.join(timeout=10)
    assert received == ["hello\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_output_to_dev_null_is_written_through() -> None:
    """`-o /dev/null` leaves /dev/null a character device."""
    write_atomic("/dev/null", "x")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_replacing_keeps_the_mode_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    """A replaced file keeps its mode; a new one gets 0666 minus the umask, not 0600."""
    kept = tmp_path / "kept.md"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.md", "new")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


def test_a_read_only_target_is_refused_unless_forced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only output is not replaced without --force (as any user: root's access is simulated)."""
    target = tmp_path / "ro.md"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    if os.geteuid() == 0:
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != target)
    with pytest.raises(OutputError, match="read-only"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "keep"
    write_atomic(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"


def test_stale_temporary_files_are_cleaned(tmp_path: Path) -> None:
    """A killed run's temporary file beside the target is removed by the next write."""
    stale = tmp_path / ".d.md.abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    os.utime(stale, (1, 1))
    write_atomic(tmp_path / "d.md", "whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.md"]


# -- inputs that are not files ---------------------------------------------------------------


def test_a_named_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO named on the command line is refused at once (reading it would hang the cron job)."""
    fifo = tmp_path / "in.md"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        list(read_path(fifo, ReadSettings()))


def test_a_link_to_dev_zero_in_a_folder_is_a_ledger_entry(tmp_path: Path) -> None:
    """/dev/zero linked into an input folder is never read (it would read until memory runs out)."""
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    reading = read_stories([tmp_path])
    assert reading.stories
    assert any(d.path.endswith("zero.md") and d.reason is DropReason.UNREADABLE for d in reading.dropped)


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    """/etc/passwd linked into the folder is neither a story nor ledger text, unless --follow-links."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    outside = tmp_path / "secret.md"
    outside.write_text("# Secret\n\n## Root password\n\nThe password is hunter2, said the admin.\n", "utf-8")
    (folder / "linked.md").symlink_to(outside)
    reading = read_stories([folder])
    assert "hunter2" not in json.dumps([s.text for s in reading.stories] + [d.text for d in reading.dropped])
    entry = next(d for d in reading.dropped if d.path.endswith("linked.md"))
    assert "--follow-links" in entry.detail
    followed = read_stories([folder], settings=_follow())
    assert any("hunter2" in s.text for s in followed.stories)


def _follow() -> object:
    from digest.settings import Settings

    return Settings(reading=ReadSettings(follow_links=True))


def test_a_sub_folder_that_cannot_be_listed_is_a_ledger_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sub-folder the user may not list is recorded as unreadable; the rest of the run goes on."""
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    planned = list(plan_path(tmp_path))
    assert any(getattr(j, "reason", None) is DropReason.UNREADABLE and j.path == str(locked) for j in planned)
    assert read_stories([tmp_path]).stories


# -- terminals, markup, secrets --------------------------------------------------------------


def test_control_characters_never_reach_output(tmp_path: Path) -> None:
    """ESC, BEL and C1 from JSON Lines and files are stripped at reading, the same for every format."""
    records = tmp_path / "s.jsonl"
    title = "Nio \x1b[31mcuts\x1b[0m prices\x07\x9b"
    records.write_text(
        json.dumps({"id": "a1", "title": title, "text": "Nio cut \x1b]8;;x\x07prices."}) + "\n"
    )
    (tmp_path / "m.md").write_text(GOOD.replace("Nio cut", "Nio \x1b[2Jcut"), encoding="utf-8")
    reading = read_stories([tmp_path])
    texts = [s.title + s.text + s.source for s in reading.stories]
    assert len(texts) == 2
    assert not any(ch in t for t in texts for ch in "\x1b\x07\x9b")
    done = _run("stories", str(tmp_path))
    assert "\x1b" not in done.stdout


def test_rich_markup_in_titles_is_shown_as_text(tmp_path: Path) -> None:
    """A title with `[/]` or `[link=...]` neither crashes the table nor becomes a hidden hyperlink."""
    records = tmp_path / "s.jsonl"
    records.write_text(
        json.dumps({"id": "a1", "title": "a [/] b [link=https://evil/]x[/link]", "text": "t."}) + "\n"
    )
    done = _run("stories", str(records), "--format", "table")
    assert done.returncode == 0, done.stderr
    assert "[link=https://evil/]" in done.stdout


def test_a_newline_in_a_file_name_stays_on_one_line(tmp_path: Path) -> None:
    """A file name with a line break cannot inject lines into the ledger or a message."""
    (tmp_path / "bad\n# Injected.md").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    reading = read_stories([tmp_path])
    assert all("\n" not in d.path for d in reading.dropped)


def test_credentials_in_urls_are_never_shown(tmp_path: Path) -> None:
    """One redaction for every URL shown: IMAP and Redis passwords and users are left out."""
    assert redact("imaps://me:hunter2@imap.example.org/News") == "imaps://imap.example.org/News"
    assert (
        redact("cannot reach redis://:secret@host:6379/0 (refused)")
        == "cannot reach redis://host:6379/0 (refused)"
    )
    done = _run("compile", "imaps://me:hunter2@imap.example.org/News", "--no-state", "-v")
    assert done.returncode == 1
    assert "hunter2" not in done.stderr
    assert "me@" not in done.stderr
    index = _run(
        "compile",
        "fixtures/seeds",
        "--state",
        str(tmp_path / "h.sqlite"),
        "--index",
        "redis://:secret@127.0.0.1:1/0",
    )
    assert index.returncode == 1
    assert "secret" not in index.stderr


def test_a_tag_with_very_many_attributes_is_cut_and_noted(tmp_path: Path) -> None:
    """200,000 attributes on one tag (quadratic in the parser) are cut to the limit, with a ledger entry."""
    from digest.readers._html import MAX_ATTRIBUTES

    attributes = " ".join(f"a{i}=x" for i in range(200_000))
    page = (
        f"<html><body><div {attributes}>Nio cut prices on three models by 10% on Monday.</div></body></html>"
    )
    (tmp_path / "big.html").write_text(page, encoding="utf-8")
    reading = read_stories([tmp_path])
    assert any("Nio cut prices" in s.text or "Nio cut prices" in s.title for s in reading.stories)
    notes = [d.detail for d in reading.dropped if d.path.endswith("big.html")]
    assert any(f"first {MAX_ATTRIBUTES} attributes" in n for n in notes)


# -- history and settings that used to end in a traceback ------------------------------------


def _compile_week(
    tmp_path: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    week = Path(__file__).parent / "newsletters" / "weekly" / "2026-W05"
    args = [sys.executable, "-m", "digest.cli.main", "compile", str(week), "--week", "2026-W05", "-q"]
    return subprocess.run(
        [*args, "-o", str(tmp_path / "o.md"), *extra],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DIGEST_STATE": ""}, "DIGEST_STATE is set but empty"),
        ({"DIGEST_STATE": "~nosuchuser/x"}, "cannot expand '~nosuchuser/x'"),
    ],
)
def test_bad_digest_state_is_one_line(tmp_path: Path, env: dict[str, str], message: str) -> None:
    """A bad DIGEST_STATE is exit 1 and one line, not a traceback or the default place."""
    done = _compile_week(tmp_path, env=env)
    assert done.returncode == 1
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_an_unrelated_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    """--state naming another program's SQLite database: refused, and no digest tables added."""
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (x)")
    done = _compile_week(tmp_path, "--state", str(other))
    assert done.returncode == 1
    assert "not a digest history" in done.stderr
    with sqlite3.connect(other) as db:
        assert [n for (n,) in db.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_a_damaged_history_row_is_one_line(tmp_path: Path) -> None:
    """Invalid JSON in a recorded row: exit 1 with one line naming the history."""
    import sqlite3

    state = tmp_path / "h.sqlite"
    assert _compile_week(tmp_path, "--state", str(state)).returncode == 0
    with sqlite3.connect(state) as db:
        db.execute("UPDATE published SET sources = '{not json'")
        db.execute("UPDATE periods SET since = '2026-01-19', until = '2026-01-25'")
    done = _compile_week(tmp_path, "--state", str(state))
    assert done.returncode == 1, done.stderr
    assert "damaged row" in done.stderr
    assert "Traceback" not in done.stderr


def test_lookback_weeks_out_of_range_is_refused(tmp_path: Path) -> None:
    """lookback_weeks = 200000 is a config error naming the key, not an OverflowError."""
    config = tmp_path / "c.toml"
    config.write_text("[history]\nlookback_weeks = 200000\n", encoding="utf-8")
    done = _compile_week(tmp_path, "--config", str(config), "--state", str(tmp_path / "h.sqlite"))
    assert done.returncode == 1
    assert "lookback_weeks must be from 1 to 520" in done.stderr


def test_a_full_standard_output_is_one_line() -> None:
    """`> /dev/full`: exit 1 and one line, no traceback."""
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "digest.cli.main", "compile", "fixtures/seeds", "-q"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr == "digest: error: standard output: cannot write (No space left on device)\n"


def test_json_applies_the_markdown_url_policy(tmp_path: Path) -> None:
    """`javascript:` and `data:` URLs never reach the JSON digest either (feeds, front matter, records)."""
    from digest.pipeline import compile_digest
    from digest.render.json import to_json

    (tmp_path / "f.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Evil Feed</title>'
        "<link>javascript:alert(1)</link><item><title>Nio cuts prices</title><link>javascript:alert(2)</link>"
        "<description>Nio cut prices on three models by 10% on Monday, the carmaker said.</description>"
        "<pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    front = '---\nsource: Evil\nurl: "javascript:alert(3)"\ndate: 2026-02-02\n---\n'
    front += "# Evil\n\n## BYD cuts prices\n\n"
    (tmp_path / "m.md").write_text(
        front + "BYD cut prices on 20 models by 10% on Monday.\n", encoding="utf-8"
    )
    records = tmp_path / "s.jsonl"
    records.write_text(
        json.dumps({"id": "a1", "title": "T", "text": "Text here.", "url": "data:text/html,x"}) + "\n"
    )
    text = to_json(compile_digest([tmp_path]))
    assert "javascript:" not in text
    assert "data:text" not in text


def test_ready_made_stories_have_their_own_size_limit(tmp_path: Path) -> None:
    """A JSON Lines file over max_file_bytes still reads (it is not split); a refused run names the limit."""
    from digest.settings import Settings

    records = tmp_path / "stories.jsonl"
    line = json.dumps({"id": "a1", "title": "Nio cuts prices", "text": "Nio cut prices on three models."})
    records.write_text(line + "\n", encoding="utf-8")
    small = Settings(reading=ReadSettings(max_file_bytes=10))
    assert read_stories([records], small).stories
    tight = Settings(reading=ReadSettings(max_file_bytes=10, max_records_bytes=10))
    assert not read_stories([records], tight).stories
    done = _run("compile", str(records), "--no-state", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page = tmp_path / "page.md"
    page.write_text("# Big\n\n" + "word " * 20, encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(f'inputs = ["{page}"]\n[reading]\nmax_file_bytes = 10\n', encoding="utf-8")
    refused = _run("compile", "--config", str(config), "--no-state")
    assert refused.returncode == 1
    assert "larger than max_file_bytes" in refused.stderr
    assert str(page) in refused.stderr


def test_a_line_past_max_line_chars_is_cut_and_named_on_stderr(tmp_path: Path) -> None:
    """A paragraph of megabytes with no line break is read up to ``max_line_chars`` (at a sentence);
    the rest is a ledger entry naming the setting, and the command warns in one line naming the file."""
    from digest.settings import Settings

    page = tmp_path / "one-line.txt"
    sentence = "Driverless cranes moved containers at the Lisbon port for a week. "
    page.write_text(sentence * 200, encoding="utf-8")  # 13,200 characters, one line
    reading = read_stories([page], Settings(reading=ReadSettings(max_line_chars=2_000)))
    (story,) = reading.stories
    assert len(story.text) <= 2_000
    assert story.text.endswith("for a week.")
    (cut,) = [d for d in reading.dropped if d.reason is DropReason.UNREADABLE]
    assert cut.path == str(page)
    assert cut.detail.startswith("line 1 is 13,200 characters, longer than max_line_chars (2,000)")
    assert cut.text.startswith("Driverless cranes")
    config = tmp_path / "c.toml"
    config.write_text(f'inputs = ["{page}"]\n[reading]\nmax_line_chars = 2000\n', encoding="utf-8")
    done = _run("compile", "--config", str(config), "--no-state", "-o", str(tmp_path / "d.md"))
    assert done.returncode == 0, done.stderr
    (warning,) = [line for line in done.stderr.splitlines() if "warning" in line]
    assert warning.startswith(f"digest: warning: {page}: line 1 is 13,200 characters")
