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
from digest.compose.evidence import figure_openings, states_figures, told_by_chat
from digest.compose.summary import Told, credit_or_link, informative, stems, summarise, whole_sentences
from digest.models import MergedStory, SourceRef, Story, StoryCluster
from digest.settings import ComposeSettings
from digest.split.recap import is_channel_header
from digest.text.shape import first_sentence, strip_symbols, subject_only
from digest.text.stopwords import OPEN_WORDS

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
    reported = [s for s in told_once if not _discussed(s)] or told_once
    lead = _headline([s for s in reported if not _turns_away(s)] or reported, settings)
    # A title cut mid-sentence gives way to another report's whole title of the event; the lead
    # stays the most informative report, whose first sentence tells the story.
    headline_story = _whole_title(lead, members)
    # Each report's sentences are read once: the ranking reads their openings, the summary
    # reads on (copies of one report share their cleaned sentences).
    cleaned: dict[str, str | None] = {}
    as_told = {s.id: _as_told(s, len(members)) for s in members}
    told = {s.id: Told(as_told[s.id], cleaned) for s in members}
    # The headline's report leads, so the first sentence tells the headline's story; then the
    # reports told once, most informative first, then a recap's retellings. A report opening on
    # its writer's own experience goes after those opening on the news (an essay's "I thought a
    # caterer might have dropped a stack of plates" is no lead when another report tells the news).
    ranked = (
        sorted(
            members,
            key=lambda story: (
                _personal(told[story.id]),
                story.id != lead.id,
                story.id in retold,
                *_coverage_key(story, told[story.id]),
            ),
        )
        if len(members) > 1
        else members  # one report: nothing to rank (a third of the clusters of 30k events)
    )
    titled = lead.title or _first_words(members)
    headline = _uncut(headline_story, settings.headline_words) if headline_story.title else titled
    dates = [s.date for s in members if s.date is not None]
    sections = tuple(dict.fromkeys(s.section for s in ranked if s.section))
    # Which reports' openings state a figure, read from the sentences read above; a roundup item
    # told by its first claim is read whole, as the ranking would read it.
    whole = {s.id: told[s.id] if as_told[s.id] is s else whole_sentences(s, cleaned) for s in members}
    openings = figure_openings(members, whole)
    return MergedStory(
        cluster_id=cluster.id,
        headline=headline,
        headline_story=headline_story.id,
        # The lead's own title, as its report printed it: its first sentence is told whole.
        summary=summarise(ranked, titled, settings.summary_sentences, settings.summary_words, told),
        sources=tuple(
            SourceRef(source=s.source, date=s.date, url=s.url, title=s.title, story_id=s.id) for s in ranked
        ),
        story_ids=cluster.story_ids,
        date=max(dates) if dates else None,
        sections=sections,
        figure_openings=openings,
        chat_reports=None if openings is None else frozenset(s.id for s in members if told_by_chat([s])),
        # A story of one publication waits its turn in In brief on its headline report's opening.
        lead_figures=states_figures(headline_story, whole[headline_story.id]) if openings is None else None,
    )


def _retold(members: Sequence[Story]) -> set[str]:
    """Ids of the reports whose edition tells the story more than once (a recap's sections).

    An edition that lists the story once gives it as one item, headline and lead; a recap
    that retells it in several sections gives parts of it: what was tweeted, posted and
    said about it. The headline and the lead come from a report told once, when there is one.
    """
    if len(members) < 2:
        return set()  # one report: no edition tells it twice (a third of the clusters of 30k events)
    editions = edition_keys(members).tolist()  # -1: a feed or JSON Lines item stands alone
    per_edition = Counter(editions)
    return {s.id for s, key in zip(members, editions, strict=True) if key >= 0 and per_edition[key] > 1}


#: A sentence that turns to another subject ("Meanwhile, Google's mystery model ..."), opening a
#: sentence after the first.
_TURN_AWAY = re.compile(r"[.!?][\"”’)]?\s+(?:Meanwhile|Separately|Elsewhere|In other news)\b")


