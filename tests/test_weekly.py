"""The weekly job: config file, windows, history across weeks, locking, exit codes, stderr."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest

from digest.cli.config import ConfigError, load_config, parse_config
from digest.cli.main import main
from digest.cli.progress import make_reporter
from digest.errors import DigestError
from digest.history.schedule import output_path, week_window
from digest.history.store import History, HistoryError, Published, PublishedFigure

WEEKS = Path(__file__).parent / "newsletters" / "weekly"
W05, W06 = WEEKS / "2026-W05", WEEKS / "2026-W06"


def _compile(*args: str) -> int:
    return main(["compile", *args])


def _json(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- history across weeks ------------------------------------------------------------------------


def test_next_week_marks_updates_and_leaves_out_repeats(tmp_path: Path) -> None:
    state = str(tmp_path / "history.sqlite")
    assert _compile(str(W05), "--week", "2026-W05", "--state", state, "-q", "-o", str(tmp_path / "5.md")) == 0
    out = tmp_path / "6.json"
    assert (
        _compile(str(W06), "--week", "2026-W06", "--state", state, "-q", "--format", "json", "-o", str(out))
        == 0
    )
    data = _json(out)
    clusters = {c["headline"]: c for c in data["clusters"]}  # type: ignore[attr-defined]
    follows = clusters["Nio ET9 orders pass 25,000"]["follows"]
    assert follows["period"] == "2026-W05"
    assert follows["headline"] == "Nio opens orders for the ET9 flagship"
    assert "orders: 25,000 orders, was 10,000 orders" in follows["changes"]
    assert clusters["Huawei unveils a new foldable phone"]["follows"] is None
    assert not any("BYD" in headline for headline in clusters)
    repeats = [d for d in data["dropped"] if d["reason"] == "already-published"]  # type: ignore[attr-defined]
    assert [d["text"] for d in repeats] == ["BYD price cuts hit 20 models"]
    assert "2026-W05" in repeats[0]["detail"]
    assert "BYD cuts prices on 20 models" in repeats[0]["detail"]


def test_update_note_in_markdown(tmp_path: Path) -> None:
    state = str(tmp_path / "h.sqlite")
    for folder, week in ((W05, "2026-W05"), (W06, "2026-W06")):
        assert (
            _compile(str(folder), "--week", week, "--state", state, "-q", "-o", str(tmp_path / f"{week}.md"))
            == 0
        )
    text = (tmp_path / "2026-W06.md").read_text(encoding="utf-8")
    assert "**Update** to “Nio opens orders for the ET9 flagship” (2026-W05): orders: 25,000 orders" in text
    assert "already-published 1" in text


def test_rerunning_a_week_gives_the_same_bytes(tmp_path: Path) -> None:
    """A second run replaces the week's record instead of matching itself; an older week is unaffected."""
    state = str(tmp_path / "h.sqlite")
    outputs = {}
    for name, folder, week in (("5a", W05, "2026-W05"), ("6a", W06, "2026-W06"), ("6b", W06, "2026-W06"),
                               ("5b", W05, "2026-W05")):  # fmt: skip
        target = tmp_path / f"{name}.md"
        assert _compile(str(folder), "--week", week, "--state", state, "-q", "-o", str(target)) == 0
        outputs[name] = target.read_bytes()
    assert outputs["6a"] == outputs["6b"]
    assert outputs["5a"] == outputs["5b"]
    with History(state) as history:
        assert [r.period for r in history.periods()] == ["2026-W05", "2026-W06"]


def test_no_state_reads_and_records_nothing(tmp_path: Path, own_history: Path) -> None:
    """--no-state: no follow-ups, and the default history file is never created."""
    out = tmp_path / "6.md"
    assert _compile(str(W06), "--week", "2026-W06", "--no-state", "-q", "-o", str(out)) == 0
    assert "**Update**" not in out.read_text(encoding="utf-8")
    assert not own_history.exists()


def test_default_state_is_used_without_options(tmp_path: Path, own_history: Path) -> None:
    """Without --state, the history lives at the default place ($DIGEST_STATE here)."""
    assert _compile(str(W05), "--week", "2026-W05", "-q", "-o", str(tmp_path / "5.md")) == 0
    with History(own_history) as history:
        assert [r.period for r in history.periods()] == ["2026-W05"]


