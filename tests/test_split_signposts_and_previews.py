"""Page furniture that read as stories or titles, in the ledger: a phrase printed one letter a line
("Y", "o", "u", "r" ...), a signpost over the lead essay ("To the main topic →"), a paywall's pitch
boxed over its prompt, and an inbox preview that ran the first headline into its paragraph.

The bodies are invented, in the shapes of newsletters whose HTML was converted to text.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.assemble import PITCH, PREVIEW, SIGNPOST
from digest.split.splitter import SPELLED_DOWN, split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def _stacked(phrase: str) -> str:
    return "\n".join(char for char in phrase if char != " ")


_EDITION = f"""\
Hello there,
Two launches this week, and both point the same way: the tools now do the work themselves, \
and the era of carefully worded prompts is coming to an end for most teams.
Top Stories
Harbor Labs releases Tugboat-3 with faster planning
{_stacked("Your plans go stale.")}
{_stacked("Your specs shouldn't.")}
Top Stories
Harbor Labs releases Tugboat-3 with faster planning
12,402 Likes
Harbor Labs just released Tugboat-3, and the pitch is simple: hand it a messy task with many steps, \
and it plans, uses its tools, checks its own work and keeps going until the job is done.
The biggest gains are in coding and research. Early testers cut debugging from days to hours.
Signals
Harbor Labs ships shared crews for team workflows
Harbor Labs also shipped Crews, shared agents a whole team can build once and reuse, \
and it is basically the upgrade that the old custom assistants never managed to be for teams.
"""


def test_letters_printed_one_a_line_are_decoration_in_the_ledger() -> None:
    """No story is titled, or sectioned, by one letter; every letter is in the ledger as decoration."""
    split = split_text(_EDITION)
    assert all(len(s.title) > 1 for s in split.stories), [s.title for s in split.stories]
    assert all(s.section is None or len(s.section) > 1 for s in split.stories)
    spelled = [d.text for d in split.dropped if d.detail == SPELLED_DOWN]
    assert "".join(spelled) == "Yourplansgostale.Yourspecsshouldn't."
    assert any(s.title.startswith("Harbor Labs ships shared crews") for s in split.stories)


def test_numbers_alone_on_their_lines_are_no_spelled_phrase() -> None:
    """A run of item numbers, each alone on its line, holds no letter: not decoration by this rule."""
    body = "Three things\n1\n2\n3\n4\n5\nThe harbor reopened on Monday after a week of storms closed it.\n"
    split = split_text(body)
    assert not any(d.detail == SPELLED_DOWN for d in split.dropped)


def test_a_signpost_over_the_text_is_no_headline() -> None:
    """A line pointing at the text under it ("To the main topic →") is in the ledger, and the story
    under it is titled from its first sentence."""
    body = (
        "**This week** / three essays on harbors\n\n"
        "———————————————\n\n"
        "**On to the main essay →**\n\n"
        "Suddenly, every port authority is talking about a twelve-point plan published by the harbor "
        "board. Its post crossed every expectation and drew more readers than any before it.\n\n"
        "The earlier plans, even the contested ones, rarely drew a tenth of that.\n"
    )
    split = split_text(body)
    assert [d.text for d in split.dropped if d.detail == SIGNPOST] == ["On to the main essay →"]
    essay = [s for s in split.stories if "twelve-point" in s.text]
    assert essay[0].title.startswith("Suddenly")
    assert "a tenth of that" in essay[0].text


def test_a_pitch_boxed_over_a_paywall_prompt_is_in_the_ledger() -> None:
    """A short paragraph between a rule and the paywall's prompt right under it sells the
    subscription: in the ledger with the prompt, and the post's last story keeps its text."""
    body = (
        "# Tide Tables\n\n"
        "The harbor board published its plan on Monday. It lists twelve points, from dredging the "
        "channel to pricing the berths, and it drew more readers than any plan before it.\n\n"
        "----------\n\n"
        "_Stop skimming the headlines. __**Read the whole analysis with us. **_It is worth it.\n\n"
        "UPGRADE TO READ THE REST (https://tides.example/upgrade)\n\n"
        "----------\n"
    )
    split = split_text(body)
    assert ["Stop skimming" in d.text for d in split.dropped if d.detail == PITCH] == [True]
    assert not any("skimming" in s.text for s in split.stories)
    assert any("twelve points" in s.text for s in split.stories)


def test_a_preview_cut_short_over_the_lines_it_ran_together_is_in_the_ledger() -> None:
    """An inbox preview that ran the first headline and its paragraph into one line, cut by an
    ellipsis ("... in the DunesLast year I ..."), is the preview: the story below keeps its headline."""
    body = (
        "# Thursday Thread\n\n"
        "OFFER: Help with hut-to-hut hiking in the DunesLast year I was interviewing a guide for my "
        "book about planning long trips with frie...\n\n"
        "Thursday Thread\n\n"
        "[View in app](https://posts.example/thread-1)\n\n"
        "OFFER: Help with hut-to-hut hiking in the Dunes\n\n"
        "Last year I was interviewing a guide for my book about planning long trips with friends, and "
        "how much work goes into them. He said he loved the logistics.\n"
    )
    split = split_text(body)
    assert any(d.detail == PREVIEW and "DunesLast" in d.text for d in split.dropped)
    assert any(d.text == "View in app" for d in split.dropped)
    told = [s for s in split.stories if "loved the logistics" in s.text]
    assert [s.title for s in told] == ["OFFER: Help with hut-to-hut hiking in the Dunes"]
