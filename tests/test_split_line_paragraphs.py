"""Bodies that print one paragraph per line, with no blank line between paragraphs.

There a line cannot head a story by standing alone: every paragraph does. A line is a headline only
by its form (short, no sentence end), and a label that trails off into what follows ("Sparse
attention:", "It comes in two sizes:") or the next point of an enumeration ("Why it matters;") is
part of the running text. The bodies are invented, in the shape of a long essay and of a deep dive.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def titles(split: Split) -> list[str]:
    return [s.title for s in split.stories]


_DEEP_DIVE = """\
The quiet week: Falcon-3, Birch-2, and the agent turn
On the back of two closed releases, we had a week of open ones. Falcon-3 and Birch-2 both shipped.
These models give builders long context windows and cheap inference on their own hardware.
Falcon-3: The heavyweight
Falcon-3 was the most awaited model of the week. It keeps inference costs low with sparse experts.
The model comes in two sizes:
Falcon-3 Large:
A model with 900 billion parameters, 40 billion of them active for each token.
Falcon-3 Small:
A lighter version with 150 billion parameters for faster and cheaper runs.
Long context strains memory, so the team added two tricks.
Windowed Sparse Attention (WSA):
Shrinks the cache that holds past tokens and cuts the memory it needs.
Folded Attention (FA):
Keeps memory flat for very long inputs.
Birch-2: The orchestrator
Birch-2 was the most striking release. It reads text, images and video, and writes text.
It splits a goal into smaller tasks and hands each to a helper agent. The helpers report back.
"""


def test_labels_ending_in_a_colon_introduce_the_text_under_them() -> None:
    split = split_text(_DEEP_DIVE)
    assert titles(split) == ["The quiet week: Falcon-3, Birch-2, and the agent turn"]
    text = split.stories[0].text
    for label in ("The model comes in two sizes:", "Falcon-3 Large:", "Windowed Sparse Attention (WSA):"):
        assert label in text
    assert split.stories[0].section is None


_AGENDA = """\
How the Talks Began in Geneva
Delegates met on Monday for the first round. Most of them expected little from it.
Is the deal dead? Today we bring you our takes on:
Troubles in the hall before the vote;
Why the old coalition may not hold;
And why the summit still matters, even after it lost its host
Quotes were translated by our staff. Emphasis added by the editor.
What the Second Round Brings
The second round opens in May. Both sides say they are ready to talk.
"""


def test_the_points_of_an_enumeration_are_no_headlines() -> None:
    split = split_text(_AGENDA)
    assert titles(split) == ["How the Talks Began in Geneva", "What the Second Round Brings"]
    assert "Troubles in the hall before the vote;" in split.stories[0].text
    assert "And why the summit still matters" in split.stories[0].text


_ESSAY = """\
At last, the Orbis treaty is signed. Both chambers voted for it on Friday, and the text is now public.
Breaking with a long habit of closed talks, the delegates published every draft as they went along.
Is the treaty a letdown? Today we bring you our takes on:
Troubles in the hall before the vote;
Why the old coalition may not hold;
And why the treaty still matters, even after it lost its author
Quotes were translated by our staff. Emphasis added by the editor.
How the Talks Began in Geneva
Delegates met on Monday for the first round. Most of them expected little from it.
The chair opened with a long speech. Few listened to the end.
"""


def test_paragraphs_under_no_headline_are_one_text() -> None:
    """The opening paragraphs of an essay, before its first sub-heading, are one story: a paragraph of
    running text does not end where its line does."""
    split = split_text(_ESSAY)
    assert len(split.stories) == 2
    opening = split.stories[0].text
    assert "At last, the Orbis treaty is signed." in opening
    assert "Breaking with a long habit" in opening
    assert "Quotes were translated by our staff." in opening
    assert split.stories[1].title == "How the Talks Began in Geneva"


_RADAR = """\
Weekly Radar
Funding Round-Up
Quillon Quillon raised $40 million for its code review agent. The round was led by Northgate.
Marrow Labs The robotics startup Marrow Labs signed a deal with a carmaker. Terms were not disclosed.
Tesselate Tesselate crossed $90 million in yearly revenue. It plans to hire 200 people.
"""


def test_paragraphs_under_a_section_label_stay_items() -> None:
    """Under a section's label, each line of a body that prints a paragraph per line may be an item of
    its own: the lines are not joined into one text."""
    split = split_text(_RADAR)
    assert len(split.stories) == 3
