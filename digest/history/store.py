"""The history of published digests: an SQLite file shared by the runs of a schedule.

Each run records the stories it published under its period ("2026-W06", or a
date range). The next run compares its stories with what earlier periods
published (:mod:`digest.history.followup`). Re-running a period replaces its record,
so a second run of the same week matches the same history and gives the same
bytes. One run at a time holds the store's lock; a run that dies before it
records leaves the store as it was (one SQLite transaction per record).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from attrs import frozen

from digest.errors import HistoryError
from digest.periods import period_key

__all__ = [
    "History",
    "HistoryError",
    "Page",
    "PeriodRecord",
    "Published",
    "PublishedFigure",
    "default_state_path",
    "period_key",
]

_SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS periods (
    period TEXT PRIMARY KEY,
    since TEXT NOT NULL,
    until TEXT NOT NULL,
    title TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS published (
    period TEXT NOT NULL REFERENCES periods (period) ON DELETE CASCADE,
    cluster TEXT NOT NULL,
    rank INTEGER NOT NULL,
    headline TEXT NOT NULL,
    text TEXT NOT NULL,
    sources TEXT NOT NULL,
    urls TEXT NOT NULL,
    story_ids TEXT NOT NULL,
    figures TEXT NOT NULL,
    PRIMARY KEY (period, cluster)
);
CREATE INDEX IF NOT EXISTS published_until ON periods (until);
CREATE TABLE IF NOT EXISTS pages (
    period TEXT PRIMARY KEY REFERENCES periods (period) ON DELETE CASCADE,
    html TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sent (
    period TEXT PRIMARY KEY,
    sent_at TEXT NOT NULL,
    recipients TEXT NOT NULL,
    message_id TEXT NOT NULL
);
"""
# "pages" (the HTML each period published, for the feed) and "sent" (what was mailed) were added
# to schema 1 as new tables: older versions ignore them. "sent" outlives a period's re-recording.


@frozen
class PublishedFigure:
    """A figure as a digest published it."""

    kind: str
    measure: str
    text: str
    #: In ``unit`` (the base currency for money), or None when it could not be converted.
    value: float | None
    unit: str


@frozen
class Published:
    """One story a digest published: enough to recognise its continuation later."""

    period: str
    since: dt.date
    until: dt.date
    cluster_id: str
    headline: str
    #: The published summary, sentence per line.
    text: str
    sources: tuple[str, ...]
    urls: tuple[str, ...]
    story_ids: tuple[str, ...]
    figures: tuple[PublishedFigure, ...] = ()


@frozen
class PeriodRecord:
    """One recorded digest."""

    period: str
    since: dt.date
    until: dt.date
    title: str
    stories: int
    recorded_at: str


@frozen
class Page:
    """One recorded digest as it was published in HTML (an entry of the feed)."""

    period: str
    since: dt.date
    until: dt.date
    title: str
    recorded_at: str
    html: str


def default_state_path() -> Path:
    """``$DIGEST_STATE``, else ``history.sqlite`` in the platform's user data folder."""
    override = os.environ.get("DIGEST_STATE")
    if override is not None:
        if not override.strip():
            raise HistoryError("DIGEST_STATE is set but empty: unset it, or name the history file")
        try:
            return Path(override).expanduser()
        except RuntimeError:
            raise HistoryError(f"DIGEST_STATE: cannot expand {override!r} (no such user)") from None
    from platformdirs import user_data_path  # noqa: PLC0415 - only runs that keep history need it

    return user_data_path("digest", appauthor=False) / "history.sqlite"