def test_a_second_run_on_one_state_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "h.sqlite"
    out = tmp_path / "6.md"
    with History(state):
        assert _compile(str(W06), "--week", "2026-W06", "--state", str(state), "-o", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("digest: error: ")
    assert "another digest run" in err[-1]
    assert not out.exists()


def _published(period: str, headline: str, figures: tuple[PublishedFigure, ...] = ()) -> Published:
    return Published(
        period=period,
        since=dt.date(2026, 2, 2),
        until=dt.date(2026, 2, 8),
        cluster_id="c1",
        headline=headline,
        text="Text.",
        sources=("A",),
        urls=(),
        story_ids=("s1",),
        figures=figures,
    )


def test_a_failed_record_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """A run that dies while recording rolls back: the previous record of the week survives."""
    state = tmp_path / "h.sqlite"
    now = dt.datetime(2026, 2, 9, tzinfo=dt.UTC)
    with History(state) as history:
        week = (dt.date(2026, 2, 2), dt.date(2026, 2, 8))
        history.record(*week, "first", [_published("2026-W06", "Kept")], now)
        unstorable = PublishedFigure("money", "price", "$1", object(), "USD")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            history.record(*week, "second", [_published("2026-W06", "Lost", (unstorable,))], now)
        (record,) = history.periods()
        assert record.title == "first"
        assert [p.headline for p in history.published_before(dt.date(2026, 2, 9), 8)] == ["Kept"]


def test_history_lists_and_prunes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = str(tmp_path / "h.sqlite")
    for folder, week in ((W05, "2026-W05"), (W06, "2026-W06")):
        target = str(tmp_path / f"{week}.md")
        assert _compile(str(folder), "--week", week, "--state", state, "-q", "-o", target) == 0
    capsys.readouterr()
    assert main(["history", "--state", state, "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["period"] for d in listed["digests"]] == ["2026-W05", "2026-W06"]
    assert [d["stories"] for d in listed["digests"]] == [4, 3]
    assert main(["history", "--state", state, "--keep", "1", "--format", "json"]) == 0
    pruned = json.loads(capsys.readouterr().out)
    assert pruned["pruned"] == ["2026-W05"]
    assert [d["period"] for d in pruned["digests"]] == ["2026-W06"]
    assert main(["history", "--state", state]) == 0
    assert "2026-W06" in capsys.readouterr().out


def test_a_file_that_is_not_a_history_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "h.sqlite"
    state.write_text("not a database, just text " * 100, encoding="utf-8")
    assert main(["history", "--state", str(state)]) == 1
    assert "not a digest history file" in capsys.readouterr().err
    with pytest.raises(HistoryError):
        History(state).open()


def test_history_schema_from_another_version_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "h.sqlite"
    with History(state):
        pass
    with sqlite3.connect(state) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(HistoryError, match="another version"):
        History(state).open()


# -- config file -----------------------------------------------------------------------------------


def test_config_drives_a_scheduled_run(tmp_path: Path) -> None:
    state = tmp_path / "h.sqlite"
    config = tmp_path / "digest.toml"
    config.write_text(
        f"""
inputs = ["{W06}/*.md"]
output = "digests/{{year}}-W{{week}}.{{ext}}"
format = "json"
state = "{state}"
week = "2026-W06"
title = "Cars and markets"

[figures]
base_currency = "EUR"

[sources."China Markets Letter"]
display_name = "CML"
priority = 1
""",
        encoding="utf-8",
    )
    assert _compile("--config", str(config), "-q") == 0
    data = _json(tmp_path / "digests" / "2026-W06.json")
    assert data["title"] == "Cars and markets"
    sources = {s["source"] for c in data["clusters"] for s in c["stories"]}  # type: ignore[attr-defined]
    assert sources == {"Auto Wire", "CML"}
    assert load_config(config).settings.figures.source_priority == ("CML",)
    assert load_config(config).settings.figures.resolution == "priority"
    with History(state) as history:
        assert [r.period for r in history.periods()] == ["2026-W06"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[clustering]\nthreshhold = 0.3",
            "[clustering]: unknown key 'threshhold'; did you mean 'threshold'?",
        ),
        ('[clustering]\nthreshold = "high"', "[clustering] threshold: expected a number, got 'high'"),
        ("[clustering]\nthreshold = 3.0", "threshold must be in (0, 1]"),
        ("[figures]\nbase_currency = 'XYZ'", "base_currency must be a currency the ECB quotes"),
        ("inputs = 3", "inputs: expected a list of paths, got 3"),
        ("[sources.A]\npriority = '1'", "[sources.'A'] priority: expected a whole number, got '1'"),
        ("[sources.A]\ndate_order = 'dmy'", "date_order: expected one of day-first, month-first"),
        ("week = 'W5'", 'week: expected "last", "this" or an ISO week'),
        ("format = 'pdf'", "format: expected one of markdown, json, html"),
        ("[reading]\nas_of = 'tomorrow'", "[reading] as_of: expected a date (YYYY-MM-DD), got 'tomorrow'"),
        ("[reading]\nboilerplate = ['(']", "is not a valid regular expression"),
        ("[[topics]]\nname = 'A'\nkeyword = []", "[[topics]] #1: unknown key 'keyword'"),
        ("reading = 1", "[reading]: expected a table, got 1"),
        ("a = [", "not valid TOML"),
    ],
)
def test_config_errors_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "digest.toml", base=tmp_path)
    assert str(caught.value).startswith("digest.toml: ")
    assert message in str(caught.value)


