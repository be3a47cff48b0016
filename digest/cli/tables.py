"""Stories and the ledger as rows: rich tables for a terminal, TSV or CSV for programs and pipes."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from digest.models import Dropped, Story

_PREVIEW = 90


def _preview(text: str, limit: int = _PREVIEW) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def stories_table(stories: Sequence[Story]) -> Table:
    """One row per story: id, source, date, section and title (plain text: no markup from the input)."""
    table = Table(title=f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}", expand=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("source")
    table.add_column("date", no_wrap=True)
    table.add_column("section")
    table.add_column("title")
    for story in stories:
        table.add_row(
            *map(
                Text,
                (
                    story.id,
                    story.source,
                    story.date.isoformat() if story.date else "?",
                    story.section or "",
                    _preview(story.title),
                ),
            )
        )
    return table


def dropped_table(dropped: Sequence[Dropped]) -> Table:
    """One row per ledger entry: where it came from, why it was dropped, what it said."""
    table = Table(title=f"{len(dropped)} items not kept", expand=False)
    table.add_column("path", style="dim")
    table.add_column("reason")
    table.add_column("detail")
    table.add_column("text")
    for entry in dropped:
        table.add_row(*map(Text, (entry.path, str(entry.reason), entry.detail, _preview(entry.text, 60))))
    return table


#: The columns of ``digest stories`` in tab- or comma-separated form.
STORY_COLUMNS = ("id", "source", "date", "section", "title", "url")
DROPPED_COLUMNS = ("path", "reason", "detail", "source", "story_id", "text")


def delimited(records: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    """Records as CSV (RFC 4180, with a header) or TSV (a header, tabs and line breaks in values folded)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(record.get(c)) for c in columns] for record in records)
        return out.getvalue()
    lines = ["\t".join(columns)]
    lines += ["\t".join(" ".join(_cell(record.get(c)).split()) for c in columns) for record in records]
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    return "" if value is None else str(value)
