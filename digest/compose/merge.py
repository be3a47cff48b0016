"""One story per cluster: a headline, a summary in the sources' own words, who reported it.

The headline is the most informative member title (names and numbers, a
statement rather than a teaser), or the title of a preferred source. The
summary (:mod:`digest.compose.summary`) opens with the lead of the most
informative report and adds only the sentences of other reports that bring a
new fact; every sentence keeps the story it came from.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from attrs import evolve

from digest.cluster.model import edition_keys, is_roundup, lead_claim
from digest.compose.summary import Told, informative, summarise, whole_sentences
from digest.models import MergedStory, SourceRef, Story, StoryCluster
from digest.settings import ComposeSettings
from digest.split.recap import is_channel_header

__all__ = ["merge_cluster"]


_NAME_OR_NUMBER = re.compile(r"\b(?:[A-Z][\w&.'’-]*[A-Za-z]|[A-Z]{2,}|\d[\d.,]*%?)")
_TEASER = re.compile(
    r"\?$|!$|\byou(r)?\b|\bhere'?s\b|\bthis is\b|\bwhat (we|you) know\b|\bshocking\b"
    r"|\bmust[- ]read\b|\bwatch\b|…$|\.\.\.$",
    re.IGNORECASE,
)

#: A headline in a writer's own voice or explaining: first person singular, or an opening "What",
#: "How" or "Why" (a question mark is a teaser already).
#: An aside in a headline: what parentheses or brackets hold.
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_VIEW = re.compile(r"\b(?:I(?:['’](?:m|ve|d))?|[Mm]y)\b|^(?:[Ww]hat|[Hh]ow|[Ww]hy|WHAT|HOW|WHY)\b")
#: A title that opens with a subordinate clause and never reaches its main clause (no comma
#: after the opening: "While the world was focused on Claude Opus 4.7 and GPT-5.5") is the start
#: of a sentence, not a headline; "After Outage, Google Cloud Restores Service" has its main clause.
_CLAUSE_ONLY = re.compile(
    r"^(?:While|As|After|Although|Though|When|Whenever|Because|Since|Unless|Whereas|Once|Before|Until)\b[^,;:]*$"
)


def merge_cluster(
    cluster: StoryCluster, stories: Mapping[str, Story], settings: ComposeSettings
) -> MergedStory:
    """The merged story of ``cluster`` (``stories`` maps every member id to its story)."""
    members = [stories[sid] for sid in cluster.story_ids]
    retold = _retold(members)
    told_once = [s for s in members if s.id not in retold] or members
    headline_story = _headline([s for s in told_once if not _discussed(s)] or told_once, settings)
    # Each report's sentences are read once: the ranking reads their openings, the summary
    # reads on (copies of one report share their cleaned sentences).
    cleaned: dict[str, str | None] = {}
    told = {s.id: Told(_as_told(s, len(members)), cleaned) for s in members}
    # The headline's report leads, so the first sentence tells the headline's story; then the
    # reports told once, most informative first, then a recap's retellings. A report opening on
    # its writer's own experience goes after those opening on the news (an essay's "I thought a
    # caterer might have dropped a stack of plates" is no lead when another report tells the news).
    ranked = (
        sorted(
            members,
            key=lambda story: (
                _personal(told[story.id]),
                story.id != headline_story.id,
                story.id in retold,
                *_coverage_key(story, told[story.id]),
            ),
        )
        if len(members) > 1
        else members  # one report: nothing to rank (a third of the clusters of 30k events)
    )
    headline = headline_story.title or _first_words(members)
    dates = [s.date for s in members if s.date is not None]
    sections = tuple(dict.fromkeys(s.section for s in ranked if s.section))
    return MergedStory(
        cluster_id=cluster.id,
        headline=headline,
        headline_story=headline_story.id,
        summary=summarise(ranked, headline, settings.summary_sentences, settings.summary_words, told),
        sources=tuple(
            SourceRef(source=s.source, date=s.date, url=s.url, title=s.title, story_id=s.id) for s in ranked
        ),
        story_ids=cluster.story_ids,
        date=max(dates) if dates else None,
        sections=sections,
    )


def _retold(members: Sequence[Story]) -> set[str]:
    """Ids of the reports whose edition tells the story more than once (a recap's sections).

    An edition that lists the story once gives it as one item, headline and lead; a recap
    that retells it in several sections gives parts of it: what was tweeted, posted and
    said about it. The headline and the lead come from a report told once, when there is one.
    """
    editions = edition_keys(members).tolist()  # -1: a feed or JSON Lines item stands alone
    per_edition = Counter(editions)
    return {s.id for s, key in zip(members, editions, strict=True) if key >= 0 and per_edition[key] > 1}


def _discussed(story: Story) -> bool:
    """Whether ``story`` recaps one chat channel's talk ("Server ▷ #general (53 messages):"): what
    members said about an event, whose headline a report of the event itself should give."""
    return is_channel_header(story.section or "")


def _as_told(story: Story, reports: int) -> Story:
    """A report as the merged story tells it: a recap's roundup item in a cluster of several
    reports gives only the first claim it was clustered on (its other claims are other events)."""
    if reports > 1 and is_roundup(story):
        return evolve(story, text=lead_claim(story.text))
    return story


#: The writer speaking of themselves: "I", "I'm", "I've", "I'd", "my", "me".
_FIRST_PERSON = re.compile(r"\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm]y|me)\b")
#: Words between quotation marks: someone quoted, not the writer.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|‘[^’]*’")


def _personal(told: Told) -> bool:
    """Whether a report opens on its writer's own experience: its first sentence, quotations
    aside, says "I", "my" or "me" (an essay's anecdote, a diary; not a report of the event)."""
    first = next(iter(told), "")
    return _FIRST_PERSON.search(_QUOTED.sub(" ", first)) is not None


def _coverage_key(story: Story, told: Told) -> tuple[int, int, str, str]:
    """Most informative first: the most names and figures in its opening, then the longest text."""
    return (-informative(story, told), -len(story.text), story.source, story.id)


def _first_words(members: Sequence[Story], limit: int = 12) -> str:
    """A headline for reports without a title: the start of the first sentence told."""
    for story in members:
        for sentence in whole_sentences(story):
            words = sentence.split()
            return " ".join(words[:limit]) + ("…" if len(words) > limit else "")
    return "Untitled story"


@functools.lru_cache(maxsize=4096)
def headline_score(title: str) -> float:
    """How informative a title is: names and numbers count, teasers and cut sentences do not."""
    words = title.split()
    if not words:
        return -100.0
    # What a headline says is outside its asides: names in parentheses or brackets ("(AI Studio –
    # High reasoning)", "(With Handcuffs)") qualify a detail, they do not tell more of the event.
    said = _ASIDE.sub(" ", title).split() or words
    informative = len(_NAME_OR_NUMBER.findall(" ".join(said[1:]))) + (1 if said[0][:1].isdigit() else 0)
    length = len(words)
    fit = -abs(length - 11) / 4  # about eleven words reads best
    teaser = 2.5 if _TEASER.search(title) else 0.0
    shouting = 1.5 if title.isupper() else 0.0
    # A writer's own view or an explainer about the event ("What (I think) makes Gemini 3 Flash so
    # good", "Why DeepSeek is cheap"): another report's headline says what happened.
    view = 2.0 if _VIEW.search(title) else 0.0
    clause = 4.0 if _CLAUSE_ONLY.match(title) else 0.0
    return informative + fit - teaser - shouting - view - clause


def _headline(members: Sequence[Story], settings: ComposeSettings) -> Story:
    preferred = {name.casefold(): rank for rank, name in enumerate(settings.preferred_sources)}
    favourites = [s for s in members if s.source.casefold() in preferred and s.title]
    if favourites:
        return min(favourites, key=lambda s: (preferred[s.source.casefold()], s.id))
    if len(members) <= _AGREEING:
        return max(members, key=lambda s: (headline_score(s.title), -len(s.title), s.id))
    agreement = _agreements([_title_names(s.title) for s in members])
    scored = {s.id: headline_score(s.title) + agreement[k] for k, s in enumerate(members)}
    return max(members, key=lambda s: (scored[s.id], -len(s.title), s.id))


#: Most reports of a cluster whose titles are scored alone; with more, a title that names what
#: the others name scores more.
_AGREEING = 2


def _title_names(title: str) -> frozenset[str]:
    """The names and numbers of a title, in one case (its first word too)."""
    return frozenset(name.casefold() for name in _NAME_OR_NUMBER.findall(title))


def _agreements(named: Sequence[frozenset[str]]) -> list[float]:
    """For each title's names, how many of the other titles name something it names, as a share of
    them, doubled: a recap's theme title over several events ("AI Model Mania: New Contenders ...")
    names what no other report of one event names. Titles naming the same things are counted
    together (the copies of a wire story print one headline hundreds of times), so the work grows
    with the distinct sets of names, not with the square of the reports."""
    counts = Counter(named)
    others = len(named) - 1
    # A title shares its names with itself: it is not one of the others.
    sharing = {
        names: sum(n for other, n in counts.items() if other & names) - bool(names) for names in counts
    }
    return [2.0 * sharing[names] / others if others else 0.0 for names in named]
