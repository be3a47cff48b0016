"""What a reader muted or boosted: matching stories against sources, sections and keywords.

A muted story is left out before clustering and goes to the ledger as
``muted`` with the rule that matched; a boosted one ranks as if one more
publication had reported it (see :mod:`digest.compose.rank`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from digest.models import Dropped, DropReason, Story
from digest.settings import ComposeSettings, Interest
from digest.text.names import publication

__all__ = ["interest_in", "keyword_pattern", "mute_stories", "publication"]

#: Dates some newsletters put in their names ("ainews-2025-06-05", "Weekly 20260202").
#: Characters of a story's text read for keywords, after its title: the opening words.
_OPENING = 200


@functools.lru_cache(maxsize=4096)
def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """How a keyword is found: acronyms and short words whole (a plural allowed), longer ones as word starts.

    "AI" matches "AI" and "AIs" but not "Airstrikes" or "said"; "acqui" matches "acquires".
    """
    word = re.escape(keyword.strip())
    if keyword.isupper() or len(keyword.strip()) <= 3:
        flags = 0 if keyword.isupper() else re.IGNORECASE
        return re.compile(rf"(?<!\w){word}(?:e?s)?(?!\w)", flags)
    return re.compile(rf"(?<!\w){word}", re.IGNORECASE)


def interest_in(interest: Interest, story: Story) -> str | None:
    """Which rule of ``interest`` ``story`` matches ("section 'Discord'"), or None."""
    if not interest:
        return None
    names = {story.source.casefold(), publication(story.source).casefold()}
    for source in interest.sources:
        if source.strip().casefold() in names:
            return f"source {source!r}"
    section = (story.section or "").casefold()
    for wanted in interest.sections:
        if wanted.strip() and wanted.strip().casefold() in section:
            return f"section {wanted!r}"
    words = f"{story.title}\n{story.text[:_OPENING]}"
    for keyword in interest.keywords:
        if keyword.strip() and keyword_pattern(keyword).search(words):
            return f"keyword {keyword!r}"
    return None


def mute_stories(
    stories: Iterable[Story], compose: ComposeSettings
) -> tuple[tuple[Story, ...], tuple[Dropped, ...]]:
    """The stories no mute rule matches, and ledger entries for the rest."""
    kept: list[Story] = []
    muted: list[Dropped] = []
    for story in stories:
        rule = interest_in(compose.mute, story)
        if rule is None:
            kept.append(story)
        else:
            muted.append(Dropped.of_story(story, DropReason.MUTED, f"muted: {rule}"))
    return tuple(kept), tuple(muted)
