"""A label over a picture's address, then the item that address links, tells no story of its own.

A briefing closes with "Before You Go" over a picture's address, the picture's credit, then the item
("Back to the future. Remember when ...") linking the same page. Read as printed, the label was a
story with no text and the item's link: an empty headline in the digest's In brief.
"""

from __future__ import annotations

from pathlib import Path

from digest import Settings, read_stories
from digest.models import DropReason, Reading

LABEL = "a label over the next item, its only link that item's"
RADIOS = "https://news.example.com/articles/2026-05-05/tin-can-radios-return"


def _read(tmp_path: Path, body: str) -> Reading:
    """``body`` read as a file, as a subscriber's export is (its addresses in angle brackets linked)."""
    path = tmp_path / "harbour-evening.md"
    path.write_text(body + "\n", encoding="utf-8")
    return read_stories([path], Settings())


#: A briefing wrapped by its sender, addresses on lines of their own (trailing spaces as sent).
EVENING = "\n".join(
    (
        "Harbour Evening",
        "Cranes return to the quay ",
        "<https://news.example.com/articles/2026-05-05/cranes>",
        "The port of Lisbon finished its trial of driverless cranes, which moved 4,000 ",
        "containers in a week without a stop, and will order twelve more by the summer. ",
        "The crane maker said the trial had run without a single stop for repairs.",
        "Ferry fares rise ",
        "<https://news.example.com/articles/2026-05-05/fares>",
        "Fares on the northern crossing rise by six percent in June, the operator said on ",
        "Monday, the second rise this year. Commuters' groups said they would protest at ",
        "the terminal on Friday.",
        "",
        "One More Thing",
        " ",
        "<https://news.example.com/articles/2026-05-05/tin-can-radios-return>",
        "A tin can radio.Source: Tin Can Radio",
        "Back to the bench. Remember the crystal set? It is back as a $40 kit that children ",
        "build in an afternoon, and schools are ordering ",
        "<https://news.example.com/articles/2026-05-05/tin-can-radios-return?cmpid=evening>",
        " it by the crate this spring.",
        "Lighthouses for sale ",
        "<https://news.example.com/articles/2026-05-05/lighthouses>",
        "The coast guard is selling eleven lighthouses it no longer needs, the cheapest for ",
        "less than a flat in town, to buyers who promise to keep the lamps lit.",
    )
)


def test_a_label_over_the_next_items_address_is_empty(tmp_path: Path) -> None:
    split = _read(tmp_path, EVENING)
    assert "One More Thing" not in [s.title for s in split.stories]
    label = [d for d in split.dropped if d.text == "One More Thing"]
    assert [(d.reason, d.detail) for d in label] == [(DropReason.EMPTY, LABEL)]
    item = [s for s in split.stories if s.text.startswith("Back to the bench")]
    assert [s.url for s in item] == [RADIOS]


def test_a_headline_over_its_own_address_and_text_stays(tmp_path: Path) -> None:
    """A headline whose address links a page the text under it never links is an item's own."""
    body = EVENING.replace("radios-return>\nA tin can", "radio-kits>\nA tin can")
    split = _read(tmp_path, body)
    assert not [d for d in split.dropped if d.detail == LABEL]
