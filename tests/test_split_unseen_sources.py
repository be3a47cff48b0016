"""Layouts of newsletters the splitter was never tuned on (a research letter's bold headlines with a
dek, MDX and Markdown site archives): each test is a minimal synthetic reproducer of one mechanism,
in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def told(split: Split) -> str:
    """Every title and text told, as one string."""
    return "\n".join(f"{s.title}\n{s.text}" for s in split.stories)


def test_a_headline_sentence_that_mentions_a_partner_is_news_not_a_sponsor_section() -> None:
    """A bold headline of a whole sentence over its item ("If we want robots to be a partner rather
    than a tool, we need new benchmarks:") opens a story: "partner" labels a sponsor's section only
    in a short label ("**Our partners**"), so the item's paragraphs are told, not dropped as ads."""
    body = (
        "**If we want robots to be more a partner than a tool, we need better benchmarks:**\n\n"
        "_…A survey of twelve labs finds that nobody measures cooperation…_\n\n"
        "Researchers at the Kestrel Institute surveyed twelve robotics labs about how they test robots"
        " that work beside people.\n\n"
        "**Why this matters:** Cooperation is the missing benchmark.\n\n"
        "***\n\n"
        "**Our partners**\n\n"
        "Acme Cloud gives you 40% off GPUs this month. [Claim it](https://acme.example/offer)\n\n"
        "***\n\n"
        "**Harbor Labs releases a weather model that runs on a phone:**\n\n"
        "Harbor Labs released Nimbus-2, a 300-million-parameter forecasting model.\n"
    )
    split = split_text(body)
    assert "Kestrel Institute surveyed twelve robotics labs" in told(split)
    assert "Nimbus-2" in told(split)
    assert "Acme Cloud" not in told(split)
    sponsor = [d.text for d in split.dropped if d.reason is DropReason.SPONSOR]
    assert any("Acme Cloud" in text for text in sponsor)
    assert not any("Kestrel" in text for text in sponsor)
