"""The ``digest`` command: parse arguments, call the library, render.

Heavy modules (the readers, datasketch, rich) are imported inside the commands
so ``digest --help`` stays instant. Every :class:`~digest.errors.DigestError`
becomes one line on stderr and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digest.errors import DigestError, UsageError

if TYPE_CHECKING:
    from digest.cli.config import Config
    from digest.cli.progress import Reporter
    from digest.history.index import SignatureIndex
    from digest.history.store import History
    from digest.models import Digest, Dropped, Reading, WeeklyRun
    from digest.settings import Settings

from digest.cli.parser import EXIT_ERROR, EXIT_OK, EXIT_USAGE, build_parser, today


def _settings(args: argparse.Namespace) -> Settings:
    from digest.settings import ReadSettings, Settings

    reading = ReadSettings(as_of=args.as_of, day_first=args.day_first, follow_links=args.follow_links)
    return Settings(reading=reading)


def _read(args: argparse.Namespace, settings: Settings) -> Reading:
    from digest.ingest import read_stories

    return read_stories(args.inputs, settings, strict=args.strict)


def _emit(text: str | Iterable[str], output: str | None, *, force: bool = False) -> None:
    from digest.cli.output import write_atomic

    write_atomic(output or "-", text, force=force)


def _cmd_stories(args: argparse.Namespace) -> int:
    from digest.render import json as serialize

    reading = _read(args, _settings(args))
    fmt = args.format or ("table" if args.output is None and sys.stdout.isatty() else "tsv")
    records: list[dict[str, Any]]
    if args.dropped:
        records = [serialize.dropped_dict(d) for d in reading.dropped]
    else:
        records = [serialize.story_dict(s) for s in reading.stories]
    if fmt == "json":
        _emit(serialize.dumps(records), args.output)
    elif fmt == "jsonl":
        import json

        _emit("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), args.output)
    elif fmt in ("tsv", "csv"):
        from digest.cli.tables import DROPPED_COLUMNS, STORY_COLUMNS, delimited

        _emit(delimited(records, DROPPED_COLUMNS if args.dropped else STORY_COLUMNS, fmt), args.output)
    else:
        from digest.cli.tables import dropped_table, stories_table

        table = dropped_table(reading.dropped) if args.dropped else stories_table(reading.stories)
        _emit_rich(table, args.output)
    return EXIT_OK


def _emit_rich(renderable: Any, output: str | None) -> None:
    from rich.console import Console

    if output:
        import io

        buffer = io.StringIO()
        Console(file=buffer, width=120, color_system=None).print(renderable)
        _emit(buffer.getvalue(), output)
    else:
        Console().print(renderable)


def _cmd_compile(args: argparse.Namespace) -> int:
    from digest.cli.progress import make_reporter

    reporter = make_reporter(args.quiet, args.verbose)
    try:
        return _compile(args, reporter)
    finally:
        reporter.stop()


def _compile(args: argparse.Namespace, reporter: Reporter) -> int:
    from digest.cli.config import Config, default_config_path, find_config, load_config
    from digest.cli.mailing import mail_settings, mailer
    from digest.parallel import worker_count
    from digest.weekly import compile_week

    config_path = args.config or (None if args.inputs else find_config())
    config = load_config(config_path) if config_path else Config(settings=_settings(args))
    settings = _run_settings(args, config)
    inputs = list(args.inputs) or list(config.inputs)
    if not inputs:
        raise UsageError(
            f"no inputs: give INPUT paths, or `inputs` in a config file ({default_config_path()};"
            " `digest init` writes one)"
        )
    history = _open_history(args, config)
    index_url = args.index or config.index
    if index_url and history is None:
        raise UsageError("--index keeps the history's published stories: it needs history (drop --no-state)")
    index = _open_index(index_url, settings) if index_url else None
    workers = worker_count(settings.workers)
    now = dt.datetime.now(dt.UTC)  # the run's one reading of the clock: history and mail
    mail = mail_settings(args, config.mail)
    fmt = args.format or config.format or "markdown"
    pattern = args.output or config.output
    if config_path:
        reporter.note(f"config {config_path}")
    try:
        reading = _read_inputs(inputs, settings, args.strict, reporter, workers)

        def publish(digest: Digest) -> str:
            target = _output_path(pattern, digest, fmt)
            _emit(_render(digest, fmt), target, force=args.force)
            return target or "stdout"

        run = compile_week(
            reading,
            settings,
            publish=publish,
            progress=reporter,
            history=history,
            index=index,
            workers=workers,
            write_empty=args.write_empty or config.write_empty,
            mail=mailer(mail, now) if mail is not None else None,
            now=now,
            resend=args.resend,
        )
    finally:
        if history is not None:
            history.close()
        if index is not None:
            index.close()
    return _report(run, args, reporter, history, config_path)


def _read_inputs(
    inputs: Sequence[str], settings: Settings, strict: bool, reporter: Reporter, workers: int
) -> Reading:
    """Every input read and split, each shown (credentials left out) as it starts."""
    from digest.ingest import read_stories
    from digest.text.links import redact

    def progress(path: str) -> None:
        reporter.step(redact(path))

    reporter.start("reading", total=len(inputs))
    reading = read_stories(inputs, settings, strict=strict, on_progress=progress, workers=workers)
    counts = (len(reading.editions), len(reading.stories), len(reading.dropped))
    reporter.done("{} editions, {} stories, {} dropped".format(*counts))
    _check_something_read(reading, inputs)
    _warn_unreadable(reading, reporter)
    return reading


#: Unreadable inputs named one line each on stderr; the rest are counted.
_WARNED = 5


def _unreadable(reading: Reading) -> list[Dropped]:
    """The ledger entries of inputs read in part or not at all."""
    return [d for d in reading.dropped if str(d.reason) == "unreadable"]


def _warn_unreadable(reading: Reading, reporter: Reporter) -> None:
    """One line per input read in part or not at all ("FILE: line 1 is 3,029,744 characters, ...")."""
    from digest.text.links import redact

    unreadable = _unreadable(reading)
    for entry in unreadable[:_WARNED]:
        reporter.warn(f"{redact(entry.path)}: {entry.detail}")
    if len(unreadable) > _WARNED:
        reporter.warn(f"{len(unreadable) - _WARNED} more unreadable: see `digest stories --dropped`")


def _report(
    run: WeeklyRun,
    args: argparse.Namespace,
    reporter: Reporter,
    history: History | None,
    config: str | Path | None,
) -> int:
    """What the run did, on stderr: nothing written, or the summary, the file and the mail."""
    if run.target is None:
        from digest.periods import period_label

        reporter.stop()
        if not args.quiet:
            where = period_label(run.digest.period) if run.digest.period else "the window"
            sys.stderr.write(f"digest: no story in {where}: no digest written, nothing recorded\n")
        return EXIT_OK
    reporter.finish(_summary(run.digest, run.target, history, config))
    if run.target != "stdout":
        reporter.note(f"wrote {run.target}")
    if run.mailed is not None:
        from digest.render.wording import count

        reporter.note(f"mailed {count(len(run.mailed.recipients), 'recipient')} via {run.mailed.server}")
    elif run.already_sent is not None:
        reporter.note(f"not mailed: {run.recorded} was mailed {run.already_sent} (--resend mails it again)")
    return EXIT_OK


def _output_path(pattern: str | None, digest: Digest, fmt: str) -> str | None:
    from digest.history.schedule import output_path

    return output_path(pattern, digest.period, fmt) if pattern else None


def _check_something_read(reading: Reading, inputs: Sequence[str]) -> None:
    if reading.stories:
        return
    unreadable = _unreadable(reading)
    why = (
        f" ({len(unreadable)} unreadable, e.g. {unreadable[0].path}: {unreadable[0].detail};"
        if unreadable
        else ""
    )
    raise DigestError(
        f"nothing to compile: no story found in {', '.join(inputs)}"
        + (f"{why} see `digest stories --dropped`)" if unreadable else "")
    )


def _open_index(url: str, settings: Settings) -> SignatureIndex:
    from digest.history.index import open_index

    return open_index(url, settings.clustering)


def _run_settings(args: argparse.Namespace, config: Config) -> Settings:
    """The config's settings with the command line's options on top."""
    from attrs import evolve

    from digest.history.schedule import week_window

    settings = config.settings
    reading = settings.reading
    if args.as_of is not None:
        reading = evolve(reading, as_of=args.as_of)
    if args.day_first is not None:
        reading = evolve(reading, day_first=args.day_first)
    if args.follow_links:
        reading = evolve(reading, follow_links=True)
    figures = settings.figures
    if args.base_currency:
        figures = evolve(figures, base_currency=args.base_currency)
    compose = settings.compose
    week = args.week or (None if args.since or args.until else config.week)
    if week:
        since, until = week_window(week, reading.as_of or today())
    else:
        since, until = args.since, args.until
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    title = args.title or config.title
    include_undated = args.include_undated or compose.include_undated
    compose = evolve(
        compose, since=since, until=until, title=title or compose.title, include_undated=include_undated
    )
    workers = settings.workers if args.workers is None else args.workers
    return evolve(settings, reading=reading, figures=figures, compose=compose, workers=workers)


def _open_history(args: argparse.Namespace, config: Config) -> History | None:
    """The history, when the run asks for it: --state, ``state`` in the config, or a weekly run.

    A one-off compile (inputs, no week) neither reads nor records history, so it
    never waits for another run's lock and leaves no trace.
    """
    from digest.history.store import History, default_state_path

    if args.no_state or (config.state is False and not args.state):
        return None
    weekly = bool(args.week or (config.week and not (args.since or args.until)))
    configured = config.state if isinstance(config.state, str) else None
    named: str | None = args.state or configured
    if named is None and not (config.state is True or weekly):
        return None
    history = History(named or default_state_path())
    history.open()
    return history


def _render(digest: Digest, fmt: str) -> str | Iterable[str]:
    if fmt == "json":
        from digest.render.json import iter_digest_json

        return iter_digest_json(digest)
    if fmt == "html":
        from digest.render.html import to_html

        return to_html(digest)
    from digest.render.markdown import to_markdown

    return to_markdown(digest)


def _summary(
    digest: Digest, target: str | None, history: History | None, config: str | Path | None
) -> list[tuple[str, str]]:
    from collections import Counter

    from digest.models import Placement

    reasons = Counter(str(d.reason) for d in digest.dropped)
    placed = Counter(m.placement for m in digest.merged)
    return [
        ("period", digest.title),
        ("editions", str(len(digest.editions))),
        ("stories", str(len(digest.stories))),
        ("unique stories", str(len(digest.merged))),
        (
            "told",
            ", ".join(f"{place} {placed[place]}" for place in sorted(placed, key=list(Placement).index)),
        ),
        ("updates", str(sum(1 for m in digest.merged if m.follows is not None))),
        ("conflicts", str(sum(len(m.conflicts) for m in digest.merged))),
        ("dropped", ", ".join(f"{r} {n}" for r, n in sorted(reasons.items())) or "0"),
        ("output", target or "stdout"),
        ("history", str(history.path) if history is not None else "off"),
        ("config", str(config) if config else "none"),
    ]


def _cmd_history(args: argparse.Namespace) -> int:
    from digest.history.store import History, default_state_path

    path = args.state or default_state_path()
    with History(path) as history:
        pruned: tuple[str, ...] = ()
        if args.prune_before is not None or args.keep is not None:
            pruned = history.prune(before=args.prune_before, keep=args.keep)
        records = history.periods()
    if args.format == "json":
        from digest.render.json import dumps

        data = {
            "state": str(path),
            "pruned": list(pruned),
            "digests": [
                {
                    "period": r.period,
                    "start": r.since.isoformat(),
                    "end": r.until.isoformat(),
                    "title": r.title,
                    "stories": r.stories,
                    "recorded_at": r.recorded_at,
                }
                for r in records
            ],
        }
        _emit(dumps(data), None)
        return EXIT_OK
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{len(records)} digests in {path}"), title_justify="left")
    for column in ("period", "from", "to", "stories", "recorded"):
        table.add_column(column)
    for r in records:
        dates = (r.since.isoformat(), r.until.isoformat())
        table.add_row(*map(Text, (r.period, *dates, str(r.stories), r.recorded_at)))
    _emit_rich(table, None)
    if pruned:
        sys.stderr.write(f"digest: forgot {len(pruned)} digests: {', '.join(pruned)}\n")
    return EXIT_OK


def _cmd_feed(args: argparse.Namespace) -> int:
    from digest.deliver.feed import to_atom
    from digest.history.store import History, default_state_path
    from digest.render.markdown import safe_url

    if args.link is not None and not (safe_url(args.link) or "").startswith(("http://", "https://")):
        raise UsageError(f"--link {args.link!r}: give the http(s) address the feed is published at")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with History(args.state or default_state_path()) as history:
        pages = history.pages(args.limit)
    _emit(to_atom(pages, title=args.title, link=args.link), args.output)
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    from digest.cli.config import default_config_path
    from digest.cli.init import write_starter

    path = Path(args.config).expanduser() if args.config else default_config_path()
    schedule = write_starter(path, args.inputs)
    sys.stdout.write(f"wrote {path}: edit it, then try `digest compile`\n\n{schedule}")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    from digest.cluster.explain import explain_pair, render_explanation

    settings = _settings(args)
    reading = _read(args, settings)
    by_id = {s.id: s for s in reading.stories}
    missing = [i for i in args.pair if i not in by_id]
    if missing:
        listed = ", ".join(missing)
        raise DigestError(f"no story with id {listed} in the inputs; list ids with `digest stories`")
    first, second = (by_id[i] for i in args.pair)
    _emit_rich(render_explanation(explain_pair(first, second, reading.stories, settings.clustering)), None)
    return EXIT_OK


def _one_line(error: Exception) -> str:
    """An error's message on one line, with no terminal control characters (it may quote input)."""
    from digest.text.links import redact

    text = "".join(ch if ch.isprintable() else " " for ch in redact(str(error)))
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from importlib.metadata import version

        sys.stdout.write(f"digest {version('newsletter-digest')}\n")
        return EXIT_OK
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.command == "compile":
        from digest.cli.memory import return_freed_memory

        return_freed_memory()
    handlers = {
        "stories": _cmd_stories,
        "compile": _cmd_compile,
        "explain": _cmd_explain,
        "history": _cmd_history,
        "feed": _cmd_feed,
        "init": _cmd_init,
    }
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        sys.stderr.write(f"digest: usage error: {_one_line(exc)}\n")
        return EXIT_USAGE
    except DigestError as exc:
        sys.stderr.write(f"digest: error: {_one_line(exc)}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("digest: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
