"""Labels printed under a list of links, in a body that sets its paragraphs apart by blank lines.

A daily's front page lists a few links each alone on its line, then a label over what follows: the
day's essay ("Are We Human?" over its paragraphs) or a few news items ("Today's News"). A link tells
nothing under a label, so the label never becomes part of the last link's story; and a short label
printed on the last line of a run of sentences ("Dispatches" under the day's news items, then a blank
line) heads what follows instead of ending those sentences. The bodies are invented.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import parse_blocks
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_DAILY = """\
The harbour keeps its secrets

First, here are three new stories from The Courier:

[The quiet return of the night train](https://courier.example/a)
[Why the orchard towns are shrinking](https://courier.example/b)
[The bakers who want to run the city](https://courier.example/c)

Salt and Stone

(Illustration by Mara Vell / The Courier.)

The harbour at Lenmouth was dredged for the first time in forty years this spring. The work took \
three months and cost more than the town spends on its roads in a decade.

What the divers found surprised everyone. Beneath the silt lay the timbers of a ship that no \
register names, and the museum has asked for a year to study them.

The town is split on what to do next. Some want the wreck raised and shown; others say it should \
stay where it lies, and the fishermen want the channel open before the autumn.

Related:

[The last lighthouse keepers of the north coast](https://courier.example/d)
[What a river remembers](https://courier.example/e)

Today's News

The transport ministry [said it would close the coastal line](https://news.example/1) for repairs \
until the end of June.
The central bank [kept its main rate unchanged](https://news.example/2) for a fourth meeting in a row.
A court in Halden [ruled that the new parking fees](https://news.example/3) must be refunded.
Dispatches

The Reading List: Old maps tell [stories of their own](https://courier.example/f), Ida Brun writes.
"""


def test_a_label_under_a_list_of_links_is_no_part_of_the_last_link() -> None:
    split = split_text(_DAILY)
    last_link = next(s for s in split.stories if s.title == "The bakers who want to run the city")
    assert "harbour" not in last_link.text
    river = next(s for s in split.stories if s.title == "What a river remembers")
    assert "ministry" not in river.text


def test_a_label_over_paragraphs_of_running_text_titles_them() -> None:
    split = split_text(_DAILY)
    essay = next(s for s in split.stories if s.title == "Salt and Stone")
    assert "The harbour at Lenmouth was dredged" in essay.text
    assert "The town is split on what to do next" in essay.text


def test_a_label_over_news_items_is_their_section() -> None:
    split = split_text(_DAILY)
    news = [s for s in split.stories if s.section == "Today's News"]
    assert news
    assert "transport ministry" in news[0].text
    assert all("Halden" not in s.text for s in split.stories if s.section == "Related")


def test_a_label_on_the_last_line_of_a_run_of_sentences_heads_what_follows() -> None:
    split = split_text(_DAILY)
    assert all("Dispatches" not in s.text for s in split.stories)
    assert any(s.section == "Dispatches" and "Old maps" in s.text for s in split.stories)


def test_a_sentence_on_the_last_line_of_a_paragraph_stays_in_it() -> None:
    blocks = parse_blocks("The vote was put off.\nIt will be held in May.\n\nNext paragraph here.\n")
    assert blocks[0].text == "The vote was put off. It will be held in May."
