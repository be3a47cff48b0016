"""Count junk stories the reading stage keeps: chrome of newsletters read as if it were news.

A story is junk when its title is, by its shape alone:

- empty: no letter or digit ("", "###", an emoji);
- a channel header: a name with a message count or a "▷ #channel" mark ("Server ▷ #general (53 messages):");
- a chat line: a user handle and what they said ("user_123: hi guys");
- an empty-channel notice ("The X Discord has no new messages");
- a subject line or keyword list: three or more short comma-separated phrases with (almost) no text
  of their own under them.

Usage: ``python benchmarks/junk.py FOLDER [--show]``; prints one line per kind and the total.
The tests here are written apart from the splitter's own rules, so they can disagree with it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from digest.models import Document, Story
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document

_COUNT = re.compile(r"\(\s*\d[\d,]*\s*(?:messages?|posts?|comments?)\b", re.IGNORECASE)
_CHANNEL = re.compile(r"▷|»\s*#|\s#\w[\w-]*\b.*:$")
_HANDLE = re.compile(r"^[a-z][a-z0-9_.]{2,31}:\s")
_QUIET = re.compile(r"\bno new (?:messages|posts)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]{3,}")


def _phrases(title: str) -> list[str]:
    parts = [p.strip(" `*_") for p in re.split(r"[,;|·]\s+", title)]
    short = [p for p in parts if p and len(p.split()) <= 6]
    return short if len(parts) >= 3 and len(short) == len(parts) and not title.rstrip().endswith(".") else []


def kind(story: Story) -> str | None:
    """The kind of junk ``story`` is, or None when it may be news."""
    title = story.title.strip()
    if not any(c.isalnum() for c in title):
        return "empty title"
    if _COUNT.search(title) or _CHANNEL.search(title):
        return "channel header"
    if _HANDLE.match(title) and re.match(r"^[a-z0-9_.]*(?:_|\d\d)", title):
        return "chat line"
    if _QUIET.search(title):
        return "empty-channel notice"
    if _phrases(title) and len(_WORD.findall(story.text)) < 8:
        return "subject line or keyword list"
    return None


def junk(folder: Path) -> Iterator[tuple[str, str, Story]]:
    """(file, kind, story) for every junk story of the editions in ``folder``."""
    settings = ReadSettings()
    for item in read_path(folder, settings):
        if not isinstance(item, Document):
            continue
        for story in split_document(item, settings).stories:
            found = kind(story)
            if found is not None:
                yield Path(item.edition.path).name, found, story


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print each junk story")
    args = parser.parse_args()
    kinds: Counter[str] = Counter()
    for name, found, story in junk(args.folder):
        kinds[found] += 1
        if args.show:
            print(f"{name}: {found}: {story.title[:100]!r}")
    for found, count in sorted(kinds.items()):
        print(f"{found}: {count}")
    print(f"junk stories: {sum(kinds.values())}")


if __name__ == "__main__":
    main()
