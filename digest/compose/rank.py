"""Rank the merged stories by how widely they were reported, and cut the digest to a budget.

A story's reach is the number of distinct publications that reported it
(sources, not editions: a newsletter that dates its name is one publication),
then the number of reports, then how recent it is, then the place its
editor gave it (in In brief, a publication's own stories go by the editor's
place before the day: each day's lead before any day's second item). The
first ``full_stories`` are told in full, the next ``brief_stories`` in one
line each; the rest are below the cut. After the stories several publications
reported, the stories of one publication alone are taken in turn from each
publication, so that one prolific recap cannot fill the rest of the stories
told in full and In brief. Nothing is lost: every story
below the cut or in a muted topic stays in the digest's clusters and is in
the ledger with its rank.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from attrs import evolve, frozen

from digest.compose.evidence import states_figures, told_by_chat
from digest.compose.interest import interest_in
from digest.compose.topics import TopicEvidence, settle_topics
from digest.models import Digest, Dropped, DropReason, Format, MergedStory, Placement, SourceRef, Story
from digest.periods import period_label
from digest.settings import ComposeSettings
from digest.text.names import publication

__all__ = ["edition_places", "lists_subjects", "place", "placement", "reach"]


def reach(story: MergedStory, boosted: bool = False) -> tuple[int, int, int]:
    """How widely ``story`` was reported: (publications, reports, latest day); boosted adds a publication.

    A report a publication prints again under the same title (its dates and numbers
    aside) is one report: a block repeated in every issue is not news told again.
    """
    publications = len({publication(ref.source).casefold() for ref in story.sources})
    reports = len({_report(ref) for ref in story.sources})
    day = story.date.toordinal() if story.date else 0
    return publications + (1 if boosted else 0), reports, day


def _report(ref: SourceRef) -> tuple[str, str]:
    title = " ".join(_DIGITS.sub("", ref.title).casefold().split())
    return publication(ref.source).casefold(), title or ref.story_id


_DIGITS = re.compile(r"\d+")
#: Formats whose items stand alone, each its own edition (as the clustering reads them).
_STANDALONE = frozenset({Format.JSONL, Format.RSS, Format.ATOM})


def place(digest: Digest, compose: ComposeSettings, evidence: TopicEvidence | None = None) -> Digest:
    """``digest`` with every merged story ranked and placed, the ledger and period to match.

    Placing again (after follow-ups removed stories, say) gives the same result as
    placing once: earlier "below the cut" and topic "muted" entries are replaced.
    ``evidence``: the topic evidence the merge stage found (with ``compose.topics``).
    """
    by_id = {story.id: story for story in digest.stories}
    digest = evolve(digest, merged=settle_topics(digest.merged, compose.topics, evidence))
    in_clusters = {sid for story in digest.merged for sid in story.story_ids}
    ledger = tuple(d for d in digest.dropped if not _placed_here(d, in_clusters))
    muted_topics = {t.casefold() for t in compose.mute.topics}
    reached = {story.cluster_id: reach(story) for story in digest.merged}  # each story's sources read once
    places = edition_places(digest.stories)
    keys = {
        story.cluster_id: _order(
            story,
            reached[story.cluster_id],
            _boosted(story, by_id, compose),
            _weight(story, reached[story.cluster_id][1], by_id, places),
        )
        for story in digest.merged
        if story.topic.casefold() not in muted_topics
    }
    order = sorted(keys.values())
    full = _full_count(order, compose)
    lead = {story.cluster_id: _publication_of(story) for story in digest.merged}
    ranked = {key[-1] for key in order}
    alone = [s for s in digest.merged if s.cluster_id in ranked and lead[s.cluster_id]]
    turn = {story.cluster_id: _turn_key(story, by_id) for story in alone}
    order = _in_turn(order, lead, turn)
    ranks = {key[-1]: k for k, key in enumerate(order, 1)}
    placed = tuple(
        _placed(story, ranks.get(story.cluster_id, 0), full, compose, reached[story.cluster_id][0])
        for story in digest.merged
    )
    told = [s for s in placed if s.placement in (Placement.FULL, Placement.BRIEF)]
    period = _period(told, by_id, compose) or digest.period
    return evolve(
        digest,
        merged=placed,
        top=_top(placed, compose.top_stories),
        dropped=ledger + _ledger(placed, by_id, len(order), reached),
        period=period,
        title=compose.title or (f"Newsletter digest: {period_label(period)}" if period else digest.title),
    )


#: A story's place in the ranking: listing headline, publications, reports of the event, publications
#: stating its figures, the editors' placement, recency, then headline and cluster.
_Key = tuple[bool, int, int, int, float, int, str, str]

#: The place of a story read from no edition of stories (a feed item, a line of JSON Lines):
#: the middle of an edition.
_NO_PLACE = 0.5


def edition_places(stories: Sequence[Story]) -> dict[str, float]:
    """Each story's place in its edition, 0 for the first story told to 1 for past the last.

    The editor's order: a story after k of the n stories told is at k/n. Editions are told apart as the
    clustering tells them (file, source, edition day); feed items and JSON Lines stand alone.
    """
    editions: dict[tuple[str, str, str], list[Story]] = {}
    for story in stories:
        if story.format not in _STANDALONE:
            day = story.edition_date.isoformat() if story.edition_date else ""
            editions.setdefault((story.path, story.source, day), []).append(story)
    places = {}
    for told in editions.values():
        positions = sorted(s.position for s in told)
        places.update({story.id: bisect.bisect_left(positions, story.position) / len(told) for story in told})
    return places


def placement(story: MergedStory, places: Mapping[str, float]) -> float:
    """Where the newsletters placed ``story``: the mean over its publications of each one's best place.

    0 when every one led with it, near 1 when every one kept it for the back pages.
    ``places``: :func:`edition_places`.
    """
    best: dict[str, float] = {}
    for ref in story.sources:
        name = publication(ref.source).casefold()
        best[name] = min(best.get(name, 1.0), places.get(ref.story_id, _NO_PLACE))
    return round(sum(best.values()) / len(best), 6) if best else _NO_PLACE


@frozen
class _Weight:
    """What ranks a story several publications reported among those of the same reach."""

    #: Reports of the event: each report once, chat retellings of it left out.
    reports: int
    #: Publications one of whose reports opens stating a figure and naming its actor.
    figures: int
    #: :func:`placement`.
    placed: float


def _weight(
    story: MergedStory, reported: int, by_id: Mapping[str, Story], places: Mapping[str, float]
) -> _Weight:
    """How a story several publications reported weighs against others of as many publications.

    A recap's members talking about it (:func:`told_by_chat`) are talk, not more reports; then
    the publications whose report states its figures (an event, not an essay or a book); then
    where the newsletters placed it. A story of one publication keeps its ``reported`` count:
    its place among its publication's stories is decided by its turn (:func:`_turn_key`).
    """
    if _publication_of(story):
        return _Weight(reported, 0, 0.0)
    chat = story.chat_reports  # worked out where the cluster was merged, if it was
    talk = {
        sid
        for sid in story.story_ids
        if sid in by_id and (sid in chat if chat is not None else told_by_chat([by_id[sid]]))
    }
    # Without talk, its reports are the ones :func:`reach` counted.
    reports = len({_report(ref) for ref in story.sources if ref.story_id not in talk}) if talk else reported
    openings = story.figure_openings  # worked out where the cluster was merged, if it was
    stated = {
        publication(ref.source).casefold()
        for ref in story.sources
        if ref.story_id in by_id
        and ref.story_id not in talk
        and (ref.story_id in openings if openings is not None else states_figures(by_id[ref.story_id]))
    }
    return _Weight(reports, len(stated), placement(story, places))


def _publication_of(story: MergedStory) -> str:
    """The one publication that reported ``story``, or "" when several did."""
    names = {publication(ref.source).casefold() for ref in story.sources}
    return names.pop() if len(names) == 1 else ""


#: How a story of one publication waits its turn: chat after reported events, then figures
#: stated before none, then the place its editor gave it.
_Turn = tuple[bool, bool, int]


def _turn_key(story: MergedStory, by_id: Mapping[str, Story]) -> _Turn:
    """What a story of one publication rests on (:mod:`digest.compose.evidence`), then its editor's place."""
    reports = [by_id[sid] for sid in story.story_ids if sid in by_id]
    lead = by_id.get(story.headline_story)
    # Worked out where the cluster was merged, if it was.
    figures = lead is not None and (
        states_figures(lead) if story.lead_figures is None else story.lead_figures
    )
    place = min((s.position for s in reports), default=0)  # the earliest place in its edition
    return told_by_chat(reports), not figures, place


