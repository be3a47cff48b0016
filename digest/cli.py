"""The ``digest`` command: parse arguments, call the library, render.

Heavy modules (the readers, datasketch, rich) are imported inside the commands
so ``digest --help`` stays instant. Every :class:`~digest.errors.DigestError`
becomes one line on stderr and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from digest.errors import DigestError

if TYPE_CHECKING:
    from digest.ingest import Reading
    from digest.settings import ComposeSettings, Settings

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
"""

_EXPLAIN_EXAMPLES = """\
examples:
  digest explain fixtures/ 3f2a9c0d1e2b4a5f 9b8c7d6e5f4a3b2c
      why these two stories are (or are not) in one cluster, with the scores
"""


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"digest: usage error: {message} (see `digest --help`)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _week(value: str) -> tuple[dt.date, dt.date]:
    try:
        year, week = value.upper().split("-W")
        start = dt.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO week; use YYYY-Www, e.g. 2026-W06"
        ) from None
    return start, start + dt.timedelta(days=6)


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders to read")
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
    _add_reading_options(compile_)
    compile_.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help="output format (default: markdown)"
    )
    compile_.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    window = compile_.add_mutually_exclusive_group()
    window.add_argument("--week", type=_week, metavar="YYYY-Www", help="the ISO week to cover, e.g. 2026-W06")
    window.add_argument("--since", type=_date, metavar="DATE", help="first day to cover (YYYY-MM-DD)")
    compile_.add_argument("--until", type=_date, metavar="DATE", help="last day to cover (YYYY-MM-DD)")
    compile_.add_argument("--title", help="title of the digest (default: from its period)")

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


def _emit(text: str, output: str | None) -> None:
    if output:
        from digest._output import write_atomic

        write_atomic(output, text)
    else:
        sys.stdout.write(text)


def _cmd_stories(args: argparse.Namespace) -> int:
    from digest import serialize

    reading = _read(args, _settings(args))
    if args.format == "json":
        data: list[dict[str, Any]]
        if args.dropped:
            data = [serialize.dropped_dict(d) for d in reading.dropped]
        else:
            data = [serialize.story_dict(s) for s in reading.stories]
        _emit(serialize.dumps(data), args.output)
        return EXIT_OK

    from digest._tables import dropped_table, stories_table

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


def _compose_settings(args: argparse.Namespace) -> ComposeSettings:
    from digest.settings import ComposeSettings

    since, until = args.week if args.week else (args.since, args.until)
    return ComposeSettings(since=since, until=until, title=args.title)


def _cmd_compile(args: argparse.Namespace) -> int:
    from attrs import evolve

    from digest.pipeline import compile_reading

    settings = evolve(_settings(args), compose=_compose_settings(args))
    reading = _read(args, settings)
    digest = compile_reading(reading, settings)
    if args.format == "json":
        from digest.serialize import to_json

        text = to_json(digest)
    else:
        from digest.markdown import to_markdown

        text = to_markdown(digest)
    _emit(text, args.output)
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    from digest.explain import explain_pair, render_explanation

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
    handler = {"stories": _cmd_stories, "compile": _cmd_compile, "explain": _cmd_explain}[args.command]
    try:
        return handler(args)
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
