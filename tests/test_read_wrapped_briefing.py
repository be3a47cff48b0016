"""An evening briefing's text part that is both hard-wrapped and cut around its links.

Such a part prints each link's address in angle brackets on a line of its own, so the splitter
reads it as a body cut at its inline elements (", according to ..." under an address), and it is
also wrapped at one width ("... between Harbour Point" over "International Pier and the old town
..."). Joining only the pieces of sentences had left each wrapped line a line of its own: a
paragraph's first line read as a headline over the rest, the real headline dropped as "a headline
with no text". Its items end with "Read more" and the item's address, and the next item may follow
with no headline of its own: the call ends the item above. Its chrome: "Read in browser", a
caption run into its credit ("Mara KellPhotographer: Ivo Brandt/Harbor Wire"), "Enjoying ...?"
and a request for feedback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.models import Story
from digest.split.chrome import block_verdict

URL = "https://news.example.com/articles"

#: An invented evening briefing, wrapped at 76 letters, its addresses on lines of their own.
BRIEFING = f"""Harbour Keeps Rising as the Ferry Standoff Continues
Two weeks of the ferry strike.

Read in browser~
<{URL}/evening-briefing>

Having left the harbour on Saturday just as the council was preparing to send~
mediators to discuss the strike, union leader Mara Kell eventually turned up~
for talks with the port authority in the old town, where she said the union~
is committed to a fair deal for every crew.

Kell’s move came after a weekend of false starts in the effort to end the~
strike. As news broke that the mediators were leaving, the mayor said the~
city “has all the boats~
<{URL}/mayor-boats?utm_source=newsletter>
.”
Mara KellPhotographer: Ivo Brandt/Harbor Wire
The union has told the council that it would end the strike if the city~
lifted its ban on night crossings. Under its plan, the talks over a new ferry~
timetable for the summer~
<{URL}/timetable?utm_source=newsletter>
, a sticking point, would be dealt with later, the Harbor Wire reported.

Crime

Pier Arson Suspect Charged After Night Fire

Dario Lenz, 44, made his first appearance in the district court on Monday.
Read more~
<{URL}/pier-arson-suspect>
Two regional banks have agreed to drop the exclusive right of one of them~
<{URL}/banks-drop-exclusive?utm_source=newsletter>
 to lend to the port authority, opening the door for the harbour to borrow from~
rival lenders like the Coastal Savings Union.

The new pact is meant to simplify a complicated relationship that has been~
central to the harbour’s growth and its borrowing for the new ferry terminal.
Read more~
<{URL}/banks-pact>
The council is said to have quietly closed its inquiry into claims that the~
harbour’s largest ferry operator could read the tickets of encrypted season~
passes~
<{URL}/ferry-inquiry?utm_source=newsletter>
, ending a review of how the operator markets its privacy.

The inquiry was shut down soon after an auditor told other officials of his~
“early” findings and tried to coordinate the work, according to records.

Markets

Fishing Fund Investors Rebuff the Buyout Offer

Investors in the fund tendered less than 1% of shares to Orla Brenner’s Quay~
Capital and Tidewater Partners, which had offered to buy them at a discount.
The scant sales suggest fear in the $2 billion fishing credit market only goes~
so far.
Read more~
<{URL}/fishing-fund-buyout>
The coast guard arrested a smuggler with a $1 million bounty on his head who~
was sought for crimes including fuel theft. Officials say Pim Varga is a~
member of the Northern Reef ring, one of the coast’s most feared gangs
<{URL}/smuggler-arrested?utm_source=newsletter>
, who ran boats along the whole of the Pacific shore.

City

Ten Days of Electric Ferries Between Harbour Point and the Pier

Northwind Marine is running electric ferries between Harbour Point~
International Pier and the old town this week to show off its quieter,~
zero-emission boats in a city weary of diesel fumes and noise~
<{URL}/ferries-noise?utm_source=newsletter>
, the company said.
Read more~
<{URL}/electric-ferries>

Predictions

Tide tables will go digital next year. “The harbour office plans to publish~
the tables for every pier in a free phone app~
<{URL}/tide-app?utm_source=newsletter>
.”— Ivo Brandt, Harbor Wire

The old lighthouse will reopen to visitors in June after a two-year repair~
<{URL}/lighthouse?utm_source=newsletter>
, the council said on Monday, with tickets on sale from May.

More from Harbor Wire

Enjoying Evening Briefing Harbour? Get more news and analysis with our~
regional editions and check out these newsletters, too.

