"""The weekly flow, written once: compile, mark follow-ups of earlier weeks, publish, record, mail.

The CLI (and any scheduler of its own) reads the inputs, then calls
:func:`compile_week` with a ``publish`` callback that writes the digest where
it goes and a :class:`Progress` for what the run tells its user. History is
read before composing and recorded only after ``publish`` returned, so a run
that fails to write leaves the history as it was and can simply be run again.
The digest is mailed last, and the history remembers it was: a run of the same
period mails again only when asked to (``resend``), and a run whose mail failed
has published and recorded the digest, so running it again only mails it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

import attrs

from digest.compose.rank import place
from digest.figures.currency import Rates
from digest.history.followup import follow_up, narrow, published_stories, remember
from digest.history.index import SignatureIndex
from digest.history.store import History
from digest.models import Digest, Mailed, Reading, WeeklyRun
from digest.parallel import worker_count
from digest.pipeline import compile_reading
from digest.render.html import to_html
from digest.render.wording import count
from digest.settings import Settings

__all__ = ["Progress", "compile_week"]


class Progress(Protocol):
    """What a weekly run tells its user: stages as they start and end, and warnings."""

    def start(self, stage: str, total: int | None = None) -> None:
        """Begin ``stage``, ending the one before."""

    def done(self, result: str = "") -> None:
        """End the current stage with a short result."""

    def warn(self, message: str) -> None:
        """Something the user should fix, though the run goes on."""


def compile_week(
    reading: Reading,
    settings: Settings,
    *,
    publish: Callable[[Digest], str],
    progress: Progress,
    history: History | None = None,
    index: SignatureIndex | None = None,
    now: dt.datetime | None = None,
    workers: int | None = None,
    write_empty: bool = False,
    mail: Callable[[Digest], Mailed] | None = None,
    resend: bool = False,
) -> WeeklyRun:
    """Compile ``reading``, follow up on ``history``, ``publish`` the digest, then record it.

    ``publish`` writes the digest and returns where it went (for the progress
    line). ``index`` narrows the earlier stories compared; ``now`` is the time
    recorded in the history (default: the clock). When no story falls in the
    window, nothing is published or recorded unless ``write_empty``. ``mail``
    sends the published digest (and raises :class:`~digest.errors.DeliveryError`
    when it cannot); with history, only once per period unless ``resend``.
    """
    rates = Rates(settings.figures.base_currency)
    workers = worker_count(settings.workers) if workers is None else workers
    digest = compile_reading(reading, settings, on_stage=progress.start, rates=rates, workers=workers)
    if not digest.stories and not write_empty:
        return WeeklyRun(digest=digest, target=None)
    keep = history is not None and digest.period is not None
    if history is not None and not keep:
        progress.warn("no story is dated, so history is neither read nor recorded; give --week")
    if history is not None and keep:
        digest = _follow_ups(
            digest, history=history, index=index, settings=settings, rates=rates, progress=progress
        )
    progress.start("writing")
    target = publish(digest)
    when = now or dt.datetime.now(dt.UTC)
    if history is None or not keep:
        progress.done(target)
        run = WeeklyRun(digest=digest, target=target)
        return _mail(run, mail, progress) if mail is not None else run
    key = _record(digest, history=history, index=index, settings=settings, rates=rates, now=when)
    progress.done(f"{target}; history {key} recorded")
    run = WeeklyRun(digest=digest, target=target, recorded=key)
    if mail is None:
        return run
    sent = history.sent_at(key)
    if sent is not None and not resend:
        progress.start("mailing")
        progress.done(f"{key} was mailed {sent}; not again (--resend mails it again)")
        return attrs.evolve(run, already_sent=sent)
    run = _mail(run, mail, progress)
    assert run.mailed is not None  # noqa: S101 - _mail returns what it sent or raises
    history.mark_sent(key, run.mailed.recipients, run.mailed.message_id, when)
    return run


def _mail(run: WeeklyRun, mail: Callable[[Digest], Mailed], progress: Progress) -> WeeklyRun:
    progress.start("mailing")
    mailed = mail(run.digest)
    progress.done(f"to {count(len(mailed.recipients), 'recipient')} via {mailed.server}")
    return attrs.evolve(run, mailed=mailed)


def _follow_ups(
    digest: Digest,
    *,
    history: History,
    index: SignatureIndex | None,
    settings: Settings,
    rates: Rates,
    progress: Progress,
) -> Digest:
    """Mark follow-ups of earlier digests, comparing with the index's candidates when there is an index."""
    assert digest.period is not None  # noqa: S101 - the caller checked
    progress.start("history")
    earlier = history.published_before(digest.period[0], settings.history.lookback_weeks)
    compared = earlier
    if index is not None:
        if not index.shared:
            remember(index, earlier)  # an in-memory index starts empty: fill it from the history
        compared = narrow(digest, earlier, index)
    # Ranked and placed again, without the repeats follow-ups left out.
    digest = place(follow_up(digest, compared, settings, rates), settings.compose)
    updates = sum(1 for m in digest.merged if m.follows is not None)
    candidates = f", {len(compared)} index candidates" if index is not None else ""
    progress.done(f"{len(earlier)} published before{candidates}, {updates} updates")
    return digest


def _record(
    digest: Digest,
    *,
    history: History,
    index: SignatureIndex | None,
    settings: Settings,
    rates: Rates,
    now: dt.datetime,
) -> str:
    """Record what ``digest`` published in the history, and in the index when there is one."""
    assert digest.period is not None  # noqa: S101 - the caller checked
    stories = published_stories(digest, settings, rates)
    key = history.record(*digest.period, digest.title, stories, now, html=to_html(digest))
    if index is not None:
        remember(index, stories)
    return key
