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
from typing import TYPE_CHECKING, Any, NoReturn

from digest.errors import DigestError

if TYPE_CHECKING:
    from digest.cli.config import Config
    from digest.cli.progress import Reporter
    from digest.history.index import SignatureIndex
    from digest.history.store import History
    from digest.models import Digest, Reading
    from digest.settings import Settings

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

_STORIES_EXAMPLES = """\
examples:
  digest stories fixtures/                 list the stories of every newsletter under fixtures/
  digest stories week/*.eml --format json  the same as JSON, for programs
  digest stories inbox.mbox --dropped      what was left out, and why
"""

_COMPILE_EXAMPLES = """\
examples:
  digest compile fixtures/                          the Markdown digest of every newsletter under fixtures/
  digest compile inbox.mbox --week 2026-W06 -o week.md
  digest compile week/ --since 2026-02-02 --until 2026-02-08 --format json -o digest.json
  digest compile stories.jsonl --title "China tech, week 6"
  digest compile --config digest.toml --week last --quiet    the weekly cron job (docs/cron.md)
  digest compile --config digest.toml --index redis://redis.internal:6379/0   history shared by machines
  digest compile big-export/ --workers 1 -o digest.md        one process, however large the input

exit status: 0 digest written; 1 digest error (unreadable input under --strict,
bad config, nothing to compile, history locked, index unreachable); 2 usage error.
"""

_HISTORY_EXAMPLES = """\
examples:
  digest history                          the digests recorded, oldest first
  digest history --keep 26                forget all but the latest 26 digests
  digest history --prune-before 2026-01-01 --state ~/digest/history.sqlite
"""

_EXPLAIN_EXAMPLES = """\
examples:
  digest explain fixtures/ 3f2a9c0d1e2b4a5f 9b8c7d6e5f4a3b2c
      why these two stories are (or are not) in one cluster, with the scores
"""


