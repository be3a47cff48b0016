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


_ESSAY_COLON = """\
The harbour board shipped its new schedule on Friday, and the crews read it the same night. The \
reactions split in two camps. Both miss the point.
Sometimes a plan ships with flaws and the flaws do not matter. The board has a habit of doing so.
All three plans do the same work: boats come in at dawn, the catch goes to market by noon, and the \
quay is clear by dusk. With this one the last gap in the week is closed.
Fishers told the board that the old schedule cost them two hours a day. The new one gives them back.
Several captains said they would keep their boats in the northern basin all season.
"""


def test_a_paragraph_opening_with_words_before_a_colon_does_not_end_the_text() -> None:
    """A paragraph whose first sentence runs on after a colon ("All three plans do the same work:
    boats come in ...") is running text like the others: the plain paragraph under it goes on with
    the same story, no story of its own titled by its first sentence."""
    split = split_text(_ESSAY_COLON)
    (story,) = split.stories
    assert "Fishers told the board" in story.text
    assert story.text.rstrip().endswith("all season.")


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


_ESSAY_PARTS = """\
Since we wrote about the tooling turn in March, the labs have shipped a release a week. Here is \
where each one stands.
Meet the Releases
Every lab has put out a checkpoint built for agents over the past quarter, and most of them are close.
RX 3.1
RX 3.1 is the first public release on the new base model, and the hopes for it were high.
It costs twice as much per token as the last one, though it finishes most tasks in fewer tokens.
A pro tier comes with it for long research tasks, priced at three times the standard rate.
Kestrel 2.4
This comes a week after Halden shipped Kestrel 2.4, a drop-in replacement for the last version.
In practice the changes are in features more than in raw scores, as most tasks were solved before.
As a result, the changes that stand out are:
Higher-resolution pictures for front-end work.
A new effort setting between high and maximum.
Marlow V2
The long awaited Marlow drop is here, a year after its first model took the field by storm.
This release includes two models: a large one with 900 billion parameters and a small one.
It moves the context window from a hundred thousand tokens to a million.
"""


def test_a_run_of_labels_each_over_paragraphs_of_its_own_heads_the_parts_of_an_essay() -> None:
    split = split_text(_ESSAY_PARTS)
    assert titles(split)[-3:] == ["RX 3.1", "Kestrel 2.4", "Marlow V2"]
    assert "Kestrel 2.4" not in split.stories[-3].text
    assert split.stories[-2].text.startswith("This comes a week after Halden shipped Kestrel 2.4")
    assert split.stories[-1].text.startswith("The long awaited Marlow drop is here")


_LABELS_IN_A_STORY = """\
PORT LEASE
The port authority signed the lease on Monday after two years of talks with the operator.
The operator will run the container terminal for thirty years and pay a fixed yearly fee.
The city council still has to approve the change of the land's use next month.
The News
The lease covers the north quay and the rail spur that links it to the inland depot.
Officials said the first ships would call at the new terminal by the end of next year.
The operator plans to hire four hundred people over the first three years of the lease.
COAST VOTE
The regional assembly put off its vote on the coastline plan until after the summer.
The News
Members asked for a new study of the plan's effect on the fishing villages along the bay.
The study should take three months, and the vote is now planned for October.
The chair said the delay would not change the plan's budget or its timetable.
"""


def test_a_label_the_edition_prints_again_stays_inside_its_story() -> None:
    split = split_text(_LABELS_IN_A_STORY)
    assert titles(split) == ["PORT LEASE", "COAST VOTE"]
