"""A section's label right under a list of linked titles, each alone on its line with no text of its
own: the label heads the items below it, never the one-line text (dek) of the title above. Each test
is a minimal synthetic reproducer of one mechanism, in the structure of the real issue, never its
text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def _links(*titles: str) -> str:
    return "".join(f"[{t} (site{n}.example)](https://go.example/{n})\n\n" for n, t in enumerate(titles))


def test_a_hashtag_label_in_capitals_heads_the_links_below_it() -> None:
    """A roundup of linked titles grouped under labels in capitals printed as hashtags ("#HARBOURS"):
    each label is the section of the titles under it, not the text of the title above it."""
    body = (
        "#FERRIES\n\n"
        + _links("Night ferries return to the estuary", "Ferry fares rise by a tenth")
        + "#HARBOURS\n\n"
        + _links("Porto dredges its main channel", "A new crane for the north quay")
        + "#ASK CREW\n\n"
        + _links("Ask Crew: how do you sleep on the night boat?", "Ask Crew: best knots for wet rope?")
    )
    split = split_text(body)
    told = [(s.section, s.title, s.text) for s in split.stories]
    assert ("FERRIES", "Ferry fares rise by a tenth", "") in told
    assert ("HARBOURS", "A new crane for the north quay", "") in told
    assert ("ASK CREW", "Ask Crew: how do you sleep on the night boat?", "") in told
    assert not any("#" in s.text for s in split.stories)


def test_a_label_after_a_promotion_heads_the_links_below_it() -> None:
    """A run of linked titles with no text, a sign-up prompt under the last, then a title-case label
    ("Most Read on The Harbour") over more linked titles: the label heads them, it is no dek of the
    title above the prompt."""
    body = (
        "The harbour reopens its north quay after a winter of dredging, and the pilots are glad.\n\n"
        "[Dredgers leave the estuary](https://harbour.example/dredgers)\n\n"
        "[Pilots return to the north quay](https://harbour.example/pilots)\n\n"
        "Did someone forward you this email? Sign up here.\n\n"
        "Most Read on The Harbour\n\n"
        "[The Ferry Strike Is Over](https://harbour.example/strike)\n\n"
        "[Why Cranes Keep Falling Over](https://harbour.example/cranes)\n\n"
    )
    split = split_text(body)
    pilots = next(s for s in split.stories if s.title == "Pilots return to the north quay")
    assert pilots.text == ""
    strike = next(s for s in split.stories if s.title == "The Ferry Strike Is Over")
    assert strike.section == "Most Read on The Harbour"


def test_a_short_title_case_label_under_a_linked_title_heads_the_next_item() -> None:
    """A two-word label in title case ("Evening Read") under a linked title with no text, over the
    next linked title: the next item's section, not the text of the title above."""
    body = (
        "The harbour reopens its north quay after a winter of dredging, and the pilots are glad.\n\n"
        "[Pilots return to the north quay](https://harbour.example/pilots)\n\n"
        "[Cranes: the quay's tallest neighbours](https://harbour.example/cranes)\n\n"
        "Evening Read\n\n"
        "[The Long Night Crossing](https://harbour.example/night)\n\n"
        "The night boat leaves at eleven and reaches the islands before dawn, most nights.\n\n"
    )
    split = split_text(body)
    cranes = next(s for s in split.stories if s.title.startswith("Cranes"))
    assert cranes.text == ""
    night = next(s for s in split.stories if s.title == "The Long Night Crossing")
    assert night.section == "Evening Read"


def _item(label: str, title: str, n: int) -> str:
    return f"{label}\n\n{title}\n \n<https://news.example/articles/{n}>\n"


def test_a_label_glued_under_a_link_line_where_the_others_stood_heads_a_paragraph() -> None:
    """Items printed "Label" / title / "<address>", each label glued under the address line of the
    item above: the last label ("For Your Walk") heads a paragraph, not a title, yet stands where
    every label stood, so it is the next section, never the text of the last title above it."""
    body = (
        "Harbour Evening\n\n"
        + _item("Port News", "Night Ferries Return to the Estuary", 1)
        + _item("Markets", "Fish Prices Climb for a Third Week", 2)
        + _item("Opinion", "The Quay Needs a Roof Before Winter", 3)
        + "For Your Walk\n\n"
        "Gulls have been nesting on the old lighthouse for decades. Now a new colony is crowding out "
        "the terns on the north breakwater.\n"
    )
    split = split_text(body)
    last = next(s for s in split.stories if s.title == "The Quay Needs a Roof Before Winter")
    assert "For Your Walk" not in last.text
    assert "Gulls" not in last.text
    gulls = next(s for s in split.stories if "Gulls" in s.text)
    assert gulls.section == "For Your Walk"
