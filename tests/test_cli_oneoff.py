"""The CLI a user of sqlite-utils or llm expects: one-off runs change nothing, configs are found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli.main import main
from digest.history.store import History

ROOT = Path(__file__).resolve().parents[1]
WEEKLY = Path(__file__).parent / "newsletters" / "weekly"
W05 = WEEKLY / "2026-W05"

_UNDATED_NEWSLETTER = """\
# Plain Letter

## Nio opens orders for the ET9 flagship

Nio opened orders for its ET9 flagship sedan on Tuesday in Shanghai, and said deliveries start
in March at a price of 788,000 yuan.
"""


def _run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The installed command in a child process (its own stdout, not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "digest.cli.main", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_a_one_off_compile_keeps_no_history_and_ignores_a_held_lock(own_history: Path) -> None:
    """`digest compile fixtures/` neither records history nor waits while another run holds its lock."""
    with History(own_history):  # another run, holding the default history's lock
        done = _run("compile", "fixtures/seeds", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# ")
    with History(own_history) as history:
        assert history.periods() == ()


def test_a_weekly_run_keeps_history(tmp_path: Path, own_history: Path) -> None:
    """--week (or `week` in the config) is a scheduled run: it records its period."""
    assert main(["compile", str(W05), "--week", "2026-W05", "-q", "-o", str(tmp_path / "d.md")]) == 0
    with History(own_history) as history:
        assert [p.period for p in history.periods()] == ["2026-W05"]


def _config(folder: Path, out: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "digest.toml"
    config.write_text(f'inputs = ["{W05}"]\noutput = "{out}"\n', encoding="utf-8")
    return config


def test_no_input_reads_the_config_named_by_digest_config(tmp_path: Path) -> None:
    """Plain `digest compile` reads $DIGEST_CONFIG and says which config it used."""
    config = _config(tmp_path / "elsewhere", tmp_path / "d.md")
    done = _run("compile", env={"DIGEST_CONFIG": str(config)})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# ")
    assert str(config) in done.stderr


def test_no_input_reads_the_user_config_folder(tmp_path: Path) -> None:
    """Without $DIGEST_CONFIG the config is digest.toml in the user config folder (XDG on Linux)."""
    _config(tmp_path / "xdg" / "digest", tmp_path / "d.md")
    done = _run("compile", "-q", env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d.md").exists()


def test_a_missing_named_config_and_no_config_at_all(tmp_path: Path) -> None:
    """$DIGEST_CONFIG naming no file is exit 1; no input and no config: exit 2, naming `digest init`."""
    missing = _run("compile", env={"DIGEST_CONFIG": str(tmp_path / "nope.toml")})
    assert missing.returncode == 1
    assert (
        missing.stderr.strip()
        == f"digest: error: {tmp_path / 'nope.toml'}: no such config file (named by DIGEST_CONFIG)"
    )
    none = _run("compile", env={"XDG_CONFIG_HOME": str(tmp_path / "empty")})
    assert none.returncode == 2
    assert "digest init" in none.stderr
    assert len(none.stderr.strip().splitlines()) == 1


def test_an_empty_week_writes_and_records_nothing(tmp_path: Path, own_history: Path) -> None:
    """No story in the week: exit 0, one notice, no file, no history; --write-empty writes one."""
    out = tmp_path / "w47.md"
    done = _run("compile", str(W05), "--week", "2026-W47", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "digest: no story in 2026-W47 (16–22 November 2026): no digest written, nothing recorded"
    )
    assert not out.exists()
    with History(own_history) as history:
        assert history.periods() == ()
    assert main(["compile", str(W05), "--week", "2026-W47", "--write-empty", "-q", "-o", str(out)]) == 0
    assert out.exists()


def test_undated_stories_take_their_editions_date_or_go_to_the_ledger(tmp_path: Path) -> None:
    """In a window an undated story takes its edition's date; with none it is 'undated' unless asked."""
    letter = tmp_path / "plain.md"
    letter.write_text(_UNDATED_NEWSLETTER, encoding="utf-8")
    out = tmp_path / "d.json"
    args = ["compile", str(W05), str(letter), "--week", "2026-W05", "--format", "json", "--no-state", "-q"]
    assert main([*args, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    undated = [d for d in data["dropped"] if d["reason"] == "undated"]
    assert [d["path"] for d in undated] == [str(letter)]
    kept = [s for c in data["clusters"] for s in c["stories"]]
    assert kept
    assert all(s["date"] for s in kept), "every W05 story is dated (its own date or its edition's)"
    assert main([*args, "--include-undated", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert str(letter) in {s["path"] for c in data["clusters"] for s in c["stories"]}


def test_since_after_until_is_a_usage_error() -> None:
    """A window that ends before it starts is exit 2 with one line."""
    done = _run("compile", "fixtures/seeds", "--since", "2026-02-09", "--until", "2026-02-01")
    assert done.returncode == 2
    assert done.stderr == "digest: usage error: --since 2026-02-09 is after --until 2026-02-01\n"


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["compil", "fixtures"], "did you mean 'compile'?"),
        (["compile", "fixtures", "--wek", "last"], "did you mean '--week'?"),
        (["stories", "fixtures", "--format", "jsn"], "did you mean 'json'?"),
    ],
)
def test_misspellings_get_a_suggestion(args: list[str], hint: str) -> None:
    """Misspelled commands, options and choices: exit 2 and a suggestion on the one line."""
    done = _run(*args)
    assert done.returncode == 2
    assert hint in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_stories_piped_are_tab_separated_and_other_formats() -> None:
    """Not a terminal: a header and one tab-separated line per story; csv and jsonl on request."""
    tsv = _run("stories", "fixtures/seeds")
    lines = tsv.stdout.splitlines()
    assert lines[0] == "id\tsource\tdate\tsection\ttitle\turl"
    assert len(lines) > 10
    assert all(line.count("\t") == 5 for line in lines)
    assert "┃" not in tsv.stdout
    assert "│" not in tsv.stdout
    csv_out = _run("stories", "fixtures/seeds", "--dropped", "--format", "csv").stdout
    assert csv_out.startswith("path,reason,detail,source,story_id,text\n")
    jsonl = _run("stories", "fixtures/seeds", "--format", "jsonl").stdout.splitlines()
    assert len(jsonl) == len(lines) - 1
    assert json.loads(jsonl[0])["id"] == lines[1].split("\t")[0]


def test_version() -> None:
    """`digest --version` prints the installed version."""
    done = _run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("digest ")


def test_init_then_the_weekly_flow_from_a_clean_home(tmp_path: Path) -> None:
    """The README's five minutes, in a clean HOME: init, compile with no argument, re-run, same bytes."""
    home = tmp_path / "home"
    home.mkdir()
    unset = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "DIGEST_STATE", "DIGEST_CONFIG")
    env = {k: v for k, v in os.environ.items() if k not in unset} | {"HOME": str(home)}
    init = subprocess.run(
        [sys.executable, "-m", "digest.cli.main", "init", str(ROOT / "fixtures" / "seeds")],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    config = home / ".config" / "digest" / "digest.toml"
    assert config.is_file()
    assert "0 7 * * 1" in init.stdout
    assert "OnCalendar=Mon" in init.stdout
    again = subprocess.run(
        [sys.executable, "-m", "digest.cli.main", "init"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert again.returncode == 1
    assert "already there" in again.stderr
    command = [sys.executable, "-m", "digest.cli.main", "compile", "--as-of", "2026-02-09", "-q"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert first.returncode == 0, first.stderr
    digest = home / "digests" / "2026-W06.md"
    text = digest.read_bytes()
    assert text.startswith(b"# ")
    assert (home / ".local" / "share" / "digest" / "history.sqlite").exists(), "a weekly run keeps history"
    second = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert second.returncode == 0, second.stderr
    assert digest.read_bytes() == text
