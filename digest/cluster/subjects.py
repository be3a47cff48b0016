"""Who a headline is about: the rare names it shares with its own text.

"AstraZeneca signs a licensing deal" and "AstraZeneca to invest USD 15 billion
in China" in the same week are one running story for an editor: the same rare
subject in both headlines, days apart. Names common in the run ("China",
"Hong Kong") are context, not subjects; Title Case capitals in a headline are
not names unless the text writes them so too.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from digest.cluster.tokens import TokenCache, find_tokens
from digest.models import Story

#: A name can be a subject if at most this share of the run's stories mention it.
_RARE_SHARE = 0.1

#: Capitalised tokens that are units or generic terms, never subjects.
_NOT_SUBJECTS = frozenset(
    "us usd hk hkd s sgd eur gbp cny rmb jpy krw inr twd aud cad chf nt bn mn ceo cfo ipo gdp ai ev evs uk eu"
    "".split()
)


class Named(NamedTuple):
    """The names of one story: in its headline, in its text, and the headline's acronyms."""

    title: set[str]
    text: set[str]
    acronyms: set[str]
    #: Acronyms the headline spells out in capitalised words ("United Arab Emirates": "uae").
    spelled: frozenset[str]
    #: Whether the story has text at all (a headline-only story's subjects are its headline names).
    has_text: bool


def story_names(
    title_raws: list[str], text_raws: list[str], has_text: bool, cache: TokenCache, *, learned: bool = False
) -> Named:
    """The names of a story from its raw title and text tokens (``learned``: the cache knows them all)."""
    if not learned:
        cache.learn(title_raws)
        cache.learn(text_raws)
    in_title = _names(title_raws, cache)
    acronyms = {
        cache.names[raw]
        for raw in title_raws
        if len(raw) >= 2 and _POSSESSIVE.sub("", raw).isupper() and cache.names[raw] in in_title
    }
    return Named(in_title, _names(text_raws, cache), acronyms, spelled_acronyms(title_raws), has_text)


#: A possessive ending: "UAE's" is the acronym "UAE".
_POSSESSIVE = re.compile(r"['’]s$")
#: Words a name of several words may hold without capitals ("Department of Homeland Security").
_JOINING = frozenset({"of", "and", "for", "the", "&"})
#: Letters of an acronym a headline may spell out: fewer is any two capitalised words ("Donald
#: Trump"), more is no acronym.
_ACRONYM_LETTERS = (3, 6)


def spelled_acronyms(raws: Sequence[str]) -> frozenset[str]:
    """The acronyms runs of capitalised words among ``raws`` spell, lower case ("uae" for "The
    United Arab Emirates", "whcd" for "White House Correspondents' Dinner", "dhs" for
    "Department of Homeland Security"): every run of 3 to 6 such words, joining words skipped."""
    low, high = _ACRONYM_LETTERS
    found: set[str] = set()
    run: list[str] = []
    for raw in [*raws, ""]:
        if raw[:1].isupper() and not raw.isupper():
            run.append(raw[0])
            continue
        if raw.lower() in _JOINING and run:
            run.append("")
            continue
        for start in range(len(run)):
            if not run[start]:
                continue
            letters = ""
            for end in range(start, len(run)):
                letters += run[end]
                if len(letters) > high:
                    break
                if run[end] and len(letters) >= low:
                    found.add(letters.lower())
        run = []
    return frozenset(found)


def title_subjects(
    stories: Sequence[Story], cache: TokenCache | None = None, named: Sequence[Named] | None = None
) -> list[frozenset[str]]:
    """For each story, the rare names its headline is about (empty when it names none).

    ``named`` are the stories' :func:`story_names` when the caller has them already.
    """
    cache = cache or TokenCache()
    if named is None:
        named = [
            story_names(find_tokens(s.title), find_tokens(s.text), bool(s.text.strip()), cache)
            for s in stories
        ]
    df = Counter(name for names in named for name in names.title | names.text)
    # A headline that spells out an acronym another headline writes ("United Arab Emirates",
    # "UAE") names it too (as an acronym: it counts as it is, see _headline_names).
    written = set().union(*(names.acronyms for names in named)) if named else set()
    named = list(named)
    for k, names in enumerate(named):
        if names.spelled and (found := names.spelled & written):
            df.update(found - names.title - names.text)
            named[k] = names._replace(acronyms=names.acronyms | found)
    limit = max(2, math.ceil(_RARE_SHARE * len(stories)))
    kickers = headline_kickers(stories, cache)
    return [
        frozenset(n for n in _headline_names(names) - kicker if df[n] <= limit)
        for names, kicker in zip(named, kickers, strict=True)
    ]


#: A headline's kicker: the few words before its first colon ("Show HN: Ctx – ...", "Opinion: ...").
_KICKER = re.compile(r"^\s*([^:]{1,40}?)\s*:\s")
#: A kicker that opens at least this many headlines of the run is a rubric, not a subject.
_KICKER_HEADLINES = 3


def headline_kickers(stories: Sequence[Story], cache: TokenCache | None = None) -> list[frozenset[str]]:
    """For each story, the names of its headline's kicker when the kicker is a rubric of the run.

    "Show HN: CodeBurn – Analyze Claude Code token usage" and "Show HN: Ctx – a /resume that works
    across Claude Code and Codex" are two people's own projects: the words before the colon open
    many headlines of a link list ("Show HN", "Ask HN", a column's "Alexis' View") and say which
    rubric an item is filed under, not who it is about. A kicker that opens one headline only
    ("Qwen3.6-27B: Flagship-Level Coding") is its subject and stays one.
    """
    cache = cache or TokenCache()
    found = [_KICKER.match(s.title) for s in stories]
    kicker = [match.group(1).casefold() if match else "" for match in found]
    opens = Counter(filter(None, kicker))
    names: list[frozenset[str]] = []
    for match, key in zip(found, kicker, strict=True):
        if match is None or opens[key] < _KICKER_HEADLINES:
            names.append(frozenset())
            continue
        raws = find_tokens(match.group(1))
        cache.learn(raws)
        names.append(frozenset(cache.names_of(raws)))
    return names


def _names(raws: list[str], cache: TokenCache) -> set[str]:
    # Each distinct name is tested once: a text repeats its names.
    distinct = set(map(cache.names.__getitem__, raws))
    return {n for n in distinct if n and not n[0].isdigit() and n not in _NOT_SUBJECTS}


def _headline_names(names: Named) -> set[str]:
    """Names in the headline that the text also writes as names; acronyms count as they are."""
    if not names.has_text:
        return names.title
    return (names.title & names.text) | names.acronyms