def test_bad_config_exits_one_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "digest.toml"
    config.write_text("[clustering]\nthreshold = 'x'\n", encoding="utf-8")
    assert _compile("--config", str(config), str(W06)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"digest: error: {config}: [clustering] threshold: expected a number, got 'x'"]
    assert _compile("--config", str(tmp_path / "missing.toml"), str(W06)) == 1
    assert "cannot read config file" in capsys.readouterr().err


def test_config_topics_and_per_source_boilerplate(tmp_path: Path) -> None:
    config = parse_config(
        """
[[topics]]
name = "Cars"
keywords = ["Nio", "BYD"]
[[topics]]
name = "Everything else"

[sources."Auto Wire"]
boilerplate = ["^Huawei unveiled"]
""",
        base=tmp_path,
    )
    from digest import compile_digest, to_json

    data = json.loads(to_json(compile_digest([W06], config.settings)))
    assert data["topics"] == ["Cars", "Everything else"]
    topics = {c["headline"]: c["topic"] for c in data["clusters"]}
    assert topics["BYD price cuts hit 20 models"] == "Cars"
    assert not any("Huawei" in headline for headline in topics)
    assert any("Huawei" in d["text"] and d["source"] == "Auto Wire" for d in data["dropped"])


# -- windows, output paths, exit codes, stderr --------------------------------------------------------


def test_week_windows() -> None:
    thursday = dt.date(2026, 2, 12)
    assert week_window("last", thursday) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))
    assert week_window("this", thursday) == (dt.date(2026, 2, 9), dt.date(2026, 2, 15))
    assert week_window("2026-w06", thursday) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))
    assert week_window("last", dt.date(2026, 1, 1)) == (dt.date(2025, 12, 22), dt.date(2025, 12, 28))
    with pytest.raises(DigestError):
        week_window("2026-W54", thursday)


def test_week_last_is_relative_to_as_of(tmp_path: Path) -> None:
    out = tmp_path / "d.json"
    args = [str(W06), "--week", "last", "--as-of", "2026-02-11", "--no-state", "-q", "--format", "json"]
    assert _compile(*args, "-o", str(out)) == 0
    assert _json(out)["period"] == {"start": "2026-02-02", "end": "2026-02-08"}


def test_output_patterns() -> None:
    week = (dt.date(2025, 12, 29), dt.date(2026, 1, 4))
    assert output_path("d/{year}-W{week}.{ext}", week, "markdown") == "d/2026-W01.md"
    assert output_path("{since}_{until}.{ext}", week, "json") == "2025-12-29_2026-01-04.json"
    days = (dt.date(2026, 2, 2), dt.date(2026, 2, 4))
    assert output_path("{period}.md", days, "md") == "2026-02-02..2026-02-04.md"
    with pytest.raises(DigestError, match=r"unknown field \{month\}"):
        output_path("{month}.md", week, "markdown")
    with pytest.raises(DigestError, match="no story is dated"):
        output_path("{year}.md", None, "markdown")
    assert output_path("digest.{ext}", None, "markdown") == "digest.md"


