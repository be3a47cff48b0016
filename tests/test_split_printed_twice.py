"""A daily briefing printing its layouts twice: numbered headlines, one-word credits,
a podcast's label interrupting a section, a contents line of titles run together. A minimal
synthetic reproducer in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


#: An invented edition printing its layouts twice: labels and item numbers doubled, each picture's
#: credit printed alone and again glued to the paragraph under it, a contents line of titles run
#: together, and a podcast's label printed twice over its one paragraph in the middle of the run.
#: "⎵" marks a space the converted e-mail leaves at a line's end (or alone on its line).
_TWICE = """\
The harbour report for Monday, with cranes, ferries and a strike,             Porto
 Lisbon

-->

Harbour Today

⎵
Cranes idle in PortoFerries resume in LisbonStrike talks stall againNew pilots sworn inBerth fees rise⎵
Probing whether ports should pay their pilots more, and a look at the week ahead.
↓↓11Cranes stand idle as strike drags on

⎵
Stringer/Reuters⎵
Stringer/ReutersCranes at the port of Porto stood idle for a third day on Monday as dockworkers held out.

↓↓22Ferries return to Lisbon

⎵
Ana Reis/Reuters⎵
Ana Reis/ReutersFerry crossings resumed in Lisbon after a week of repairs to the main pier.

↓↓Harbour TalkHarbour Talk⎵
Could a four-day week help pilots? On this week's Harbour Talk, a pilot shares her view.

↓↓33Berth fees rise in Rotterdam

⎵
Rotterdam raised its berth fees by 4% on Monday, the first rise since 2021.

↓↓Week AheadWeek Ahead⎵
Ports: The pilots' union meets on Tuesday.
""".replace("⎵", " ")


def test_a_body_printing_its_layouts_twice_tells_each_numbered_item_under_its_headline() -> None:
    """In a body printing its layouts twice, a headline whose number was printed twice stands alone
    (never glued to the sentence above it), a one-word credit printed again glued to the text
    ("Stringer/ReutersCranes ...") is a caption, the stories after a label printed twice over its
    one item are the interrupted section's again, and a contents line of titles run together is
    navigation."""
    split = split_text(_TWICE)
    told = {s.title: s for s in split.stories}
    assert "Cranes stand idle as strike drags on" in told
    assert told["Cranes stand idle as strike drags on"].text.startswith("Cranes at the port of Porto")
    assert told["Ferries return to Lisbon"].text.startswith("Ferry crossings resumed")
    assert told["Cranes stand idle as strike drags on"].section == "Harbour Today"
    assert told["Berth fees rise in Rotterdam"].section == "Harbour Today"
    captions = {d.text for d in split.dropped if d.detail == "photo caption (printed again over the text)"}
    assert {"Stringer/Reuters", "Ana Reis/Reuters"} <= captions
    contents = [d.text for d in split.dropped if d.reason is DropReason.NAVIGATION]
    assert any(t.startswith("Cranes idle in PortoFerries") for t in contents)
    assert not any(s.title.startswith("Cranes idle in Porto") for s in split.stories)


def test_a_sentence_naming_camel_case_names_is_no_contents_line() -> None:
    """A sentence with names printed in camel case ("OpenAI", "DeepSeek", "YouTube", "PayPal") and
    its punctuation is running text, never a contents line."""
    body = (
        "## Names in the news\n\n"
        "OpenAI and DeepSeek met YouTube and PayPal staff in Lisbon this week to talk about ferry"
        " timetables and berth fees, officials said.\n"
    )
    split = split_text(body)
    assert split.stories[0].text.startswith("OpenAI and DeepSeek met YouTube")


#: A briefing printing its layouts twice whose short headlines follow an item's byline, and whose first
#: item carries a kicker printed once glued to its doubled number.
_SHORT_HEADLINES = """\
↓↓First WordFirst Word⎵
Last night's gala ran long, and the guests had plenty to say about the speeches and the food.

↓↓Harbour Exclusive11What's next for Ferrylog?⎵

⎵
The controlling investor in Ferrylog is looking to sell its stake, people close to the talks said, as the
ferry-spotting app becomes a power in the travel business. Two buyers have looked at the books this month.

↓↓22A floating media company?⎵

⎵
Ana Reis wants to put a radio studio on a ferry, and two broadcasters have shown interest. She told us
the first shows could air from the river by summer, if the port lets the boat dock overnight. — Tom Vale

↓↓33Ports, post-Pilot⎵

⎵
Stringer/Reuters⎵
Stringer/ReutersThe Pilot's editorial page lost its readers in the port towns this spring, a survey found,
and the paper's owners have not said what they will do. Local radio and two new sites have filled the gap.

↓↓44Listening closely⎵

⎵
About 45% of dockworkers say they listen to shipping radio at work, a union poll found. More listen to
music than to talk shows, and a third of the stations spend under an hour a day on the news of the port.

