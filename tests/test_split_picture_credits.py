"""A picture's credit set in parentheses on a line of its own, under a section's label and over the
essay or the items it illustrates: the credit is no headline and no words of a story.

Daily letters print the picture over each part with its credit under it, in full ("(Illustration by
... / The Daily. Source: Getty.)") or as names and agencies set apart by slashes ("(Ada Ruiz / AFP /
Getty)"); an illustration's sources may be listed after the letter ("Illustration Sources: ...").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document

#: An invented daily letter: a label over a credit over the day's essay, a culture section whose
#: credit sits over its items, and the illustration's sources at the end.
LETTER = """Slow Tide

(Maren Olsen / Harbour Press / Getty)

The ferry strike ended on Monday after nine days, but the dockworkers say nothing is settled. The
union's leaders met the port authority late into the night and agreed to return to work.

Their grievances remain. Pay has not kept up with the cost of living in the port towns, and the
night shifts are longer than the contract allows.

What happens next depends on the council, which votes on the harbour budget next week.

Culture Break

(Illustration by Tomas Reyes / The Harbour Daily. Source: Getty.)

[Read.](https://daily.example.com/books/tide-tables) A new history of tide tables asks who first
measured the sea.

[Listen.](https://daily.example.com/podcast/ferries) Our podcast rides the last night ferry to the
islands.

Illustration Sources: Rana Holt / Harbour Press / Getty; Ivo Stam / Getty.
"""


def _split(body: str) -> Split:
    return split_document(Document(Edition(path="letter.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_credit_in_parentheses_is_no_headline_nor_text() -> None:
    split = _split(LETTER)
    told = " ".join(f"{s.title} {s.text}" for s in split.stories)
    for credit in ("Maren Olsen", "Illustration by", "Illustration Sources"):
        assert credit not in told
    credits = {d.text for d in split.dropped if d.detail == "photo caption or credit"}
    assert "(Maren Olsen / Harbour Press / Getty)" in credits
    assert any(s.text.startswith("The ferry strike ended") for s in split.stories)


@given(
    st.lists(
        st.sampled_from(["Ana Ruiz", "AFP", "Getty", "iStock", "Everett Collection", "Lionsgate", "AP"]),
        min_size=2,
        max_size=4,
    )
)
def test_names_and_agencies_set_apart_by_slashes_in_parentheses_are_a_credit(parts: list[str]) -> None:
    verdict = block_verdict(f"({' / '.join(parts)})")
    assert verdict is not None
    assert verdict.reason is DropReason.BOILERPLATE


def test_a_sentence_with_slashes_in_parentheses_is_no_credit() -> None:
    assert block_verdict("(see the chart / table below)") is None
    assert block_verdict("The index rose (Acme / Birch) on Monday.") is None


def test_a_byline_naming_several_writers_is_no_headline() -> None:
    """ "By Ana Ruiz, Tom Bell, and Jo Kim" under an essay's label and its picture's credit is the
    essay's byline: the label is the essay's headline, never the byline."""
    body = LETTER.replace(
        "(Maren Olsen / Harbour Press / Getty)\n",
        "(Maren Olsen / Harbour Press / Getty)\n\nBy Ana Ruiz, Tom Bell, and Jo Kim\n",
    )
    split = _split(body)
    assert not [s for s in split.stories if s.title.startswith("By ")]
    assert "By Ana Ruiz, Tom Bell, and Jo Kim" in {d.text for d in split.dropped if d.detail == "byline"}
    assert block_verdict("By Monday, Acme and Birch will report earnings") is None


def test_a_caption_glued_to_its_source_credit_is_a_credit() -> None:
    """ "A Tin Can phone.Source: Tin Can": a caption's full stop glued to its credit, no title; a
    sentence followed by its source after a space is a story's credit line, not a picture's."""
    verdict = block_verdict("A ferry at dawn.Source: Harbor Wire")
    assert verdict is not None
    assert verdict.detail == "photo caption or credit"
    assert block_verdict("The figure comes from the census. Source: Census Bureau") is None


def test_a_cartoon_or_a_drawing_credited_on_its_line_is_a_credit() -> None:
    """ "Cartoon by Ana Ruiz" under a magazine's cartoon of the week credits the picture, like a photo."""
    for line in ("Cartoon by Ana Ruiz", "Drawing by Tom Bell for The Harbour Weekly", "Artwork by Jo Kim"):
        verdict = block_verdict(line)
        assert verdict is not None
        assert verdict.detail == "photo caption or credit"
    assert (
        block_verdict("Cartoon by a local artist wins the harbour prize for the third year running.") is None
    )


def test_a_cartoons_quoted_caption_beside_its_credit_is_the_pictures() -> None:
    """A short line that is only a quotation right under a cartoon's credit is its caption: neither a
    story titled by the credit (before) nor one titled by the caption."""
    body = (
        "# Harbour Weekly\n\n## Cranes return to the quay\n\n"
        "The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a"
        " week without a stop, and will order twelve more by the summer.\n\n"
        "Cartoon by Ana Ruiz\n\n“I told you the tide was coming.”\n\n"
        "## Ferry fares rise\n\n"
        "Fares on the northern crossing rise by six percent in June, the operator said on Monday.\n"
    )
    split = split_document(
        Document(Edition(path="harbour-weekly.md", format=Format.MARKDOWN), body), ReadSettings()
    )
    assert [s.title for s in split.stories] == ["Cranes return to the quay", "Ferry fares rise"]
    assert not [s for s in split.stories if "tide was coming" in s.text]
    captions = [d for d in split.dropped if d.text.startswith("“I told you")]
    assert [(d.reason, d.detail) for d in captions] == [(DropReason.BOILERPLATE, "photo caption or credit")]
