"""A link roundup printing each item as a paragraph headed by a bold phrase closed by its own full
stop ("__Stolen bikes.__ The city's ..."), under a one-line summary of the issue listing its topics
and over a closing request for feedback.

Each item is a story of its own, titled by its lead-in however short; the summary line listing the
items' topics is navigation; the feedback request is the edition's own line. The body is invented.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_ROUNDUP = "\n".join(
    [
        "Figures Weekly — 2031.03.05 edition",
        "===================================",
        "",
        "*Ferry delays, stolen bikes, (some) orchard yields, and lighthouses.*",
        "",
        "",
        "__Ferry delays across the northern islands.__ The [Harbor "
        "Ledger](https://ledger.example/about) records the departure and arrival times of "
        "every ferry in the northern islands since 2009. The data comes as one file per "
        "year.",
        "",
        "",
        "__Stolen bikes.__ [Spoke Watch](https://spoke.example/data) is a volunteer "
        "effort that gathered 40,000 reports of stolen bicycles from twelve towns. Each "
        "report lists the make, the colour and the street.",
        "",
        "",
        "__(Some) orchard yields.__ The growers' guild has posted [yields of apples and "
        "pears](https://guild.example/yields) for its 300 member orchards, going back two "
        "decades.",
        "",
        "",
        "__Lighthouses.__ The [Coastal Lights Register](https://lights.example/register) "
        "catalogues every lighthouse on the coast, with its height, range and the year it "
        "was first lit.",
        "",
        "",
        "*Suggestions? Send friendly feedback to <editor@figures.example>, or just reply "
        "to this email. Looking for past issues? [This sheet lists them "
        "all](https://sheet.example/all).*",
        "",
    ]
)


def test_each_item_headed_by_a_stopped_bold_phrase_is_a_story_of_its_own() -> None:
    split = split_text(_ROUNDUP)
    titles = [story.title for story in split.stories]
    assert titles == [
        "Ferry delays across the northern islands",
        "Stolen bikes",
        "(Some) orchard yields",
        "Lighthouses",
    ]
    bikes = split.stories[1]
    assert "40,000 reports" in bikes.text
    assert "Harbor Ledger" not in bikes.text


def test_the_summary_listing_the_items_topics_is_navigation_and_the_feedback_request_chrome() -> None:
    dropped = {entry.text.strip("*_ ")[:20]: entry.reason for entry in split_text(_ROUNDUP).dropped}
    assert dropped["Ferry delays, stolen"] is DropReason.NAVIGATION
    assert dropped["Suggestions? Send fr"] is DropReason.BOILERPLATE


def test_a_sentence_listing_things_it_names_once_is_no_topic_list() -> None:
    body = _ROUNDUP.replace(
        "*Ferry delays, stolen bikes, (some) orchard yields, and lighthouses.*",
        "We counted owls, herons, and kestrels.",
    )
    texts = " ".join(story.text for story in split_text(body).stories)
    assert "We counted owls" in texts


def test_two_labels_closed_by_a_full_stop_stay_inside_their_story() -> None:
    body = """\
## Port opens a night shift

The port of Vell opened a night shift on Monday, moving cargo around the clock for the first time.

**Why it matters.** Ships waited four days on average last year to unload at the port.

**What's next.** The harbor board votes in May on a second night crew for the eastern docks.
"""
    split = split_text(body)
    assert [story.title for story in split.stories] == ["Port opens a night shift"]
    assert "second night crew" in split.stories[0].text
