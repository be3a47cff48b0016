"""One story per cluster: a headline, a summary in the sources' own words, who reported it.

The headline is the most informative member title (names and numbers, a
statement rather than a teaser), or the title of a preferred source. The
summary opens with the lead of the best-covered report and adds the sentences
other reports say that are not already said; every sentence keeps the story
it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from rapidfuzz import fuzz

from digest.models import MergedStory, Sentence, SourceRef, Story, StoryCluster
from digest.settings import ComposeSettings
from digest.text.shape import sentences, strip_symbols

__all__ = ["merge_cluster"]


_NAME_OR_NUMBER = re.compile(r"\b(?:[A-Z][\w&.'’-]*[A-Za-z]|[A-Z]{2,}|\d[\d.,]*%?)")
_TEASER = re.compile(
    r"\?$|!$|\byou(r)?\b|\bhere'?s\b|\bthis is\b|\bwhat (we|you) know\b|\bwhy\b|\bhow\b|\bshocking\b"
    r"|\bmust[- ]read\b|\bwatch\b|…$|\.\.\.$",
    re.IGNORECASE,
)
#: Characters of a story's text the summary is drawn from (the lead is at the start).
_MAX_TEXT = 20_000
#: Sentences at least this alike (rapidfuzz token-set ratio) say the same thing.
_SAME_SENTENCE = 78


def merge_cluster(
    cluster: StoryCluster, stories: Mapping[str, Story], settings: ComposeSettings
) -> MergedStory:
    """The merged story of ``cluster`` (``stories`` maps every member id to its story)."""
    members = [stories[sid] for sid in cluster.story_ids]
    ranked = sorted(members, key=_coverage_key)
    headline_story = _headline(members, settings)
    dates = [s.date for s in members if s.date is not None]
    sections = tuple(dict.fromkeys(s.section for s in ranked if s.section))
    return MergedStory(
        cluster_id=cluster.id,
        headline=headline_story.title,
        headline_story=headline_story.id,
        summary=_summary(ranked, headline_story.title, settings.summary_sentences, settings.summary_words),
        sources=tuple(
            SourceRef(source=s.source, date=s.date, url=s.url, title=s.title, story_id=s.id) for s in ranked
        ),
        story_ids=cluster.story_ids,
        date=max(dates) if dates else None,
        sections=sections,
    )


def _coverage_key(story: Story) -> tuple[int, str, str]:
    """Best covered first: the longest text, then a stable order."""
    return (-len(story.text), story.source, story.id)


def headline_score(title: str) -> float:
    """How informative a title is: names and numbers count, teasers and cut sentences do not."""
    words = title.split()
    if not words:
        return -100.0
    informative = len(_NAME_OR_NUMBER.findall(" ".join(words[1:]))) + (1 if words[0][:1].isdigit() else 0)
    length = len(words)
    fit = -abs(length - 11) / 4  # about eleven words reads best
    teaser = 2.5 if _TEASER.search(title) else 0.0
    shouting = 1.5 if title.isupper() else 0.0
    return informative + fit - teaser - shouting


def _headline(members: Sequence[Story], settings: ComposeSettings) -> Story:
    preferred = {name.casefold(): rank for rank, name in enumerate(settings.preferred_sources)}
    favourites = [s for s in members if s.source.casefold() in preferred and s.title]
    if favourites:
        return min(favourites, key=lambda s: (preferred[s.source.casefold()], s.id))
    return max(members, key=lambda s: (headline_score(s.title), -len(s.title), s.id))


def _summary(ranked: Sequence[Story], headline: str, limit: int, word_limit: int) -> tuple[Sentence, ...]:
    """The lead of the best-covered report, then what each other report adds, near-repeats removed.

    The lead gives up to two sentences; every other report then gives its first
    sentence that says something new; remaining room is filled in turn.
    """
    # Sentences are cut as they are needed: a summary reads the first few of each report.
    pools = [_pool(story) for story in ranked]
    chosen: list[Sentence] = []

    def take(pool: Iterator[Sentence]) -> bool:
        for candidate in pool:
            if any(_alike(candidate.text, s.text) for s in chosen) or _restates(candidate.text, headline):
                continue
            words = sum(len(s.text.split()) for s in chosen)
            if chosen and (len(chosen) >= limit or words + len(candidate.text.split()) > word_limit):
                return False
            chosen.append(candidate)
            return True
        return False

    lead, *others = pools
    take(lead)
    take(lead)
    for pool in others:
        take(pool)
    while len(chosen) < limit and any(take(pool) for pool in pools):
        pass
    return tuple(chosen)


def _pool(story: Story) -> Iterator[Sentence]:
    for text in _sentences(story):
        yield Sentence(text, story.id, story.source)


#: Capture leftovers inside article text: photo credits and advertisement markers.
_CREDIT = re.compile(r"^(?:(?:FILE )?PHOTO|IMAGE|PICTURE)S?\s*:\s*[^–—]{1,60}[–—]\s*", re.IGNORECASE)
_AD_MARKER = re.compile(r"\bAdvertisement\s+(?=[A-Z])")


def _sentences(story: Story) -> Iterator[str]:
    """Whole sentences of a story, without leading symbols or capture leftovers; fragments skipped.

    A story of fragments only gives its first one.
    """
    text = story.text[:_MAX_TEXT].strip() or story.title
    first = None
    whole = False
    for paragraph in text.split("\n\n"):
        for sentence in sentences(_AD_MARKER.sub("", paragraph)):
            clean = _CREDIT.sub("", strip_symbols(_shortened(sentence)))
            if len(clean.split()) >= 6:
                whole = True
                yield clean
            elif first is None and clean:
                first = clean
    if not whole and first is not None:
        yield first


#: Longest summary sentence, in words; longer runs of text are cut at a word.
_MAX_SENTENCE_WORDS = 80


def _shortened(sentence: str) -> str:
    words = sentence.split(maxsplit=_MAX_SENTENCE_WORDS)
    if len(words) <= _MAX_SENTENCE_WORDS:
        return sentence
    return " ".join(words[:_MAX_SENTENCE_WORDS]) + "…"


def _restates(sentence: str, headline: str) -> bool:
    """Whether a sentence only says the headline again."""
    return fuzz.ratio(sentence.rstrip(".!? ").casefold(), headline.casefold()) >= 90


def _alike(first: str, second: str) -> bool:
    return fuzz.token_set_ratio(first, second) >= _SAME_SENTENCE