class History:
    """The store at ``path``, locked for this run; use as a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock: IO[bytes] | None = None
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> History:
        self.open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def open(self) -> None:
        """Take the lock and open (or create) the database."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = _take_lock(self.path.with_name(self.path.name + ".lock"))
        except OSError as exc:
            raise HistoryError(f"{self.path}: cannot open history ({exc.strerror or exc})") from None
        try:
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA busy_timeout = 5000")
            _refuse_foreign(db, self.path)
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (_SCHEMA_VERSION,))
        except HistoryError:
            db.close()
            self.close()
            raise
        except sqlite3.OperationalError as exc:
            self.close()
            if "locked" in str(exc) or "busy" in str(exc):
                busy = "the history is busy (another program is writing it)"
                raise HistoryError(f"{self.path}: {busy}") from None
            raise HistoryError(f"{self.path}: not a digest history file ({exc})") from None
        except sqlite3.Error as exc:
            self.close()
            raise HistoryError(f"{self.path}: not a digest history file ({exc})") from None
        self._db = db
        if row is not None and row[0] != _SCHEMA_VERSION:
            self.close()
            raise HistoryError(f"{self.path}: history written by another version of digest (schema {row[0]})")

    def close(self) -> None:
        """Close the database and release the lock."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise HistoryError(f"{self.path}: history is not open")
        return self._db

    def published_before(self, since: dt.date, weeks: int) -> tuple[Published, ...]:
        """What the periods ending before ``since`` published, ``weeks`` weeks back at most."""
        earliest = since - dt.timedelta(weeks=weeks)
        rows = self._query(
            "SELECT p.period, p.since, p.until, s.cluster, s.headline, s.text, s.sources, s.urls,"
            " s.story_ids, s.figures FROM published s JOIN periods p USING (period)"
            " WHERE p.until < ? AND p.until >= ? ORDER BY p.until DESC, p.period, s.rank",
            (since.isoformat(), earliest.isoformat()),
        )
        try:
            return tuple(_published(row) for row in rows)
        except (ValueError, TypeError, KeyError) as exc:
            raise HistoryError(f"{self.path}: a damaged row in the history ({exc})") from None

    def periods(self) -> tuple[PeriodRecord, ...]:
        """Every recorded digest, oldest first."""
        rows = self._query(
            "SELECT p.period, p.since, p.until, p.title, p.recorded_at,"
            " (SELECT count(*) FROM published s WHERE s.period = p.period)"
            " FROM periods p ORDER BY p.since, p.period",
            (),
        )
        return tuple(
            PeriodRecord(
                period=r[0],
                since=dt.date.fromisoformat(r[1]),
                until=dt.date.fromisoformat(r[2]),
                title=r[3],
                recorded_at=r[4],
                stories=r[5],
            )
            for r in rows
        )

    def record(
        self,
        since: dt.date,
        until: dt.date,
        title: str,
        stories: Sequence[Published],
        now: dt.datetime,
        *,
        html: str | None = None,
    ) -> str:
        """Replace the record of the period ``since``-``until`` with ``stories``; returns its key.

        ``html`` is the digest as published in HTML, kept for the feed.
        """
        key = period_key(since, until)
        with self._transaction() as db:
            db.execute("DELETE FROM periods WHERE period = ?", (key,))
            db.execute(
                "INSERT INTO periods (period, since, until, title, recorded_at) VALUES (?, ?, ?, ?, ?)",
                (key, since.isoformat(), until.isoformat(), title, now.isoformat(timespec="seconds")),
            )
            db.executemany(
                "INSERT INTO published (period, cluster, rank, headline, text, sources, urls, story_ids,"
                " figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_row(key, rank, story) for rank, story in enumerate(stories)],
            )
            if html is not None:
                db.execute("INSERT INTO pages (period, html) VALUES (?, ?)", (key, html))
        return key

    def pages(self, limit: int) -> tuple[Page, ...]:
        """The ``limit`` latest digests recorded with their HTML, latest first."""
        rows = self._query(
            "SELECT p.period, p.since, p.until, p.title, p.recorded_at, g.html FROM periods p"
            " JOIN pages g USING (period) ORDER BY p.until DESC, p.period DESC LIMIT ?",
            (limit,),
        )
        return tuple(
            Page(
                period=r[0],
                since=dt.date.fromisoformat(r[1]),
                until=dt.date.fromisoformat(r[2]),
                title=r[3],
                recorded_at=r[4],
                html=r[5],
            )
            for r in rows
        )

    def sent_at(self, key: str) -> str | None:
        """When the digest of period ``key`` was mailed, if it was."""
        rows = self._query("SELECT sent_at FROM sent WHERE period = ?", (key,))
        return str(rows[0][0]) if rows else None

    def mark_sent(self, key: str, recipients: Sequence[str], message_id: str, now: dt.datetime) -> None:
        """Remember that the digest of period ``key`` was mailed to ``recipients``."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO sent (period, sent_at, recipients, message_id) VALUES (?, ?, ?, ?)",
                (key, now.isoformat(timespec="seconds"), json.dumps(list(recipients)), message_id),
            )

    def prune(self, *, before: dt.date | None = None, keep: int | None = None) -> tuple[str, ...]:
        """Forget periods ending before ``before`` and/or all but the ``keep`` latest; returns their keys."""
        records = self.periods()
        doomed = {r.period for r in records if before is not None and r.until < before}
        if keep is not None:
            doomed |= {r.period for r in records[: max(0, len(records) - keep)]}
        with self._transaction() as db:
            db.executemany("DELETE FROM periods WHERE period = ?", [(key,) for key in sorted(doomed)])
        return tuple(sorted(doomed))

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot read history ({exc})") from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise HistoryError(f"{self.path}: cannot write history ({exc})") from None
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise


def _take_lock(path: Path) -> IO[bytes]:
    handle = path.open("ab")
    try:
        import fcntl  # noqa: PLC0415 - POSIX only; elsewhere SQLite's own locking is all there is

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # pragma: no cover - Windows
        pass
    except BlockingIOError:
        handle.close()
        raise HistoryError(
            f"{path.with_suffix('')}: another digest run is using this history; "
            "wait for it to finish, or give this run its own --state"
        ) from None
    return handle


def _row(key: str, rank: int, story: Published) -> tuple[Any, ...]:
    figures = [
        {"kind": f.kind, "measure": f.measure, "text": f.text, "value": f.value, "unit": f.unit}
        for f in story.figures
    ]
    return (
        key,
        story.cluster_id,
        rank,
        story.headline,
        story.text,
        json.dumps(list(story.sources)),
        json.dumps(list(story.urls)),
        json.dumps(list(story.story_ids)),
        json.dumps(figures),
    )


def _refuse_foreign(db: sqlite3.Connection, path: Path) -> None:
    """Refuse an SQLite file that holds other tables and no digest schema marker (it is not ours)."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return
    marked = "meta" in tables and db.execute("SELECT 1 FROM meta WHERE key = 'schema'").fetchone()
    if not marked:
        problem = "an SQLite database that is not a digest history; name another --state file"
        raise HistoryError(f"{path}: {problem}")


def _published(row: tuple[Any, ...]) -> Published:
    return Published(
        period=row[0],
        since=dt.date.fromisoformat(row[1]),
        until=dt.date.fromisoformat(row[2]),
        cluster_id=row[3],
        headline=row[4],
        text=row[5],
        sources=tuple(json.loads(row[6])),
        urls=tuple(json.loads(row[7])),
        story_ids=tuple(json.loads(row[8])),
        figures=tuple(PublishedFigure(**f) for f in json.loads(row[9])),
    )
