"""The ``digest`` command line: its commands, options, examples and exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import re
from typing import TYPE_CHECKING, NoReturn

from digest.errors import DigestError

if TYPE_CHECKING:
    from typing import TypeAlias

    #: The sub-command table of the parser.
    _Commands: TypeAlias = argparse._SubParsersAction["_Parser"]

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "today"]

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
  digest compile week/ --format html -o digest.html   one self-contained page, readable offline or mailed
  digest compile --config digest.toml --week last --quiet    the weekly cron job (docs/cron.md)
  digest compile --config digest.toml --week last --mail-to me@example.org   ... mailed through [mail]
  digest compile --config digest.toml --index redis://redis.internal:6379/0   history shared by machines
  digest compile big-export/ --workers 1 -o digest.md        one process, however large the input

exit status: 0 digest written; 1 digest error (unreadable input under --strict,
bad config, nothing to compile, history locked, index unreachable, mail not sent:
the digest is still written and recorded); 2 usage error.
"""

_HISTORY_EXAMPLES = """\
examples:
  digest history                          the digests recorded, oldest first
  digest history --keep 26                forget all but the latest 26 digests
  digest history --prune-before 2026-01-01 --state ~/digest/history.sqlite
"""

_INIT_EXAMPLES = """\
examples:
  digest init ~/Mail/newsletters.mbox      a starter config reading that mbox, then how to schedule it
  digest init                              the same with a placeholder to edit
  DIGEST_CONFIG=~/work/digest.toml digest init imaps://me@imap.example.org/Newsletters
"""

_FEED_EXAMPLES = """\
examples:
  digest feed -o digests.atom             the Atom feed of the 10 latest digests in the history
  digest feed --limit 52 --link https://example.org/digests.atom -o /var/www/digests.atom
"""

_EXPLAIN_EXAMPLES = """\
examples:
  digest explain fixtures/ --pair 3f2a9c0d1e2b4a5f 9b8c7d6e5f4a3b2c
      why these two stories are (or are not) in one cluster, with the scores
"""


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        hint = _did_you_mean(message, _known_words(self))
        self.exit(EXIT_USAGE, f"digest: usage error: {message}{hint} (see `digest --help`)\n")


_CHOICE = re.compile(r"invalid choice: '([^']*)'")
_UNKNOWN = re.compile(r"unrecognized arguments: (.*)$")


def _known_words(parser: argparse.ArgumentParser) -> list[str]:
    """Every option and sub-command a user could have meant, the sub-commands' own options included."""
    words = list(parser._option_string_actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words.append(name)
                words.extend(sub._option_string_actions)
        elif action.choices is not None:
            words.extend(str(choice) for choice in action.choices)
    return sorted(set(words))


def _did_you_mean(message: str, known: list[str]) -> str:
    """ "; did you mean 'compile'?" for a misspelled sub-command, option or choice, else ""."""
    if (choice := _CHOICE.search(message)) is not None:
        typed = [choice[1]]
    elif (unknown := _UNKNOWN.search(message)) is not None:
        typed = [word.split("=")[0] for word in unknown[1].split() if word.startswith("-")]
    else:
        return ""
    for word in typed:
        close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
        if close:
            return f"; did you mean '{close[0]}'?"
    return ""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _week_arg(value: str) -> str:
    from digest.history.schedule import week_window

    week = value.strip().lower()
    try:
        week_window(week, today())
    except DigestError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a week; use last, this or YYYY-Www, e.g. 2026-W06"
        ) from None
    return week


def today() -> dt.date:
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
    parser.add_argument(
        "--follow-links", action="store_true", help="read symbolic links that lead out of an input folder"
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
    _add_stories(commands)
    _add_compile(commands)
    _add_history(commands)
    _add_feed(commands)
    _add_explain(commands)
    _add_init(commands)
    return parser


def _command(commands: _Commands, name: str, summary: str, description: str, examples: str) -> _Parser:
    """A sub-command with its one-line summary, description and examples."""
    return commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog=examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_stories(commands: _Commands) -> None:
    stories = _command(
        commands,
        "stories",
        "list the stories read from the inputs",
        "Read newsletters and list the stories found in them.",
        _STORIES_EXAMPLES,
    )
    _add_reading_options(stories)
    stories.add_argument(
        "--format",
        choices=("table", "tsv", "csv", "json", "jsonl"),
        help="output format (default: a table on a terminal, tab-separated lines otherwise)",
    )
    stories.add_argument("--dropped", action="store_true", help="list the ledger of what was not kept")
    stories.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def _add_compile(commands: _Commands) -> None:
    compile_ = _command(
        commands,
        "compile",
        "compile the inputs into one digest",
        "Read, split and cluster newsletters into one digest.",
        _COMPILE_EXAMPLES,
    )
    _add_reading_options(compile_, required=False)
    compile_.add_argument(
        "--config", metavar="FILE", help="TOML config: inputs, output, settings (see docs/cron.md)"
    )
    compile_.add_argument(
        "--format",
        choices=("markdown", "json", "html"),
        help="output format (default: markdown; html: one self-contained page, as mailed)",
    )
    compile_.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; may use {year}, {week}, {since}, {until}, {ext}",
    )
    compile_.add_argument("--force", action="store_true", help="replace FILE even when it is read-only")
    _add_window(compile_)
    _add_run_options(compile_)
    _add_mail_options(compile_)
    _add_verbosity(compile_)


