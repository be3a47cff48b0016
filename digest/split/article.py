"""An e-mail that is one article told in parts: its untitled paragraphs are not stories of their own.

An essay sent by e-mail reaches the splitter as its paragraphs and its section headings: printed
a paragraph a line with no blank line between them, each paragraph reads as an item of a list
with no headline ("The Magnox program was born in 1953", "The approvals process was
straightforward"). The digest then lists a paragraph from the middle of an essay as news, and the
ledger holds an essay as twenty stories.

What tells one article from a list of items is how its parts hold together, not a publication's
name: each part goes on with the words of the part before it (one subject told on), while the
items of a list or a roundup each bring their own subject. So in an e-mail that is one post (it
gives the post's address on the web) of three parts or more whose consecutive parts share their
words (the cosine of their words of four letters or more, function words aside, each part against
the better of the two before it, on average at least ``_COHESION``), and few of whose parts link an
article of their own (a roundup's items do: The Batch's stories about one field hold together as
well as an essay's parts, but each links its own story), a part with no headline of its own goes on
with the part before it. A part the edition heads stays a story: a report's section on one event
("DeepSeek V4" in a review of the week's models) is that event's report. An untitled opening takes
the post's title. Without the post's address nothing is joined: a briefing of untitled notes on one
subject (a China business briefing) holds together as well as an essay does.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from attrs import evolve

from digest.models import Split, Story
from digest.text.ids import story_id
from digest.text.shape import derive_title, words
from digest.text.stopwords import STOPWORDS

__all__ = ["one_article"]

#: Fewest parts an article is told in (two parts are a story and its follow-up, or two items).
_PARTS = 3
#: Least mean word cosine of a part with the parts just before it (essays 0.17 to 0.43 on the real
#: weeks; lists, roundups and daily briefings 0.01 to 0.15).
_COHESION = 0.17
#: Parts looked back at: a short part between two (a section heading's line, a pull quote) is skipped.
_BACK = 2
#: Largest share of the parts that link an article of their own.
_LINKED = 0.5
#: Words of the first paragraph an untitled item's title is taken from (as the assembler does).
_SUBSTANTIAL = 10
_WORD = re.compile(r"[^\W\d_]{4,}")


def one_article(split: Split, address: str | None) -> Split:
    """``split``, with the untitled parts of one article joined to the part before them.

    In an edition whose parts hold together (``_COHESION``) and few of which link an article of
    their own, a part with no headline of its own (its title taken from its first sentence) goes
    on with the part before it; a part the edition heads ("GPT 5.5", "DeepSeek V4", "The original
    sin of British nuclear?") stays a story, as a report's section on one event is that event's
    report. An untitled opening is titled by the edition's title, and links the post where the
    edition gives its address (``address``).
    """
    stories = split.stories
    title = split.edition.title
    if len(stories) < _PARTS or not title or address is None:
        return split
    linked = sum(1 for s in stories if s.url and s.url != address)
    if linked > _LINKED * len(stories) or cohesion(stories) < _COHESION:
        return split
    headless = [untitled(story) for story in stories]
    groups: list[list[Story]] = []
    for story, alone in zip(stories, headless, strict=True):
        if groups and alone:
            groups[-1].append(story)
        else:
            groups.append([story])
    if len(groups) == len(stories):
        return split
    # Only the first group can open with an untitled part: it takes the post's title.
    joined = [
        _joined(group, title if k == 0 and headless[0] else None, address) for k, group in enumerate(groups)
    ]
    # What the ledger said of a part (its byline, its metadata) it now says of its story.
    home = {s.id: story.id for group, story in zip(groups, joined, strict=True) for s in group}
    dropped = tuple(evolve(d, story_id=home[d.story_id]) if d.story_id in home else d for d in split.dropped)
    return evolve(split, stories=tuple(evolve(s, position=k) for k, s in enumerate(joined)), dropped=dropped)


def untitled(story: Story) -> bool:
    """Whether a story's title is its first sentence's (an item printed with no headline)."""
    substantial = next((p for p in story.text.split("\n\n") if words(p) >= _SUBSTANTIAL), story.text)
    return story.title in {derive_title(substantial), derive_title(story.text)}


def _joined(parts: list[Story], title: str | None, address: str | None) -> Story:
    """``parts`` as one story: the first's, with the others' text and links; ``title`` if given."""
    first = parts[0]
    if len(parts) == 1 and title is None:
        return first
    title = title or first.title
    text = "\n\n".join(s.text for s in parts if s.text)
    date = first.date
    return evolve(
        first,
        id=story_id(first.source, date.isoformat() if date else "", title, text),
        title=title,
        text=text,
        url=first.url or address,
        links=tuple(dict.fromkeys(link for s in parts for link in s.links)),
        credits=tuple(dict.fromkeys(c for s in parts for c in s.credits)),
    )


def cohesion(stories: Sequence[Story]) -> float:
    """The mean word cosine of each story after the first with the closer of the ``_BACK`` before it."""
    counts = [_words(f"{s.title}\n{s.text}") for s in stories]
    best = [
        max(_cosine(counts[k], counts[j]) for j in range(max(0, k - _BACK), k)) for k in range(1, len(counts))
    ]
    return sum(best) / len(best) if best else 0.0


def _words(text: str) -> Counter[str]:
    return Counter(w for w in _WORD.findall(text.casefold()) if w not in STOPWORDS)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    shared = sum(a[w] * b[w] for w in a.keys() & b.keys())
    if not shared:
        return 0.0
    return shared / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