class UsageError(DigestError):
    """The command line is incomplete in a way argparse cannot see (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"digest: usage error: {message} (see `digest --help`)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _week_arg(value: str) -> str:
    from digest.history.schedule import week_window

    week = value.strip().lower()
    try:
        week_window(week, _today())
    except DigestError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a week; use last, this or YYYY-Www, e.g. 2026-W06"
        ) from None
    return week


def _today() -> dt.date:
    """Today where the command runs (what "last week" is relative to)."""
    return dt.datetime.now().astimezone().date()


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number")
    return int(value)


def _add_verbosity(parser: argparse.ArgumentParser) -> None:
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors on stderr")
    talk.add_argument("-v", "--verbose", action="store_true", help="say more about each stage on stderr")


def _add_reading_options(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    inputs_help = "files or folders to read" + ("" if required else " (default: the config's inputs)")
    parser.add_argument("inputs", nargs="+" if required else "*", metavar="INPUT", help=inputs_help)
    parser.add_argument(
        "--as-of", type=_date, metavar="DATE", help="reference date for relative dates such as 'a day ago'"
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first", dest="day_first", action="store_const", const=True, help="read 07-06-2025 as 7 June"
    )
    order.add_argument(
        "--month-first", dest="day_first", action="store_const", const=False, help="read 07-06-2025 as July 6"
    )
    parser.add_argument(
        "--strict", action="store_true", help="stop at the first unreadable input instead of recording it"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``digest`` command."""
    parser = _Parser(
        prog="digest",
        description="Turn a week of overlapping newsletters into one consolidated digest.",
        epilog="Run `digest COMMAND --help` for the options and examples of a command.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    stories = commands.add_parser(
        "stories",
        help="list the stories read from the inputs",
        description="Read newsletters and list the stories found in them.",
        epilog=_STORIES_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_reading_options(stories)
    stories.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    stories.add_argument("--dropped", action="store_true", help="list the ledger of what was not kept")
    stories.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    compile_ = commands.add_parser(
        "compile",
        help="compile the inputs into one digest",
        description="Read, split and cluster newsletters into one digest.",
        epilog=_COMPILE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_reading_options(compile_, required=False)
    compile_.add_argument(
        "--config", metavar="FILE", help="TOML config: inputs, output, settings (see docs/cron.md)"
    )
    compile_.add_argument("--format", choices=("markdown", "json"), help="output format (default: markdown)")
    compile_.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; may use {year}, {week}, {since}, {until}, {ext}",
    )
    window = compile_.add_mutually_exclusive_group()
    window.add_argument(
        "--week", type=_week_arg, metavar="WEEK", help="the week to cover: last, this, or YYYY-Www (2026-W06)"
    )
    window.add_argument("--since", type=_date, metavar="DATE", help="first day to cover (YYYY-MM-DD)")
    compile_.add_argument("--until", type=_date, metavar="DATE", help="last day to cover (YYYY-MM-DD)")
    compile_.add_argument("--title", help="title of the digest (default: from its period)")
    compile_.add_argument(
        "--base-currency", metavar="CODE", help="currency figures are compared in (default: USD)"
    )
    state = compile_.add_mutually_exclusive_group()
    state.add_argument(
        "--state", metavar="FILE", help="history of published digests (default: in the user data folder)"
    )
    state.add_argument(
        "--no-state", action="store_true", help="neither read nor record history (no follow-ups)"
    )
    compile_.add_argument(
        "--workers",
        type=_count,
        metavar="N",
        help="processes for large runs (default: one per core; 1: this process only)",
    )
    compile_.add_argument(
        "--index",
        metavar="URL",
        help="index of published stories shared by machines and weeks: redis://host:6379/0, or memory",
    )
    _add_verbosity(compile_)

    history = commands.add_parser(
        "history",
        help="list or prune the history of published digests",
        description="List or prune the digests recorded in the history (the --state file).",
        epilog=_HISTORY_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    history.add_argument("--state", metavar="FILE", help="history file (default: in the user data folder)")
    history.add_argument(
        "--prune-before", type=_date, metavar="DATE", help="forget digests that end before DATE"
    )
    history.add_argument("--keep", type=_count, metavar="N", help="forget all but the N latest digests")
    history.add_argument("--format", choices=("table", "json"), default="table", help="output format")

    explain = commands.add_parser(
        "explain",
        help="why two stories were or were not put together",
        description="Show the similarity scores of two stories and the clustering decision.",
        epilog=_EXPLAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_reading_options(explain)
    explain.add_argument("--pair", nargs=2, metavar="ID", required=True, help="the two story ids to compare")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    from digest.settings import ReadSettings, Settings

    return Settings(reading=ReadSettings(as_of=args.as_of, day_first=args.day_first))


def _read(args: argparse.Namespace, settings: Settings) -> Reading:
    from digest.ingest import read_stories

    return read_stories(args.inputs, settings, strict=args.strict)


def _emit(text: str | Iterable[str], output: str | None) -> None:
    if output:
        from digest.cli.output import write_atomic

        write_atomic(output, text)
    elif isinstance(text, str):
        sys.stdout.write(text)
    else:
        sys.stdout.writelines(text)


def _cmd_stories(args: argparse.Namespace) -> int:
    from digest.render import json as serialize

    reading = _read(args, _settings(args))
    if args.format == "json":
        data: list[dict[str, Any]]
        if args.dropped:
            data = [serialize.dropped_dict(d) for d in reading.dropped]
        else:
            data = [serialize.story_dict(s) for s in reading.stories]
        _emit(serialize.dumps(data), args.output)
        return EXIT_OK

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
    from digest.cli.config import Config, load_config
    from digest.history.schedule import output_path
    from digest.ingest import read_stories
    from digest.pipeline import compile_reading

    config = load_config(args.config) if args.config else Config(settings=_settings(args))
    settings = _run_settings(args, config)
    inputs = list(args.inputs) or list(config.inputs)
    if not inputs:
        raise UsageError("no inputs: give INPUT paths, or `inputs` in a --config file")
    history = _open_history(args, config)
    index_url = args.index or config.index
    if index_url and history is None:
        raise UsageError("--index keeps the history's published stories: it needs history (drop --no-state)")
    index = _open_index(index_url, settings) if index_url else None
    try:
        reporter.start("reading", total=len(inputs))
        reading = read_stories(inputs, settings, strict=args.strict, on_progress=reporter.step)
        counts = (len(reading.editions), len(reading.stories), len(reading.dropped))
        reporter.done("{} editions, {} stories, {} dropped".format(*counts))
        if not reading.stories:
            unreadable = sum(1 for d in reading.dropped if str(d.reason) == "unreadable")
            raise DigestError(
                f"nothing to compile: no story found in {', '.join(inputs)}"
                + (f" ({unreadable} unreadable; see `digest stories --dropped`)" if unreadable else "")
            )
        digest = compile_reading(reading, settings, on_stage=reporter.start)
        if history is not None and digest.period is not None:
            digest = _follow_up(digest, history, index, settings, reporter)
        elif history is not None:
            reporter.warn("no story is dated, so history is neither read nor recorded; give --week")
        reporter.start("writing")
        fmt = args.format or config.format or "markdown"
        text = _render(digest, fmt)
        pattern = args.output or config.output
        target = output_path(pattern, digest.period, fmt) if pattern else None
        _emit(text, target)
        if history is not None and digest.period is not None:
            key = _record(digest, history, index, settings)
            reporter.done(f"{target or 'stdout'}; history {key} recorded")
        else:
            reporter.done(target or "stdout")
    finally:
        if history is not None:
            history.close()
        if index is not None:
            index.close()
    reporter.finish(_summary(digest, target, history))
    if target:
        reporter.note(f"wrote {target}")
    return EXIT_OK


def _open_index(url: str, settings: Settings) -> SignatureIndex:
    from digest.history.index import open_index

    return open_index(url, settings.clustering)


def _follow_up(
    digest: Digest,
    history: History,
    index: SignatureIndex | None,
    settings: Settings,
    reporter: Reporter,
) -> Digest:
    """Mark follow-ups of earlier digests, comparing with the index's candidates when there is an index."""
    from digest.history.followup import follow_up, narrow, remember

    assert digest.period is not None  # noqa: S101 - the caller checked
    reporter.start("history")
    earlier = history.published_before(digest.period[0], settings.history.lookback_weeks)
    compared = earlier
    if index is not None:
        if not index.shared:
            remember(index, earlier)  # an in-memory index starts empty: fill it from the history
        compared = narrow(digest, earlier, index)
    from digest.compose.rank import place

    digest = place(follow_up(digest, compared, settings), settings.compose)  # ranks again without repeats
    updates = sum(1 for m in digest.merged if m.follows is not None)
    candidates = f", {len(compared)} index candidates" if index is not None else ""
    reporter.done(f"{len(earlier)} published before{candidates}, {updates} updates")
    return digest


def _record(digest: Digest, history: History, index: SignatureIndex | None, settings: Settings) -> str:
    """Record what ``digest`` published in the history, and in the index when there is one."""
    from digest.history.followup import published_stories, remember

    assert digest.period is not None  # noqa: S101 - the caller checked
    stories = published_stories(digest, settings)
    key = history.record(*digest.period, digest.title, stories, dt.datetime.now(dt.UTC))
    if index is not None:
        remember(index, stories)
    return key


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
    figures = settings.figures
    if args.base_currency:
        figures = evolve(figures, base_currency=args.base_currency)
    compose = settings.compose
    week = args.week or (None if args.since or args.until else config.week)
    if week:
        since, until = week_window(week, reading.as_of or _today())
    else:
        since, until = args.since, args.until
    title = args.title or config.title
    compose = evolve(compose, since=since, until=until, title=title or compose.title)
    workers = settings.workers if args.workers is None else args.workers
    return evolve(settings, reading=reading, figures=figures, compose=compose, workers=workers)


def _open_history(args: argparse.Namespace, config: Config) -> History | None:
    from digest.history.store import History, default_state_path

    if args.no_state or (config.state is False and not args.state):
        return None
    configured = config.state if isinstance(config.state, str) else None
    path = args.state or configured or default_state_path()
    history = History(path)
    history.open()
    return history


def _render(digest: Digest, fmt: str) -> str | Iterable[str]:
    if fmt == "json":
        from digest.render.json import iter_digest_json

        return iter_digest_json(digest)
    from digest.render.markdown import to_markdown

    return to_markdown(digest)


def _summary(digest: Digest, target: str | None, history: History | None) -> list[tuple[str, str]]:
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

    table = Table(title=f"{len(records)} digests in {path}", title_justify="left")
    for column in ("period", "from", "to", "stories", "recorded"):
        table.add_column(column)
    for r in records:
        dates = (r.since.isoformat(), r.until.isoformat())
        table.add_row(r.period, *dates, str(r.stories), r.recorded_at)
    _emit_rich(table, None)
    if pruned:
        sys.stderr.write(f"digest: forgot {len(pruned)} digests: {', '.join(pruned)}\n")
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
    }
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        sys.stderr.write(f"digest: usage error: {exc}\n")
        return EXIT_USAGE
    except DigestError as exc:
        sys.stderr.write(f"digest: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("digest: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