def _turns_away(story: Story) -> bool:
    """Whether a report is a theme over several events: its title joins parts with a comma ("Gemini
    2.5 Pro and "Goldmane" Flex Muscles, o3 Pro Plays Coy") and its text turns to another subject
    ("... while OpenAI's o3 Pro remains elusive. Meanwhile, Google's mystery "Kingfall" model ...").
    Its title heads the story only when no other report's can; a report of one event that goes on
    to a related development ("WHCD suspect charged as ballroom fight builds" ... "Meanwhile, Pirro's
    boss ...") keeps its title."""
    return "," in story.title and _TURN_AWAY.search(story.text) is not None


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
    return informative + fit - teaser - shouting - view - clause - (_NO_HEADLINE if _credit(title) else 0.0)


#: What a credit, a caption or a link loses against any title that says something.
_NO_HEADLINE = 20.0


def _credit(title: str) -> bool:
    """Whether a title is no headline: only an aside ("(Brendan Smialowski / AFP / Getty)"), a
    credit or caption ("Photo: ..."), or a link ("View image: (https://...)")."""
    return not _ASIDE.sub(" ", title).strip(" ()[]") or credit_or_link(title)


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


#: A title its splitter cut from a sentence: it ends with an ellipsis.
_CUT = re.compile(r"\s*(?:…|\.\.\.)$")
#: Words of the event two titles share (stems of :mod:`digest.compose.summary`) for one title to
#: stand for the other.
_SHARED_TITLE_WORDS = 2


def _whole_title(best: Story, members: Sequence[Story]) -> Story:
    """``best``, or when its title was cut mid-sentence ("Iran proposed reopening the Strait of
    Hormuz and postponing formal nuclear negotiations…") or is its text's first sentence (a title
    taken from an item printed with no headline) the report with the best whole title that
    tells the same fact (two words of the cut sentence, and half its own: "Iran offers to reopen
    strait, but delay nuclear talks"; not "SpaceX-Cursor deal signals rise of vibe-coded M&A"),
    an editor's headline rather than a sentence's first words. The title sharing most words with
    the cut sentence comes first (it tells the same fact), then the more informative one."""
    cut = _CUT.search(best.title) is not None
    if not cut and not _derived(best):
        return best
    event = stems(_first_sentence(best.text) if _starts(best) else _CUT.sub("", best.title))
    # A sentence told whole gives way only to an editor's headline, never to another sentence.
    shared = {
        s.id: len(stems(s.title) & event)
        for s in members
        if s.title and not _CUT.search(s.title) and (cut or not _derived(s))
    }
    whole = [
        s
        for s in members
        if shared.get(s.id, 0) >= max(_SHARED_TITLE_WORDS, len(stems(s.title)) / 2)  # mostly the sentence's
    ]
    return (
        max(whole, key=lambda s: (shared[s.id], headline_score(s.title), -len(s.title), s.id))
        if whole
        else best
    )


#: Where a sentence may be cut and still read as a headline: before a comma, a semicolon, a
#: colon, a dash or a parenthesis, or a clause's opening word (", as ...", " after ...", " while ...").
_BOUNDARY = re.compile(
    r"[,;:][”’\"]?\s|\s[–—]\s?|—|\s\(|\s(?:which|while|after|as|amid|who|where|when|because|but|despite|"
    r"although|though|even as|following|according to|including|days? after|as part of)\s"
)
#: Fewest words before a boundary for the clause to be a headline ("Altman, US District ..." is not).
_CLAUSE_MIN = 5
#: Words a headline cut at a word may not end with: it would break off mid-phrase ("... in the…",
#: "... requiring soldiers to…").
_OPEN_ENDED = OPEN_WORDS | frozenset(
    "over under about against between among that which who whom whether if while after before since until"
    " because is are was were be been being has have had will would can could should may might must"
    " do does did this these those not rather such i you we he she it they me him us them".split()
)
#: A word that goes with the number before it ("$2.5 billion", "30 percent", "1,500 kilometers").
_AFTER_NUMBER = re.compile(
    r"(?:[kmb]n?|billion|million|trillion|thousand|hundred|percent|per|%)\b", re.IGNORECASE
)