def _add_mail_options(compile_: argparse.ArgumentParser) -> None:
    compile_.add_argument(
        "--mail-to",
        nargs="+",
        metavar="ADDR",
        help="mail the digest (text and HTML) to ADDR... through the config's [mail] server",
    )
    compile_.add_argument(
        "--resend", action="store_true", help="mail the digest even if this period's was mailed already"
    )


def _add_window(compile_: argparse.ArgumentParser) -> None:
    window = compile_.add_mutually_exclusive_group()
    window.add_argument(
        "--week", type=_week_arg, metavar="WEEK", help="the week to cover: last, this, or YYYY-Www (2026-W06)"
    )
    window.add_argument("--since", type=_date, metavar="DATE", help="first day to cover (YYYY-MM-DD)")
    compile_.add_argument("--until", type=_date, metavar="DATE", help="last day to cover (YYYY-MM-DD)")
    compile_.add_argument(
        "--include-undated",
        action="store_true",
        help="in a window, keep stories with no date of their own or of their edition",
    )
    compile_.add_argument(
        "--write-empty",
        action="store_true",
        help="write (and record) a digest even when no story falls in the window",
    )
    compile_.add_argument("--title", help="title of the digest (default: from its period)")


def _add_run_options(compile_: argparse.ArgumentParser) -> None:
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


def _add_history(commands: _Commands) -> None:
    history = _command(
        commands,
        "history",
        "list or prune the history of published digests",
        "List or prune the digests recorded in the history (the --state file).",
        _HISTORY_EXAMPLES,
    )
    history.add_argument("--state", metavar="FILE", help="history file (default: in the user data folder)")
    history.add_argument(
        "--prune-before", type=_date, metavar="DATE", help="forget digests that end before DATE"
    )
    history.add_argument("--keep", type=_count, metavar="N", help="forget all but the N latest digests")
    history.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def _add_feed(commands: _Commands) -> None:
    feed = _command(
        commands,
        "feed",
        "write the Atom feed of the latest digests",
        "Write an Atom 1.0 feed of the latest digests recorded in the history (the --state file), one"
        " entry per period with its HTML, for a feed reader to subscribe to.",
        _FEED_EXAMPLES,
    )
    feed.add_argument("--state", metavar="FILE", help="history file (default: in the user data folder)")
    feed.add_argument(
        "--limit", type=_count, default=10, metavar="N", help="the N latest digests (default: 10)"
    )
    feed.add_argument("--title", default="Newsletter digests", help="title of the feed")
    feed.add_argument(
        "--link",
        metavar="URL",
        help="where the feed is published (its id and the entries' ids derive from it)",
    )
    feed.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def _add_explain(commands: _Commands) -> None:
    explain = _command(
        commands,
        "explain",
        "why two stories were or were not put together",
        "Show the similarity scores of two stories and the clustering decision.",
        _EXPLAIN_EXAMPLES,
    )
    _add_reading_options(explain)
    explain.add_argument("--pair", nargs=2, metavar="ID", required=True, help="the two story ids to compare")


def _add_init(commands: _Commands) -> None:
    init = _command(
        commands,
        "init",
        "write a starter config and print how to schedule the weekly run",
        "Write a commented starter config where `digest compile` looks for it ($DIGEST_CONFIG, else"
        " digest.toml in the user config folder); an existing file is never replaced.",
        _INIT_EXAMPLES,
    )
    init.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="where your newsletters are (files, folders, URLs)"
    )
    init.add_argument("--config", metavar="FILE", help="write the config here instead")