def _in_turn(order: Sequence[_Key], lead: Mapping[str, str], turn: Mapping[str, _Turn]) -> list[_Key]:
    """``order`` with the stories of one publication alone taken in turn from each publication.

    After the stories several publications reported, a prolific publication (a recap that
    retells its own threads all week) would otherwise fill the rest of the stories told in
    full and In brief with its own items: each publication's stories keep their order (reach,
    then a reported event with figures before one without, then the place its editor gave it,
    then the later day), and the publications take turns, best story first. Chat summaries
    (:func:`told_by_chat`) take their turns after every publication's reported events. Stories
    several publications reported (or one, boosted), and headlines that list subjects, keep
    their places.
    """
    # Keys sort single stories (listing first) by publications first: several publications'
    # stories come first, then those of one, then headlines that list subjects. A key's second
    # field is minus its publications, a boost counted.
    single = [key for key in order if not key[0] and lead[key[-1]] and key[1] > -2]
    taken = set(single)
    several = [key for key in order if not key[0] and key not in taken]
    listings = [key for key in order if key[0]]
    turns: list[_Key] = []
    for chat in (False, True):
        alone: dict[str, list[_Key]] = {}
        for key in single:
            if turn[key[-1]][0] is chat:
                alone.setdefault(lead[key[-1]], []).append(key)
        # Publications in the order of their best story; in each, reach, then figures stated, then
        # the editor's place (each day's lead before any day's second item), then the later day.
        queues = [sorted(q, key=lambda k: (*k[1:3], *turn[k[-1]][1:], *k[5:])) for q in alone.values()]
        depth = 0
        while queues:
            turns.extend(queue[depth] for queue in queues)
            depth += 1
            queues = [queue for queue in queues if len(queue) > depth]
    return several + turns + listings