def _uncut(story: Story, limit: int) -> str:
    """The headline of ``story``: its title, or when its splitter cut the title from the text's
    first sentence with "…", that sentence whole up to ``limit`` words, else up to its first clause
    boundary within them (", as ...", " after ...": a headline's main clause), else cut at a word
    that ends a phrase (never inside a figure, "$2.5…" for "$2.5 billion", nor after "the" or "to")."""
    title = story.title
    if not _CUT.search(title) or not _starts(story):
        return title  # whole, or not the start of the text's first sentence
    sentence = _first_sentence(story.text)
    words = sentence.split()
    if len(words) <= limit:
        return sentence
    for boundary in _BOUNDARY.finditer(sentence):
        before = len(sentence[: boundary.start()].split())
        if before > limit:
            break
        if before >= _CLAUSE_MIN and not subject_only(sentence[: boundary.start()], boundary):
            # the first clause that reads as a headline, not a subject alone ("A U.S. soldier")
            return _closed(_FINAL_STOP.sub("", sentence[: boundary.start()].rstrip(" ,;:")))
    printed = len(_CUT.sub("", title).split())
    if printed < len(words) and _ends_phrase(words, printed):
        return title  # the splitter's cut ends a phrase already
    ends = [k for k in range(_CLAUSE_MIN, min(limit, _CUT_WORDS) + 1) if _ends_phrase(words, k)]
    phrase = [k for k in ends if _open_ended(words[k])]  # the next word opens another phrase
    end = max(phrase or ends or [min(limit, _CUT_WORDS)])
    return " ".join(words[:end]) + "…"


#: Most words of a headline cut at a word (a sentence with no clause boundary near its start).
_CUT_WORDS = 14


def _closed(clause: str) -> str:
    """``clause`` with the quotation it opened closed ('... a “voice agent factory' + '”')."""
    return clause + "”" if clause.count("“") > clause.count("”") else clause


def _open_ended(word: str) -> bool:
    return word.casefold().strip(",;:'’\"“”()") in _OPEN_ENDED


def _ends_phrase(words: Sequence[str], k: int) -> bool:
    """Whether the first ``k`` of ``words`` (fewer than all) may end a cut headline: not after a
    function word ("the", "to"), a comma, or inside a figure ("$2.5" before "billion")."""
    last, following = words[k - 1], words[k]
    if _open_ended(last) or last.endswith((",", ";", ":", "“", "‘")):
        return False
    return not (last[-1:].isdigit() and _AFTER_NUMBER.match(following) is not None)


def _derived(story: Story) -> bool:
    """Whether ``story``'s title is its text's first sentence, or that sentence's first words: a title
    its splitter took from the text of an item printed with no headline ("Mexico arrested a senior
    underworld figure"), no editor's headline."""
    title = " ".join(_CUT.sub("", story.title).split()).rstrip(".!?。！？ ")
    return bool(title) and _first_sentence(story.text).startswith(title)


def _starts(story: Story) -> bool:
    """Whether ``story``'s title, cut with "…", is the start of its text's first sentence."""
    start = " ".join(_CUT.sub("", story.title).split())
    sentence = _first_sentence(story.text)
    return bool(start) and sentence.startswith(start) and len(sentence) > len(start)


#: A sentence's full stop after a word in lower case ("... the Iran war." before " — The Atlantic").
_FINAL_STOP = re.compile(r"(?<=[a-z])\.$")
#: A full stop glued to the next sentence's capital ("... rates steady.Alphabet, Amazon ...").
_GLUED_STOP = re.compile(r"(?<=[a-z])[.!?](?=[A-Z])")


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` on one line, without its closing stop."""
    first = first_sentence(strip_symbols(text.strip().replace("**", "")))
    first = _GLUED_STOP.split(first, maxsplit=1)[0]
    return " ".join(first.split()).rstrip(".!?。！？ ")


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