We’re improving your newsletter experience and we’d love your feedback. If~
something looks off, tell us here~
<https://survey.example.com/briefing>
.
""".replace("~\n", " \n")  # "~": the space a wrapper leaves at a line's end


@pytest.fixture
def stories(tmp_path: Path) -> list[Story]:
    path = tmp_path / "harbor-wire-2026-04-27.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    return list(read_stories([str(path)]).stories)


def _titled(stories: list[Story], title: str) -> Story:
    found = [story for story in stories if story.title == title]
    assert found, [story.title for story in stories]
    return found[0]


def test_a_wrapped_paragraph_is_read_whole_under_its_headline(stories: list[Story]) -> None:
    """The headlines over wrapped paragraphs keep their text; no wrapped line is a headline."""
    fund = _titled(stories, "Fishing Fund Investors Rebuff the Buyout Offer")
    assert fund.text.startswith(
        "Investors in the fund tendered less than 1% of shares to Orla Brenner’s Quay Capital"
    )
    ferries = _titled(stories, "Ten Days of Electric Ferries Between Harbour Point and the Pier")
    assert "between Harbour Point International Pier and the old town" in ferries.text
    assert not [
        story for story in stories if story.title.startswith(("Investors in the fund", "Northwind Marine"))
    ]


def test_read_more_ends_its_item(stories: list[Story]) -> None:
    """The item after a "Read more" call is a story of its own, not more of the story above it (a
    paragraph after it, untitled, is one too: the edition does not say whose it is)."""
    arson = _titled(stories, "Pier Arson Suspect Charged After Night Fire")
    assert arson.text == "Dario Lenz, 44, made his first appearance in the district court on Monday."
    assert arson.url == f"{URL}/pier-arson-suspect"
    banks = [story for story in stories if "Two regional banks have agreed" in f"{story.title} {story.text}"]
    assert len(banks) == 1
    assert banks[0].text.startswith("Two regional banks have agreed to drop the exclusive right")
    inquiry = [story for story in stories if "quietly closed its inquiry" in f"{story.title} {story.text}"]
    assert len(inquiry) == 1
    assert inquiry[0].text.startswith("The council is said to have quietly closed its inquiry into claims")
    assert "encrypted season passes, ending a review" in inquiry[0].text
    assert "The new pact" not in inquiry[0].text
    fund = _titled(stories, "Fishing Fund Investors Rebuff the Buyout Offer")
    assert "smuggler" not in fund.text
    smuggler = [story for story in stories if "The coast guard arrested a smuggler" in story.text]
    assert len(smuggler) == 1
    assert "gangs, who ran boats along the whole of the Pacific shore." in smuggler[0].text


def test_a_quotation_closed_after_its_link_ends_its_item(stories: list[Story]) -> None:
    """'.”— Ivo Brandt, Harbor Wire' under an address closes the sentence a link was cut out of: it
    is no headline of the item after it."""
    tides = [story for story in stories if "Tide tables will go digital" in f"{story.title} {story.text}"]
    assert len(tides) == 1
    assert "in a free phone app.”— Ivo Brandt, Harbor Wire" in tides[0].text
    lighthouse = [story for story in stories if "old lighthouse will reopen" in f"{story.title} {story.text}"]
    assert len(lighthouse) == 1
    assert "Brandt" not in lighthouse[0].title


def test_briefing_chrome_is_no_story(stories: list[Story]) -> None:
    titles = [story.title for story in stories]
    assert "Read in browser" not in titles
    assert not [title for title in titles if "Photographer" in title]
    told = " ".join(story.text for story in stories)
    assert "Photographer" not in told
    assert "Enjoying Evening Briefing" not in told
    assert "love your feedback" not in told
    lead = _titled(stories, "Harbour Keeps Rising as the Ferry Standoff Continues")
    assert "union leader Mara Kell eventually turned up for talks" in lead.text
    assert "The union has told the council" in lead.text


@pytest.mark.parametrize(
    "line",
    [
        "Read in browser",
        "Read it in your browser",
        "Mara KellPhotographer: Ivo Brandt/Harbor Wire",
        "Enjoying Evening Briefing Harbour? Get more news with our regional editions.",
        "We’re improving your newsletter experience and we’d love your feedback.",
        "Harbor Wire Evening is your guide to the port's news you can't get anywhere else. Your "
        "subscription makes our journalism possible.",
        "Your subscription makes our journalism possible.",
    ],
)
def test_briefing_chrome_lines(line: str) -> None:
    assert block_verdict(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Readers in Brazil read in browsers more than in apps, a study found.",
        "The photographer Ivo Brandt won the prize for his harbour pictures.",
        "Enjoying the sun, crews gathered at the pier on Monday to celebrate.",
        "“The app is your guide to the tides,” its maker said as it launched on Monday.",
        "The guide to the new ferry timetable: what changes on Monday.",
    ],
)
def test_news_about_the_same_words_is_no_chrome(line: str) -> None:
    assert block_verdict(line) is None


#: The briefing with a paragraph under an item's "Read more" opening with a sentence that ends right
#: where the wrapper cut its first line.
_SENTENCE_AT_THE_WRAP = BRIEFING.replace(
    f"<{URL}/pier-arson-suspect>\n",
    f"<{URL}/pier-arson-suspect>\n"
    "One worry of Kell's is how the council has weakened itself in crews' eyes. \n"
    "The mayor has once again misjudged his leverage over the union, and now the \n"
    "rival ferry firms may be the winners of the standoff, says our reporter.\n\n",
)


def test_a_sentence_ending_at_the_wrap_goes_on_into_its_paragraph(tmp_path: Path) -> None:
    """A paragraph's first line that ends a sentence where the wrapper cut it, over a long line of
    the same paragraph: one paragraph, never a one-sentence story of its own."""
    path = tmp_path / "harbor-wire-2026-04-28.txt"
    path.write_text(_SENTENCE_AT_THE_WRAP, encoding="utf-8")
    stories = list(read_stories([str(path)]).stories)
    worry = [s for s in stories if "One worry of Kell's" in s.text]
    assert worry, [s.title for s in stories]
    assert "misjudged his leverage" in worry[0].text
