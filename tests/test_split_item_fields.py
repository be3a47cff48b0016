"""A plain-text AI roundup with one line per paragraph: each paper's title over an
"AI Lab: ..." field and its summary, a heading announcing its number of news items. Minimal
synthetic reproducers in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


PAPERS = (
    (
        "Tidal Routing for Resilient Harbour Queues",
        "Kestrel Lab, Porto University",
        "This paper routes ferries.",
    ),
    (
        "Quay2.0-Uni: Unifying Crane and Tug Scheduling",
        "Harbor AI, Quay Group",
        "This paper unifies two schedules.",
    ),
    (
        "Scaling Night Crossings for Pilot Boats",
        "North Sea Labs, University of Lisbon, Hamburg Port Institute, Rotterdam Maritime School, "
        "Bergen College",
        "This paper scales night crossings.",
    ),
    ("BerthBench: Benchmarking Berth Planners", "Lisbon Tech", "The authors present a benchmark."),
    ("Pilot 3", "Quay AI", "This report releases the Pilot 3 family of models."),
)


def test_a_field_line_printed_under_every_item_title_is_the_items_text() -> None:
    """A plain-text roundup printing each paper as its title, an "AI Lab: ..." line and a "Summary:
    ..." line, one line each with no blank line between: the repeated field line is the paper's
    text, never a headline that would make the paper's title a section; a long list of labs too."""
    lines = [
        "View this post on the web at https://weekly.example/p/issue-12",
        "📝 Editorial: Ports learn to plan",
        "This week the harbours of the north published their plans for the winter, and they agree.",
        "🔎 Research",
    ]
    for title, lab, summary in PAPERS:
        lines += [title + " ", f"AI Lab: {lab}", f"Summary: {summary} It matters for ports."]
    lines += ["Unsubscribe https://weekly.example/unsubscribe"]
    header = (
        "# Weekly Radar #12: Ports learn to plan\n\n**From:** Weekly Radar <radar@weekly.example>\n\n---\n\n"
    )
    split = split_text(header + "\n".join(lines) + "\n")
    assert [s.title for s in split.stories][1:] == [p[0] for p in PAPERS]
    assert {s.section for s in split.stories[1:]} == {"Research"}
    assert split.stories[2].text.startswith("AI Lab: Harbor AI, Quay Group")
    footer = [d.text for d in split.dropped if d.reason is DropReason.FOOTER]
    assert footer[0].startswith("View this post on the web")


def test_a_label_line_printed_once_is_no_field() -> None:
    """A "Label: value" line printed once ("Update: Ferries resume") under a title keeps its role."""
    body = (
        "Harbour news\nUpdate: Ferries resume at dawn\n"
        "The ferries resumed their crossings at dawn on Monday.\n"
    )
    split = split_text(body)
    assert any("Ferries resume" in f"{s.section} {s.title} {s.text}" for s in split.stories)


def _radar(tail: list[str]) -> str:
    header = (
        "# Weekly Radar #12: Ports learn to plan\n\n**From:** Weekly Radar <radar@weekly.example>\n\n---\n\n"
    )
    lines = [
        "📝 Editorial: Ports learn to plan",
        "This week the harbours of the north published their plans for the winter, and they agree.",
        *tail,
        "Unsubscribe https://weekly.example/unsubscribe",
    ]
    return header + "\n".join(lines) + "\n"


NEWS = (
    "Kestrel Cranes raised $40M at a $300M valuation in a round led by Tidewater to automate berths.",
    "The port of Porto signed a ten-year deal with Quay Power for shore electricity at every berth.",
    "Lisbon Ferries bought six electric boats from Nordic Yards, its largest order since 2019.",
)


def test_a_heading_announcing_its_number_of_items_heads_that_many_stories() -> None:
    """ "📡3 Port News You Need to Know About" over exactly three one-line paragraphs, printed with no
    blank line between them: three stories, the heading their section, never one story of three."""
    split = split_text(_radar(["📡3 Port News You Need to Know About", *(" " + n for n in NEWS)]))
    items = [s for s in split.stories if s.section == "3 Port News You Need to Know About"]
    assert [s.text for s in items] == list(NEWS)


def test_a_heading_whose_number_does_not_match_its_paragraphs_keeps_them_together() -> None:
    """A heading opening with a number over a different count of paragraphs ("5 Lessons From the
    Strike" over two) is a headline over its text, as before."""
    split = split_text(_radar(["5 Lessons From the Strike", NEWS[0], NEWS[1]]))
    (story,) = [s for s in split.stories if s.title == "5 Lessons From the Strike"]
    assert NEWS[1] in story.text
