"""A list whose items are a title in bold on the item's line, its one-line summary right under it
with no indent and no blank line ("* **Audio Flamingo Next**" over "Advances audio modeling ...
[→read the paper](url)"): Markdown reads the summary as the item's own paragraph (a lazy
continuation line), so each item is one story, titled by its bold title. A minimal synthetic
reproducer of the mechanism, never the real issue's text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_summary_right_under_a_bold_item_title_is_that_items_text() -> None:
    body = (
        "## Papers\n\n"
        "* **Harbour Flamingo Next**\n"
        "Advances tide modelling with longer records and timestamped forecasts [→read the paper](https://papers.example/1)\n\n"
        "* 🌟 **Quay 2.0: Explorable Ports**\n"
        "Generates explorable harbours by combining long video with quick reconstruction [→read the paper](https://papers.example/2)\n\n"
        "* **Ferry-Omni Technical Report**\n"
        "Introduces a large model for charts, radio and sonar in one [→read the paper](https://papers.example/3)\n"
    )
    split = split_text(body)
    told = {s.title: s.text for s in split.stories}
    assert told["Harbour Flamingo Next"].startswith("Advances tide modelling")
    assert told["Quay 2.0: Explorable Ports"].startswith("Generates explorable harbours")
    assert told["Ferry-Omni Technical Report"].startswith("Introduces a large model")
    assert {s.section for s in split.stories} == {"Papers"}