def _placed_here(entry: Dropped, in_clusters: set[str]) -> bool:
    """Whether a ledger entry was made by placing (it names a story the clusters still hold)."""
    if entry.reason is DropReason.BELOW_THE_CUT:
        return True
    return entry.reason is DropReason.MUTED and entry.story_id in in_clusters


def _boosted(story: MergedStory, by_id: Mapping[str, Story], compose: ComposeSettings) -> bool:
    boost = compose.boost
    if not boost:
        return False
    if story.topic.casefold() in {t.casefold() for t in boost.topics}:
        return True
    return any(sid in by_id and interest_in(boost, by_id[sid]) for sid in story.story_ids)


def _order(story: MergedStory, reached: tuple[int, int, int], boosted: bool, weight: _Weight) -> _Key:
    """A story's place in the ranking from its :func:`reach` (a boosted story counts a publication more)
    and, among stories of as many publications, its :class:`_Weight`.

    Among stories of the same publications, the one told in more reports of the event goes
    first, then the one more publications state figures of (an event, not a deep dive or a
    book), then the one its newsletters placed nearer the top of their editions, then the later:
    never the headline's alphabetical order.
    """
    publications, _, day = reached
    return (
        lists_subjects(story.headline),
        -publications - (1 if boosted else 0),
        -weight.reports,
        -weight.figures,
        weight.placed,
        -day,
        story.headline.casefold(),
        story.cluster_id,
    )


#: Most words of one item of a listing headline ("Google Search Live 🔍").
_LISTED_WORDS = 6
#: Parts of a headline between commas, plus signs, semicolons or bullets.
_PARTS = re.compile(r"\s*(?:[,;+•|]|\s-\s)\s*")
#: The conjunction before a list's last item ("..., and People Search").
_AND = re.compile(r"^(?:and|&)\s+(?=\S)", re.IGNORECASE)


