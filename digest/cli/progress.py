"""What a run tells the person or the scheduler running it, on stderr.

On a terminal: a rich progress display, one line per stage, then a summary
table. Without one (cron, pipes): one plain log line per stage. ``--quiet``:
nothing but errors. Standard output is only ever the digest itself.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import IO, Any

__all__ = ["Reporter", "make_reporter"]


class Reporter:
    """Silent reporter; the base of the others. Stages are started by name and end at the next one."""

    def __init__(self) -> None:
        self.times: list[tuple[str, float, str]] = []
        self._stage: str | None = None
        self._started = 0.0

    def start(self, stage: str, total: int | None = None) -> None:
        """Begin ``stage`` (ending the one before); ``total`` steps when known."""
        self.done()
        self._stage, self._started = stage, time.perf_counter()

    def step(self, label: str = "") -> None:
        """One step of the current stage."""

    def done(self, result: str = "") -> None:
        """End the current stage with a short ``result`` ("13 editions, 81 stories")."""
        if self._stage is not None:
            self.times.append((self._stage, time.perf_counter() - self._started, result))
            self._stage = None

    def note(self, message: str) -> None:
        """A line worth reading even when all went well (e.g. where the digest was written)."""

    def warn(self, message: str) -> None:
        """Something the user should fix, though the run goes on."""

    def finish(self, rows: Sequence[tuple[str, str]]) -> None:
        """End the run with its figures (label, value)."""
        self.done()

    def stop(self) -> None:
        """Release the display, whether the run ended well or not."""


class LogReporter(Reporter):
    """Plain lines on stderr, for cron and pipes."""

    def __init__(self, stream: IO[str], verbose: bool = False) -> None:
        super().__init__()
        self.stream = stream
        self.verbose = verbose

    def done(self, result: str = "") -> None:
        stage = self._stage
        super().done(result)
        if stage is not None:
            _, seconds, _ = self.times[-1]
            self._line(f"{stage}: {result} ({seconds:.2f} s)" if result else f"{stage} ({seconds:.2f} s)")

    def step(self, label: str = "") -> None:
        if self.verbose and label:
            self._line(f"  {label}")

    def note(self, message: str) -> None:
        self._line(message)

    def warn(self, message: str) -> None:
        self._line(f"warning: {message}")

    def finish(self, rows: Sequence[tuple[str, str]]) -> None:
        super().finish(rows)
        if self.verbose:
            for label, value in rows:
                self._line(f"{label}: {value}")

    def _line(self, text: str) -> None:
        self.stream.write(f"digest: {text}\n")
        self.stream.flush()


class RichReporter(Reporter):
    """A live progress display per stage on the terminal, then a summary table."""

    def __init__(self, stream: IO[str], verbose: bool = False) -> None:
        super().__init__()
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = Console(file=stream, stderr=True)
        self.verbose = verbose
        self.progress = Progress(
            SpinnerColumn(finished_text="[green]✓"),
            TextColumn("{task.description:<12}"),
            BarColumn(),
            TextColumn("{task.fields[result]}", markup=False),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.progress.start()
        self._task: Any = None

    def start(self, stage: str, total: int | None = None) -> None:
        super().start(stage, total)
        self._task = self.progress.add_task(stage, total=total, result="")

    def step(self, label: str = "") -> None:
        if self._task is not None:
            self.progress.advance(self._task)
            if self.verbose and label:
                from rich.text import Text

                self.progress.console.log(Text(label))

    def done(self, result: str = "") -> None:
        super().done(result)
        if self._task is not None:
            task = self.progress.tasks[-1]
            total = task.total if task.total is not None else 1
            self.progress.update(self._task, total=total, completed=total, result=result)
            self._task = None

    def note(self, message: str) -> None:
        self.progress.console.print(message, highlight=False, markup=False)

    def warn(self, message: str) -> None:
        self.progress.console.print(f"warning: {message}", style="yellow", highlight=False, markup=False)

    def finish(self, rows: Sequence[tuple[str, str]]) -> None:
        super().finish(rows)
        self.progress.stop()
        from rich.table import Table
        from rich.text import Text

        table = Table(title="digest", show_header=False, title_justify="left")
        table.add_column(style="bold")
        table.add_column()
        for label, value in rows:
            table.add_row(Text(label), Text(value))
        self.console.print(table)

    def stop(self) -> None:
        """Stop the live display (also on errors)."""
        self.progress.stop()


def make_reporter(quiet: bool, verbose: bool, stream: IO[str] | None = None) -> Reporter:
    """The reporter for this run: silent, rich on a terminal, plain lines otherwise."""
    stream = stream or sys.stderr
    if quiet:
        return Reporter()
    if stream.isatty():
        return RichReporter(stream, verbose)
    return LogReporter(stream, verbose)