def test_nothing_to_compile_and_no_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert _compile(str(tmp_path / "empty.txt"), "--no-state") == 1
    assert "nothing to compile" in capsys.readouterr().err
    assert _compile("--no-state") == 2
    assert "no inputs" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        _compile(str(W06), "--week", "2026-W99")
    assert stopped.value.code == 2
    assert "'2026-W99' is not a week" in capsys.readouterr().err


def test_cron_run_writes_log_lines_to_stderr_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "6.md"
    assert _compile(str(W06), "--week", "2026-W06", "-o", str(out)) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert all(line.startswith("digest: ") for line in lines)
    assert any(line.startswith("digest: reading: 2 editions, 4 stories") for line in lines)
    assert lines[-1] == f"digest: wrote {out}"
    assert _compile(str(W06), "--week", "2026-W06", "-q", "-o", str(out)) == 0
    assert capsys.readouterr().err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_gets_progress_and_a_summary_table() -> None:
    stream = _Terminal()
    reporter = make_reporter(quiet=False, verbose=False, stream=stream)
    reporter.start("reading", total=2)
    reporter.step("a")
    reporter.step("b")
    reporter.done("2 editions")
    reporter.start("clustering")
    reporter.finish([("stories", "4"), ("output", "x.md")])
    shown = stream.getvalue()
    for word in ("reading", "clustering", "stories", "x.md"):
        assert word in shown
    assert [stage for stage, _, _ in reporter.times] == ["reading", "clustering"]


def test_a_glob_with_no_match_is_a_ledger_entry(tmp_path: Path) -> None:
    config = tmp_path / "digest.toml"
    config.write_text(f'inputs = ["{W06}/*.md", "nothing-here-*.eml"]\nstate = false\n', encoding="utf-8")
    out = tmp_path / "d.json"
    assert _compile("--config", str(config), "-q", "--format", "json", "-o", str(out)) == 0
    dropped = _json(out)["dropped"]
    assert any(
        d["path"].endswith("nothing-here-*.eml") and d["detail"] == "the pattern matches no file"
        for d in dropped  # type: ignore[attr-defined]
    )
    assert _compile("--config", str(config), "-q", "--strict", "-o", str(out)) == 1


def test_compile_week_records_only_after_publishing(tmp_path: Path) -> None:
    """The library's weekly flow: a publish that fails leaves the history empty; one that works records."""
    from digest import Settings, read_stories
    from digest.cli.progress import Reporter
    from digest.weekly import compile_week

    settings = Settings(workers=1)
    reading = read_stories([W05], settings)
    with History(tmp_path / "h.sqlite") as history:

        def refuse(_: object) -> str:
            raise DigestError("disk full")

        with pytest.raises(DigestError, match="disk full"):
            compile_week(reading, settings, publish=refuse, progress=Reporter(), history=history)
        assert history.periods() == ()
        now = dt.datetime(2026, 2, 9, tzinfo=dt.UTC)
        run = compile_week(
            reading, settings, publish=lambda _: "out.md", progress=Reporter(), history=history, now=now
        )
        assert run.target == "out.md"
        assert run.recorded is not None
        assert [p.period for p in history.periods()] == [run.recorded]


def test_the_history_takes_the_figures_the_merge_reconciled() -> None:
    """Figures recorded for the history are the merge's (every figure stated), equal to a second reading."""
    import attrs

    from digest import Settings
    from digest.figures.currency import Rates
    from digest.history.followup import _Figures
    from digest.pipeline import compile_digest

    settings = Settings()
    digest = compile_digest([Path(__file__).resolve().parents[1] / "fixtures"], settings)
    figures = _Figures(digest, settings, Rates(settings.figures.base_currency))
    assert all(story.stated_figures is not None for story in digest.merged)
    assert sum(len(figures.of(story)) for story in digest.merged) > 0
    for story in digest.merged:
        assert figures.of(story) == figures.of(attrs.evolve(story, stated_figures=None))