def lists_subjects(headline: str) -> bool:
    """Whether a headline lists several subjects (an edition's contents, a recap of many threads).

    Such a "story" is not one event, so what reported it says nothing of one
    event's reach: it ranks after every story that is one. Three or more parts
    of two words or more, none longer than six words or going on in lower case
    ("Amazon humanoid robots, Google Search Live, Screen Time API", or with "and"
    before the last); "Apple, Google and Meta fined" is one subject.
    """
    parts = [_AND.sub("", p) for p in _PARTS.split(headline) if p]  # "A, B, and C": the last is "C"
    if len(parts) < 3 or any(p[0].islower() or len(p.split()) > _LISTED_WORDS for p in parts):
        return False  # "..., after months of talks" or a long clause goes on a sentence
    return sum(1 for p in parts if len(p.split()) >= 2) >= 3


def _full_count(order: Sequence[_Key], compose: ComposeSettings) -> int:
    """Stories told in full: the budget, stretched (up to ``full_stories_max``) to every widely reported one.

    A story two or more publications reported is what a subscriber would miss
    most, so the budget does not cut such stories short while room is left.
    """
    widely = sum(1 for listing, minus_publications, *_ in order if not listing and -minus_publications >= 2)
    return max(compose.full_stories, min(widely, compose.full_stories_max))


def _top(placed: Sequence[MergedStory], count: int) -> tuple[str, ...]:
    """The ``count`` highest-ranked stories told in full that two publications or more reported.

    None when fewer than two are, or when no other story is told in full (the digest is its top).
    """
    full = sorted((s.rank, s.publications, s.cluster_id) for s in placed if s.placement is Placement.FULL)
    top = [cluster_id for _, publications, cluster_id in full if publications >= 2][:count]
    if len(top) < 2 or len(full) <= len(top):
        return ()
    return tuple(top)


def _placed(
    story: MergedStory, rank: int, full: int, compose: ComposeSettings, publications: int
) -> MergedStory:
    if rank == 0:
        placement = Placement.MUTED
    elif rank <= full:
        placement = Placement.FULL
    elif rank <= full + compose.brief_stories:
        placement = Placement.BRIEF
    else:
        placement = Placement.BELOW_THE_CUT
    return evolve(story, rank=rank, placement=placement, publications=publications)


def _ledger(
    placed: Sequence[MergedStory],
    by_id: Mapping[str, Story],
    ranked: int,
    reached: Mapping[str, tuple[int, int, int]],
) -> tuple[Dropped, ...]:
    """A ledger entry for every story of a merged story below the cut or in a muted topic
    (``reached``: each cluster's :func:`reach`)."""
    entries = []
    for story in placed:
        if story.placement is Placement.BELOW_THE_CUT:
            reports = reached[story.cluster_id][1]
            detail = (
                f"rank {story.rank} of {ranked}: {_count(story.publications, 'publication')}, "
                f"{_count(reports, 'report')}; in the JSON digest as cluster {story.cluster_id}"
            )
            reason = DropReason.BELOW_THE_CUT
        elif story.placement is Placement.MUTED:
            detail, reason = f"muted: topic {story.topic!r}", DropReason.MUTED
        else:
            continue
        entries += [Dropped.of_story(by_id[sid], reason, detail) for sid in story.story_ids if sid in by_id]
    return tuple(entries)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _period(
    told: Sequence[MergedStory], by_id: Mapping[str, Story], compose: ComposeSettings
) -> tuple[dt.date, dt.date] | None:
    """The window, else the days the newsletters sent the stories told (not the days of old articles)."""
    if compose.since and compose.until:
        return compose.since, compose.until
    members = [by_id[sid] for story in told for sid in story.story_ids if sid in by_id]
    sent = [s.edition_date for s in members if s.edition_date is not None]
    # Article dates only when no edition is dated: an aggregator's old links do not stretch the period.
    days = sent or [s.date for s in members if s.date is not None]
    if not days:
        return None
    return compose.since or min(days), compose.until or max(days)
