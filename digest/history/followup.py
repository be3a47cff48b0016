"""Follow-ups across weeks: compare a digest with what earlier digests published.

A merged story that continues a published one (the same reports or links, or
similar enough by the clustering's own similarity) is either

- an **update**: it gets :attr:`~digest.compose.merge.MergedStory.follows`, naming the
  earlier digest's period, cluster and headline and saying what is new (a
  changed or new figure, or new reporting); or
- **nothing new**: every report was already published, or it repeats what was
  said with no new figure; it leaves the digest and each of its stories goes
  to the ledger as ``already-published``.

Pure functions: the store is :mod:`digest.history.store`; with a shared index
(:mod:`digest.history.index`), :func:`narrow` picks the published stories worth comparing.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from digest.cluster.fingerprint import content_terms
from digest.cluster.grouping import cross_similarity
from digest.figures.currency import Rates
from digest.figures.reconcile import reconcile
from digest.history.index import SignatureIndex, candidate_keys, signatures
from digest.history.store import Published, PublishedFigure
from digest.models import (
    Digest,
    Dropped,
    DropReason,
    FigureValue,
    FollowUp,
    Format,
    MergedStory,
    Placement,
    Reconciliation,
    Story,
)
from digest.periods import period_key, period_label
from digest.settings import Settings

__all__ = ["follow_up", "narrow", "published_key", "published_stories", "remember"]

#: A sentence whose numbers were all published, and this share of its words, says nothing new.
_SAID_SHARE = 0.75
#: Figure values further apart than this (relative) have changed.
_CHANGED = 0.03


def published_stories(
    digest: Digest, settings: Settings, rates: Rates | None = None
) -> tuple[Published, ...]:
    """What ``digest`` publishes, as the history records it (its period must be known)."""
    if digest.period is None:
        return ()
    figures = _Figures(digest, settings, rates or Rates(settings.figures.base_currency))
    since, until = digest.period
    key = period_key(since, until)
    return tuple(
        Published(
            period=key,
            since=since,
            until=until,
            cluster_id=story.cluster_id,
            headline=story.headline,
            text="\n".join(sentence.text for sentence in story.summary),
            sources=story.source_names,
            urls=tuple(sorted({ref.url for ref in story.sources if ref.url})),
            story_ids=story.story_ids,
            figures=figures.of(story),
        )
        for story in digest.merged
        if story.placement in (Placement.FULL, Placement.BRIEF)  # what the subscriber was told
    )


def follow_up(
    digest: Digest, earlier: Sequence[Published], settings: Settings, rates: Rates | None = None
) -> Digest:
    """``digest`` with follow-ups marked and repeats moved to the ledger (see the module docstring)."""
    if not earlier or not digest.merged:
        return digest
    scores = cross_similarity(
        [_probe(f"new-{k}", s.headline, _text(s)) for k, s in enumerate(digest.merged)],
        [_probe(f"old-{k}", p.headline, p.text) for k, p in enumerate(earlier)],
        settings.clustering,
    )
    figures = _Figures(digest, settings, rates or Rates(settings.figures.base_currency))
    by_id = {story.id: story for story in digest.stories}
    kept: list[int] = []
    merged: list[MergedStory] = []
    dropped: list[Dropped] = []
    for k, story in enumerate(digest.merged):
        record = _best(story, earlier, scores[k], settings.history.threshold)
        if record is None:
            kept.append(k)
            merged.append(story)
            continue
        changes = _changes(story, record, figures.of(story))
        if changes is None:
            detail = f'already in the digest of {_label(record)} as "{record.headline}"; nothing new'
            reason = DropReason.ALREADY_PUBLISHED
            dropped.extend(Dropped.of_story(by_id[sid], reason, detail) for sid in story.story_ids)
            continue
        kept.append(k)
        follows = FollowUp(
            period=record.period,
            since=record.since,
            until=record.until,
            cluster_id=record.cluster_id,
            headline=record.headline,
            changes=changes,
        )
        merged.append(evolve(story, follows=follows))
    gone = {sid for k, s in enumerate(digest.merged) if k not in kept for sid in s.story_ids}
    return evolve(
        digest,
        stories=tuple(s for s in digest.stories if s.id not in gone),
        clusters=tuple(digest.clusters[k] for k in kept),
        merged=tuple(merged),
        dropped=digest.dropped + tuple(dropped),
    )


def _probe(pid: str, headline: str, text: str) -> Story:
    """A story-shaped view of a merged or published story, for similarity only."""
    return Story(id=pid, title=headline, text=text, source=pid, path=pid, format=Format.JSONL)


def _text(story: MergedStory) -> str:
    return "\n".join(sentence.text for sentence in story.summary)


def _best(
    story: MergedStory, earlier: Sequence[Published], scores: Sequence[float], threshold: float
) -> Published | None:
    """The published story this one continues: shared reports or links first, then the most similar."""
    ids = set(story.story_ids)
    urls = {ref.url for ref in story.sources if ref.url}
    best: Published | None = None
    best_key = (False, 0.0, 0)
    for j, record in enumerate(earlier):
        strong = bool(ids & set(record.story_ids) or urls & set(record.urls))
        if not strong and scores[j] < threshold:
            continue
        # Later periods come first in ``earlier``: on ties the most recent record wins.
        key = (strong, float(scores[j]), -j)
        if best is None or key > best_key:
            best, best_key = record, key
    return best


def _changes(
    story: MergedStory, record: Published, stated: Sequence[PublishedFigure]
) -> tuple[str, ...] | None:
    """What ``story`` (stating the figures ``stated``) adds to ``record``; None when it adds nothing."""
    if set(story.story_ids) <= set(record.story_ids):
        return None
    changes: list[str] = []
    before = {(f.kind, f.measure, f.unit): f for f in record.figures}
    for figure in stated:
        old = before.get((figure.kind, figure.measure, figure.unit))
        if old is None:
            changes.append(f"new figure: {figure.text} ({figure.measure})")
        elif _changed(old.value, figure.value):
            changes.append(f"{figure.measure}: {figure.text}, was {old.text}")
    said = content_terms(f"{record.headline}\n{record.text}")
    fresh = [sentence for sentence in story.summary if not _already_said(sentence.text, said)]
    if not changes and not fresh:
        return None
    if fresh and not changes:
        sources = ", ".join(dict.fromkeys(sentence.source for sentence in fresh))
        changes.append(f"new reporting from {sources}")
    return tuple(changes)


def _already_said(sentence: str, said: frozenset[str]) -> bool:
    """Every number of ``sentence`` was published, and nearly all its words."""
    terms = content_terms(sentence)
    if not terms:
        return True
    numbers = {t for t in terms if t[0].isdigit()}
    if not numbers <= said:
        return False
    return len(terms & said) >= _SAID_SHARE * len(terms)


def _changed(old: float | None, new: float | None) -> bool:
    if old is None or new is None:
        return False
    scale = max(abs(old), abs(new))
    return scale > 0 and abs(old - new) / scale > _CHANGED


class _Figures:
    """Every figure a merged story states (agreed, single-report, and each conflict's headline value)."""

    def __init__(self, digest: Digest, settings: Settings, rates: Rates) -> None:
        self.stories = {story.id: story for story in digest.stories}
        self.settings = settings.figures
        self.rates = rates

    def of(self, story: MergedStory) -> tuple[PublishedFigure, ...]:
        if story.stated_figures is not None:  # reconciled when merged: not read a second time
            found = Reconciliation(story.stated_figures, story.conflicts)
        else:
            members = [self.stories[sid] for sid in story.story_ids if sid in self.stories]
            found = reconcile(members, self.settings, self.rates, single=True)
        base = self.settings.base_currency

        def unit(kind: str) -> str:
            return base if kind == "money" else kind

        def value(values: Sequence[FigureValue]) -> float | None:
            return next((v.value for v in values if v.value is not None), None)

        figures = [
            PublishedFigure(f.kind, f.measure, f.text, value(f.values), unit(f.kind)) for f in found.figures
        ]
        figures += [
            PublishedFigure(c.kind, c.measure, c.chosen.text, c.chosen.value, unit(c.kind))
            for c in found.conflicts
        ]
        return tuple(figures)


def _label(record: Published) -> str:
    return period_label((record.since, record.until))


def published_key(record: Published) -> str:
    """The key of a published story in the shared index: its period and cluster."""
    return f"{record.period}/{record.cluster_id}"


def remember(index: SignatureIndex, stories: Sequence[Published]) -> int:
    """Add published stories to the index (those already there are skipped); returns how many were new."""
    texts = [f"{p.headline}\n{p.text}" for p in stories]
    return index.add([published_key(p) for p in stories], signatures(texts, index.settings))


def narrow(digest: Digest, earlier: Sequence[Published], index: SignatureIndex) -> tuple[Published, ...]:
    """Published stories worth comparing with ``digest``: index candidates, or sharing a report or link."""
    keys = candidate_keys(index, [f"{s.headline}\n{_text(s)}" for s in digest.merged])
    ids = {sid for s in digest.merged for sid in s.story_ids}
    urls = {ref.url for s in digest.merged for ref in s.sources if ref.url}
    return tuple(
        p
        for p in earlier
        if published_key(p) in keys or ids.intersection(p.story_ids) or urls.intersection(p.urls)
    )