↓↓Week AheadWeek Ahead⎵
Ports: The pilots' union meets on Tuesday.
""".replace("⎵", " ")


def test_a_short_headline_whose_number_was_printed_twice_heads_its_item() -> None:
    """A headline whose number was printed twice heads its own item however short ("Listening
    closely", two words, right under the item above with its byline), never a label inside the story
    above; a kicker printed once before the doubled number ("Harbour Exclusive11...") goes with it."""
    split = split_text(_SHORT_HEADLINES)
    titles = [s.title for s in split.stories]
    assert "What's next for Ferrylog?" in titles
    assert "Ports, post-Pilot" in titles
    assert "Listening closely" in titles
    floating = next(s for s in split.stories if s.title == "A floating media company?")
    assert "Pilot's editorial" not in floating.text


#: The same harbour edition's closing sections, their labels printed twice and glued to the text under
#: them: a picture of the day, a list of other outlets' stories "in case you missed it", and a short
#: section of its own after it.
_GLUED_LABELS = _TWICE.replace(
    "↓↓Week AheadWeek Ahead ",
    "↓↓Photo of the DayPhoto of the DayA tall ship sails into Porto on Monday, the first of the season.\n\n"
    "↓↓ICYMIICYMITide Weekly: The harbour master says the new cranes are late, [Ana Reis writes]"
    "(https://tide.example.com/cranes).Port Gazette: Berth fees in Rotterdam rise again.\n\n"
    "↓↓DealsDeals \n"
    "Harbourline is buying two ferries from a Danish yard for $40 million, its chief executive said on "
    "Monday, the first purchase since the strike began.\n\n"
    "↓↓Week AheadWeek Ahead ",
)


def test_a_label_printed_twice_glued_to_its_text_is_the_sections_label() -> None:
    """A label printed twice and glued to the text under it ("↓↓Photo of the DayPhoto of the DayA tall
    ship ...") is the label of what follows, never words of its story or its headline."""
    split = split_text(_GLUED_LABELS)
    texts = [f"{s.title} {s.text}" for s in split.stories]
    assert any("A tall ship sails into Porto" in t for t in texts)
    assert not any("Photo of the Day" in t for t in texts)
    assert not any(s.title.startswith("ICYMI") for s in split.stories)


def test_a_section_of_the_edition_ends_at_the_next_label_printed_twice() -> None:
    """An "ICYMI" section (the edition's own) covers its list only: the next label printed twice opens
    a section of its own, whose item is a story, not more of the edition's notes."""
    split = split_text(_GLUED_LABELS)
    told = {s.title: s for s in split.stories}
    deal = [t for t in told if "Harbourline" in t or "Harbourline" in told[t].text]
    assert deal, [d.text for d in split.dropped]
    assert "Deals" not in {d.text for d in split.dropped if "notes about itself" in d.detail}


def test_a_long_line_opening_with_a_label_printed_twice_stays_fast() -> None:
    """The label glued twice to its text is looked for in time linear in a line's length (200,000
    letters or marks)."""
    import time

    from digest.split.twice import _glued_label

    start = time.perf_counter()
    for line in ("ab" * 100_000, "↓" * 200_000 + "x", "News" * 50_000, "↓↓" + "Ab" * 100_000):
        _glued_label(line)
    assert time.perf_counter() - start < 0.5
    assert _glued_label("↓↓NewsNewsThe port reopened.") == ("↓↓News", "The port reopened.")


def _navigation(split: Split, contents: str) -> bool:
    """Whether the ledger holds all of a contents line as navigation (whole, or parted into its
    titles), and no story tells any of it."""
    navigation = "".join(d.text for d in split.dropped if d.reason is DropReason.NAVIGATION)
    told = " ".join(f"{s.title} {s.text}" for s in split.stories)
    return "".join(contents.split()) in "".join(navigation.split()) and contents[:30] not in told


def test_a_contents_line_whose_titles_print_commas_is_navigation() -> None:
    """A contents line of many titles run together is navigation though a title prints its own comma or
    colon ("Berth fees rise, cranes idle", "The port: busy, but late"); a sentence naming a few
    camel-case names with commas stays text."""
    contents = (
        "Ferries return to LisbonBerth fees rise, cranes idleStrike talks resumeTide tables revisedPilots"
        " win payDock cranes automatedThe port: busy, but late"
    )
    body = (
        f"## Harbour Today\n\n{contents}\n\nFerries return to Lisbon\n\nFerry crossings resumed on Monday.\n"
    )
    assert _navigation(split_text(body), contents)
    sentence = (
        "OpenAI, DeepSeek and YouTube met PayPal and LinkedIn staff in Lisbon to talk about ferries,"
        " officials said."
    )
    kept = split_text(f"## Names in the news\n\n{sentence}\n")
    assert kept.stories[0].text.startswith("OpenAI, DeepSeek and YouTube")


def test_titles_run_together_after_an_acronym_or_a_question_are_navigation() -> None:
    """A contents line whose titles end in an acronym ("Ports weigh UBI" + "Vibe-coded cranes"), an
    ampersand's initials ("Dock M&A" + "Not-so-quiet ..."), a question ("... on the river?" +
    "Robots ...") or print "vs." glued to the next title is navigation too; a headline naming CEOs,
    LLMs and GPUs, plurals of acronyms, is no line of titles."""
    for contents in (
        "Harbour bosses pitch UBIVibe-coded cranesDock M&ANot-so-quiet layoffsCould tides power the port?"
        "Robots take on the docks",
        "Untenable ferry strikeHarbour trust crisisPilot back on dutyFading tide hopesMayor in DCDocks vs."
        " CityFare deadline for council",
    ):
        body = f"## Harbour Today\n\n{contents}\n\nFerries return to Lisbon\n\nFerry crossings resumed.\n"
        assert _navigation(split_text(body), contents)
    headline = "Harbour CEOs ask OpenAI and DeepSeek for LLMs and GPUs to run the cranes of the busiest docks"
    kept = split_text(f"## Names in the news\n\n{headline}\n\nThe bosses met on Monday in Lisbon.\n")
    assert headline in {s.title for s in kept.stories}
